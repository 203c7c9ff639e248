/// How a build is asked for.
public struct BuildOptions: Sendable, Equatable {
    /// Include pages marked `draft: true`.
    public var drafts: Bool = false
    /// Include pages whose `publishDate` has not come yet.
    public var future: Bool = false
    /// Include pages whose `expiryDate` has passed.
    public var expired: Bool = false
    /// The moment `publishDate` and `expiryDate` are compared with, on the site's clock unless
    /// an offset is written; nil is the moment the plan is made (`build --now` sets it, to see
    /// the site as it will be on a given day).
    public var now: ScheduleTime?
    /// `sitegen serve`: include scheduled and expired pages, and tell which pages a build
    /// would leave out (`BuildResult.heldBack`), so the preview can mark them.
    public var previewsHeldBack: Bool = false
    /// Treat warnings as errors.
    public var strict: Bool = false
    /// Overrides `baseURL` from site.yaml.
    public var baseURL: String?
    /// Render pages from `RenderPlan`s where the templates allow it (the default); false has
    /// swift-mustache render every page, which tests compare against.
    package var rendersWithPlans: Bool = true

    public init(
        drafts: Bool = false, future: Bool = false, expired: Bool = false, now: ScheduleTime? = nil,
        strict: Bool = false,
        baseURL: String? = nil
    ) {
        self.drafts = drafts
        self.future = future
        self.expired = expired
        self.now = now
        self.strict = strict
        self.baseURL = baseURL
    }
}
