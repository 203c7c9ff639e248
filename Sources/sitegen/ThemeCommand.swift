import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit
import SitegenTemplates

/// `sitegen theme`: the built-in theme.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Work with sitegen's built-in theme.",
        subcommands: [EjectCommand.self])

    /// `sitegen theme eject`: writes the built-in theme's files into templates/.
    struct EjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eject",
            abstract: "Copy the built-in theme into templates/, to own and change every file.",
            discussion:
                "Files that templates/ already has are left as they are (they already override the built-in ones) and listed."
        )

        @OptionGroup var sourceOptions: SourceOptions

        func run() throws {
            let root = sourceOptions.sourceURL
            try DiagnosticReporting.run {
                let writer = AuthoringFiles(root: root, folder: "templates")
                var written = 0
                var kept: [String] = []
                for file in BuiltInTheme.files {
                    if writer.exists(file.path) {
                        kept.append("templates/" + file.path)
                        continue
                    }
                    try writer.create(file.path, text: file.text)
                    written += 1
                }
                print("wrote \(written) files of the built-in theme into templates/")
                if !kept.isEmpty {
                    print("kept your own: \(kept.joined(separator: ", "))")
                }
            }
        }
    }
}
