import SitegenCore
import SitegenMarkdown
import SitegenPublish
import Synchronization

/// The `RenderPlan`s of one template set, by template and context signature, shared by the
/// tasks that render pages in parallel.
///
/// A site has few shapes of context per template (menus, breadcrumbs and tables of contents of
/// a few lengths, optional fields set or not), so after the first pages nearly every page is
/// rendered from a plan. Plans depend only on the templates, so a set's plans live as long as
/// the set (under `serve`, until a template changes).
package final class RenderPlans: Sendable {
    /// Templates plans may stand in for (see `TemplateScan`).
    package let templates: Set<String>
    /// Nil entries: shapes whose skeleton came out with a marker changed; rendered directly.
    private let plans = Mutex<[Key: RenderPlan?]>([:])
    /// Plans kept at most: each holds a page's worth of template text, and content whose every
    /// page has a shape of its own (front matter extras of all kinds) must not fill memory.
    /// Beyond it, new shapes render directly.
    package static let limit = 4096
    /// Leaves a shape may have and still get a plan. A page listing thousands of entries (a
    /// big section's landing, a term of a big site) has a shape of its own that no other page
    /// shares: its plan would be used once and held to the end of the build.
    package static let leafLimit = 20_000

    private struct Key: Hashable {
        package var template: String
        package var signature: [UInt8]

        /// The signature hashed as one block of bytes: `[UInt8]`'s own hashing feeds the hasher
        /// a byte at a time, and a page's signature is a few kilobytes.
        package func hash(into hasher: inout Hasher) {
            hasher.combine(template)
            hasher.combine(signature.count)
            signature.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    package init(templates: Set<String>) {
        self.templates = templates
    }

    /// The plan for `shape` in `template`, made with `render` (swift-mustache) on first use.
    package func plan(
        for shape: ContextShape, template: String, render: (Any) -> String, skeleton: () -> Any
    ) -> RenderPlan? {
        guard shape.leaves.count <= Self.leafLimit else { return nil }
        let key = Key(template: template, signature: shape.signature)
        let (known, full) = plans.withLock { ($0[key], $0.count >= Self.limit) }
        if let known { return known }
        guard !full else { return nil }
        let plan = RenderPlan(output: render(skeleton()), leafCount: shape.leaves.count)
        plans.withLock { $0[key] = plan }
        return plan
    }
}
