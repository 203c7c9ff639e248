import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// GitHub's task list items: `- [ ]` and `- [x]` show a disabled checkbox, as cmark-gfm writes it,
/// labelled by the item's text.
@Suite struct TaskListTests {
    static let box = #"<label><input type="checkbox" disabled="" /> "#
    static let ticked = #"<label><input type="checkbox" checked="" disabled="" /> "#

    /// cmark-gfm's examples (`test/extensions.txt`): nested tasks, and `[@]`, which is no marker.
    @Test func cmarkGFMExamples() throws {
        #expect(
            try MarkdownHTML.render(
                "- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n\nText\n- [@] foo\n", language: "en")
                    == """
                    <ul>
                    <li>\(Self.ticked)foo</label>
                    <ul>
                    <li>\(Self.box)bar</label></li>
                    <li>\(Self.ticked)baz</label></li>
                    </ul>
                    </li>
                    <li>\(Self.box)bim</label></li>
                    </ul>
                    <p>Text</p>
                    <ul>
                    <li>[@] foo</li>
                    </ul>

                    """)
    }

    static let cases: [(String, String)] = [
        (
            "- [ ] 未完了\n- [x] 完了\n- [X] 大文字",
            "<ul>\n<li>\(box)未完了</label></li>\n<li>\(ticked)完了</label></li>\n<li>\(ticked)大文字</label></li>\n</ul>\n"
        ),
        ("1. [x] 番号付き", "<ol>\n<li>\(ticked)番号付き</label></li>\n</ol>\n"),
        // In a loose list the box starts the item's first paragraph.
        (
            "- [ ] 一\n\n- [x] 二",
            "<ul>\n<li>\n<p>\(box)一</label></p>\n</li>\n<li>\n<p>\(ticked)二</label></p>\n</li>\n</ul>\n"
        ),
        ("- [x] **「重要」**です", "<ul>\n<li>\(ticked)<strong>「重要」</strong>です</label></li>\n</ul>\n"),
        // No marker: no space after it, escaped, another character, not the first block, not a list.
        ("- [ ]です", "<ul>\n<li>[ ]です</li>\n</ul>\n"),
        ("- \\[x] 文字", "<ul>\n<li>[x] 文字</li>\n</ul>\n"),
        ("- [-] 途中", "<ul>\n<li>[-] 途中</li>\n</ul>\n"),
        ("- 文\n\n  [x] 二つ目の段落", "<ul>\n<li>\n<p>文</p>\n<p>[x] 二つ目の段落</p>\n</li>\n</ul>\n"),
        ("[x] リストの外", "<p>[x] リストの外</p>\n"),
    ]

    @Test(arguments: cases)
    func markers(markdown: String, html: String) throws {
        #expect(try MarkdownHTML.render(markdown) == html)
    }

    /// `[x]` that a link reference definition made a link is still a marker, and no link is
    /// rewritten or checked for it.
    @Test func markerThatLibcmarkMadeALink() throws {
        var links: [String] = []
        let html = try MarkdownRenderer().render("- [x] 完了 [x]\n\n[x]: https://example.org/\n", language: "ja") {
            links.append($0.url)
            return nil
        }.html
        #expect(html == "<ul>\n<li>\(Self.ticked)完了 <a href=\"https://example.org/\">x</a></label></li>\n</ul>\n")
        #expect(links == ["https://example.org/"])
    }

    /// A span after the marker still reads its brackets (the text after the marker keeps its mask).
    @Test func spansAfterTheMarker() throws {
        #expect(
            try MarkdownHTML.render("- [ ] [Chief Technology Officer]{lang=en}を決める")
                == "<ul>\n<li>\(Self.box)<span lang=\"en\">Chief Technology Officer</span>を決める</label></li>\n</ul>\n")
    }

    @Test func taskListsCanBeTurnedOff() throws {
        #expect(
            try MarkdownHTML.render("- [x] 完了", options: MarkdownOptions(taskLists: false))
                == "<ul>\n<li>[x] 完了</li>\n</ul>\n")
    }

    @Test func pagesWithoutAMarkerSkipThePass() {
        #expect(!TaskListPass.mayHaveTasks("- 項目\n- [リンク](a.md)"))
        #expect(TaskListPass.mayHaveTasks("- [ ] 項目"))
        #expect(TaskListPass.mayHaveTasks("- [x] 項目"))
    }
}
