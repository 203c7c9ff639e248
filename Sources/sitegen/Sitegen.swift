import ArgumentParser
import SitegenCore

/// The `sitegen` command line: subcommands parse their options and call SitegenKit.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a bilingual static site from paired Markdown and Mustache templates.",
        subcommands: [
            BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, TranslatedCommand.self,
            InitCommand.self, ThemeCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )
}
