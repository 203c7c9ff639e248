/// Where a build hands the pages it renders, as soon as each is rendered, instead of keeping
/// them all in memory: in `sitegen build`, the writer's staging folder (the writer stays the
/// only code that touches the disk). Called from several tasks at once.
public struct OutputSink: Sendable {
    public var accept: @Sendable (OutputFile) throws(Diagnostic) -> Void
    /// Opens a file to be written in pieces (the search indexes of a big site are tens of
    /// megabytes, better not held whole); nil when the sink only takes whole files.
    public var open: (@Sendable (String) throws(Diagnostic) -> OutputStream)?

    public init(
        accept: @escaping @Sendable (OutputFile) throws(Diagnostic) -> Void,
        open: (@Sendable (String) throws(Diagnostic) -> OutputStream)? = nil
    ) {
        self.accept = accept
        self.open = open
    }
}

/// A file being written in pieces through an `OutputSink`: `write` each piece in order, then
/// `close`.
public struct OutputStream: Sendable {
    public var write: @Sendable (UnsafeRawBufferPointer) throws(Diagnostic) -> Void
    public var close: @Sendable () throws(Diagnostic) -> Void

    public init(
        write: @escaping @Sendable (UnsafeRawBufferPointer) throws(Diagnostic) -> Void,
        close: @escaping @Sendable () throws(Diagnostic) -> Void
    ) {
        self.write = write
        self.close = close
    }
}
