import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import Testing

@testable import SitegenServe

/// Nothing outside the built site is ever served, whatever the path; refusals never crash.
@Suite struct TraversalTests {
    static let refused: [(target: String, status: Int)] = [
        ("/../etc/passwd", 400),
        ("/ja/../../etc/passwd", 400),
        ("/./ja/", 400),
        ("/ja/about/.", 400),
        ("/%2e%2e/etc/passwd", 400),
        ("/%2E%2E/%2E%2E/etc/passwd", 400),
        ("/ja/.%2e/.%2E/etc/passwd", 400),
        ("/ja/%2e%2e%2fetc%2fpasswd", 400),
        ("/%252e%252e/etc/passwd", 400),
        ("/ja%252f..%252f..%252fetc", 400),
        ("/%25252e%25252e/etc", 400),
        ("/..%5c..%5cetc%5cpasswd", 400),
        ("/..\\..\\etc\\passwd", 400),
        ("/ja\\about", 400),
        ("/ja/about/%00", 400),
        ("/ja/about/index.html%00.css", 400),
        ("/%c0%ae%c0%ae/etc/passwd", 400),
        ("/%zz", 400),
        ("/%2", 400),
        ("//etc/passwd", 400),
        ("//example.org/", 400),
        ("/ja//about/", 400),
        ("http://example.org/etc/passwd", 400),
        ("C:\\Windows\\win.ini", 400),
        ("*", 400),
        ("", 400),
        ("/" + String(repeating: "a", count: 5000), 414),
        ("/etc/passwd", 404),
        ("/proc/self/environ", 404),
        ("/ja/about/index.html/", 404),
        ("/%ef%bc%8e%ef%bc%8e/etc/passwd", 404),
        ("/__sitegen/../ja/", 400),
        ("/__sitegen/anything", 404),
    ]

    @Test(arguments: refused)
    func refusedOverHTTP(target: String, status: Int) async throws {
        try await SampleSite.test { client in
            let response = try await client.execute(uri: target, method: .get)
            #expect(response.status.code == status, "\(target)")
            #expect(!String(buffer: response.body).contains("root:"))
        }
    }

    @Test(arguments: [
        ("/", [String](), true), ("/ja/about/", ["ja", "about"], true), ("/ja/about", ["ja", "about"], false),
        ("/ja/%E6%A6%82%E8%A6%81/", ["ja", "概要"], true), ("/a%20b.txt?x=%2e%2e", ["a b.txt"], false),
        ("/ja/about/#top", ["ja", "about"], true),
    ])
    func acceptedPathsDecode(target: String, segments: [String], folder: Bool) throws {
        let path = try RequestPath.parse(target).get()
        #expect(path.segments == segments)
        #expect(path.isFolder == folder)
    }

    @Test func redirectsStayOnThisHost() throws {
        #expect(RequestPath.encode(["ja", "概 要"], folder: true) == "/ja/%E6%A6%82%20%E8%A6%81/")
        #expect(RequestPath.encode([], folder: true) == "/")
    }

    /// A fixed-seed fuzz of request paths built from the pieces traversal attacks use: every
    /// answer is a known status, a 200 is always one of the built files, a redirect stays here.
    @Test func fuzzedPathsNeverLeak() async throws {
        let pieces = [
            "/", "/", "/", ".", "..", "%", "%2e", "%2E", "%2f", "%5c", "%25", "%00", "%c0%af", "\\", "ja", "about",
            "index.html", "404.html", "assets", "style.css", "?", "#", "é", "%e6%a6%82", "etc", "passwd", "2", "e", "f",
            ";",
        ]
        var generator = SplitMix64(seed: 0x5173_6567_656e)
        let served = Set(SampleSite.site().files.values.map { String(buffer: $0.body) })
        var targets: [String] = []
        for _ in 0..<1500 {
            var target = Bool.random(using: &generator) ? "/" : ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) { target += pieces.randomElement(using: &generator)! }
            targets.append(target)
        }
        try await SampleSite.test { [targets] client in
            for target in targets {
                let response = try await client.execute(uri: target, method: .get)
                #expect([200, 301, 400, 404, 414].contains(response.status.code), "\(target)")
                if response.status == .ok { #expect(served.contains(String(buffer: response.body)), "\(target)") }
                if let location = response.headers[.location] {
                    #expect(location.hasPrefix("/") && !location.hasPrefix("//"), "\(target) → \(location)")
                }
            }
        }
    }
}

/// A small deterministic random number generator, so the fuzz test is the same every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
