import Synchronization

/// Counts the steps of loops whose cost could grow faster than their input (characters walked
/// to find a column, heading ids tried), so tests can show that the work grows in step with the
/// input rather than time it.
///
/// Counting is on only inside `WorkCounter.$current.withValue(counter) { … }` (child tasks
/// included); elsewhere `current` is nil and nothing is counted.
package final class WorkCounter: Sendable {
    @TaskLocal package static var current: WorkCounter?

    /// Counts Markdown renders (`MarkdownRenderer.render`), so tests can show that a build or a
    /// check renders each page once, whatever links to it.
    @TaskLocal package static var markdownRenders: WorkCounter?

    private let steps = Atomic<Int>(0)

    package init() {}

    package func add(_ count: Int) {
        steps.add(count, ordering: .relaxed)
    }

    /// The steps counted so far.
    package var count: Int { steps.load(ordering: .relaxed) }
}
