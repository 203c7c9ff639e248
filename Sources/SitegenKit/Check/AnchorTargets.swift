import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

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
        var html = html
        let marker = Array(" \(name)=\"".utf8)
        return html.withUTF8 { bytes in
            var values: [String] = []
            var position = 0
            while let start = find(marker, in: bytes, from: position) {
                let valueStart = start + marker.count
                guard let end = find([UInt8(ascii: "\"")], in: bytes, from: valueStart) else { break }
                values.append(VisibleText.decode(String(decoding: bytes[valueStart..<end], as: UTF8.self)))
                position = end
            }
            return values
        }
    }

    /// `<h1>`–`<h6>` elements: their text and whether they carry an id.
    static func headingTexts(in html: String) -> [(text: String, hasID: Bool)] {
        var html = html
        return html.withUTF8 { bytes in
            var result: [(text: String, hasID: Bool)] = []
            var position = 0
            // Levels whose closing tag is not in the rest of the page: no later heading of that level closes either.
            var unclosed = Set<UInt8>()
            let openTag = Array("<h".utf8)
            let idAttribute = Array("id=".utf8)
            while let open = find(openTag, in: bytes, from: position) {
                position = open + 2
                guard position < bytes.count, (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[position]),
                    !unclosed.contains(bytes[position])
                else { continue }
                let level = bytes[position]
                guard let tagEnd = find([UInt8(ascii: ">")], in: bytes, from: position) else { break }
                guard let close = find(Array("</h".utf8) + [level, UInt8(ascii: ">")], in: bytes, from: position) else {
                    unclosed.insert(level)
                    continue
                }
                guard tagEnd < close else { continue }
                let attributes = bytes[(position + 1)..<tagEnd]
                let inner = String(decoding: bytes[(tagEnd + 1)..<close], as: UTF8.self)
                let hasID = find(idAttribute, in: UnsafeBufferPointer(rebasing: attributes), from: 0) != nil
                result.append((VisibleText.plain(inner), hasID))
                position = close + 5
            }
            return result
        }
    }

    /// The offset of the first `needle` in `bytes` at or after `start`: one pass from `start`,
    /// so a walk that goes on from each match reads the page once.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var index = start
        defer { WorkCounter.current?.add(index - start + 1) }
        while index + needle.count <= bytes.count {
            if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
            index += 1
        }
        return nil
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
