import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The byte-level fast path of `URLScheme.relative` must agree with the definition by
/// components for every pair of paths, and leave the unusual ones to it.
@Suite struct RelativeAddressTests {
    static let folders = [
        "", "ja/", "en/", "ja/events/", "ja/events/launch/", "ja/events/2025/a/", "en/strategy/vision/", "assets/",
        "ja/events", "/ja/", "ja//events/", "ja/évents/",
    ]
    static let targets = [
        "", "ja/", "en/", "ja/events/", "ja/events/launch/", "ja/events/opening/", "ja/strategy/", "assets/style.css",
        "ja/events/launch/index.html", "media/map.png", "index.html", "ja/events/2025/a/", "ja/events", "/ja/",
        "ja//events/", "ja/évents/", "ja/événements/x/",
    ]

    @Test(arguments: folders)
    func fastPathAgreesWithTheDefinition(_ from: String) {
        for target in Self.targets {
            #expect(
                URLScheme.relative(from: from, to: target) == URLScheme.componentRelative(from: from, to: target),
                "from \(from) to \(target)")
        }
    }

    @Test func unusualPathsAreLeftToTheDefinition() {
        #expect(URLScheme.asciiRelative(from: "ja/", to: "ja//events/") == nil)
        #expect(URLScheme.asciiRelative(from: "ja/", to: "/ja/") == nil)
        #expect(URLScheme.asciiRelative(from: "ja/évents/", to: "ja/") == nil)
        #expect(URLScheme.asciiRelative(from: "ja/events/launch/", to: "ja/events/opening/") == "../opening/")
        #expect(URLScheme.asciiRelative(from: "ja/events/", to: "assets/style.css") == "../../assets/style.css")
        #expect(URLScheme.asciiRelative(from: "ja/", to: "ja/") == "./")
    }
}
