import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// What `sitegen translated <file>` changes: the translation's `translatedFrom`, and the
/// ledger's copy of the source text it was made from.
public struct TranslationRecord: Sendable, Equatable {
    /// The translation, below content/ (`events/launch.en.md`).
    public var translationPath: String
    /// The translation's text with only `translatedFrom` set.
    public var translationText: String
    /// Where the source text is kept, below content/ (`.translations/events/launch.en.md.src`).
    public var snapshotPath: String
    /// The source's text as it is now.
    public var snapshotText: String
    /// The source page, as authors know it (`content/events/launch.ja.md`).
    public var sourceDisplayPath: String
    public var digest: String

    /// Plans the record for `file` (a path as the author typed it: `content/events/x.en.md`,
    /// `events/x.en.md`, or relative to the folder sitegen runs in).
    public static func plan(for file: String, in source: SiteSource) throws(Diagnostic) -> TranslationRecord {
        let config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        let codes = config.languages.map(\.code)
        var wanted = file
        while wanted.hasPrefix("./") { wanted.removeFirst(2) }
        guard let translationFile = source.pages.first(where: { $0.displayPath == wanted || $0.relativePath == wanted })
        else {
            throw Diagnostic(
                path: file, message: "there is no page \(file) in content/",
                hint: "give the path of the translation, e.g. content/events/launch.en.md")
        }
        let translation = try PageParser.parse(translationFile, languages: codes)
        var versions: [String: Page] = [:]
        for other in source.pages where other.displayPath != translationFile.displayPath {
            guard let page = try? PageParser.parse(other, languages: codes),
                page.translationID == translation.translationID
            else { continue }
            versions[page.language] = page
        }
        versions[translation.language] = translation
        guard let original = TranslationLedger.source(of: translation, versions: versions, languages: config.languages),
            let originalFile = source.pages.first(where: { $0.displayPath == original.source })
        else {
            throw Diagnostic(
                path: translationFile.displayPath, line: 1, column: 1,
                message: "this page has no version in another language to be a translation of",
                hint:
                    "write the original first, e.g. \(translation.path.slug).\(config.defaultLanguage.code).md beside it"
            )
        }
        let digest = TranslationLedger.digest(ofSource: originalFile.text)
        guard let updated = FrontMatterEditor.setting("translatedFrom", to: digest, in: translationFile.text) else {
            throw Diagnostic(
                path: translationFile.displayPath, line: 1, column: 1,
                message: "the file does not start with front matter",
                hint: "put a line `---`, then `title: …`, then `---` at the very top")
        }
        return TranslationRecord(
            translationPath: translationFile.relativePath, translationText: updated,
            snapshotPath: TranslationLedger.snapshotPath(of: translationFile.relativePath),
            snapshotText: originalFile.text, sourceDisplayPath: originalFile.displayPath, digest: digest)
    }
}
