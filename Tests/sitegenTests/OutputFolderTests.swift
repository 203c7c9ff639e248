import Foundation
import Testing

/// `sitegen build --output X` never costs the user a file sitegen did not write: each refused
/// output leaves every byte of the folders around the project as it was.
@Suite struct OutputFolderTests {
    /// A project in `workspace/project`, with a file beside it in `workspace`.
    struct Workspace {
        let folder: URL
        var project: URL { folder.appendingPathComponent("project") }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-out-\(UUID().uuidString)")
            let copy = try BinaryTests.copyOfRepository()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: copy, to: project)
            try Data("beside the project\n".utf8).write(to: folder.appendingPathComponent("sibling.txt"))
            try Data("my notes\n".utf8).write(to: project.appendingPathComponent("notes.txt"))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        func file(_ path: String) -> URL { project.appendingPathComponent(path) }

        func write(_ text: String, to path: String) throws {
            let url = file(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func build(_ arguments: [String]) throws -> BinaryTests.Run {
            try BinaryTests.run(["build", "--quiet"] + arguments, in: project)
        }
    }

    /// Every entry below `folder` (not following links): its kind and bytes, or a link's target.
    static func tree(_ folder: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        func visit(_ relative: String) throws {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            for name in try manager.contentsOfDirectory(atPath: path) {
                let entry = relative.isEmpty ? name : relative + "/" + name
                let full = folder.path + "/" + entry
                let type = try manager.attributesOfItem(atPath: full)[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?:
                    entries[entry] = "folder"
                    try visit(entry)
                case .typeSymbolicLink?:
                    entries[entry] = "link → " + (try manager.destinationOfSymbolicLink(atPath: full))
                default:
                    let data = try Data(contentsOf: URL(fileURLWithPath: full))
                    entries[entry] = "file \(data.count) \(data.hashValue)"
                }
            }
        }
        try visit("")
        return entries
    }

    @Test(arguments: [
        (".", "it is the project folder"),
        ("..", "it holds the project folder"),
        ("/", "it holds the project folder"),
        ("content", "it is content/"),
        ("templates", "it is templates/"),
        ("content/strategy", "it is inside content/"),
        ("templates/assets", "it is inside templates/"),
        ("notes.txt", "this is a file"),
    ])
    func refusedOutputsLeaveEverythingAsItWas(output: String, reason: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try Self.tree(workspace.folder)
        let run = try workspace.build(["--output", output])
        #expect(run.status == 1)
        #expect(run.stderr.contains(reason), "\(run.stderr)")
        #expect(run.stderr.contains("sitegen: build failed with 1 error;"), "\(run.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
    }

    @Test func aFolderHoldingAnotherSitesSourcesIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("baseURL: https://example.org/\n", to: "other/content/site.yaml")
        let before = try Self.tree(workspace.folder)
        let run = try workspace.build(["--output", "other"])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("other: error: sitegen will not write the site here: it holds the sources of a site"),
            "\(run.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
    }

    @Test func theSourcesOfAnotherSiteAreRefusedEvenWithForce() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let other = workspace.folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(
            at: other.appendingPathComponent("content/posts"), withIntermediateDirectories: true)
        try Data("baseURL: https://example.org/\n".utf8).write(to: other.appendingPathComponent("content/site.yaml"))
        try Data("mine\n".utf8).write(to: other.appendingPathComponent("content/posts/a.md"))
        let before = try Self.tree(workspace.folder)
        let run = try workspace.build(["--output", "../other/content/posts", "--force"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("it is in content/ of the site in "), "\(run.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
    }

    /// Two builds into one output at once take turns: neither carries `.git` away from the other.
    @Test func buildsAtOnceKeepGit() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.build([]).status == 0)
        try workspace.write("[core]\n", to: "site/.git/config")
        for _ in 1...3 {
            let processes = try (0..<2).map { _ in
                let process = Process()
                process.executableURL = BinaryTests.binary
                process.arguments = ["build", "--quiet"]
                process.currentDirectoryURL = workspace.project
                try process.run()
                return process
            }
            for process in processes {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            #expect(FileManager.default.fileExists(atPath: workspace.file("site/.git/config").path))
        }
    }

    @Test func aLinkToTheProjectIsRefusedLikeTheProject() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createSymbolicLink(atPath: workspace.file("out").path, withDestinationPath: ".")
        let before = try Self.tree(workspace.folder)
        let run = try workspace.build(["--output", "out"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("it is the project folder"), "\(run.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
    }

    @Test func aFolderSitegenDidNotWriteIsRefusedUnlessForced() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // A checkout of a publishing branch, with an old site from another tool.
        try workspace.write("example.org\n", to: "public/CNAME")
        try workspace.write("<p>old</p>\n", to: "public/old/index.html")
        try workspace.write("[core]\n", to: "public/.git/config")
        let before = try Self.tree(workspace.folder)
        let refused = try workspace.build(["--output", "public"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "public: error: the folder holds files sitegen did not write: `public/CNAME`, `public/old`"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("pass --force"), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("sitegen: build failed with 1 error; public was left as it was\n"))
        #expect(try Self.tree(workspace.folder) == before)

        let forced = try workspace.build(["--output", "public", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let after = try Self.tree(workspace.file("public"))
        #expect(after["index.html"] != nil && after["old"] == nil && after["CNAME"] == nil)
        #expect(after[".git/config"] == before["project/public/.git/config"])
    }

    @Test func gitAndKeptNamesAreCarriedOverUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let settings = workspace.file("content/site.yaml")
        try Data((try String(contentsOf: settings, encoding: .utf8) + "keep: [CNAME, .well-known/]\n").utf8).write(
            to: settings)
        try workspace.write("example.org\n", to: "public/CNAME")
        try workspace.write("contact\n", to: "public/.well-known/security.txt")
        try workspace.write("[core]\n", to: "public/.git/config")
        let kept = try Self.tree(workspace.file("public"))
        for round in 1...2 {
            let run = try workspace.build(["--output", "public"])
            #expect(run.status == 0, "round \(round): \(run.stderr)")
            let after = try Self.tree(workspace.file("public"))
            for (path, entry) in kept { #expect(after[path] == entry, "round \(round): \(path)") }
            #expect(after["ja/index.html"] != nil)
        }
        let manifest = try String(contentsOf: workspace.file("public/.sitegen-manifest"), encoding: .utf8)
        #expect(manifest.contains("\nja/index.html\n"))
        #expect(!manifest.contains("CNAME") && !manifest.contains(".git"))
    }

    @Test func aKeptNameTheBuildAlsoWritesStopsTheBuild() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.build([]).status == 0)
        let settings = workspace.file("content/site.yaml")
        try Data((try String(contentsOf: settings, encoding: .utf8) + "keep: [robots.txt]\n").utf8).write(to: settings)
        let before = try Self.tree(workspace.folder)
        let run = try workspace.build([])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("`robots.txt` is kept from the previous site, but the build writes it too"),
            "\(run.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
    }

    @Test func aFileAddedToSitegensOwnOutputIsNotLost() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.build([]).status == 0)
        #expect(try workspace.build([]).status == 0, "sitegen's own site/ is taken again")
        try workspace.write("mine\n", to: "site/ja/mine.html")
        let before = try Self.tree(workspace.folder)
        let run = try workspace.build([])
        #expect(run.status == 1)
        #expect(run.stderr.contains("`site/ja/mine.html`"), "\(run.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
    }

    @Test func aLinkedOutputGetsTheSiteWhereItPoints() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let target = workspace.folder.appendingPathComponent("published")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: workspace.file("site").path, withDestinationPath: "../published")
        for _ in 1...2 {
            let run = try workspace.build([])
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: workspace.file("site").path) == "../published")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("ja/index.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).filter {
            $0.hasPrefix(".published.sitegen-")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aBuildKilledWhileCarryingGitOverLosesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.build([]).status == 0)
        // What a build killed between carrying `.git` over and the swap leaves: `.git` in its
        // staging folder (no process has the largest pid), the output without it.
        try workspace.write("[core]\n", to: ".site.sitegen-2147483646-7/.git/config")
        let run = try workspace.build([])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try String(contentsOf: workspace.file("site/.git/config"), encoding: .utf8) == "[core]\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.file(".site.sitegen-2147483646-7").path))
    }

    @Test func anUnreadableMediaFileIsNamedByBuildAndCheck() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("secret", to: "content/media/locked.pdf")
        chmod(workspace.file("content/media/locked.pdf").path, 0)
        #expect(try workspace.build([]).status == 0)
        let before = try Self.tree(workspace.folder)
        let build = try BinaryTests.runWithoutOverride(["build", "--quiet"], in: workspace.project)
        #expect(build.status == 1)
        let named = #"content/media/locked\.pdf(:1:1)?: error: cannot read the file"#
        #expect(build.stderr.range(of: named, options: .regularExpression) != nil, "\(build.stderr)")
        #expect(!build.stderr.contains("site: error"), "\(build.stderr)")
        #expect(try Self.tree(workspace.folder) == before)
        let check = try BinaryTests.runWithoutOverride(["check"], in: workspace.project)
        #expect(check.status == 1)
        #expect(check.stdout.range(of: named, options: .regularExpression) != nil, "\(check.stdout)")
    }

    @Test func anOldSiteThatCannotBeRemovedIsLeftForTheNextBuild() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.build([]).status == 0)
        // Written by someone else: this build may not remove what is in it.
        chmod(workspace.file("site/ja/strategy").path, 0o555)
        let run = try BinaryTests.runWithoutOverride(["build"], in: workspace.project)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("the previous one could not be removed and is left at "), "\(run.stderr)")
        #expect(!run.stderr.contains("left as it was"), "\(run.stderr)")
        let leftover = try #require(
            try FileManager.default.contentsOfDirectory(atPath: workspace.project.path).first {
                $0.hasPrefix(".site.sitegen-")
            })
        #expect(run.stderr.contains(leftover))
        #expect(FileManager.default.fileExists(atPath: workspace.file("site/ja/strategy/index.html").path))
        chmod(workspace.file(leftover + "/ja/strategy").path, 0o755)
        #expect(try workspace.build([]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.file(leftover).path))
    }

    @Test func aFailedBuildSaysWhichFolderItLeftAlone() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("---\ntitle: [broken\n---\n", to: "content/broken.en.md")
        let fresh = try workspace.build(["--output", "elsewhere"])
        #expect(fresh.status == 1)
        #expect(fresh.stderr.hasSuffix("; nothing was written to elsewhere\n"), "\(fresh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("elsewhere").path))
        try FileManager.default.createDirectory(at: workspace.file("elsewhere"), withIntermediateDirectories: true)
        let existing = try workspace.build(["--output", "elsewhere"])
        #expect(existing.stderr.hasSuffix("; elsewhere was left as it was\n"), "\(existing.stderr)")
    }
}
