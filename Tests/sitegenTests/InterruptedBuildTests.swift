import Foundation
import Testing

/// A build killed with SIGKILL at any moment leaves either the previous site or the complete
/// new one, never a mix; the next build succeeds and removes the killed build's leftovers.
@Suite struct InterruptedBuildTests {
    @Test(arguments: [5, 40, 120])
    func killedBuildLeavesThePreviousSite(afterMilliseconds delay: Int) throws {
        let folder = try BinaryTests.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try BinaryTests.run(["build", "--quiet"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let site = folder.appendingPathComponent("site")
        let before = try BinaryTests.snapshot(site)

        // Enough extra pages that the build takes a while, and a changed title to tell old from new.
        let strategy = folder.appendingPathComponent("content/strategy")
        for index in 0..<400 {
            for language in ["ja", "en"] {
                let text = "---\ntitle: Page \(index)\n---\n" + String(repeating: "Text 本文。\n\n", count: 200)
                try Data(text.utf8).write(to: strategy.appendingPathComponent("extra-\(index).\(language).md"))
            }
        }
        let process = Process()
        process.executableURL = BinaryTests.binary
        process.arguments = ["build", "--quiet"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let after = try BinaryTests.snapshot(site)
        if after != before {
            // The swap happened before the kill: the site must be the whole new one.
            #expect(after["ja/strategy/extra-399/index.html"] != nil, "site/ holds a partial build")
            #expect(after.count == before.count + 800)
        }
        let rerun = try BinaryTests.run(["build", "--quiet"], in: folder)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".site.sitegen-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try BinaryTests.snapshot(site)["en/strategy/extra-0/index.html"] != nil)
    }
}
