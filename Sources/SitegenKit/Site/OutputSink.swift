/// Where a build hands the pages it renders, as soon as each is rendered, instead of keeping
/// them all in memory: in `sitegen build`, the writer's staging folder (the writer stays the
/// only code that touches the disk). Called from several tasks at once.
public struct OutputSink: Sendable {
    public var accept: @Sendable (OutputFile) throws(Diagnostic) -> Void

    public init(accept: @escaping @Sendable (OutputFile) throws(Diagnostic) -> Void) {
        self.accept = accept
    }
}
