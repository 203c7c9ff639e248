import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

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

    /// Controls HTML does not allow are left out; the whitespace it allows stays. (Not test
    /// arguments: the test log would print them raw.)
    @Test func controlsAreLeftOut() {
        let cases = [
            ("a\u{1B}]0;title\u{7}b\u{0}c\u{7F}d\u{9B}e\u{85}f<", "a]0;titlebcdef&lt;", "a]0;titlebcdef<"),
            ("tab\tline\nfeed\u{C}return\r", "tab\tline\nfeed\u{C}return\r", "tab\tline\nfeed\u{C}return\r"),
            // U+00A0 (C2 A0) and U+0100 (C4 80) share bytes with C1 controls but are not controls.
            ("\u{A0}\u{100}\u{80}<", "\u{A0}\u{100}&lt;", "\u{A0}\u{100}<"),
        ]
        for (raw, escaped, markup) in cases {
            #expect(HTMLEscape.text(raw) == escaped, "\(raw.debugDescription)")
            #expect(HTMLEscape.removingControls(raw) == markup, "\(raw.debugDescription)")
        }
    }

    /// `append` copies runs with nothing to escape whole; it must write what escaping each
    /// character on its own writes, wherever the special characters and controls fall (first,
    /// last, side by side).
    @Test func runsAreCopiedAsBytesWouldBe() {
        let alphabet = Array("ab日<>&\"' \u{338}\u{1B}\u{7}\t\n\u{7F}\u{85}\u{9F}\u{A0}\u{100}")
        var random = SeededGenerator(state: 7)
        for _ in 0..<5_000 {
            let text = random.text(from: alphabet, maxLength: 31)
            var expected: [UInt8] = Array("prefix".utf8)
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": expected += "&amp;".utf8
                case "<": expected += "&lt;".utf8
                case ">": expected += "&gt;".utf8
                case "\"": expected += "&quot;".utf8
                case "'": expected += "&#39;".utf8
                case "\t", "\n": expected += String(scalar).utf8
                case "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9F}": break
                default: expected += String(scalar).utf8
                }
            }
            var output: [UInt8] = Array("prefix".utf8)
            HTMLEscape.append(text, to: &output)
            #expect(output == expected, "\(text.debugDescription)")
            if output != expected { return }
        }
    }
}
