import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// Builds a language's `SearchIndex` from its pages' titles, summaries, headings and text.
package struct SearchIndexBuilder: Sendable {
    /// A page as the index sees it, before segmentation.
    package struct Document: Sendable, Equatable {
        package var title: String
        package var url: String
        package var section: String
        package var summary: String?
        /// Facts shown beside the text: an event's venue, a partner's country and kind.
        package var facts: [String] = []
        package var body: Body

        /// The readable text: as strings, or as UTF-8 bytes when it is plain (the fast path).
        package enum Body: Sendable, Equatable {
            case text(HTMLText)
            case plain(PlainText)
        }

        package init(
            title: String, url: String, section: String, summary: String?, facts: [String] = [], text: HTMLText
        ) {
            self.init(title: title, url: url, section: section, summary: summary, facts: facts, body: .text(text))
        }

        package init(title: String, url: String, section: String, summary: String?, facts: [String], body: Body) {
            self.title = title
            self.url = url
            self.section = section
            self.summary = summary
            self.facts = facts
            self.body = body
        }
    }

    /// How long an excerpt taken from the text (for pages without a summary) may be.
    package static let excerptLength = 160
    /// How long a stored sentence may be; longer ones are cut into pieces.
    package static let sentenceLength = 200

    /// What one page gives the index: its entry, its terms with their weights and its
    /// sentences. Worked out while the page renders, on every core; `build` only merges.
    package struct PageDigest: Sendable, Equatable {
        package struct Term: Sendable, Equatable {
            package var term: SearchTerm
            package var weight: Int
        }
        package var entry: SearchIndex.Entry
        package var terms: [Term]
        /// The page's sentences as a JSON array (`SearchIndex.sentencesJSON`).
        package var sentences: [UInt8]
    }

    /// The document of `page` of `language` for the index, from its rendered Markdown.
    package static func document(
        _ page: Page, html: String, index: SiteIndex, language: Language, strings: ThemeStrings
    )
        -> Document
    {
        let section: String
        switch page.kind {
        case .home: section = strings.text(.home, else: language.title)
        case .section, .page:
            section =
                page.sectionRoot.isEmpty
                ? "" : index.landing(section: page.sectionRoot, language: page.language)?.frontMatter.title ?? ""
        }
        let matter = page.frontMatter
        let facts = searchFacts(page, schema: index.schema(of: page), language: language, strings: strings)
        let home = URLScheme.home(language.code)
        return Document(
            title: matter.title, url: URLScheme.relative(from: home, to: URLScheme.directory(of: page.path)),
            section: section, summary: matter.summary, facts: facts,
            // Text that is not plain goes straight to the `Character` walk (its fast
            // path would only find out again that it is not plain).
            body: PlainText(html: html).map(Document.Body.plain) ?? .text(HTMLText(characters: html)))
    }

    /// What readers may search a page by beyond its text: its section's text keys, then the
    /// names of its countries, then the labels of its choices (theme strings only), each in the
    /// order the section declares them.
    package static func searchFacts(_ page: Page, schema: SectionSchema?, language: Language, strings: ThemeStrings)
        -> [String]
    {
        guard let schema else { return [] }
        var texts: [String] = []
        var countries: [String] = []
        var choices: [String] = []
        for key in schema.keys {
            switch page.frontMatter.fields[key.name] {
            case .text(let text)?: texts.append(text)
            case .country(let code)?: countries.append(PageContext.countryName(code, language: language.code))
            case .choice(let value)?:
                if let label = strings.themeText(.choice, key.name, value) { choices.append(label) }
            default: break
            }
        }
        return texts + countries + choices
    }

    /// Counts a document's terms per field and weighs them (see `SearchIndex.Posting`).
    package static func digest(_ document: Document) -> PageDigest {
        // Sized for a page of about a thousand words: growing a table numbers every term again.
        var weights = TermWeights(capacity: 1024)
        SearchTokenizer.forEachSearchTerm(document.title) { weights.add($0, weight: 8) }
        switch document.body {
        case .text(let text):
            for heading in text.headings {
                SearchTokenizer.forEachSearchTerm(heading) { weights.add($0, weight: 4) }
            }
        case .plain(let plain):
            for heading in plain.headings {
                SearchTokenizer.forEachSearchTerm(utf8: heading) { weights.add($0, weight: 4) }
            }
        }
        for field in [document.summary ?? ""] + document.facts {
            SearchTokenizer.forEachSearchTerm(field) { weights.add($0, weight: 2) }
        }
        let excerpt: String
        let sentences: [UInt8]
        switch document.body {
        case .text(let text):
            SearchTokenizer.forEachSearchTerm(text.text) { weights.addBody($0) }
            excerpt = document.summary ?? Self.excerpt(text.text)
            sentences = sentencesJSON(text.text)
        case .plain(let plain):
            SearchTokenizer.forEachSearchTerm(utf8: plain.text) { weights.addBody($0) }
            excerpt = document.summary ?? plainExcerpt(utf8: plain.text)
            sentences = sentencesJSON(plainUTF8: plain.text)
        }
        var terms: [PageDigest.Term] = []
        terms.reserveCapacity(weights.count)
        weights.forEachWeight { terms.append(PageDigest.Term(term: $0, weight: $1)) }
        let entry = SearchIndex.Entry(
            title: document.title, url: document.url, section: document.section, excerpt: excerpt)
        return PageDigest(entry: entry, terms: terms, sentences: sentences)
    }

    /// The index of `documents`, in order.
    package static func build(language: String, documents: [Document]) -> SearchIndex {
        build(language: language, digests: documents.map(digest))
    }

    /// Merges the pages' digests, in page order, into one index.
    package static func build(language: String, digests: [PageDigest]) -> SearchIndex {
        var collector = SearchCollector(pageCounts: [language: digests.count])
        for (id, digest) in digests.enumerated() { collector.add(digest, language: language, id: id) }
        return collector.index(language: language)
    }

    /// The sentences of `text`, each once: lines cut after `。！？` and after `.!?` before a space;
    /// a sentence longer than `sentenceLength` is cut into pieces marked with `…`.
    package static func sentences(_ text: String) -> [String] {
        plainSentences(text) ?? sentences(characters: text)
    }

    /// `sentences(_:)` a `Character` at a time, for text that is not plain.
    package static func sentences(characters text: String) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        func add(_ sentence: String) {
            let trimmed = HTMLText.collapse(characters: sentence, keepingLines: false)
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
    package static func pieces(_ sentence: String) -> [String] {
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
    package static func excerpt(_ text: String) -> String {
        plainExcerpt(text) ?? excerpt(characters: text)
    }

    /// `excerpt(_:)` a `Character` at a time, for text that is not plain.
    package static func excerpt(characters text: String) -> String {
        let line = HTMLText.collapse(characters: text, keepingLines: false)
        guard line.count > excerptLength else { return line }
        return String(line.prefix(excerptLength)) + "…"
    }
}
