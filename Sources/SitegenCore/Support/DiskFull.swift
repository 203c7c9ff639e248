/// A full disk (or a used-up quota), said once for the whole build instead of once per file
/// that could not be written.
package enum DiskFull {
    package static let message = "the disk is full"

    /// The error for `folder` (the output folder), whichever file found the disk full.
    package static func diagnostic(folder: String) -> Diagnostic {
        Diagnostic(path: folder, message: message, hint: "free some space and build again")
    }

    /// `diagnostics` with one disk-full error per folder, where the first of them was; the
    /// others are kept as they are, in their order.
    package static func folded(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var folders = Set<String>()
        return diagnostics.filter { diagnostic in
            diagnostic.message != message || diagnostic.severity != .error || folders.insert(diagnostic.path).inserted
        }
    }
}
