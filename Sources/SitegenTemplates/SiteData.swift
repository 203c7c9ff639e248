import SitegenCore
import SitegenMarkdown
import SitegenPublish
import Yams

/// The site's data: each `content/data/<name>.yaml` reaches templates as `data.<name>`, with
/// per-language values picked for the page's language.
///
/// A mapping whose keys are all language codes of the site (`{ja: 半導体, en: Semiconductors}`)
/// is one value written in several languages: each language's pages see their own. When such
/// a mapping lacks a language, that is a warning, and that language's pages see the default
/// language's value (else the first language's that has one). Everything else is data as
/// written: mappings, lists of texts, lists of mappings, texts; unquoted `true` and `false` are
/// booleans, and a key without a value (`~`, `null` or nothing) is left out, so a section
/// (`{{#data.home.note}}`) skips it.
package struct SiteData: Sendable {
    /// Language code → the `data` object of that language's pages.
    package var values: [String: TemplateObject] = [:]
    /// YAML that cannot be read, and shapes templates cannot take: the build stops.
    package var problems: [Diagnostic] = []
    /// Per-language values that lack a language, names templates cannot reach.
    package var warnings: [Diagnostic] = []

    /// Whether `relative` (below content/) is a data file: `data/<name>.yaml`, directly in
    /// `content/data/`.
    package static func isDataFile(_ relative: String) -> Bool {
        relative.hasPrefix("data/") && relative.hasSuffix(".yaml")
            && !relative.dropFirst("data/".count).contains("/") && relative.count > "data/.yaml".count
    }

    /// `home` for `data/home.yaml`.
    package static func name(of relative: String) -> String {
        String(relative.dropFirst("data/".count).dropLast(".yaml".count))
    }

    package init() {}

    /// Reads `files` (`content/data/*.yaml`) for a site in `languages` (the default first).
    package init(_ files: [SourceFile], languages: [Language]) {
        let codes = languages.map(\.code)
        for code in codes { values[code] = TemplateObject() }
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            let name = Self.name(of: file.relativePath)
            let reader = YAMLReader(path: file.displayPath)
            let root: Node?
            do {
                root = try reader.compose(file.text)
            } catch {
                problems.append(error)
                continue
            }
            if name.contains(".") {
                warnings.append(
                    Diagnostic(
                        path: file.displayPath, line: 1, column: 1, severity: .warning,
                        message: "templates cannot reach `data.\(name)`: they read each dot as a step into a mapping",
                        hint: "rename the file without dots, e.g. \(name.replacingOccurrences(of: ".", with: "-")).yaml"
                    ))
                continue
            }
            guard let root else { continue }
            var walk = Walk(reader: reader, codes: codes)
            walk.findMissingLanguages(root, key: nil)
            for code in codes {
                if let value = walk.value(root, language: code) { values[code]?[name] = value }
            }
            problems += walk.problems
            warnings += walk.warnings
        }
    }

    /// One file's nodes turned into template values, and what is wrong with them.
    private struct Walk {
        package let reader: YAMLReader
        /// The site's language codes, the default first.
        package let codes: [String]
        package var problems: [Diagnostic] = []
        package var warnings: [Diagnostic] = []

        /// The mapping of a value written per language, when `node` is one: every key is a
        /// language code of the site.
        package func perLanguage(_ node: Node) -> Node.Mapping? {
            guard let mapping = node.mapping, !mapping.isEmpty,
                mapping.keys.allSatisfy({ $0.scalarText.map(codes.contains) ?? false })
            else { return nil }
            return mapping
        }

        /// A warning for each per-language value that lacks one of the site's languages, at the
        /// key that holds it (or the value itself, in a list or at the top).
        package mutating func findMissingLanguages(_ node: Node, key: Node?) {
            if let mapping = perLanguage(node) {
                let given = Set(mapping.keys.compactMap(\.scalarText))
                let missing = codes.filter { !given.contains($0) }
                if !missing.isEmpty {
                    let present = codes.filter(given.contains)
                    let shown = codes.first(where: given.contains)!
                    let what = key?.scalarText.map { "`\($0)`" } ?? "this value"
                    let (line, column) = reader.position(of: key ?? node)
                    warnings.append(
                        Diagnostic(
                            path: reader.path, line: line, column: column, severity: .warning,
                            message:
                                "\(what) is written in \(Self.list(present)) but not in \(Self.list(missing)), so \(Self.list(missing)) pages show the \(shown) value",
                            hint:
                                "add \(missing.map { "`\($0): …`" }.joined(separator: " and ")) beside `\(present[0]):`"
                        ))
                }
                for (_, value) in mapping { findMissingLanguages(value, key: key) }
            } else if let mapping = node.mapping {
                for (childKey, value) in mapping { findMissingLanguages(value, key: childKey) }
            } else if let sequence = node.sequence {
                for item in sequence { findMissingLanguages(item, key: nil) }
            }
        }

        /// `node` as the pages of `language` see it; nil for no value.
        package mutating func value(_ node: Node, language: String) -> TemplateValue? {
            switch node {
            case .scalar(let scalar):
                guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
                switch scalar.string {
                case "", "~", "null", "Null", "NULL": return nil
                case "true", "True", "TRUE": return .bool(true)
                case "false", "False", "FALSE": return .bool(false)
                default: return .string(scalar.string)
                }
            case .mapping(let mapping):
                if perLanguage(node) != nil {
                    // Keys compared as text: a Yams subscript compares tags too.
                    func given(_ code: String) -> Node? { mapping.first { $0.key.scalarText == code }?.value }
                    let own = given(language) ?? codes.lazy.compactMap(given).first
                    return own.flatMap { value($0, language: language) }
                }
                var object = TemplateObject()
                for (key, child) in mapping {
                    guard let name = key.scalarText else {
                        report(reader.diagnostic(at: key, "a key must be a text", hint: "write the key as a word"))
                        continue
                    }
                    object[name] = value(child, language: language)
                }
                return .object(object)
            case .sequence(let sequence):
                let items = sequence.compactMap { value($0, language: language) }
                var texts: [String] = []
                var objects: [TemplateObject] = []
                for item in items {
                    switch item {
                    case .string(let text): texts.append(text)
                    case .bool(let flag): texts.append(flag ? "true" : "false")
                    case .object(let object): objects.append(object)
                    default: break
                    }
                }
                if objects.isEmpty, texts.count == items.count { return .list(texts) }
                if texts.isEmpty, objects.count == items.count { return .objects(objects) }
                report(
                    reader.diagnostic(
                        at: node, "this list mixes texts, mappings or lists, which templates cannot take",
                        hint: "make every item a text, or every item a mapping (`- { text: … }`)"))
                return nil
            case .alias:
                // `compose` resolves aliases to the nodes they name; none is left in its tree.
                return nil
            }
        }

        /// Records `problem` once: every language walks the same nodes.
        private mutating func report(_ problem: Diagnostic) {
            if !problems.contains(problem) { problems.append(problem) }
        }

        /// `ja`, `ja and en`, `ja, en and zh`.
        package static func list(_ codes: [String]) -> String {
            guard codes.count > 1 else { return codes.first ?? "" }
            return codes.dropLast().joined(separator: ", ") + " and " + codes.last!
        }
    }
}
