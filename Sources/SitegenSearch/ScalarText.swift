/// Helpers for the search index's fast paths, which work on Unicode scalars and UTF-8 bytes
/// instead of `Character`s.
///
/// Walking a string by `Character` runs the grapheme breaking algorithm at every step and
/// made the index cost milliseconds per page. When every scalar of a text is its own
/// grapheme ("plain" text: ASCII, kana, kanji, common punctuation — nearly every page), a
/// scalar walk sees exactly what the `Character` walk saw, so the fast paths give the same
/// result; anything else takes the original `Character` code.
package enum ScalarText {
    /// True when `value` always forms a grapheme of its own and is not canonically equivalent
    /// to another single scalar: no combining marks, joiners, Hangul jamo, regional
    /// indicators, variation selectors or carriage returns (which joins a following line feed).
    /// `↩` (U+21A9) is there because every footnote's back-link shows it.
    @inline(__always)
    package static func isPlain(_ value: UInt32) -> Bool {
        if value < 0x300 { return value != 0x0D }
        switch value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x21A9, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D:
            return true
        default:
            return false
        }
    }

    /// True when every scalar of `text` is plain (see `isPlain`).
    package static func isPlain(_ text: String) -> Bool {
        if let plain = text.utf8.withContiguousStorageIfAvailable({ isPlain(bytes: $0) }) { return plain }
        return text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// `isPlain` over UTF-8 bytes; an ASCII run is checked a byte at a time without decoding.
    package static func isPlain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                index += 1
                continue
            }
            let (value, length) = decode(bytes, at: index)
            if !isPlain(value) { return false }
            index += length
        }
        return true
    }

    /// The scalar starting at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// Appends the UTF-8 form of scalar `value` to `bytes`.
    @inline(__always)
    package static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// `Character.isWhitespace` of a plain scalar: Unicode's White_Space property.
    @inline(__always)
    package static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `Character.isNewline` of a plain scalar.
    @inline(__always)
    package static func isNewline(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The scalars of valid UTF-8 bytes as values.
    package static func scalars(utf8 bytes: [UInt8]) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let (value, length) = decode(buffer, at: index)
                values.append(value)
                index += length
            }
        }
        return values
    }

    /// Tab or a space separator (Unicode's Zs): what `CharacterSet.whitespaces` holds, which
    /// `trimmingCharacters(in: .whitespaces)` trims.
    @inline(__always)
    package static func isSpaceOrTab(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
