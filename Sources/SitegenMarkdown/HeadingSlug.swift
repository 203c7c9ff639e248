import SitegenCore

/// Makes heading ids: readable in every language and unique within a page.
///
/// Like GitHub's: lower case, letters, marks and digits (Japanese included) kept as they
/// are, spaces to `-`, other punctuation dropped: `## 3つの目標（2025年）` → `3つの目標2025年`,
/// `## Our Vision, 2030` → `our-vision-2030`. A repeated id gets `-2`, `-3`, ….
package struct HeadingSlug {
    private var used: Set<String>
    /// For each id that was repeated, the suffix it last got: every id from it down to `-2` is
    /// taken, so the next repeat starts there instead of trying them all again.
    private var lastSuffix: [String: Int] = [:]

    /// `reserved`: ids the page's template uses itself, which headings must not take.
    package init(reserved: Set<String> = HeadingSlug.templateIDs) {
        used = reserved
    }

    /// Ids the themes use around the content (the skip link's target and the like).
    package static let templateIDs: Set<String> = ["main", "content", "toc", "top"]

    /// A unique id for `text`, or for `custom` (from `{#custom}`) when given.
    package mutating func id(for text: String, custom: String? = nil) -> String {
        let base = custom ?? Self.slug(text)
        var counter = lastSuffix[base] ?? 1
        var candidate = counter == 1 ? base : "\(base)-\(counter)"
        var tried = 1
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
            tried += 1
        }
        used.insert(candidate)
        if counter > 1 { lastSuffix[base] = counter }
        WorkCounter.current?.add(tried)
        return candidate
    }

    package static func slug(_ text: String) -> String {
        caselessSlug(text) ?? generalSlug(text)
    }

    /// `slug` of any text, a scalar of its lower-cased form at a time.
    package static func generalSlug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if CJKCharacters.isWhitespace(scalar) || scalar.value == 0x3000 || scalar == "-" {
                pendingDash = !result.isEmpty
                continue
            }
            guard isKept(scalar) else { continue }
            if pendingDash {
                result.append("-")
                pendingDash = false
            }
            result.append(scalar)
        }
        return result.isEmpty ? "section" : String(result)
    }

    /// `slug` of text whose scalars are ASCII or Japanese (kana, kanji, CJK punctuation), which
    /// have no case but ASCII's: made from the UTF-8 in one pass, without `lowercased()` or a
    /// scalar view. Nil for any other text, which takes the general walk.
    package static func caselessSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingDash = false
            var index = 0
            while index < bytes.count {
                // One scalar from its UTF-8 (the text is valid UTF-8: a Swift string).
                let lead = UInt32(bytes[index])
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
                if length > 1 {
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                }
                index += length
                switch value {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x2D, 0x3000:
                    pendingDash = !result.isEmpty
                    continue
                case 0x41...0x5A:
                    if pendingDash { result.append(0x2D) }
                    pendingDash = false
                    result.append(UInt8(value) + 0x20)
                case 0..<0x80:
                    guard isKept(Unicode.Scalar(value)!) else { continue }
                    if pendingDash { result.append(0x2D) }
                    pendingDash = false
                    result.append(UInt8(value))
                case 0x3001...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF:
                    guard isKept(Unicode.Scalar(value)!) else { continue }
                    if pendingDash { result.append(0x2D) }
                    pendingDash = false
                    result.append(contentsOf: bytes[(index - length)..<index])
                default:
                    return nil
                }
            }
            return result.isEmpty ? "section" : String(decoding: result, as: UTF8.self)
        }
    }

    package static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII without a property lookup: letters, digits and `_`.
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0..<0x80: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Splits a trailing `{#custom-id}` off a heading's last text: the text before it and the id.
    package static func customID(in text: String) -> (text: String, id: String)? {
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else { return nil }
        let id = text[open.upperBound..<text.index(before: text.endIndex)]
        guard !id.isEmpty,
            id.unicodeScalars.allSatisfy({ isKept($0) || $0 == "-" || $0 == ":" || $0 == "." })
        else { return nil }
        var before = String(text[..<open.lowerBound])
        while before.last?.isWhitespace == true { before.removeLast() }
        return (before, String(id))
    }
}
