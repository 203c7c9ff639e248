import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// A template's output for one `ContextShape` signature, with holes where the leaves go.
///
/// Made by rendering the context's skeleton (every leaf replaced by a numbered marker) with
/// swift-mustache and cutting its output at the markers. A marker comes out escaped
/// (`&` → `&amp;`) where the template wrote `{{value}}` and as is where it wrote
/// `{{{value}}}` or switched to `CONTENT_TYPE: TEXT`, so each hole knows which of the two the
/// leaf needs.
///
/// Rendering a page is then copying bytes: the same output swift-mustache gives, because
/// swift-mustache made it and nothing in a template can act on a leaf's text other than
/// printing it (`TemplateScan` keeps templates with transforms, which can, out).
package struct RenderPlan: Sendable {
    private enum Piece: Sendable {
        case text(Range<Int>)
        case leaf(Int, escaped: Bool)
    }

    private let literal: [UInt8]
    private let pieces: [Piece]

    /// Leaf `n`'s marker: U+E000, the number, `&`, U+E001 (private-use characters no escaping
    /// touches, and an `&` that HTML escaping does).
    package static func marker(_ n: Int) -> String { "\u{E000}\(n)&\u{E001}" }

    /// What a skeleton's dictionaries and arrays print as: a plan whose output contains it is
    /// not made (the shape renders directly).
    package static let spoiler = "\u{E002}"

    /// The private-use scalars plans reserve; a template that contains one is not planned.
    package static let reserved: ClosedRange<Unicode.Scalar> = "\u{E000}"..."\u{E002}"

    /// Cuts `output`, rendered from a skeleton with `leafCount` leaves, at its markers. Nil when
    /// something other than a whole marker, escaped or not, is found (a template changed a marker)
    /// or a container was printed (`spoiler`): that shape is rendered directly.
    package init?(output: String, leafCount: Int) {
        let bytes = Array(output.utf8)
        var literal: [UInt8] = []
        var pieces: [Piece] = []
        literal.reserveCapacity(bytes.count)
        var i = 0
        var textStart = 0
        func flushText() {
            if literal.count > textStart { pieces.append(.text(textStart..<literal.count)) }
        }
        while i < bytes.count {
            // U+E000, U+E001, U+E002 are EE 80 80, EE 80 81, EE 80 82 in UTF-8.
            guard bytes[i] == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] <= 0x82 else {
                literal.append(bytes[i])
                i += 1
                continue
            }
            guard bytes[i + 2] == 0x80 else { return nil }
            i += 3
            var number = 0
            let digitsStart = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, i - digitsStart < 9 {
                number = number * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            guard i > digitsStart, number < leafCount, i < bytes.count, bytes[i] == 0x26 else { return nil }
            i += 1
            let escaped = bytes[i...].starts(with: "amp;".utf8)
            if escaped { i += 4 }
            guard bytes[i...].starts(with: [0xEE, 0x80, 0x81]) else { return nil }
            i += 3
            flushText()
            pieces.append(.leaf(number, escaped: escaped))
            textStart = literal.count
        }
        flushText()
        self.literal = literal
        self.pieces = pieces
    }

    /// The output, as UTF-8, for a context with this shape whose leaves are `leaves`. Bytes,
    /// not a String: the page is written as bytes, and making a String would check them again.
    package func render(_ leaves: [String]) -> [UInt8] {
        var size = literal.count
        for piece in pieces {
            if case .leaf(let n, _) = piece { size += leaves[n].utf8.count }
        }
        var output: [UInt8] = []
        output.reserveCapacity(size + size / 16)
        for piece in pieces {
            switch piece {
            case .text(let range):
                output.append(contentsOf: literal[range])
            case .leaf(let n, let escaped):
                if escaped {
                    HTMLEscape.append(leaves[n], to: &output)
                } else {
                    output.append(contentsOf: leaves[n].utf8)
                }
            }
        }
        return output
    }
}
