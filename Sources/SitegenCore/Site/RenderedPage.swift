/// A rendered page: kept for the result, or already handed to an `OutputSink`, of which only
/// the path and size remain (for the build's summary).
package enum RenderedPage: Sendable {
    case kept(OutputFile)
    case streamed(path: String, size: Int)

    package init(_ file: OutputFile, sink: OutputSink?) throws(Diagnostic) {
        guard let sink else {
            self = .kept(file)
            return
        }
        let size: Int
        switch file.contents {
        case .bytes(let bytes): size = bytes.count
        case .copy: size = 0
        }
        try sink.accept(file)
        self = .streamed(path: file.path, size: size)
    }
}
