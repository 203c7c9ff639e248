import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// Names in the theme that lead nowhere, found by reading the templates once (`build` and
/// `check` alike). Mustache prints nothing for a name it cannot find, so without this a
/// misspelled `{{assets.logo_svg}}` gives every page `src=""` and `{{page.titel}}` an empty
/// heading, with no word from any command.
///
/// - `{{assets.x}}` naming no file of templates/assets/: an error (every page would point at
///   nothing); a section (`{{#assets.x}}`) may test for an optional asset. So is `{{&name}}`,
///   which swift-mustache does not know and prints as nothing.
/// - `{{t.x}}` in no language's interface strings, `{{page.x}}` that pages never have, and
///   `{{page.content}}` or `{{jsonLD}}` between double braces (which print the HTML as text):
///   warnings, with the nearest name.
/// - an interface string present in one language's file and missing from another's: a
///   warning at the file that lacks it (its pages would show nothing there).
/// - `partials/heading` without one `{{{content}}}` (where the heading's own text goes), and a
///   `tocMinimum` string that is not a number: warnings.
package enum ThemeCheck {
    /// What `page` holds on some page (`ContextKind.pageValueRows`; stand-ins, search and 404
    /// pages have a few of these); `params.*` holds the keys sections declare and front matter
    /// keys of the site's own.
    package static let pageKeys = Set(ContextKind.pageValueRows.map { String($0.key.dropFirst("page.".count)) })

    package static func findings(
        templates: [TemplateSource], strings: [String: ThemeStrings], stringFiles: [String: String],
        assetKeys: Set<String>
    ) -> (problems: [Diagnostic], warnings: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let allStrings = Set(strings.values.flatMap(\.values.keys))
        // Strings a template tests for (`{{#t.x}}`): optional, so a language may lack them.
        var optionalStrings: Set<String> = []
        for template in templates.sorted(by: { $0.name < $1.name }) {
            // Sections open at this tag: inside `{{#assets.x}}` or `{{#t.x}}`, printing that
            // same name is the point of the test.
            var open: [String] = []
            for tag in TemplateScan.tags(in: template.text) where !tag.multiline {
                guard let use = Use(tag.body), !use.name.contains("(") else { continue }
                let opens = tag.body.first == "#" || tag.body.first == "^"
                if opens {
                    open.append(use.name)
                    if use.name.hasPrefix("t.") { optionalStrings.insert(String(use.name.dropFirst(2))) }
                }
                if use.closes {
                    if let last = open.lastIndex(of: use.name) { open.remove(at: last) }
                    continue
                }
                // A section tests for an asset or a string; `page.*` names are checked in sections too.
                if (opens && !use.name.hasPrefix("page.")) || (!opens && open.contains(use.name)) { continue }
                if let found = finding(use, tag: tag, in: template, assetKeys: assetKeys, allStrings: allStrings) {
                    if found.severity == .error { problems.append(found) } else { warnings.append(found) }
                }
            }
        }
        warnings += missingStrings(strings, all: allStrings, optional: optionalStrings, stringFiles: stringFiles)
        warnings += engineTemplateWarnings(templates) + numberWarnings(strings, stringFiles: stringFiles)
        return (problems, warnings)
    }

    /// What is wrong with one use of a name in `template`, at `tag`: `{{&…}}`, an asset the
    /// theme lacks, a string no file has, a `page.*` value pages do not have, HTML escaped.
    private static func finding(
        _ use: Use, tag: TemplateScan.Tag, in template: TemplateSource, assetKeys: Set<String>, allStrings: Set<String>
    ) -> Diagnostic? {
        func diagnostic(_ message: String, hint: String, error: Bool = false) -> Diagnostic {
            Diagnostic(
                path: template.displayPath, line: tag.line, column: tag.column,
                severity: error ? .error : .warning, message: message, hint: hint)
        }
        // Mustache's `{{&name}}`: swift-mustache reads `&name` as a name, found nowhere.
        if tag.body.first == "&" {
            return diagnostic(
                "swift-mustache has no `{{&…}}`: `{{\(tag.body)}}` prints nothing", hint: "write {{{\(use.name)}}}",
                error: true)
        }
        let parts = use.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let rest = parts.dropFirst().joined(separator: ".")
        if parts.count >= 2, parts[0] == "assets", use.prints, !assetKeys.contains(rest) {
            // `assets.style.css`: the file's name as written, dots and all.
            let key = PageContext.key(rest)
            return diagnostic(
                "`assets.\(rest)` is not a file of templates/assets/, so it prints an empty address",
                hint: assetKeys.contains(key)
                    ? "did you mean `assets.\(key)`? In asset keys, dots and slashes are underscores"
                    : nearest(rest, in: assetKeys, prefix: "assets.")
                        ?? "add the file to templates/assets/ (`logo.svg` is `assets.logo_svg`)",
                error: true)
        } else if parts.count == 2, parts[0] == "t", !allStrings.contains(parts[1]) {
            return diagnostic(
                "`t.\(parts[1])` is in no file of templates/i18n/, so it prints nothing",
                hint: nearest(parts[1], in: allStrings, prefix: "t.")
                    ?? "add `\(parts[1]): …` to every templates/i18n/<lang>.yaml")
        } else if parts.count >= 2, parts[0] == "page", !pageKeys.contains(parts[1]) {
            return diagnostic(
                "`page.\(parts[1])` is not a value pages have, so it prints nothing",
                hint: nearest(parts[1], in: pageKeys, prefix: "page.")
                    ?? "see Sources/sitegen/Documentation.docc/Themes.md, \"Template context\"; front matter keys of your own are page.params.<key>"
            )
        } else if use.escapes, use.name == "page.content" || use.name == "jsonLD" {
            return diagnostic(
                "`{{\(use.name)}}` escapes the HTML it holds, so readers see its tags as text",
                hint: "write {{{\(use.name)}}} with three braces")
        }
        return nil
    }

    /// Every language's file should have every key: a page shows nothing where one is missing.
    private static func missingStrings(
        _ strings: [String: ThemeStrings], all allStrings: Set<String>, optional: Set<String>,
        stringFiles: [String: String]
    ) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (language, values) in strings.sorted(by: { $0.key < $1.key }) {
            // `onlyIn_<code>` badges a page of another language: never the file's own.
            let missing = allStrings.subtracting(values.values.keys).subtracting(optional)
                .subtracting(["onlyIn_" + language]).sorted()
            guard !missing.isEmpty else { continue }
            let others = strings.keys.filter { $0 != language }.sorted().map { "\($0).yaml" }.joined(separator: ", ")
            warnings.append(
                Diagnostic(
                    path: stringFiles[language] ?? "templates/i18n/\(language).yaml", line: 1, column: 1,
                    severity: .warning,
                    message:
                        "\(missing.map { "`\($0)`" }.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") in \(others) but not here, so \(language) pages show nothing there",
                    hint: "add \(missing.count == 1 ? "it" : "them") in this language"))
        }
        return warnings
    }

    /// `partials/heading` must print the heading's HTML once, as `{{{content}}}`.
    private static func engineTemplateWarnings(_ templates: [TemplateSource]) -> [Diagnostic] {
        guard let heading = templates.first(where: { $0.name == ThemeHeadings.partial }) else { return [] }
        let slots = TemplateScan.tags(in: heading.text).filter {
            $0.body.hasPrefix("{") && Use($0.body)?.name == "content"
        }
        guard slots.count != 1 else { return [] }
        return [
            Diagnostic(
                path: heading.displayPath, line: slots.dropFirst().first?.line ?? 1,
                column: slots.dropFirst().first?.column ?? 1, severity: .warning,
                message: slots.isEmpty
                    ? "`partials/heading` has no `{{{content}}}`, so each heading's text comes after it"
                    : "`partials/heading` prints `{{{content}}}` more than once; the heading's text goes at the first",
                hint: "write {{{content}}} once, where the heading's own HTML goes")
        ]
    }

    /// Strings sitegen reads as numbers (`tocMinimum`) that are not one.
    private static func numberWarnings(_ strings: [String: ThemeStrings], stringFiles: [String: String])
        -> [Diagnostic]
    {
        strings.sorted { $0.key < $1.key }.compactMap { language, values in
            guard let text = values.themeText(.tocMinimum), Int(text) == nil else { return nil }
            return Diagnostic(
                path: stringFiles[language] ?? "templates/i18n/\(language).yaml", line: 1, column: 1,
                severity: .warning,
                message:
                    "`tocMinimum: \(text)` is not a number, so pages take the default, \(EngineString.tocMinimum.fixedDefault ?? "")",
                hint: "write the number of headings a page needs for a table of contents, such as `tocMinimum: 3`")
        }
    }

    /// `did you mean …?` for a close name among `names`.
    private static func nearest(_ name: String, in names: Set<String>, prefix: String) -> String? {
        EditDistance.likelyMeant(name, among: names.sorted()).map { "did you mean `\(prefix)\($0)`?" }
    }

    /// What a tag does with the name it holds.
    private struct Use {
        package var name: String
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`: the value is printed.
        package var prints: Bool
        /// `{{name}}`: printed with HTML escaping.
        package var escapes: Bool
        /// `{{/name}}`: the end of a section, named again.
        package var closes: Bool

        /// Nil for partials, parents, blocks, comments and delimiter changes.
        package init?(_ body: String) {
            guard let first = body.first else { return nil }
            switch first {
            case "!", ">", "<", "$", "=": return nil
            case "#", "^", "/":
                name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                prints = false
                escapes = false
                closes = first == "/"
            case "{", "&":
                name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                prints = true
                escapes = false
                closes = false
            default:
                name = body
                prints = true
                escapes = true
                closes = false
            }
        }
    }
}
