import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `sitegen init mysite && cd mysite && sitegen build`, as a new user runs it: a site that
/// builds and checks clean with the built-in theme, no broken link, valid feeds, nothing of
/// G-CITY in it.
@Suite struct InitCommandTests {
    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every file below `folder`, relative, with its bytes.
    static func files(_ folder: URL) throws -> [String: Data] { try BinaryTests.snapshot(folder) }

    /// Relative `href` and `src` addresses of `html` that lead to no file of the site.
    static func brokenLinks(in html: String, at path: String, site: [String: Data]) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        var broken: [String] = []
        for match in html.matches(of: /(?:href|src)="([^"#?]*)[^"]*"/) {
            let target = String(match.1)
            guard !target.isEmpty, !target.contains(":"), !target.hasPrefix("/") else { continue }
            var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
            for part in target.split(separator: "/", omittingEmptySubsequences: false) {
                if part == ".." {
                    parts.removeLast()
                } else if part != "." && !part.isEmpty {
                    parts.append(String(part))
                }
            }
            var resolved = parts.joined(separator: "/")
            if target.hasSuffix("/") || resolved.isEmpty { resolved += resolved.isEmpty ? "index.html" : "/index.html" }
            if site[resolved] == nil { broken.append("\(path): \(target)") }
        }
        return broken
    }

    @Test(arguments: [["ja", "en"], ["ja", "en", "zh-Hant"]])
    func aNewSiteBuildsAndChecksClean(languages: [String]) throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try BinaryTests.run(
            ["init", "mysite", "--languages", languages.joined(separator: ",")], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let site = folder.appendingPathComponent("mysite")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("templates").path))
        let built = try BinaryTests.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("with 0 warnings"), "\(built.stderr)")
        let checked = try BinaryTests.run(["check", "--strict"], in: site)
        #expect(checked.stdout == "sitegen check: no problems found\n", "\(checked.stdout)")

        let output = try Self.files(site.appendingPathComponent("site"))
        for language in languages {
            #expect(output["\(language)/index.html"] != nil, "\(language)")
            #expect(output["\(language)/news/site-open/index.html"] != nil, "\(language)")
            #expect(output["\(language)/about/index.html"] != nil, "\(language)")
            #expect(output["\(language)/events/open-day/index.html"] != nil, "\(language)")
            #expect(output["\(language)/calendar.ics"] != nil, "\(language)")
            #expect(output["\(language)/search-index.js"] != nil, "\(language)")
            let feed = try #require(output["\(language)/feed.xml"], "\(language)")
            #expect(XMLParser(data: feed).parse(), "\(language)/feed.xml is not well-formed XML")
            let home = String(decoding: output["\(language)/index.html"]!, as: UTF8.self)
            for other in languages {
                #expect(home.contains(#"hreflang="\#(other)""#), "\(language) → \(other)")
            }
        }
        // Chinese is searched by character bigrams, as Japanese is: 網站 of 我們的新網站.
        if languages.contains("zh-Hant") {
            let index = String(decoding: try #require(output["zh-Hant/search-index.js"]), as: UTF8.self)
            #expect(index.contains("網站"))
        }
        var broken: [String] = []
        for (path, data) in output where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            for word in ["G-CITY", "北九州", "Kitakyushu", "半導体"] {
                #expect(!text.contains(word), "\(path) holds \(word)")
            }
            broken += Self.brokenLinks(in: text, at: path, site: output)
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    /// `sitegen serve` previews the new site: the home of each language over HTTP.
    @Test func serveShowsTheNewSite() async throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try BinaryTests.run(["init"], in: folder).status == 0)
        let process = Process()
        process.executableURL = BinaryTests.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = folder
        let log = folder.appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { process.terminate() }
        // Where it serves, from its first line (at most 30 s).
        var address: String?
        for _ in 0..<300 where address == nil {
            try await Task.sleep(for: .milliseconds(100))
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            address = text.firstMatch(of: /serving on (http:\/\/[0-9.]+:[0-9]+\/)/).map { String($0.1) }
        }
        let base = try #require(address, "serve said nothing")
        for (language, title) in [("ja", "ようこそ"), ("en", "Welcome")] {
            let (data, response) = try await URLSession.shared.data(from: URL(string: base + language + "/")!)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self).contains(title), "\(language)")
        }
    }

    @Test func aFolderThatIsNotEmptyIsRefused() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try BinaryTests.run(["init"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("the folder is not empty; nothing was written"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func aFolderWithoutASiteSaysToRunInit() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryTests.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("run `sitegen init` to start a site here"), "\(run.stderr)")
    }

    /// Ejected, the theme is the site's own and builds the very same site.
    @Test func anEjectedThemeBuildsTheSameSite() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try BinaryTests.run(["init"], in: folder).status == 0)
        #expect(try BinaryTests.run(["build"], in: folder).status == 0)
        let before = try Self.files(folder.appendingPathComponent("site"))
        let ejected = try BinaryTests.run(["theme", "eject"], in: folder)
        #expect(ejected.status == 0, "\(ejected.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates/page.mustache").path))
        // A file of the site's own is kept, and overrides the built-in one.
        let again = try BinaryTests.run(["theme", "eject"], in: folder)
        #expect(again.stdout.contains("kept your own: templates/"), "\(again.stdout)")
        #expect(try BinaryTests.run(["build"], in: folder).status == 0)
        #expect(try Self.files(folder.appendingPathComponent("site")) == before)
    }
}
