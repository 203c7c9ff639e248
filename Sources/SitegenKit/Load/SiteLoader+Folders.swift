import Foundation
import SitegenCore
import SitegenTemplates

extension SiteLoader {
    /// The files of `content/`: Markdown pages (read on every core), media (checked readable,
    /// copied later by the writer) and data files.
    func readContent(_ content: URL, problems: inout [Diagnostic]) -> (
        pages: [SourceFile], media: [StaticFile], data: [SourceFile]
    ) {
        var pages: [SourceFile] = []
        var media: [StaticFile] = []
        var markdown: [Entry] = []
        var data: [SourceFile] = []
        for entry in walk(content, display: "content", problems: &problems) {
            if entry.relative.hasPrefix("media/") {
                // Media are copied by the writer; one it could not read is named here, by build and check.
                guard access(entry.path, R_OK) == 0 else {
                    problems.append(
                        Diagnostic(
                            path: "content/" + entry.relative, message: "cannot read the file",
                            hint: "check its permissions, or move it out of content/media/"))
                    continue
                }
                media.append(StaticFile(sourcePath: entry.path, outputPath: entry.relative))
            } else if entry.relative.hasSuffix(".md") {
                markdown.append(entry)
            } else if SiteData.isDataFile(entry.relative),
                let file = readText(
                    path: entry.path, display: "content/" + entry.relative, relative: entry.relative,
                    problems: &problems)
            {
                data.append(file)
            }
        }
        for result in Self.readAll(markdown, display: "content/") {
            switch result {
            case .success(let file): pages.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }

        return (pages, media, data)
    }

    /// The files of `templates/`: templates, interface strings and assets; none for a site
    /// without the folder, which uses the built-in theme whole.
    func readTheme(_ templatesFolder: URL, problems: inout [Diagnostic]) -> (
        templates: [TemplateSource], strings: [String: SourceFile], assets: [StaticFile]
    ) {
        var templates: [TemplateSource] = []
        var strings: [String: SourceFile] = [:]
        var assets: [StaticFile] = []
        let hasTemplates = FileManager.default.fileExists(atPath: templatesFolder.path)
        for entry in hasTemplates ? walk(templatesFolder, display: "templates", problems: &problems) : [] {
            let display = "templates/" + entry.relative
            if entry.relative.hasPrefix("assets/") {
                do {
                    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry.path)))
                    assets.append(StaticFile(sourcePath: entry.path, outputPath: entry.relative, contents: bytes))
                } catch {
                    problems.append(
                        Diagnostic(path: display, message: "cannot read the file", hint: "check its permissions"))
                }
            } else if entry.relative.hasPrefix("i18n/"), entry.relative.hasSuffix(".yaml") {
                let code = String(entry.relative.dropFirst("i18n/".count).dropLast(".yaml".count))
                if let file = readText(
                    path: entry.path, display: display, relative: entry.relative, problems: &problems)
                {
                    strings[code] = file
                }
            } else if entry.relative.hasSuffix(".mustache") {
                if let file = readText(
                    path: entry.path, display: display, relative: entry.relative, problems: &problems)
                {
                    let name = String(entry.relative.dropLast(".mustache".count))
                    templates.append(TemplateSource(name: name, displayPath: display, text: file.text))
                }
            }
        }
        return (templates, strings, assets)
    }
}
