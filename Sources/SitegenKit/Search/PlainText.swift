/// The text of plain HTML as UTF-8, the form the search index's fast paths read:
/// `HTMLText`'s text and headings without building strings or scalar arrays to decode again.
struct PlainText: Sendable, Equatable {
    /// All text, headings included, collapsed, blocks separated by line feeds.
    var text: [UInt8]
    /// The text of each heading, collapsed.
    var headings: [[UInt8]]

    /// The text of `html`, or nil when it is not plain (see `HTMLText.plain(html:)`).
    init?(html: String) {
        guard let (text, headings) = HTMLText.plainBytes(html: html) else { return nil }
        self.text = text
        self.headings = headings
    }
}

/// The scalar values of valid UTF-8, decoded as they are read.
struct UTF8Scalars: Sequence {
    let bytes: [UInt8]

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var index = 0

        @inline(__always)
        mutating func next() -> UInt32? {
            guard index < bytes.count else { return nil }
            let lead = UInt32(bytes[index])
            switch lead {
            case 0..<0x80:
                index += 1
                return lead
            case 0..<0xE0:
                defer { index += 2 }
                return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            case 0..<0xF0:
                defer { index += 3 }
                return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            default:
                defer { index += 4 }
                return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            }
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }
}
