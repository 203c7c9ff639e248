/// One file of the built site.
public struct OutputFile: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        case bytes([UInt8])
        /// Copied from this absolute path by the writer.
        case copy(String)
    }

    /// Below the output folder, with `/` separators (`ja/strategy/index.html`).
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: .bytes(Array(text.utf8)))
    }

    /// The text of a generated file (nil for copies).
    public var text: String? {
        if case .bytes(let bytes) = contents { return String(decoding: bytes, as: UTF8.self) }
        return nil
    }
}
