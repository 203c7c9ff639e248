/// A text file as the loader read it: where it came from and its decoded text.
public struct SourceFile: Sendable, Equatable {
    /// The path shown to authors, relative to the folder sitegen runs in (`content/events/x.ja.md`).
    public var displayPath: String
    /// The path below `content/` (`events/x.ja.md`); pages are identified by it.
    public var relativePath: String
    public var text: String

    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
    }
}

/// A file that is copied to the output as it is (theme assets, content media).
public struct StaticFile: Sendable, Equatable {
    /// Where the writer reads it from (absolute path).
    public var sourcePath: String
    /// Where it goes below the output folder (`assets/style.css`, `media/logo.png`).
    public var outputPath: String
    /// Its bytes, when the loader already read them (theme assets, so names can carry a hash).
    public var contents: [UInt8]?

    public init(sourcePath: String, outputPath: String, contents: [UInt8]? = nil) {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.contents = contents
    }
}
