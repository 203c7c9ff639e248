import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The builds of `sitegen serve`: keeps what the last good build left (`BuildMemo`, with its
/// source) and works out from the new source what changed, so that an edit to one page's text
/// renders that page alone, as Zola's rebuild component does beside its build.
///
/// A build from scratch (`SiteBuilder`, `sitegen build`) knows nothing of this: the flags of
/// a partial build (`Incremental`) are set here and nowhere else.
public struct SiteRebuild: Sendable {
    /// What the last good build left; nil before the first.
    private var memo: BuildMemo?
    /// Set when a build or a search update failed: the next build renders everything.
    private var needsEverything = false

    public init() {}

    /// A build's result, and which pages it rendered.
    public struct Outcome: Sendable {
        public var result: BuildResult
        /// The sources rendered again, when only their Markdown bodies changed: `result` then
        /// holds those pages alone (the caller keeps every other file of the last build) and
        /// `result.deferredSearch` the search files. Nil when everything was built.
        public var rendered: Set<String>?
    }

    /// Builds `source`: only the pages whose body changed when that is all that changed since
    /// the last good build, else the whole site (parsed pages and templates still reused where
    /// their text is the same). `changed`: the files the caller saw change (`content/a.ja.md`,
    /// `content/media/map.png`), nil when it does not know; a file copied as it is (media)
    /// among them means everything.
    public mutating func build(
        _ source: SiteSource, options: BuildOptions, changed: Set<String>? = nil
    ) async throws(BuildFailure) -> Outcome {
        let pages = Set(source.pages.map(\.displayPath))
        let onlyPages = changed.map { $0.isSubset(of: pages) } ?? false
        var only =
            needsEverything || !onlyPages ? nil : memo?.source.flatMap { Self.bodyChanges(from: $0, to: source) }
        if let edited = only, let memo, !Self.sameSummaries(edited, in: source, memo: memo) { only = nil }
        let incremental = Incremental(renderOnly: only, keepsMemo: true, defersSearch: only != nil)
        do {
            let result = try await SiteBuilder(source: source, options: options, memo: memo, incremental: incremental)
                .build()
            memo = result.memo
            needsEverything = false
            return Outcome(result: result, rendered: only)
        } catch {
            needsEverything = true
            throw error
        }
    }

    /// The search files a build of edited bodies left out (`Outcome.result.deferredSearch`),
    /// exactly as a build from scratch makes them; the memo gets the new indexes.
    public mutating func searchFiles(_ deferred: DeferredSearch) async throws(BuildFailure) -> [OutputFile] {
        do {
            return try await deferred.files(updating: &memo)
        } catch {
            needsEverything = true
            throw error
        }
    }

    /// The pages to render again when only Markdown bodies changed between `old` and `new`
    /// (front matter, settings, the theme, media and the set of files as before): no other page
    /// can show what changed, since lists, menus and switchers use front matter only. Nil means
    /// render everything.
    static func bodyChanges(from old: SiteSource, to new: SiteSource) -> Set<String>? {
        guard old.problems.isEmpty, new.problems.isEmpty,
            sameBytes(old.config.text, new.config.text), old.templates == new.templates,
            old.themeStrings == new.themeStrings, old.baseThemeStrings == new.baseThemeStrings,
            old.assets == new.assets, old.media == new.media, old.pages.count == new.pages.count
        else { return nil }
        var changed = Set<String>()
        for (before, after) in zip(old.pages, new.pages) {
            guard before.displayPath == after.displayPath else { return nil }
            // Bytes: an edit that only changes normalisation is an edit.
            if sameBytes(before.text, after.text) { continue }
            guard let oldMatter = frontMatter(of: before.text), let newMatter = frontMatter(of: after.text),
                sameBytes(String(oldMatter), String(newMatter))
            else { return nil }
            changed.insert(after.displayPath)
        }
        return changed
    }

    /// Whether the pages at `paths` keep the automatic summaries they had (`AutomaticSummaries`),
    /// which lists, feeds and the home show: a body edit that changes one means everything.
    static func sameSummaries(_ paths: Set<String>, in source: SiteSource, memo: BuildMemo) -> Bool {
        let renderer = MarkdownRenderer(options: memo.markdown)
        for path in paths {
            guard let old = memo.pages[path]?.page else { return false }
            if old.frontMatter.summary != nil { continue }
            guard let file = source.pages.first(where: { $0.displayPath == path }),
                let page = PageParser.parseCollecting(file, languages: memo.languages, model: memo.model).page
            else { return false }
            if SummaryText.of(page.body, language: page.language, renderer: renderer) != old.automaticSummary {
                return false
            }
        }
        return true
    }

    /// The text from the start up to the line closing the front matter, nil when there is none.
    public static func frontMatter(of text: String) -> Substring? {
        var fences = 0
        var index = text.startIndex
        while index < text.endIndex {
            let end = text[index...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? text.endIndex
            if text[index..<end].trimmingCharacters(in: .whitespacesAndNewlines) == "---" {
                fences += 1
                if fences == 2 { return text[..<end] }
            } else if fences == 0 {
                return nil
            }
            index = end < text.endIndex ? text.index(after: end) : end
        }
        return nil
    }
}
