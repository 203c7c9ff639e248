// swift-tools-version:6.0
import PackageDescription

/// The stages are separate modules so that the compiler refuses a cycle; a release build lets
/// the optimizer see across them, as it did when they were one module (a page's render calls
/// small functions of four stages, and copies large values it cannot see are unused).
let stage: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenKit", targets: ["SitegenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Exact: the committed site/ is compared byte for byte (SiteFreshnessTests) and these render it.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        /// `swift package generate-documentation` (`make docs`); no target depends on it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Hummingbird's own: the preview adds a channel handler to its HTTP pipeline.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
    ],
    targets: [
        /// libcmark, the CommonMark reference parser in C (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        /// Small C helpers for what Swift's Glibc module does not expose (atomic folder exchange).
        .target(name: "CSupport"),
        /// Values every stage shares: settings, the content model, pages and their pairing,
        /// addresses, output files, diagnostics. Depends on no other stage.
        .target(
            name: "SitegenCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: stage
        ),
        /// libcmark and sitegen's passes over its tree; knows nothing of sites.
        .target(name: "SitegenMarkdown", dependencies: ["CCmark", "SitegenCore"], swiftSettings: stage),
        /// Feeds, calendars, the sitemap, JSON-LD, alias pages, host files, fingerprinted assets.
        .target(name: "SitegenPublish", dependencies: ["SitegenCore"], swiftSettings: stage),
        /// swift-mustache, typed template contexts, themes and the built-in theme.
        .target(
            name: "SitegenTemplates",
            dependencies: [
                "SitegenCore", "SitegenMarkdown", "SitegenPublish",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The built-in theme's files, embedded as text by `make theme`.
            exclude: ["DefaultTheme"],
            swiftSettings: stage
        ),
        /// The search index and search pages.
        .target(
            name: "SitegenSearch", dependencies: ["SitegenCore", "SitegenMarkdown", "SitegenTemplates"],
            swiftSettings: stage),
        /// The build: load → plan → render → publish → write, and `check`, `serve`'s rebuilds,
        /// the authoring tools. The only stage that reads (the loader) or writes (the writer).
        .target(
            name: "SitegenKit",
            dependencies: [
                "CSupport", "SitegenCore", "SitegenMarkdown", "SitegenPublish", "SitegenTemplates", "SitegenSearch",
            ],
            swiftSettings: stage
        ),
        /// The preview server; the only target that pulls in Hummingbird.
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenCore",
                "SitegenKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        /// The command line: parses arguments, calls the kit, maps errors to exit codes. Its
        /// Documentation.docc is the project's documentation (`make docs`).
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenTemplates",
                "SitegenKit",
                "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            /// On Linux, mimalloc (Debian's libmimalloc-dev; libmimalloc2.0 at run time) replaces
            /// glibc's malloc in the command: a build allocates small strings and arrays on every
            /// core, and it is about 9 % faster.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        /// Fuzz targets: libFuzzer with `make fuzz`, corpus replay without it.
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["SitegenCore", "SitegenMarkdown", "SitegenTemplates", "SitegenSearch", "SitegenKit"]
        ),
        /// The benchmark's tools: corpus generator (sitegen and Hugo) and the libcmark loop.
        .executableTarget(
            name: "sitegen-bench",
            dependencies: [
                "CCmark",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SitegenKitTests",
            dependencies: [
                "SitegenCore", "SitegenMarkdown", "SitegenPublish", "SitegenTemplates", "SitegenSearch", "SitegenKit",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SitegenServeTests",
            dependencies: [
                "SitegenCore",
                "SitegenServe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "sitegenTests",
            dependencies: ["SitegenCore", "SitegenTemplates", "SitegenKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
