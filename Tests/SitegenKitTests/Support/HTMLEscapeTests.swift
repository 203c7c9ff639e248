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
}
