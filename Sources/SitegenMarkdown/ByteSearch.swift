import Foundation

/// The byte searches that let a page skip a pass its Markdown cannot need: most pages hold no
/// `~`, no `[^` and no `[x]`, and each pass costs a walk over the whole tree.
///
/// `memchr` finds the first byte of what is looked for at the speed of the C library (a loop
/// over `utf8` showed in profiles); only the few places it stops at are compared further.
package enum ByteSearch {
    /// Whether `text` holds the bytes of `needle` one after another.
    package static func contains(_ needle: String, in text: String) -> Bool {
        let wanted = Array(needle.utf8)
        guard let first = wanted.first else { return true }
        return contains(first, in: text) { bytes, offset in
            offset + wanted.count <= bytes.count
                && (1..<wanted.count).allSatisfy { bytes[offset + $0] == wanted[$0] }
        }
    }

    /// Whether `text` holds `byte` at an offset `accept` agrees to, given all the bytes.
    package static func contains(
        _ byte: UInt8, in text: String, where accept: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if accept(bytes, position) { return true }
                offset = position + 1
            }
            return false
        }
    }
}
