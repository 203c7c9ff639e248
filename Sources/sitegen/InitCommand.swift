import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit

/// `sitegen init [folder] [--languages ja,en]`: starts a site that builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site: content/site.yaml, a home, an about page and a news post in each language.",
        discussion:
            "Writes into FOLDER (default: the current folder), which must be empty or not exist yet. The site uses sitegen's built-in theme; `sitegen theme eject` copies it into templates/ to change it."
    )

    @Argument(help: "The folder to create the site in (default: the current folder).")
    var folder: String = "."

    @Option(name: .long, help: "The site's languages, the default first (e.g. ja,en or ja,en,zh-Hant).")
    var languages: String = "ja,en"

    func run() throws {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        try DiagnosticReporting.run {
            let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let files = try SiteStarter.files(languages: codes, now: Date())
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            let isFile =
                FileManager.default.fileExists(atPath: root.path) && existing.isEmpty
                && !((try? root.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory ?? false)
            guard existing.isEmpty, !isFile else {
                throw Diagnostic(
                    path: folder,
                    message: isFile ? "this is a file, not a folder" : "the folder is not empty; nothing was written",
                    hint: "name a new folder, e.g. `sitegen init mysite`, or run it in an empty one")
            }
            let writer = AuthoringFiles(root: root, folder: ".")
            for file in files { try writer.create(file.path, text: file.text) }
            let shown = folder == "." ? "this folder" : folder
            print("created a site in \(shown): \(files.map(\.path).joined(separator: ", "))")
            print(
                "next: \(folder == "." ? "" : "cd \(folder) && ")sitegen build (writes site/), or sitegen serve to preview"
            )
        }
    }
}
