import Foundation
import Testing

/// `sitegen check`, `new` and `translated`, run as an author runs them.
@Suite struct AuthoringCommandTests {
    @Test func theRepositoryContentChecksClean() throws {
        let run = try BinaryTests.run(
            ["check", "--strict", "--source", SiteFreshnessTests.repository.path], in: SiteFreshnessTests.repository)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "sitegen check: no problems found\n")
    }

    @Test func faultsAreReportedAsLinesAndAsTheSameJSON() throws {
        let folder = try BinaryTests.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("content/contact.en.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        text = text.replacingOccurrences(of: "\ntitle:", with: "\ntilte: x\ntitle:")
        text += "\n[Nowhere](nowhere.md)\n"
        try text.write(to: page, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let linkLine = lines.firstIndex { $0.hasPrefix("[Nowhere]") }! + 1

        let plain = try BinaryTests.run(["check"], in: folder)
        #expect(plain.status == 1)
        #expect(
            plain.stdout.contains(
                "content/contact.en.md:2:1: warning: `tilte` is not a front matter key sitegen knows; did you mean `title`?"
            ), "\(plain.stdout)")
        #expect(
            plain.stdout.contains("content/contact.en.md:\(linkLine):1: error: the link `nowhere.md`"),
            "\(plain.stdout)")
        #expect(plain.stdout.hasSuffix("sitegen check: 1 error, 1 warning\n"))

        let json = try BinaryTests.run(["check", "--format", "json"], in: folder)
        #expect(json.status == 1)
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let places = findings.map {
            "\($0["path"]!):\($0["line"]!):\($0["column"]!): \($0["severity"]!): \($0["message"]!)"
        }
        let fromLines = plain.stdout.split(separator: "\n").dropLast().map { line in
            String(line.prefix(upTo: line.range(of: "; ")?.lowerBound ?? line.endIndex))
        }
        #expect(places == fromLines)
    }

    @Test func newWritesEveryLanguageOnceAndNeverOverwrites() throws {
        let folder = try BinaryTests.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try BinaryTests.run(["new", "events/open-day"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let ja = folder.appendingPathComponent("content/events/open-day.ja.md")
        let en = folder.appendingPathComponent("content/events/open-day.en.md")
        #expect(try String(contentsOf: en, encoding: .utf8).hasPrefix("---\ntitle: \nsummary: \ndate: "))
        try "---\ntitle: 記入済み\n---\n".write(to: ja, atomically: true, encoding: .utf8)
        let again = try BinaryTests.run(["new", "events/open-day"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: ja, encoding: .utf8) == "---\ntitle: 記入済み\n---\n")
        let bad = try BinaryTests.run(["new", "events/Open Day"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("e.g. `sitegen new events/open-day`"), "\(bad.stderr)")
        // A section name one letter off is a typo, not a new section; a new folder is one.
        let typo = try BinaryTests.run(["new", "event/open-day"], in: folder)
        #expect(typo.status == 1)
        #expect(
            typo.stderr.contains("there is no section `event/`; did you mean `events/`?")
                && typo.stderr.contains("sitegen new events/open-day"), "\(typo.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/event").path))
        let fresh = try BinaryTests.run(["new", "news/first"], in: folder)
        #expect(fresh.status == 0, "\(fresh.stderr)")
    }

    @Test func translatedRecordsTheSourceAndCheckSeesItChange() throws {
        let folder = try BinaryTests.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = folder.appendingPathComponent("content/events/park-opening.en.md")
        let ja = folder.appendingPathComponent("content/events/park-opening.ja.md")
        let before = try String(contentsOf: en, encoding: .utf8)
        let marked = try BinaryTests.run(["translated", "content/events/park-opening.en.md"], in: folder)
        #expect(marked.status == 0, "\(marked.stderr)")
        let after = try String(contentsOf: en, encoding: .utf8)
        let added = after.split(separator: "\n").filter { !before.split(separator: "\n").contains($0) }
        #expect(added.count == 1 && added[0].hasPrefix("translatedFrom: "), "\(after)")
        #expect(after.replacingOccurrences(of: added[0] + "\n", with: "") == before)
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("content/.translations/events/park-opening.en.md.src").path))
        #expect(try BinaryTests.run(["check", "--strict"], in: folder).status == 0)

        try (String(contentsOf: ja, encoding: .utf8) + "追記した段落。\n").write(to: ja, atomically: true, encoding: .utf8)
        let stale = try BinaryTests.run(["check"], in: folder)
        #expect(stale.status == 0)
        #expect(stale.stdout.contains("content/events/park-opening.en.md:"), "\(stale.stdout)")
        #expect(
            stale.stdout.contains("this translation is stale: content/events/park-opening.ja.md changed"),
            "\(stale.stdout)")
        #expect(try BinaryTests.run(["check", "--strict"], in: folder).status == 1)
        let again = try BinaryTests.run(["translated", "content/events/park-opening.en.md"], in: folder)
        #expect(again.status == 0)
        let newer = try String(contentsOf: en, encoding: .utf8)
        #expect(newer != after)
        #expect(try BinaryTests.run(["check", "--strict"], in: folder).status == 0)
    }
}
