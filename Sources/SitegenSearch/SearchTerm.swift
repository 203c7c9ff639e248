import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// A term of the search index, as the index stores and counts it.
///
/// A term of up to 15 UTF-8 bytes (every Japanese bigram, nearly every word) is packed into
/// two integers, so comparing and hashing it costs a few instructions; `String`'s own hashing
/// normalises to NFC first and was the index's most expensive part. Longer terms keep their
/// string. Terms are already NFKC-folded (`SearchTokenizer.fold`), so equal terms have equal
/// bytes.
package struct SearchTerm: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Bytes 0–7, the first in the highest bits.
    package let head: UInt64
    /// Bytes 8–14 in the highest bits, the length in the lowest; 0 for a long term.
    package let tail: UInt64
    /// The text of a term longer than 15 bytes.
    package let long: String?

    package init(_ text: String) {
        var text = text
        self = text.withUTF8 { SearchTerm(bytes: $0) }
    }

    package init(stringLiteral text: String) { self.init(text) }

    package init(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15 else {
            head = 0
            tail = 0
            long = String(decoding: bytes, as: UTF8.self)
            return
        }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                head |= UInt64(byte) << (56 - 8 * UInt64(index))
            } else {
                tail |= UInt64(byte) << (56 - 8 * UInt64(index - 8))
            }
        }
        self.head = head
        self.tail = tail | UInt64(bytes.count)
        long = nil
    }

    /// Packs up to 8 bytes of UTF-8 into a term as `init(bytes:)` does, a scalar at a time.
    package struct Packer {
        private var head: UInt64 = 0
        private var length: UInt64 = 0

        /// Appends a scalar's UTF-8; the whole term must stay within 8 bytes.
        package mutating func append(scalar value: UInt32) {
            switch value {
            case 0..<0x80:
                put(UInt8(value))
            case 0x80..<0x800:
                put(UInt8(0xC0 | value >> 6))
                put(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                put(UInt8(0xE0 | value >> 12))
                put(UInt8(0x80 | value >> 6 & 0x3F))
                put(UInt8(0x80 | value & 0x3F))
            default:
                put(UInt8(0xF0 | value >> 18))
                put(UInt8(0x80 | value >> 12 & 0x3F))
                put(UInt8(0x80 | value >> 6 & 0x3F))
                put(UInt8(0x80 | value & 0x3F))
            }
        }

        private mutating func put(_ byte: UInt8) {
            precondition(length < 8, "SearchTerm.Packer holds at most 8 bytes")
            head |= UInt64(byte) << (56 - 8 * length)
            length += 1
        }

        package var term: SearchTerm { SearchTerm(head: head, tail: length) }
    }

    private init(head: UInt64, tail: UInt64) {
        self.head = head
        self.tail = tail
        long = nil
    }

    /// The UTF-8 bytes of the term.
    package var bytes: [UInt8] {
        if let long { return Array(long.utf8) }
        let count = Int(tail & 0xFF)
        return (0..<count).map { index in
            index < 8
                ? UInt8(truncatingIfNeeded: head >> (56 - 8 * UInt64(index)))
                : UInt8(truncatingIfNeeded: tail >> (56 - 8 * UInt64(index - 8)))
        }
    }

    package var text: String { long ?? String(decoding: bytes, as: UTF8.self) }

    package var description: String { text }

    /// A cheap, well-mixed hash of a short term for `TermTable` (not for untrusted keys of
    /// long-lived tables: the input is the site's own text).
    package var mixed: UInt64 {
        var value = head &* 0x9E37_79B9_7F4A_7C15 ^ tail
        value ^= value >> 29
        value &*= 0xBF58_476D_1CE4_E5B9
        return value ^ value >> 32
    }

    /// Byte order, which for UTF-8 is the order of Unicode scalars.
    package static func precedes(_ lhs: SearchTerm, _ rhs: SearchTerm) -> Bool {
        if lhs.long == nil, rhs.long == nil {
            return lhs.head != rhs.head ? lhs.head < rhs.head : lhs.tail < rhs.tail
        }
        return lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
