import SitegenCore

/// Finds GitHub's extended autolinks in a piece of text: `www.` addresses, `http://`,
/// `https://` and `ftp://` addresses, and e-mail addresses (GFM spec, "Autolinks (extension)").
///
/// - `www.` must start the text, or follow a space, `*`, `_`, `~` or `(`; a scheme must not
///   follow a letter. Then comes a domain (letters, digits, `-` and `_` between dots, no `_` in
///   its last two parts; as in cmark-gfm, a scheme's domain needs no dot: `http://localhost`),
///   then anything up to a space or `<`.
/// - The end is trimmed: `?!.,:*_~'"` at the end are left out, then a `)` that has no `(` in
///   the address, and `&name;` at the end, which reads as an entity.
/// - An e-mail address is letters, digits and `.+-_`, then `@`, then a domain whose dots are
///   followed by a letter or digit and which does not end in `-` or `_`.
///
/// Beyond GitHub, for Japanese text, which puts no space between a word and an address: CJK
/// characters (kana, kanji, full-width forms, CJK punctuation) end an address, and `www.` may
/// follow one. `https://example.jp/です` links `https://example.jp/`, and
/// `詳しくはwww.example.jpを参照` links `www.example.jp`.
package enum AutolinkScanner {
    /// One address found: where it lies in the scalars, and what the link leads to.
    package struct Match: Equatable {
        package var range: Range<Int>
        package var url: String
    }

    /// The addresses of `text`; `before` is the character before it (nil at the start of a
    /// line or of emphasis, which count as a space).
    package static func matches(in text: [Unicode.Scalar], before: Unicode.Scalar?) -> [Match] {
        var found: [Match] = []
        var index = 0
        var lastEnd = 0
        while index < text.count {
            let previous = index == 0 ? before : text[index - 1]
            if let match = web(in: text, at: index, previous: previous) ?? email(in: text, at: index, from: lastEnd) {
                found.append(match)
                index = match.range.upperBound
                lastEnd = index
            } else {
                index += 1
            }
        }
        return found
    }

    private static let schemes: [[Unicode.Scalar]] = ["http://", "https://", "ftp://"].map { Array($0.unicodeScalars) }

    /// A `www.` or scheme address starting at `start`.
    private static func web(in text: [Unicode.Scalar], at start: Int, previous: Unicode.Scalar?) -> Match? {
        let first = text[start]
        guard first == "w" || first == "h" || first == "f" || first == "W" || first == "H" || first == "F" else {
            return nil
        }
        if text[start...].starts(with: ["w", "w", "w", "."]) {
            guard previous.map(startsWWW) ?? true, let end = address(in: text, domain: start + 4),
                end > start + 4
            else { return nil }
            return Match(range: start..<end, url: "http://" + string(text[start..<end]))
        }
        if let previous, isASCIILetter(previous) { return nil }
        for scheme in schemes
        where text.count > start + scheme.count
            && zip(text[start...], scheme).allSatisfy({ lowercased($0) == $1 })
        {
            guard let end = address(in: text, domain: start + scheme.count) else { return nil }
            return Match(range: start..<end, url: string(text[start..<end]))
        }
        return nil
    }

    /// Where an address whose domain starts at `domain` ends, trimmed; nil when the domain is
    /// not valid.
    private static func address(in text: [Unicode.Scalar], domain: Int) -> Int? {
        guard domain < text.count, isDomainCharacter(text[domain]) else { return nil }
        var end = domain
        while end < text.count, isDomainCharacter(text[end]) || "._-".unicodeScalars.contains(text[end]) { end += 1 }
        // No `_` in the last two parts (a dot at the end is the sentence's, not the domain's).
        let parts = text[domain..<end].reversed().drop { $0 == "." }.split(
            separator: ".", omittingEmptySubsequences: false)
        guard parts.prefix(2).allSatisfy({ !$0.contains("_") }) else { return nil }
        while end < text.count, !CJKCharacters.isWhitespace(text[end]), text[end] != "<",
            !CJKCharacters.isCJK(text[end])
        {
            end += 1
        }
        let trimmed = trimmedEnd(of: text, from: domain, to: end)
        return trimmed > domain ? trimmed : nil
    }

    /// The end of an address without the punctuation that follows it in the sentence.
    private static func trimmedEnd(of text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~'\"".unicodeScalars.contains(last) {
                end -= 1
            } else if last == ";" {
                var name = end - 1
                while name > start, isASCIIAlphanumeric(text[name - 1]) { name -= 1 }
                end = name < end - 1 && name > start && text[name - 1] == "&" ? name - 1 : end - 1
            } else if last == ")" {
                let opening = text[start..<end].filter { $0 == "(" }.count
                let closing = text[start..<end].filter { $0 == ")" }.count
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// An e-mail address whose `@` is at `at`, starting no earlier than `from`.
    private static func email(in text: [Unicode.Scalar], at: Int, from: Int) -> Match? {
        guard text[at] == "@" else { return nil }
        var start = at
        while start > from, isASCIIAlphanumeric(text[start - 1]) || ".+-_".unicodeScalars.contains(text[start - 1]) {
            start -= 1
        }
        guard start < at else { return nil }
        var end = at + 1
        var dots = 0
        while end < text.count {
            let scalar = text[end]
            if isASCIIAlphanumeric(scalar) || scalar == "-" || scalar == "_" {
                end += 1
            } else if scalar == ".", end + 1 < text.count, isASCIIAlphanumeric(text[end + 1]) {
                dots += 1
                end += 1
            } else {
                break
            }
        }
        guard dots > 0, end > at + 1, text[end - 1] != "-", text[end - 1] != "_" else { return nil }
        return Match(range: start..<end, url: "mailto:" + string(text[start..<end]))
    }

    /// What `www.` may follow: a space, `*`, `_`, `~`, `(`, or a CJK character.
    private static func startsWWW(after scalar: Unicode.Scalar) -> Bool {
        CJKCharacters.isWhitespace(scalar) || "*_~(".unicodeScalars.contains(scalar) || CJKCharacters.isCJK(scalar)
    }

    /// Letters, digits and symbols of any script but CJK: not spaces, punctuation or `<`.
    private static func isDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        !CJKCharacters.isWhitespace(scalar) && !CJKCharacters.isPunctuation(scalar) && !CJKCharacters.isCJK(scalar)
            && scalar != "<" && scalar.value >= 0x20
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || ("0"..."9").contains(scalar)
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
