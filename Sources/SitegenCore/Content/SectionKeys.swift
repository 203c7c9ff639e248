/// Reads the keys a page's section declares (`sections:` in `site.yaml`) as their declared
/// types, and reports each value that is not of its type and each required key that is
/// missing, at its line.
package enum SectionKeys {
    /// Moves the declared keys of `matter` from its text (`extra`, `extraLists`) into typed
    /// `fields`; the problems found. `skipping`: keys whose value is already reported.
    package static func apply(
        _ schema: SectionSchema, to matter: inout FrontMatter, page: PageReference, skipping: Set<String> = []
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for key in schema.keys where !FrontMatter.knownKeys.contains(key.name) {
            let list = matter.extraLists.removeValue(forKey: key.name)
            let text = matter.extra.removeValue(forKey: key.name)
            let position = matter.valuePositions[key.name] ?? matter.positions[key.name]
            do throws(FrontMatterParser.ValueProblem) {
                if let value = try read(key, text: text, list: list) { matter.fields[key.name] = value }
            } catch {
                problems.append(
                    Diagnostic(
                        path: page.source, line: position?.line, column: position?.column, message: error.message,
                        hint: error.hint))
            }
        }
        if case .date? = schema.key("date")?.type, let date = matter.date, date.isMonthPrecision {
            let position = matter.valuePositions["date"]
            problems.append(
                Diagnostic(
                    path: page.source, line: position?.line, column: position?.column,
                    message:
                        "`date` is `\(date)`, a \(date.isFiscalYear ? "fiscal year" : "month"), but \(page.section) pages need a day",
                    hint: "write YYYY-MM-DD, e.g. \(CalendarDate(year: date.year, month: date.month, day: 1))"))
        }
        let reported = Set(problems.compactMap(\.line))
        for key in schema.keys where key.required && !skipping.contains(key.name) {
            guard !isPresent(key.name, in: matter) else { continue }
            if let line = matter.positions[key.name]?.line, reported.contains(line) { continue }
            let typo = FrontMatter.misspelling(of: key.name, in: matter)
            let position = matter.positions[key.name] ?? typo?.position
            problems.append(
                Diagnostic(
                    path: page.source, line: position?.line ?? 2, column: position?.column ?? 1,
                    message: "\(page.section) pages need `\(key.name)`",
                    hint: typo.map { "`\($0.key):` is not a key sitegen knows: rename it to `\(key.name):`" }
                        ?? "add `\(key.name): \(example(key.type))` to the front matter"))
        }
        if let end = matter.dateField("endDate"), let start = matter.date, end < start {
            let position = matter.valuePositions["endDate"] ?? matter.positions["endDate"]
            problems.append(
                Diagnostic(
                    path: page.source, line: position?.line, column: position?.column,
                    message: "`endDate` \(end) is before `date` \(start)",
                    hint: "endDate is the last day; make it the same as or after date"))
        }
        return problems
    }

    /// The page a problem is reported on: its file and its section's name.
    package struct PageReference {
        package var source: String
        package var section: String
    }

    /// Whether `key` has a value: a common key set, or a declared one read.
    package static func isPresent(_ key: String, in matter: FrontMatter) -> Bool {
        switch key {
        case "title": !matter.title.isEmpty
        case "summary": matter.summary != nil
        case "tagline": matter.tagline != nil
        case "date": matter.date != nil
        case "dateLabel": matter.dateLabel != nil
        case "updated": matter.updated != nil
        case "weight": matter.weight != nil
        case "paginate": matter.paginate != nil
        case "layout": matter.layout != nil
        case "translationKey": matter.translationKey != nil
        case "aliases": !matter.aliases.isEmpty
        default: matter.fields[key] != nil
        }
    }

    /// A value of the key's type to show in a hint.
    package static func example(_ type: KeyType) -> String {
        switch type {
        case .text, .list: "…"
        case .date: "2025-02-18"
        case .dateOrMonth: "2025-02-18"
        case .time: "14:00"
        case .url: "https://www.example.org/"
        case .country: "JP"
        case .choice(let values): values[0]
        case .number: "1"
        case .boolean: "true"
        }
    }

    /// One value read as its key's type; nil when it is empty.
    package static func read(_ key: KeySchema, text: String?, list: [String]?) throws(FrontMatterParser.ValueProblem)
        -> FieldValue?
    {
        let name = key.name
        if let list {
            guard case .list = key.type else {
                throw FrontMatterParser.ValueProblem(
                    message: "`\(name)` must be a single value, not a list",
                    hint: "write it on one line after `\(name):`")
            }
            return .list(list)
        }
        guard let value = text, !(value.isEmpty || value == "~" || value == "null") else { return nil }
        switch key.type {
        case .text: return .text(value)
        case .list: return .list([value])
        case .date, .dateOrMonth:
            guard let date = CalendarDate(value), key.type == .dateOrMonth || !date.isMonthPrecision else {
                throw FrontMatterParser.ValueProblem(
                    message: "`\(name)` is `\(value)`, which is not a calendar date", hint: dateHint(value))
            }
            return .date(date)
        case .time: return .time(try time(name, value))
        case .url:
            guard value.hasPrefix("https://") || value.hasPrefix("http://") else {
                throw FrontMatterParser.ValueProblem(
                    message: "`\(name)` must be an absolute address", hint: "write it like https://www.example.org/")
            }
            return .url(value)
        case .country:
            guard value.count == 2, value.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
                throw FrontMatterParser.ValueProblem(
                    message: "`\(name)` is `\(value)`, which is not an ISO 3166-1 alpha-2 code",
                    hint: "use two capital letters, e.g. JP, TW, BE")
            }
            return .country(value)
        case .choice(let values): return .choice(try choice(name, value, of: values))
        case .number:
            guard let number = Double(value), number.isFinite else {
                throw FrontMatterParser.ValueProblem(
                    message: "`\(name)` is `\(value)`, which is not a number", hint: "write e.g. 10 or 2.5")
            }
            return .number(number)
        case .boolean:
            guard value == "true" || value == "false" else {
                throw FrontMatterParser.ValueProblem(message: "`\(name)` must be true or false")
            }
            return .boolean(value == "true")
        }
    }

    /// A `time` value: HH:MM; a range gets its own hint (the end goes in the text).
    private static func time(_ name: String, _ value: String) throws(FrontMatterParser.ValueProblem) -> TimeOfDay {
        guard let time = TimeOfDay(value) else {
            let range =
                value.contains(where: { "～〜~–-".contains($0) }) && value.filter { $0 == ":" || $0 == "：" }.count >= 2
            throw FrontMatterParser.ValueProblem(
                message: "`\(name)` is `\(value)`, which is not a time of day",
                hint: range
                    ? "`\(name)` is when it starts: write the start (e.g. 14:00) and the end in the page's text"
                    : "write HH:MM in 24-hour form, e.g. 14:30")
        }
        return time
    }

    /// A `choice` value: one of `values`, else the nearest named.
    private static func choice(_ name: String, _ value: String, of values: [String]) throws(FrontMatterParser
        .ValueProblem) -> String
    {
        guard values.contains(value) else {
            let meant = EditDistance.likelyMeant(value, among: values).map { "did you mean `\($0)`? " } ?? ""
            throw FrontMatterParser.ValueProblem(
                message: "`\(name)` is `\(value)`, which is not one of its choices",
                hint: "\(meant)use one of \(values.joined(separator: ", "))")
        }
        return value
    }
}
