import SitegenCore

/// schema.org data for a page, as the text of a `<script type="application/ld+json">` block:
/// `WebSite` on homes, and the type a section declares (`schema:` in site.yaml) on its pages:
/// `Event` (its `date`, `time`, `endDate` and `venue`), `Organization` (its first address
/// and country keys), or any other type with the page's name, address and description; nil
/// elsewhere.
///
/// The text escapes `<`, `>` and `&` (see `JSONValue`), so whatever a title holds, the block
/// stays one valid JSON document.
package struct JSONLD: Sendable {
    package let index: SiteIndex

    package init(index: SiteIndex) {
        self.index = index
    }

    package var config: SiteConfig { index.config }

    package func script(for page: Page) -> String? {
        let members: [(String, JSONValue)]?
        if page.kind == .home {
            members = webSite(page)
        } else if let schema = index.schema(of: page), let type = schema.schema {
            switch type {
            case "Event": members = event(page)
            case "Organization": members = organization(page, schema: schema)
            default: members = thing(page, type: type)
            }
        } else {
            members = nil
        }
        guard let members else { return nil }
        return JSONValue.object([("@context", .string("https://schema.org"))] + members).text
    }

    private func webSite(_ page: Page) -> [(String, JSONValue)] {
        let language = config.language(page.language) ?? config.defaultLanguage
        var members: [(String, JSONValue)] = [
            ("@type", .string("WebSite")),
            ("name", .string(language.title)),
            ("url", .string(index.absoluteURL(of: page))),
            ("inLanguage", .string(language.tag)),
        ]
        if let summary = page.summary { members.append(("description", .string(summary))) }
        return members
    }

    private func event(_ page: Page) -> [(String, JSONValue)]? {
        let matter = page.frontMatter
        guard let start = matter.date else { return nil }
        var members: [(String, JSONValue)] = [
            ("@type", .string("Event")),
            ("name", .string(matter.title)),
            ("url", .string(index.absoluteURL(of: page))),
            ("inLanguage", .string(config.language(page.language)?.tag ?? page.language)),
            ("startDate", .string(schemaDate(start, matter.fields["time"]?.time))),
        ]
        // A fiscal year is the April–March interval it names.
        if start.isFiscalYear {
            members.append(("endDate", .string(CalendarDate.pad(start.year + 1, 4) + "-03")))
        }
        if start.isFiscalYear {
            // The interval the fiscal year names (added above).
        } else if let end = matter.dateField("endDate"), end != start {
            members.append(("endDate", .string(schemaDate(end, nil))))
        }
        if let summary = page.summary { members.append(("description", .string(summary))) }
        if let venue = matter.textField("venue") {
            members.append(("location", .object([("@type", .string("Place")), ("name", .string(venue))])))
        }
        return members
    }

    private func organization(_ page: Page, schema: SectionSchema) -> [(String, JSONValue)] {
        let matter = page.frontMatter
        let website = schema.keys.lazy.compactMap { key -> String? in
            if case .url(let address)? = matter.fields[key.name] { return address }
            return nil
        }.first
        let country = schema.keys.lazy.compactMap { key -> String? in
            if case .country(let code)? = matter.fields[key.name] { return code }
            return nil
        }.first
        var members: [(String, JSONValue)] = [
            ("@type", .string("Organization")),
            ("name", .string(matter.title)),
            ("url", .string(website ?? index.absoluteURL(of: page))),
        ]
        if let summary = page.summary { members.append(("description", .string(summary))) }
        if let country {
            members.append(
                ("address", .object([("@type", .string("PostalAddress")), ("addressCountry", .string(country))])))
        }
        return members
    }

    /// Any other schema.org type: the page's name, address, language and description.
    private func thing(_ page: Page, type: String) -> [(String, JSONValue)] {
        let matter = page.frontMatter
        var members: [(String, JSONValue)] = [
            ("@type", .string(type)),
            ("name", .string(matter.title)),
            ("url", .string(index.absoluteURL(of: page))),
            ("inLanguage", .string(config.language(page.language)?.tag ?? page.language)),
        ]
        if let date = matter.date { members.append(("datePublished", .string(schemaDate(date, nil)))) }
        if let summary = page.summary { members.append(("description", .string(summary))) }
        return members
    }

    /// `2025-02-18`, `2001-04`, or with a time `2025-02-18T14:00:00+09:00` in the site's zone.
    package func schemaDate(_ date: CalendarDate, _ time: TimeOfDay?) -> String {
        if date.isFiscalYear { return CalendarDate.pad(date.year, 4) + "-04" }
        guard let time, !date.isMonthPrecision else { return date.description }
        return SiteTime(config: config).dateTime(date, time)
    }
}
