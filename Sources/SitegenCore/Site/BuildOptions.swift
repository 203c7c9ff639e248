/// How a build is asked for.
public struct BuildOptions: Sendable, Equatable {
    /// Include pages marked `draft: true`.
    public var drafts: Bool = false
    /// Treat warnings as errors.
    public var strict: Bool = false
    /// Overrides `baseURL` from site.yaml.
    public var baseURL: String?
    /// Render pages from `RenderPlan`s where the templates allow it (the default); false has
    /// swift-mustache render every page, which tests compare against.
    package var rendersWithPlans: Bool = true

    public init(drafts: Bool = false, strict: Bool = false, baseURL: String? = nil) {
        self.drafts = drafts
        self.strict = strict
        self.baseURL = baseURL
    }
}
