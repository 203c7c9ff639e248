/// What a content file's path says: section, slug, language, and whether it is a landing page.
///
/// `strategy/vision.ja.md` is the page `vision` of section `strategy` in Japanese;
/// `strategy/_index.en.md` is that section's landing in English; `_index.ja.md` the home.
public struct ContentPath: Sendable, Equatable, Hashable {
    /// Folder below `content/`, `""` at the top (`strategy`, or `a/b` for nested folders).
    public var section: String
    /// The file name's stem; `_index` for landings.
    public var slug: String
    public var language: String

    public var isIndex: Bool { slug == "_index" }

    public init(section: String, slug: String, language: String) {
        self.section = section
        self.slug = slug
        self.language = language
    }

    /// Parses `relativePath`; `languages` are the codes `site.yaml` declares.
    public static func parse(
        _ relativePath: String, displayPath: String, languages: [String]
    ) throws(Diagnostic) -> ContentPath {
        var components = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let fileName = components.removeLast()
        for folder in components where !isValidSlug(folder) {
            throw Diagnostic(
                path: displayPath,
                message: "the folder name `\(folder)` is not allowed in addresses",
                hint: "rename it to lower-case ASCII letters, digits and hyphens, e.g. `\(suggestSlug(folder))`")
        }
        let parts = fileName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[2] == "md" else {
            // `my.page.en.md` keeps its own language: `my-page.en.md`.
            var stem = parts.dropLast(parts.last == "md" ? 1 : 0)
            var language = languages.first ?? "ja"
            if stem.count > 1, let last = stem.last, languages.contains(last) {
                language = last
                stem.removeLast()
            }
            throw Diagnostic(
                path: displayPath,
                message: "a page's file name must be `<slug>.<language>.md`",
                hint: "rename it to `\(suggestSlug(stem.joined(separator: "."))).\(language).md`")
        }
        let slug = parts[0]
        let language = parts[1]
        guard languages.contains(language) else {
            throw Diagnostic(
                path: displayPath,
                message: "`\(language)` is not a language of this site",
                hint: "use one of \(languages.joined(separator: ", ")) or add it under `languages` in site.yaml")
        }
        guard slug == "_index" || isValidSlug(slug) else {
            throw Diagnostic(
                path: displayPath,
                message: "the slug `\(slug)` is not allowed in addresses",
                hint:
                    "use lower-case ASCII letters, digits and hyphens: rename it to `\(suggestSlug(slug)).\(language).md`"
            )
        }
        return ContentPath(section: components.joined(separator: "/"), slug: slug, language: language)
    }

    /// Lower-case ASCII letters, digits and hyphens, not starting or ending with a hyphen.
    public static func isValidSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first != "-", last != "-"
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid slug close to `text`, for error hints.
    public static func suggestSlug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "my-page" : result
    }
}
