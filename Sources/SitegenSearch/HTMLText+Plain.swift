import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// `HTMLText(html:)` over UTF-8 bytes, for plain HTML (see `ScalarText`): the same walk as
/// `init(characters:)`, a byte at a time for tags and a scalar at a time for text.
extension HTMLText {
    /// The text of `html`, or nil when it is not plain or an entity decodes to a scalar that
    /// is not (a combining mark joins its neighbour; only the `Character` walk gets that right).
    package static func plain(html: String) -> HTMLText? {
        guard let (text, headings) = plainBytes(html: html) else { return nil }
        return HTMLText(
            text: String(decoding: text, as: UTF8.self), headings: headings.map { String(decoding: $0, as: UTF8.self) })
    }

    /// The collapsed text and headings of `html` as UTF-8, or nil when it is not plain or an
    /// entity decodes to a scalar that is not.
    package static func plainBytes(html: String) -> ([UInt8], [[UInt8]])? {
        let result = html.utf8.withContiguousStorageIfAvailable { bytes -> ([UInt8], [[UInt8]])? in
            guard ScalarText.isPlain(bytes: bytes) else { return nil }
            return plainBytes(bytes)
        }
        return result ?? nil
    }

    /// The collapsed text and headings of plain HTML as UTF-8, or nil when an entity decodes
    /// to a scalar that is not plain.
    package static func plainBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], [[UInt8]])? {
        let count = bytes.count
        var text: [UInt8] = []
        text.reserveCapacity(count)
        var headings: [[UInt8]] = []
        var heading: [UInt8]?
        // The packed name of the skipped element being passed over (see `tagKind`).
        var skipping: UInt64?
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let close = firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 1) {
                let closing = index + 1 < close && bytes[index + 1] == UInt8(ascii: "/")
                let (kind, name) = tagKind(bytes, from: index + 1, to: close)
                index = close + 1
                if let skipped = skipping {
                    if closing && name == skipped { skipping = nil }
                    continue
                }
                if !closing && kind == .skipped {
                    skipping = name
                } else if kind == .heading {
                    if closing, let finished = heading {
                        headings.append(finished.withUnsafeBufferPointer { collapse(plain: $0, keepingLines: false) })
                        heading = nil
                    } else if !closing {
                        heading = []
                    }
                    text.append(0x0A)
                } else if kind != .inline {
                    text.append(0x0A)
                }
                continue
            }
            if skipping != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let semicolon = entityEnd(bytes, from: index + 1) {
                let name = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<semicolon]), as: UTF8.self)
                if let decoded = entity(Substring(name)) {
                    guard decoded.unicodeScalars.allSatisfy({ ScalarText.isPlain($0.value) }) else { return nil }
                    text.append(contentsOf: decoded.utf8)
                    heading?.append(contentsOf: decoded.utf8)
                    index = semicolon + 1
                    continue
                }
            }
            // Text up to the next `<` or `&`, copied in one go (UTF-8 continuation bytes are
            // never `<` or `&`, so no scalar is split).
            let start = index
            index += 1
            while index < count, bytes[index] != UInt8(ascii: "<"), bytes[index] != UInt8(ascii: "&") { index += 1 }
            let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
            text.append(contentsOf: run)
            heading?.append(contentsOf: run)
        }
        return (text.withUnsafeBufferPointer { collapse(plain: $0, keepingLines: true) }, headings)
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The `;` among the 12 scalars after an `&` (the `Character` walk's `prefix(12)`).
    private static func entityEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var scalars = 0
        while index < bytes.count && scalars < 12 {
            if bytes[index] == UInt8(ascii: ";") { return index }
            index += ScalarText.decode(bytes, at: index).1
            scalars += 1
        }
        return nil
    }

    /// What a tag is to the text walk, by its name (see `HTMLText.inlineTags` and `skippedTags`).
    package enum TagKind: Equatable {
        case inline, heading, skipped, block
    }

    /// The kind of the tag between `start` and `end` and its name packed into an integer (up
    /// to 8 ASCII letters and digits, the first in the highest bits; 0 for any other name,
    /// which is never a skipped one). Packed names are looked up without making a `String`:
    /// this ran for every tag of every page.
    package static func tagKind(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (TagKind, UInt64)
    {
        var index = start
        while index < end && bytes[index] == UInt8(ascii: "/") { index += 1 }
        var packed: UInt64 = 0
        var length = 0
        while index < end {
            var byte = bytes[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte += 0x20
            case 0x80...:
                // A name with other letters: read it as the `Character` walk does.
                let name = tagName(bytes, from: start, to: end)
                // Such a name may still lower-case to ASCII (the Kelvin sign to `k`).
                let code = name.utf8.count <= 8 && name.utf8.allSatisfy { $0 < 0x80 } ? packedName(name) : 0
                if skippedTags.contains(name) { return (.skipped, code) }
                return (isHeading(name) ? .heading : inlineTags.contains(name) ? .inline : .block, code)
            default:
                index = end
                continue
            }
            length += 1
            if length <= 8 { packed = packed << 8 | UInt64(byte) }
            index += 1
        }
        guard length <= 8 else { return (.block, 0) }
        if length == 2, packed >> 8 == UInt64(UInt8(ascii: "h")),
            (UInt64(UInt8(ascii: "1"))...UInt64(UInt8(ascii: "6"))).contains(packed & 0xFF)
        {
            return (.heading, packed)
        }
        if packedSkippedTags.contains(packed) { return (.skipped, packed) }
        return (packedInlineTags.contains(packed) ? .inline : .block, packed)
    }

    /// `name` packed as `tagKind` packs it.
    package static func packedName(_ name: String) -> UInt64 {
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let packedInlineTags = Set(inlineTags.map(packedName))
    private static let packedSkippedTags = Set(skippedTags.map(packedName))

    /// A tag's name as the `Character` walk reads it: after any `/`, letters and digits, lower-cased.
    private static func tagName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        var index = start
        while index < end && bytes[index] == UInt8(ascii: "/") { index += 1 }
        var name: [UInt8] = []
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): name.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): name.append(byte + 0x20)
            case 0x80...:
                // A name with other letters: read it as the `Character` walk does.
                let tag = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                let rest = String(tag.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
                return String(decoding: name, as: UTF8.self) + rest
            default:
                return String(decoding: name, as: UTF8.self)
            }
            index += 1
        }
        return String(decoding: name, as: UTF8.self)
    }
}
