import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit

/// `sitegen translated <file>`: records which version of its source a translation now matches.
struct TranslatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translated",
        abstract: "Mark a translation as up to date with its source.",
        discussion:
            "Writes `translatedFrom: <digest of the source>` into the translation's front matter (nothing else in the file changes) and keeps a copy of the source in content/.translations/, so `sitegen check` can show which lines of the source change later."
    )

    @OptionGroup var sourceOptions: SourceOptions

    @Argument(help: "The translation, e.g. content/events/launch.en.md.")
    var file: String

    func run() throws {
        let root = sourceOptions.sourceURL
        try DiagnosticReporting.run {
            let source = try SiteLoader(root: root).load()
            let record = try TranslationRecord.plan(for: Self.relative(file, to: root), in: source)
            let writer = AuthoringFiles(root: root)
            let current = source.pages.first { $0.relativePath == record.translationPath }?.text
            try writer.replace(record.snapshotPath, text: record.snapshotText, expected: nil)
            try writer.replace(record.translationPath, text: record.translationText, expected: current)
            print("content/\(record.translationPath): translatedFrom: \(record.digest) (\(record.sourceDisplayPath))")
        }
    }

    /// The path as the loader names it: relative to the source folder when given absolute or
    /// relative to the current folder.
    static func relative(_ path: String, to root: URL) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = root.standardizedFileURL.path
        return absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : path
    }
}
