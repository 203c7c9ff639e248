import Foundation
import Testing

/// `build --future`, `--expired` and `--now`, as an author types them, on a site made by
/// `sitegen init`.
@Suite struct ScheduleCommandTests {
    @Test func buildSaysWhatItLeftOutAndTheFlagsBringItBack() throws {
        let folder = try InitCommandTests.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try BinaryTests.run(["init", "mysite"], in: folder).status == 0)
        let site = folder.appendingPathComponent("mysite")
        for language in ["ja", "en"] {
            let url = site.appendingPathComponent("content/news/site-open.\(language).md")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "\ndate:", with: "\npublishDate: 2999-01-01T09:00\ndate:")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let page = site.appendingPathComponent("site/en/news/site-open/index.html").path

        let held = try BinaryTests.run(["build"], in: site)
        #expect(held.status == 0)
        #expect(!FileManager.default.fileExists(atPath: page))
        #expect(
            held.stderr.contains(
                "sitegen: left out 2 scheduled pages (--future includes them); the next, content/news/site-open.en.md, is due 2999-01-01 09:00 Asia/Tokyo"
            ), "\(held.stderr)")

        #expect(try BinaryTests.run(["build", "--future"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: page))
        let due = try BinaryTests.run(["build", "--now", "2999-01-01T09:00"], in: site)
        #expect(due.status == 0 && !due.stderr.contains("left out"))
        #expect(FileManager.default.fileExists(atPath: page))
        #expect(try BinaryTests.run(["build", "--now", "2999-01-01T08:59"], in: site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: page))

        let wrong = try BinaryTests.run(["build", "--now", "tomorrow"], in: site)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--now tomorrow is not a day or a day and a time"))
    }
}
