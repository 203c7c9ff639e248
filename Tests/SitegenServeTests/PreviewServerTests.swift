import Testing

@testable import SitegenServe

/// HTTP behaviour of the preview server (see issue: sitegen serve).
@Suite struct PreviewServerTests {}
