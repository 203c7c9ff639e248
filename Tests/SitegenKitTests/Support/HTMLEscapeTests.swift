import Testing

@testable import SitegenKit

/// sitegen's own escaping (headings' anchors, stand-in pages, the root chooser).
@Suite struct HTMLEscapeTests {
    @Test(arguments: [
        ("plain 日本語 text", "plain 日本語 text"),
        ("a < b && c > \"d\" 'e'", "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;"),
        // A combining mark after `<` makes one Character that is not `<`; the byte is still escaped.
        ("x <\u{338} y", "x &lt;\u{338} y"),
        ("<script>", "&lt;script&gt;"),
        ("", ""),
    ])
    func everySpecialByteIsEscaped(_ raw: String, _ escaped: String) {
        #expect(HTMLEscape.text(raw) == escaped)
        #expect(HTMLEscape.attribute(raw) == escaped)
    }

    /// `append` copies runs with nothing to escape whole; it must write what escaping each byte
    /// on its own writes, wherever the special bytes fall (first, last, side by side).
    @Test func runsAreCopiedAsBytesWouldBe() {
        let alphabet = Array("ab日<>&\"' \u{338}")
        var random = SeededGenerator(state: 7)
        for _ in 0..<5_000 {
            let text = random.text(from: alphabet, maxLength: 31)
            var expected: [UInt8] = Array("prefix".utf8)
            for byte in text.utf8 {
                switch byte {
                case 0x26: expected += "&amp;".utf8
                case 0x3C: expected += "&lt;".utf8
                case 0x3E: expected += "&gt;".utf8
                case 0x22: expected += "&quot;".utf8
                case 0x27: expected += "&#39;".utf8
                default: expected.append(byte)
                }
            }
            var output: [UInt8] = Array("prefix".utf8)
            HTMLEscape.append(text, to: &output)
            #expect(output == expected, "\(text)")
            if output != expected { return }
        }
    }
}
