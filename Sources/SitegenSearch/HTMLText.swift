import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// The readable text of rendered Markdown: tags dropped, entities decoded, headings kept apart.
///
/// Block elements become line breaks so words on either side never merge; inline elements
/// (`<a>`, `<strong>`, `<code>` …) vanish without a trace so `<strong>半導体</strong>産業`
/// still reads `半導体産業`. The contents of `<script>`, `<style>`, `<rt>` and `<rp>` are dropped.
package struct HTMLText: Sendable, Equatable {
    /// All text, headings included, blocks separated by `\n`.
    package var text: String
    /// The text of each `<h1>`–`<h6>`, in order.
    package var headings: [String]

    package static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]
    package static let skippedTags: Set<String> = ["script", "style", "rt", "rp", "template"]

    package init(text: String, headings: [String]) {
        self.text = text
        self.headings = headings
    }

    package init(html: String) {
        if let fast = Self.plain(html: html) {
            self = fast
            return
        }
        self.init(characters: html)
    }

    /// The original walk by `Character`, for text that is not plain (see `ScalarText`).
    package init(characters html: String) {
        var text = ""
        var headings: [String] = []
        var heading: String?
        var skipping: String?
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let closing = tag.hasPrefix("/")
                let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                    .lowercased()
                index = html.index(after: close)
                if let skipped = skipping {
                    if closing && name == skipped { skipping = nil }
                    continue
                }
                if !closing && Self.skippedTags.contains(name) {
                    skipping = name
                } else if Self.isHeading(name) {
                    if closing, let finished = heading {
                        headings.append(Self.collapse(characters: finished, keepingLines: false))
                        heading = nil
                    } else if !closing {
                        heading = ""
                    }
                    text += "\n"
                } else if !Self.inlineTags.contains(name) {
                    text += "\n"
                }
                continue
            }
            index = html.index(after: index)
            if skipping != nil { continue }
            var piece = String(character)
            if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
                let decoded = Self.entity(html[index..<semicolon])
            {
                piece = decoded
                index = html.index(after: semicolon)
            }
            text += piece
            heading? += piece
        }
        self.text = Self.collapse(characters: text, keepingLines: true)
        self.headings = headings
    }

    /// `h1`…`h6` as the `Character` walk has always read tag names: two characters, `h` and a
    /// digit, which may be any character with a whole-number value (`h²` too).
    package static func isHeading(_ name: String) -> Bool {
        guard name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue else { return false }
        return (1...6).contains(level)
    }

    /// The character an entity's name (`amp`, `#39`, `#x2014`) stands for.
    package static func entity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    /// Runs of white space as one space (or one line break, if `keepingLines` and it held one).
    package static func collapse(_ text: String, keepingLines: Bool = false) -> String {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard ScalarText.isPlain(bytes: bytes) else { return nil }
            return String(decoding: collapse(plain: bytes, keepingLines: keepingLines), as: UTF8.self)
        }
        if case let fast?? = fast { return fast }
        return collapse(characters: text, keepingLines: keepingLines)
    }

    /// `collapse` of plain UTF-8 text, a scalar at a time, written through a pointer (the
    /// result is never longer than the text; `Array.append` a byte at a time showed in profiles).
    package static func collapse(plain bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { result, count in
            count = 0
            var pending: UInt8 = 0
            var index = 0
            while index < bytes.count {
                let (value, length) = ScalarText.decode(bytes, at: index)
                if ScalarText.isWhitespace(value) {
                    if keepingLines && ScalarText.isNewline(value) {
                        pending = 0x0A
                    } else if pending == 0 {
                        pending = 0x20
                    }
                    index += length
                    continue
                }
                if pending != 0, count > 0 {
                    result[count] = pending
                    count += 1
                }
                pending = 0
                for offset in index..<(index + length) {
                    result[count] = bytes[offset]
                    count += 1
                }
                index += length
            }
        }
    }

    /// The original `collapse`, by `Character`.
    package static func collapse(characters text: String, keepingLines: Bool) -> String {
        var result = ""
        var pending: Character?
        for character in text {
            if character.isWhitespace {
                if keepingLines && character.isNewline { pending = "\n" } else if pending == nil { pending = " " }
                continue
            }
            if let space = pending, !result.isEmpty { result.append(space) }
            pending = nil
            result.append(character)
        }
        return result
    }
}
