import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit

/// Options every command that reads a site shares.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The folder holding content/ and templates/ (default: the current folder).")
    var source: String = "."

    var sourceURL: URL { URL(fileURLWithPath: source) }
}

/// `sitegen build`: writes the site to site/ (or --output).
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into site/.")

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: "Where to write the site (default: site/ in the source folder).")
    var output: String?

    @Flag(name: .long, help: "Include pages marked `draft: true`.")
    var drafts = false

    @Flag(name: .long, help: "Include pages whose `publishDate` has not come yet.")
    var future = false

    @Flag(name: .long, help: "Include pages whose `expiryDate` has passed.")
    var expired = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build the site as it will be (or was) at this time: YYYY-MM-DD or YYYY-MM-DDTHH:MM on the site's clock.",
            valueName: "time"))
    var now: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Option(name: .customLong("base-url"), help: "Absolute address of the published site, overriding site.yaml.")
    var baseURL: String?

    @Flag(
        name: .long,
        help:
            "Build into a folder that holds files sitegen did not write, replacing them (.git and keep: are still kept)."
    )
    var force = false

    func validate() throws {
        if let now, ScheduleTime(now) == nil {
            throw ValidationError(
                "--now \(now) is not a day or a day and a time; write e.g. 2027-04-01 or 2027-04-01T09:00 (the site's clock)"
            )
        }
    }

    func run() async throws {
        let root = sourceOptions.sourceURL
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("site")
        let options = BuildOptions(
            drafts: drafts, future: future, expired: expired, now: now.flatMap(ScheduleTime.init), strict: strict,
            baseURL: baseURL)
        do {
            let report = try await SiteBuild.run(root: root, output: outputURL, options: options, force: force)
            if !quiet {
                for warning in report.result.warnings { Terminal.error(warning.description) }
                Terminal.error(report.summary)
            }
        } catch {
            for diagnostic in error.diagnostics { Terminal.error(diagnostic.description) }
            let count = error.diagnostics.count
            Terminal.error(
                "sitegen: build failed with \(count) error\(count == 1 ? "" : "s"); \(OutputFolder.untouched(outputURL))"
            )
            throw ExitCode.failure
        }
    }
}

/// Writing to the terminal.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
