import ArgumentParser
import SitegenCore
import SitegenKit

/// Runs a command's work and turns its diagnostics into stderr lines and exit status 1.
enum DiagnosticReporting {
    static func run(_ work: () throws -> Void) throws {
        do {
            try work()
        } catch let failure as BuildFailure {
            for diagnostic in failure.diagnostics { Terminal.error(diagnostic.description) }
            throw ExitCode.failure
        } catch let diagnostic as Diagnostic {
            Terminal.error(diagnostic.description)
            throw ExitCode.failure
        }
    }
}
