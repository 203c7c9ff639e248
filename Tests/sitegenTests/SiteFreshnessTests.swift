import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The committed `site/` must be exactly what `content/` and `templates/` build today.
@Suite struct SiteFreshnessTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func committedSiteEqualsAFreshBuild() async throws {
        let source = try SiteLoader(root: Self.repository).load()
        let result = try await SiteBuilder(source: source).build()
        let site = Self.repository.appendingPathComponent("site")
        var expected: [String: [UInt8]] = [:]
        for file in result.files {
            switch file.contents {
            case .bytes(let bytes): expected[file.path] = bytes
            case .copy(let path): expected[file.path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        var onDisk: [String: [UInt8]] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: site.path))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = site.appendingPathComponent(path)
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            if !isFolder.boolValue { onDisk[path] = [UInt8](try Data(contentsOf: url)) }
        }
        // The writer's manifest names exactly the files of the build.
        let manifest = onDisk.removeValue(forKey: SiteManifest.name).flatMap {
            SiteManifest(text: String(decoding: $0, as: UTF8.self))
        }
        #expect(
            manifest?.files == Set(expected.keys),
            "site/\(SiteManifest.name) is stale; run `make site` and commit site/")
        let stale = expected.keys.filter { onDisk[$0] != expected[$0] }.sorted()
        let extra = onDisk.keys.filter { expected[$0] == nil }.sorted()
        #expect(stale.isEmpty, "site/ is stale; run `make site` and commit site/: \(stale.prefix(10))")
        #expect(extra.isEmpty, "site/ holds files a build no longer makes: \(extra.prefix(10))")
    }
}
