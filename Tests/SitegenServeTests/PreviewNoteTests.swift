import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import SitegenKit
import Testing

@testable import SitegenServe

/// `serve` shows the pages a build leaves out for their dates, each with a note at the top in
/// its language (the theme's `previewScheduled`/`previewExpired`, else sitegen's own).
@Suite struct PreviewNoteTests {
    @Test func scheduledAndExpiredPagesAreServedWithANote() async throws {
        var files = ServeFixture.site
        files["content/plans.ja.md"] = "---\ntitle: 計画\npublishDate: 2999-01-01T10:00\n---\n予定の本文\n"
        files["content/plans.en.md"] = "---\ntitle: Plans\nexpiryDate: 2000-01-01\n---\nOld body\n"
        files["templates/i18n/ja.yaml"] = "notTranslated: 未翻訳です\npreviewScheduled: 予約：{date}に公開されます\n"
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        try await fixture.test { client in
            let japanese = String(buffer: try await client.execute(uri: "/ja/plans/", method: .get).body)
            #expect(japanese.contains("<p>予定の本文</p>"))
            #expect(
                japanese.contains(
                    #"<body><p data-sitegen-preview-note role="note""#))
            #expect(japanese.contains(">予約：2999年1月1日 10:00に公開されます</p>"))
            let english = String(buffer: try await client.execute(uri: "/en/plans/", method: .get).body)
            #expect(english.contains(">Expired: this page came down on January 1, 2000; a build leaves it out.</p>"))
            let about = String(buffer: try await client.execute(uri: "/ja/about/", method: .get).body)
            #expect(about.contains("<p>最初の版</p>"))
            #expect(!about.contains("data-sitegen-preview-note"))
        }
    }

    @Test func theNoteIsEscapedAndGoesAfterTheBodyTag() {
        let html = Array("<!doctype html><html><BODY class=\"x\"><main>Hi</main></body></html>".utf8)
        let marked = String(decoding: LiveReload.note("<b>&</b>", into: html), as: UTF8.self)
        #expect(marked.contains(#"<BODY class="x"><p data-sitegen-preview-note"#))
        #expect(marked.contains(">&lt;b&gt;&amp;&lt;/b&gt;</p><main>"))
        let bare = String(decoding: LiveReload.note("n", into: Array("<p>x</p>".utf8)), as: UTF8.self)
        #expect(bare.hasPrefix("<p data-sitegen-preview-note") && bare.hasSuffix("n</p><p>x</p>"))
    }
}
