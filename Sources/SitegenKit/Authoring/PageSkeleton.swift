import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The files `sitegen new <section>/<slug>` writes: one per site language, each with the
/// front matter its section needs and today's date, ready to fill in.
public enum PageSkeleton {
    /// A file to create, below content/.
    public struct NewFile: Sendable, Equatable {
        public var relativePath: String
        public var text: String
    }

    /// The files for `target` (`events/opening-2026`, or `about` at the top); `now` decides
    /// "today" in the site's time zone. Throws when the target breaks the naming contract.
    ///
    /// `sections`: the folders content/ has; a new folder close to one of them (`event/` beside
    /// `events/`) is taken for a typo and refused, since the page would start a section of its own.
    public static func files(for target: String, config: SiteConfig, now: Date, sections: Set<String>? = nil)
        throws(Diagnostic) -> [NewFile]
    {
        let trimmed = target.hasPrefix("content/") ? String(target.dropFirst("content/".count)) : target
        var parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // Accept a file name too (`events/x.ja.md`, `events/x.md`) and take its slug.
        if var last = parts.last, last.hasSuffix(".md") {
            last.removeLast(3)
            if let dot = last.lastIndex(of: "."), config.language(String(last[last.index(after: dot)...])) != nil {
                last = String(last[..<dot])
            }
            parts[parts.count - 1] = last
        }
        let slug = parts.last ?? ""
        let folders = parts.dropLast()
        let valid = folders.map(ContentPath.suggestSlug) + [ContentPath.suggestSlug(slug)]
        guard slug == "_index" || ContentPath.isValidSlug(slug), folders.allSatisfy(ContentPath.isValidSlug) else {
            let what = slug == "_index" || ContentPath.isValidSlug(slug) ? "folder name" : "slug"
            throw Diagnostic(
                path: "content/" + trimmed,
                message: "`\(trimmed)` has a \(what) that is not allowed in addresses",
                hint:
                    "use lower-case ASCII letters, digits and hyphens, e.g. `sitegen new \(valid.joined(separator: "/"))`"
            )
        }
        let folder = folders.joined(separator: "/")
        if let sections, let first = folders.first, !sections.contains(first),
            let meant = EditDistance.likelyMeant(first, among: sections.sorted())
        {
            throw Diagnostic(
                path: "content/" + first + "/",
                message: "there is no section `\(first)/`; did you mean `\(meant)/`?",
                hint:
                    "write `sitegen new \(([meant] + folders.dropFirst() + [slug]).joined(separator: "/"))`; to start a new section `\(first)/`, create the folder content/\(first)/ first"
            )
        }
        let today = Self.today(now, timezone: config.timezone)
        return config.languages.map { language in
            NewFile(
                relativePath: (folder.isEmpty ? "" : folder + "/") + "\(slug).\(language.code).md",
                text: text(
                    schema: slug == "_index" ? nil : config.contentModel.schema(for: folders.first ?? ""), today: today)
            )
        }
    }

    /// The skeleton of one file: the keys its section declares (`sections:` in site.yaml),
    /// required ones to fill in and optional ones commented out, each with what it takes.
    static func text(schema: SectionSchema?, today: CalendarDate) -> String {
        var lines = ["---", "title: ", "summary: "]
        for key in schema?.keys ?? [] where !["title", "summary"].contains(key.name) {
            let value: String
            var note: String?
            switch key.type {
            case .date, .dateOrMonth: value = today.description
            case .time: value = "14:00"
            case .choice(let values):
                value = ""
                note = values.joined(separator: ", ")
            case .country:
                value = ""
                note = "ISO 3166-1 code, e.g. JP, TW, BE"
            case .url:
                value = ""
                note = "https://…"
            case .boolean: value = "false"
            case .number, .text: value = ""
            case .list: value = "[]"
            }
            let line = "\(key.name): \(value)" + (note.map { (value.isEmpty ? "  # " : " # ") + $0 } ?? "")
            lines.append(key.required ? line : "# " + line)
        }
        if schema?.key("date") == nil { lines.append("updated: \(today)") }
        lines += ["---", "", ""]
        return lines.joined(separator: "\n")
    }

    /// The calendar day of `now` in the site's time zone.
    static func today(_ now: Date, timezone: String) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZoneTable.zone(named: timezone) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
