/// The text of plain HTML as scalar values, the form the search index's fast paths read:
/// `HTMLText`'s text and headings without building strings to decode again.
struct PlainText: Sendable, Equatable {
    var text: [UInt32]
    var headings: [[UInt32]]

    /// The text of `html`, or nil when it is not plain (see `HTMLText.plain(html:)`).
    init?(html: String) {
        guard
            let bytes = html.utf8.withContiguousStorageIfAvailable({ bytes -> ([UInt8], [[UInt8]])? in
                guard ScalarText.isPlain(bytes: bytes) else { return nil }
                return HTMLText.plainBytes(bytes)
            }), let (text, headings) = bytes
        else { return nil }
        self.text = Self.scalars(text)
        self.headings = headings.map(Self.scalars)
    }

    init(text: [UInt32], headings: [[UInt32]]) {
        self.text = text
        self.headings = headings
    }

    private static func scalars(_ bytes: [UInt8]) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let (value, length) = ScalarText.decode(buffer, at: index)
                values.append(value)
                index += length
            }
        }
        return values
    }
}
