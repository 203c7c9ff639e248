import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Links sitegen leaves as written (page addresses, files, the host's root, the site's own
/// absolute address) are looked up in what the build writes; `build` warns (fails for a
/// missing image) and `check` says the same.
@Suite struct AddressCheckTests {
    static func site(launch body: String, extra: [String: String] = [:]) -> FixtureSite {
        var files = SiteBuildTests.pairedSite
        files["content/events/launch.en.md"] = "---\ntitle: Launch\ndate: 2025-02-18\nvenue: Kitakyushu\n---\n" + body
        for (path, text) in extra { files[path] = text }
        return FixtureSite(files)
    }

    struct Case: Sendable, CustomStringConvertible {
        var body: String
        var message: String?
        var hint: String? = nil
        var description: String { body }
    }

    static let cases: [Case] = [
        // As a reader would: from en/events/launch/, one folder deeper than the Markdown file.
        Case(
            body: "[Vision](../strategy/vision/)",
            message:
                "the link `../strategy/vision/` leads to site/en/events/strategy/vision/, where the site has nothing",
            hint: "did you mean the page ../strategy/vision.md?"),
        Case(body: "[Vision](../../strategy/vision/)", message: nil),
        Case(
            body: "[Vision](../../strategy/vision)",
            message: "leads to the folder en/strategy/vision/ without the `/`", hint: "../strategy/vision.md"),
        Case(
            body: "[Flyer](flyer.pdf)",
            message: "the link `flyer.pdf` leads to site/en/events/launch/flyer.pdf, where the site has nothing"),
        Case(body: "[Feed](../../feed.xml) [Home](../../) [Root](../../../) [Events](../)", message: nil),
        Case(body: "[Search](https://example.org/en/events/launch/) [Elsewhere](https://example.com/x/)", message: nil),
        Case(
            body: "[Vision](https://example.org/en/strategy/visoin/)",
            message: "the link `https://example.org/en/strategy/visoin/` leads to site/en/strategy/visoin/"),
        Case(
            body: "[Vision](/en/strategy/vision/)", message: "starts at the host's root",
            hint: "link to the file instead: ../strategy/vision.md"),
        Case(body: "[Up](../../../../x/)", message: "climbs above the site's root"),
        Case(body: "[Mail](mailto:a@example.org) [Net](//example.com/) [Query](?q=x)", message: nil),
    ]

    @Test(arguments: cases)
    func buildWarnsAndCheckAgrees(_ entry: Case) async throws {
        let site = Self.site(launch: entry.body + "\n")
        defer { site.remove() }
        let report = try await site.build()
        let warnings = report.result.warnings.filter { $0.path == "content/events/launch.en.md" }
        let checked = CheckFixture.check(site.files.mapValues { Optional($0) }).findings.filter {
            $0.path == "content/events/launch.en.md"
        }
        guard let message = entry.message else {
            #expect(warnings.isEmpty, "\(warnings)")
            #expect(checked.isEmpty, "\(checked)")
            return
        }
        let warning = try #require(warnings.first, "no warning for \(entry.body)")
        #expect(warnings.count == 1)
        #expect(warning.message.contains(message), "\(warning.message)")
        if let hint = entry.hint { #expect(warning.hint?.contains(hint) == true, "\(warning.hint ?? "")") }
        #expect(warning.line == 6 && warning.column == 1, "\(warning.location)")
        #expect(checked.map(\.description) == [warning.description])
    }

    /// A missing image would show as broken: `build` stops, as `check` does.
    @Test func aMissingImageStopsTheBuild() async throws {
        let site = Self.site(launch: "Intro\n\n![Map of the park](map.png)\n")
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.message == "the image `map.png` is not a file in content/media/")
        #expect(problem.line == 8 && problem.column == 1)
        #expect(site.outputFiles().isEmpty)
    }

    /// What `check` finds in front matter alone, `build` says as warnings.
    @Test func buildSaysWhatFrontMatterChecksFind() async throws {
        let site = Self.site(
            launch: "Body\n",
            extra: [
                "content/events/launch.ja.md": "---\ntitle: 発表\ndate: 2025-02-19\nvenue: 北九州市\nsummery: 概要\n---\n本文\n"
            ])
        defer { site.remove() }
        let warnings = try await site.build().result.warnings
        #expect(warnings.contains { $0.message.contains("`summery` is not a front matter key") && $0.line == 5 })
        #expect(
            warnings.contains {
                $0.path == "content/events/launch.en.md"
                    && $0.message.contains("`date` is `2025-02-18` here but `2025-02-19`")
            }, "\(warnings)")
        #expect(try await site.failure(BuildOptions(strict: true)).count >= 2)
        // A `dateLabel` with no `date` to stand for: the same warning as `check`'s.
        let label = Self.site(
            launch: "Body\n",
            extra: ["content/strategy/vision.en.md": "---\ntitle: Vision\ndateLabel: Fiscal 2023\n---\nBody\n"])
        defer { label.remove() }
        let said = try await label.build().result.warnings.filter { $0.message.contains("`dateLabel` has no `date`") }
        #expect(said.map(\.path) == ["content/strategy/vision.en.md"] && said.first?.line == 3)
    }
}
