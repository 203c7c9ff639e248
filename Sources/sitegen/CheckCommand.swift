import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit

/// `sitegen check`: reports every problem of the content and theme, writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content and templates for problems; write nothing.",
        discussion:
            "Prints `path:line:col: error|warning: message; hint` lines, then a summary. Exits with status 1 when there are errors (or warnings, with --strict)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var sourceOptions: SourceOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let root = sourceOptions.sourceURL
        let report: CheckReport
        do {
            let source = try SiteLoader(root: root).load()
            let snapshots = AuthoringFiles(root: root).snapshots()
            report = SiteCheck(source: source, snapshots: snapshots).run()
        } catch {
            report = CheckReport(error.diagnostics)
        }
        let output = format == .json ? report.json : report.text
        FileHandle.standardOutput.write(Data(output.utf8))
        if report.fails(strict: strict) { throw ExitCode.failure }
    }
}
