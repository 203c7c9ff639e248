import Yams

/// Reading `sections:` of `site.yaml`: every mistake is reported at its line with the nearest
/// name sitegen knows.
extension ContentModel {
    /// What a section's declaration may hold.
    package static let sectionSettings = ["keys", "facts", "order", "calendar", "feed", "schema", "groupBy"]
    /// What a key's declaration may hold.
    package static let keySettings = ["type", "required", "of"]

    package static func parse(_ node: Node, reader: YAMLReader) throws(Diagnostic) -> ContentModel {
        guard let map = node.mapping else {
            throw reader.diagnostic(
                at: node, "`sections` must be a mapping of section names to their keys",
                hint: "write it as sections: { news: { keys: { source: { type: url } } } }")
        }
        var sections: [String: SectionSchema] = [:]
        for (nameNode, sectionNode) in map {
            guard let name = nameNode.scalarText, ContentPath.isValidSlug(name) else {
                throw reader.diagnostic(
                    at: nameNode, "`\(nameNode.scalarText ?? "?")` is not a section folder name",
                    hint: "name the folder below content/: lower-case letters, digits and hyphens")
            }
            sections[name] = try section(name, sectionNode, reader: reader)
        }
        return ContentModel(sections: sections)
    }

    private static func section(_ name: String, _ node: Node, reader: YAMLReader) throws(Diagnostic) -> SectionSchema {
        guard let map = node.mapping else {
            throw reader.diagnostic(
                at: node, "section `\(name)` must be a mapping of settings",
                hint: "write it as \(name): { keys: { … } }")
        }
        try refuseUnknown(map, known: sectionSettings, what: "section `\(name)`", reader: reader)
        var schema = SectionSchema(keys: [])
        if let keysNode = map["keys"] {
            guard let keys = keysNode.mapping else {
                throw reader.diagnostic(
                    at: keysNode, "`keys` of section `\(name)` must be a mapping of key names to their types",
                    hint: "write it as keys: { venue: { type: text, required: true } }")
            }
            for (keyNode, declaration) in keys {
                schema.keys.append(try key(keyNode, declaration, reader: reader))
            }
        }
        if let factsNode = map["facts"] {
            schema.facts = try facts(factsNode, of: schema, section: name, reader: reader)
        }
        if let orderNode = map["order"] {
            guard let order = orderNode.scalarText.flatMap(SectionOrder.init(rawValue:)) else {
                throw reader.diagnostic(
                    at: orderNode, "`order` is `\(orderNode.scalarText ?? "?")`, which sitegen does not know",
                    hint: "use one of \(SectionOrder.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            schema.order = order
        }
        if let calendarNode = map["calendar"] {
            schema.calendar = try flag(calendarNode, "calendar", reader: reader)
        }
        if let feedNode = map["feed"] {
            schema.feed = try flag(feedNode, "feed", reader: reader)
        }
        if let schemaNode = map["schema"] {
            guard let type = schemaNode.scalarText, !type.isEmpty, type.allSatisfy({ $0.isLetter && $0.isASCII })
            else {
                throw reader.diagnostic(
                    at: schemaNode, "`schema` must be a schema.org type name", hint: "write e.g. schema: Event")
            }
            schema.schema = type
        }
        if let groupNode = map["groupBy"] {
            schema.groupBy = try groupBy(groupNode, of: schema, section: name, reader: reader)
        }
        return schema
    }

    /// `facts:`: keys of the section (or of every page) that must agree between translations;
    /// not the keys written in each language's words.
    private static func facts(_ factsNode: Node, of schema: SectionSchema, section name: String, reader: YAMLReader)
        throws(Diagnostic) -> [String]
    {
        let worded: Set = ["title", "summary", "tagline", "dateLabel", "aliases", "translatedFrom"]
        let declared = Set(schema.keys.map(\.name) + FrontMatter.knownKeys).subtracting(worded)
        var facts: [String] = []
        for item in try list(factsNode, "facts", reader: reader) {
            let fact = item.scalarText ?? ""
            guard declared.contains(fact) else {
                throw reader.diagnostic(
                    at: item, "`\(fact)` in `facts` is not a key of section `\(name)`",
                    hint: nearest(fact, in: Array(declared)) ?? "declare it under `keys` first")
            }
            facts.append(fact)
        }
        return facts
    }

    /// `groupBy:`: a required `choice` key of the section, which lists group its pages by.
    private static func groupBy(_ groupNode: Node, of schema: SectionSchema, section name: String, reader: YAMLReader)
        throws(Diagnostic) -> String
    {
        let key = groupNode.scalarText ?? ""
        guard case .choice? = schema.key(key)?.type else {
            let choices = schema.keys.filter { if case .choice = $0.type { true } else { false } }.map(\.name)
            throw reader.diagnostic(
                at: groupNode, "`groupBy` must name a `choice` key of section `\(name)`",
                hint: choices.isEmpty
                    ? "declare a key with `type: choice` and `of: [...]` first"
                    : "use one of \(choices.joined(separator: ", "))")
        }
        guard schema.key(key)?.required == true else {
            throw reader.diagnostic(
                at: groupNode, "`groupBy` names `\(key)`, which pages may leave out, so they would be in no group",
                hint: "declare it with `required: true`")
        }
        return key
    }

    private static func key(_ nameNode: Node, _ node: Node, reader: YAMLReader) throws(Diagnostic) -> KeySchema {
        let (line, column) = reader.position(of: nameNode)
        guard let name = nameNode.scalarText, !name.isEmpty,
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else {
            throw reader.diagnostic(
                at: nameNode, "`\(nameNode.scalarText ?? "?")` is not a key name",
                hint: "use ASCII letters and digits, such as venue or startTime")
        }
        guard let map = node.mapping, let typeNode = map["type"] else {
            throw reader.diagnostic(
                at: node, "key `\(name)` needs a `type`",
                hint: "write it as \(name): { type: text }; types: \(KeyType.names.joined(separator: ", "))")
        }
        try refuseUnknown(map, known: keySettings, what: "key `\(name)`", reader: reader)
        let typeName = typeNode.scalarText ?? ""
        let type: KeyType
        switch typeName {
        case "text": type = .text
        case "date": type = .date
        case "date-or-month": type = .dateOrMonth
        case "time": type = .time
        case "url": type = .url
        case "country": type = .country
        case "number": type = .number
        case "boolean": type = .boolean
        case "list": type = .list
        case "choice":
            guard let ofNode = map["of"] else {
                throw reader.diagnostic(
                    at: typeNode, "a `choice` key needs `of`, the values it may take",
                    hint: "write it as \(name): { type: choice, of: [a, b] }")
            }
            let values = try list(ofNode, "of", reader: reader).map { $0.scalarText ?? "" }
            guard !values.isEmpty, !values.contains(where: \.isEmpty) else {
                throw reader.diagnostic(at: ofNode, "`of` must list at least one value")
            }
            type = .choice(values)
        default:
            throw reader.diagnostic(
                at: typeNode, "`\(typeName)` is not a key type sitegen knows",
                hint: nearest(typeName, in: KeyType.names) ?? "use one of \(KeyType.names.joined(separator: ", "))")
        }
        if map["of"] != nil, typeName != "choice" {
            throw reader.diagnostic(
                at: map["of"], "`of` belongs to `choice` keys only", hint: "remove it, or write type: choice")
        }
        let required = try map["required"].map { node throws(Diagnostic) in try flag(node, "required", reader: reader) }
        return KeySchema(name: name, type: type, required: required ?? false, line: line ?? 1, column: column ?? 1)
    }

    private static func refuseUnknown(_ map: Node.Mapping, known: [String], what: String, reader: YAMLReader)
        throws(Diagnostic)
    {
        for (keyNode, _) in map {
            let key = keyNode.scalarText ?? ""
            guard !known.contains(key) else { continue }
            throw reader.diagnostic(
                at: keyNode, "`\(key)` is not a setting of \(what)",
                hint: nearest(key, in: known) ?? "use \(known.joined(separator: ", "))")
        }
    }

    private static func list(_ node: Node, _ name: String, reader: YAMLReader) throws(Diagnostic) -> [Node] {
        guard let items = node.sequence else {
            throw reader.diagnostic(at: node, "`\(name)` must be a list", hint: "write it as \(name): [a, b]")
        }
        return Array(items)
    }

    private static func flag(_ node: Node, _ name: String, reader: YAMLReader) throws(Diagnostic) -> Bool {
        switch node.scalarText {
        case "true": return true
        case "false": return false
        default: throw reader.diagnostic(at: node, "`\(name)` must be true or false")
        }
    }

    /// "did you mean `x`?" for a name one or two slips from a known one.
    package static func nearest(_ word: String, in names: [String]) -> String? {
        EditDistance.likelyMeant(word, among: names.sorted()).map { "did you mean `\($0)`?" }
    }
}
