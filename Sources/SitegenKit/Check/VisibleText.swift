import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The reader-visible text of rendered HTML, for checks that look at what a page shows.
enum VisibleText {
    /// Text without tags and with the entities libcmark writes decoded; the contents of
    /// `<code>` and `<pre>` are replaced by a space when `skipCode` is set.
    static func plain(_ html: String, skipCode: Bool = false) -> String {
        var text = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if skipCode, tag == "code" || tag.hasPrefix("code ") || tag == "pre" || tag.hasPrefix("pre ") {
                let name = tag.hasPrefix("pre") ? "pre" : "code"
                if let end = rest.range(of: "</\(name)>") {
                    rest = rest[end.upperBound...]
                    text += " "
                }
            }
        }
        text += rest
        return decode(text)
    }

    /// Decodes the entities libcmark writes (`&amp;` `&lt;` `&gt;` `&quot;`, numeric ones) with
    /// `HTMLText.entity`.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            // One entity table for the whole kit: the search index's.
            result += HTMLText.entity(name) ?? String(rest[...semicolon])
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
