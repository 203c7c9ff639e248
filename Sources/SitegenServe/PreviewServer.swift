import Hummingbird
import SitegenKit

/// The preview server behind `sitegen serve` (built in a later step).
public enum PreviewServer {}
