import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

extension SiteLoader {
    /// Re-reads only the files in `changed` (paths below the root, `content/a.ja.md`) into a
    /// source loaded before, for `sitegen serve`'s rebuilds.
    ///
    /// Falls back to a full `load()` whenever a shortcut could differ from it: the earlier load
    /// had problems, a changed file cannot be read, or a changed path is a symbolic link (whose
    /// target must be checked again). Files added or removed must be handled by the caller with
    /// a full load. Changed files the loader never reads (neither Markdown, data, templates,
    /// theme strings nor assets) are ignored, as `load()` ignores them; media are copied, not read.
    public func reload(_ previous: SiteSource, changed: Set<String>) throws(BuildFailure) -> SiteSource {
        guard previous.problems.isEmpty else { return try load() }
        var source = previous
        var problems: [Diagnostic] = []
        for path in changed.sorted() {
            let url = root.appendingPathComponent(path)
            if let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
                type == .typeSymbolicLink
            {
                return try load()
            }
            if path == source.config.displayPath {
                guard let file = readText(url, display: path, relative: source.config.relativePath, problems: &problems)
                else { break }
                source.config = file
            } else if let index = source.pages.firstIndex(where: { $0.displayPath == path }) {
                guard
                    let file = readText(
                        url, display: path, relative: source.pages[index].relativePath, problems: &problems)
                else { break }
                source.pages[index] = file
            } else if let index = source.data.firstIndex(where: { $0.displayPath == path }) {
                guard
                    let file = readText(
                        url, display: path, relative: source.data[index].relativePath, problems: &problems)
                else { break }
                source.data[index] = file
            } else if let index = source.templates.firstIndex(where: { $0.displayPath == path }) {
                guard let file = readText(url, display: path, relative: path, problems: &problems) else { break }
                source.templates[index].text = file.text
            } else if let (code, old) = source.themeStrings.first(where: { $0.value.displayPath == path }) {
                guard let file = readText(url, display: path, relative: old.relativePath, problems: &problems) else {
                    break
                }
                source.themeStrings[code] = file
            } else if let index = source.assets.firstIndex(where: {
                $0.sourcePath == url.path || "templates/" + $0.outputPath == path
            }) {
                guard let data = FileManager.default.contents(atPath: url.path) else { return try load() }
                source.assets[index].contents = [UInt8](data)
            }
        }
        if !problems.isEmpty { return try load() }
        return source
    }
}
