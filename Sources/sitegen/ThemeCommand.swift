import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit
import SitegenTemplates

/// `sitegen theme`: the built-in theme, and what any theme receives from sitegen.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Work with sitegen's built-in theme, and list what a theme receives.",
        subcommands: [EjectCommand.self, KeysCommand.self, StringsCommand.self])

    /// `sitegen theme keys`: the keys of each kind of page's template context.
    struct KeysCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keys",
            abstract: "List the keys each kind of page gives its template, as Markdown tables.",
            discussion: "The same tables as the Themes article, made from the code that builds the contexts.")

        func run() {
            print(ThemeReference.contextKeys, terminator: "")
        }
    }

    /// `sitegen theme strings`: the interface strings sitegen reads, with their defaults.
    struct StringsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "strings",
            abstract: "List the interface strings sitegen reads from a theme, with their defaults.",
            discussion: "The same table as the Themes article, made from the code that reads the strings.")

        func run() {
            print(ThemeReference.engineStrings, terminator: "")
        }
    }

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
