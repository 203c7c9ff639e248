import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit

/// `sitegen new <section>/<slug>`: writes one skeleton page per site language.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page in every language of the site, e.g. `sitegen new events/open-day-2026`.",
        discussion:
            "Writes content/<section>/<slug>.<lang>.md for each language with the section's front matter and today's date. Never overwrites a file."
    )

    @OptionGroup var sourceOptions: SourceOptions

    @Argument(help: "The page to create: <section>/<slug>, e.g. events/open-day-2026.")
    var page: String

    func run() throws {
        let root = sourceOptions.sourceURL
        try DiagnosticReporting.run {
            let source = try SiteLoader(root: root).load()
            let config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
            // The sections there are, as folders of content/ (an empty new one too).
            let sections = SiteLoader(root: root).contentFolders().subtracting(["media"])
            let files = try PageSkeleton.files(for: page, config: config, now: Date(), sections: sections)
            let writer = AuthoringFiles(root: root)
            // Refuse before writing anything when any of the files exists.
            for file in files where writer.exists(file.relativePath) {
                throw Diagnostic(
                    path: "content/" + file.relativePath, message: "the file already exists; nothing was written",
                    hint: "sitegen new never overwrites a page; choose another slug")
            }
            for file in files {
                try writer.create(file.relativePath, text: file.text)
                print("created content/\(file.relativePath)")
            }
            print("fill in the empty keys of each file; `sitegen check` names any that are still missing")
        }
    }
}
