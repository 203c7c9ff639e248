// Written by `make theme` from Sources/SitegenKit/DefaultTheme/; do not edit.

extension BuiltInTheme {
    static let embeddedFiles: [(path: String, text: String)] = []
}
