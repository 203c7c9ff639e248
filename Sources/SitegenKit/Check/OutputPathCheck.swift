import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Two pages that would be written to the same file, also when the paths differ only in case
/// (they collide on case-insensitive disks such as macOS and Windows, and on many hosts).
enum OutputPathCheck {
    /// The findings, and the pages to leave out of later checks (the second of each collision).
    static func collisions(_ pages: [Page]) -> (problems: [Diagnostic], losers: Set<String>) {
        var seen: [String: Page] = [:]
        var problems: [Diagnostic] = []
        var losers = Set<String>()
        for page in pages.sorted(by: { $0.source < $1.source }) {
            let output = URLScheme.outputFile(of: page.path)
            guard let other = seen[output.lowercased()] else {
                seen[output.lowercased()] = page
                continue
            }
            let otherOutput = URLScheme.outputFile(of: other.path)
            let message =
                otherOutput == output
                ? "this page and \(other.source) would both be written to site/\(output)"
                : "this page would be written to site/\(output) and \(other.source) to site/\(otherOutput): the paths differ only in case, so they collide on many disks and hosts"
            problems.append(
                Diagnostic(
                    path: page.source, line: 1, column: 1, message: message,
                    hint: "rename one of them, or give one a different translationKey"))
            losers.insert(page.source)
        }
        return (problems, losers)
    }

    /// Content files whose paths differ only in case (`Vision.en.md` beside `vision.en.md`): one
    /// replaces the other on case-insensitive disks, whatever else is wrong with their names.
    static func caseCollisions(_ files: [SourceFile]) -> [Diagnostic] {
        var seen: [String: SourceFile] = [:]
        var problems: [Diagnostic] = []
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            let key = file.relativePath.lowercased()
            if let other = seen[key] {
                problems.append(
                    Diagnostic(
                        path: file.displayPath, line: 1, column: 1,
                        message:
                            "this file and \(other.displayPath) differ only in case, so they would be written to the same place",
                        hint: "keep one of them; file names are lower-case letters, digits and hyphens"))
            } else {
                seen[key] = file
            }
        }
        return problems
    }
}
