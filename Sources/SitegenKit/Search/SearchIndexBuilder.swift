import Foundation

/// Builds a language's `SearchIndex` from its pages' titles, summaries, headings and text.
struct SearchIndexBuilder: Sendable {
    /// A page as the index sees it, before segmentation.
    struct Document: Sendable, Equatable {
        var title: String
        var url: String
        var section: String
        var summary: String?
        /// Facts shown beside the text: an event's venue, a partner's country and kind.
        var facts: [String] = []
        var text: HTMLText
    }

    /// How long an excerpt taken from the text (for pages without a summary) may be.
    static let excerptLength = 160
    /// How long a stored sentence may be; longer ones are cut into pieces.
    static let sentenceLength = 200

    /// The documents of every published page of `language`, in the site index's order,
    /// their Markdown rendered again to plain text (links are not needed for that).
    static func documents(_ index: SiteIndex, language: Language, strings: ThemeStrings) -> [Document] {
        let homeTitle = strings["home"] ?? language.title
        let markdown = MarkdownRenderer(options: index.config.markdown)
        let home = URLScheme.home(language.code)
        return index.pages.filter { $0.language == language.code }.map { page in
            let html = (try? markdown.render(page.body, language: page.language).html) ?? ""
            let section: String
            switch page.kind {
            case .home: section = homeTitle
            case .section, .page:
                section =
                    page.sectionRoot.isEmpty
                    ? "" : index.landing(section: page.sectionRoot, language: page.language)?.frontMatter.title ?? ""
            }
            let matter = page.frontMatter
            var facts = [matter.venue, matter.country.map { PageContext.countryName($0, language: language.code) }]
            if let kind = matter.kind {
                facts.append(strings["kind_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")])
            }
            return Document(
                title: matter.title, url: URLScheme.relative(from: home, to: URLScheme.directory(of: page.path)),
                section: section, summary: matter.summary, facts: facts.compactMap { $0 }, text: HTMLText(html: html))
        }
    }

    /// Counts each document's terms per field and weighs them (see `SearchIndex.Posting`).
    static func build(language: String, documents: [Document]) -> SearchIndex {
        var postings: [String: [SearchIndex.Posting]] = [:]
        var entries: [SearchIndex.Entry] = []
        var sentences: [[String]] = []
        for (id, document) in documents.enumerated() {
            var weights: [String: Int] = [:]
            var body: [String: Int] = [:]
            for term in SearchTokenizer.terms(document.title) { weights[term, default: 0] += 8 }
            for heading in document.text.headings {
                for term in SearchTokenizer.terms(heading) { weights[term, default: 0] += 4 }
            }
            for field in [document.summary ?? ""] + document.facts {
                for term in SearchTokenizer.terms(field) { weights[term, default: 0] += 2 }
            }
            for term in SearchTokenizer.terms(document.text.text) { body[term, default: 0] += 1 }
            for (term, count) in body { weights[term, default: 0] += min(count, 10) }
            for (term, weight) in weights { postings[term, default: []].append(.init(page: id, weight: weight)) }
            entries.append(
                SearchIndex.Entry(
                    title: document.title, url: document.url, section: document.section,
                    excerpt: document.summary ?? excerpt(document.text.text)))
            sentences.append(Self.sentences(document.text.text))
        }
        return SearchIndex(language: language, pages: entries, postings: postings, sentences: sentences)
    }

    /// The sentences of `text`, each once: lines cut after `。！？` and after `.!?` before a space;
    /// a sentence longer than `sentenceLength` is cut into pieces marked with `…`.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        func add(_ sentence: String) {
            let trimmed = HTMLText.collapse(sentence)
            guard !trimmed.isEmpty, seen.insert(trimmed).inserted else { return }
            result += pieces(trimmed)
        }
        for line in text.split(separator: "\n") {
            var current = ""
            var previous: Character?
            for character in line {
                if let end = previous, ".!?".contains(end), character == " " {
                    add(current)
                    current = ""
                }
                current.append(character)
                if "。！？".contains(character) {
                    add(current)
                    current = ""
                }
                previous = character
            }
            add(current)
        }
        return result
    }

    /// `sentence` in pieces of at most `sentenceLength` characters, cut after the last `、`,
    /// `,` or space of the second half where there is one; `…` where a piece was cut.
    static func pieces(_ sentence: String) -> [String] {
        var rest = Substring(sentence)
        var pieces: [String] = []
        while rest.count > sentenceLength {
            let window = rest.prefix(sentenceLength)
            let half = window.index(window.startIndex, offsetBy: sentenceLength / 2)
            let cut =
                window[half...].lastIndex(where: { "、，, ".contains($0) }).map(window.index(after:)) ?? window.endIndex
            pieces.append((pieces.isEmpty ? "" : "…") + window[..<cut].trimmingCharacters(in: .whitespaces) + "…")
            rest = rest[cut...]
        }
        pieces.append((pieces.isEmpty ? "" : "…") + rest.trimmingCharacters(in: .whitespaces))
        return pieces
    }

    /// The start of `text` on one line, cut after `excerptLength` characters with `…`.
    static func excerpt(_ text: String) -> String {
        let line = HTMLText.collapse(text)
        guard line.count > excerptLength else { return line }
        return String(line.prefix(excerptLength)) + "…"
    }
}
