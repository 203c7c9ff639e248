import Foundation

/// The `#fragment`s a rendered page offers: the ids of its headings and of any element with an id.
///
/// Ids come from `RenderedMarkdown.headings` and from `id="…"` in the HTML, so they are exactly
/// what the Markdown stage wrote. When that stage writes no heading ids at all, headings are
/// matched by a plain slug of their text instead (lower-case, spaces to hyphens, letters of any
/// script kept), or by a `{#custom-id}` left at their end: tolerant, so no correct link is flagged.
struct AnchorTargets: Sendable, Equatable {
    var ids: Set<String>

    init(_ rendered: RenderedMarkdown) {
        var ids = Set(rendered.headings.map(\.id))
        ids.formUnion(Self.attributeValues("id", in: rendered.html))
        let headings = Self.headingTexts(in: rendered.html)
        if rendered.headings.isEmpty, headings.contains(where: { !$0.hasID }) {
            for heading in headings where !heading.hasID {
                ids.insert(Self.slug(heading.text))
                if let custom = Self.customID(heading.text) { ids.insert(custom) }
            }
        }
        self.ids = ids
    }

    init(ids: Set<String>) {
        self.ids = ids
    }

    func contains(_ fragment: String) -> Bool {
        ids.contains(fragment) || ids.contains(fragment.removingPercentEncoding ?? fragment)
    }

    /// Up to `limit` ids, sorted, for hints.
    func examples(limit: Int = 5) -> [String] {
        Array(ids.sorted().prefix(limit))
    }

    /// Values of `name="…"` attributes.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(VisibleText.decode(String(rest[..<end])))
            rest = rest[end...]
        }
        return values
    }

    /// `<h1>`–`<h6>` elements: their text and whether they carry an id.
    static func headingTexts(in html: String) -> [(text: String, hasID: Bool)] {
        var result: [(text: String, hasID: Bool)] = []
        var rest = html[...]
        while let open = rest.range(of: "<h") {
            rest = rest[open.upperBound...]
            guard let level = rest.first, ("1"..."6").contains(level),
                let tagEnd = rest.firstIndex(of: ">"),
                let close = rest.range(of: "</h\(level)>")
            else { continue }
            let attributes = rest[rest.index(after: rest.startIndex)..<tagEnd]
            let inner = rest[rest.index(after: tagEnd)..<close.lowerBound]
            result.append((VisibleText.plain(String(inner)), attributes.contains("id=")))
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// A plain slug of a heading: trimmed, lower-case, runs of spaces as one hyphen, letters and
    /// digits of any script, hyphens and underscores kept, the rest dropped.
    static func slug(_ text: String) -> String {
        var base = text
        if let custom = base.range(of: "{#", options: .backwards), base.hasSuffix("}") {
            base = String(base[..<custom.lowerBound])
        }
        var result = ""
        for character in base.trimmingCharacters(in: .whitespaces).lowercased() {
            if character.isWhitespace {
                if result.last != "-" { result.append("-") }
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            }
        }
        return result
    }

    /// `custom-id` from a heading ending in `{#custom-id}`.
    static func customID(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let id = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
        return id.isEmpty ? nil : String(id)
    }
}
