/// The one place that decides where pages are written and how they link to each other.
///
/// Addresses inside the site are relative, so `site/` works from any sub-path and from disk.
/// A page's address is a folder (`ja/strategy/vision/`) holding `index.html`.
public enum URLScheme {
    /// The folder of a page below the output root, ending in `/` (`ja/strategy/vision/`, `ja/`).
    public static func directory(of path: ContentPath) -> String {
        // Joined by hand: this runs for every link, list entry and alternate of every page.
        var directory = path.language
        directory.reserveCapacity(path.language.utf8.count + path.section.utf8.count + path.slug.utf8.count + 3)
        directory += "/"
        if !path.section.isEmpty { directory += path.section + "/" }
        if !path.isIndex { directory += path.slug + "/" }
        return directory
    }

    /// The home folder of a language (`ja/`).
    public static func home(_ language: String) -> String { language + "/" }

    /// The file written for a page (`ja/strategy/vision/index.html`).
    public static func outputFile(of path: ContentPath) -> String {
        directory(of: path) + "index.html"
    }

    /// A relative address from the page in folder `from` to `target` (a path below the
    /// output root: a folder ending in `/`, or a file). Both are relative to the root.
    public static func relative(from: String, to target: String) -> String {
        // This runs for every link, menu entry and list item of every page.
        if let result = asciiRelative(from: from, to: target) { return result }
        return componentRelative(from: from, to: target)
    }

    /// `relative(from:to:)` by components: the definition, for any path.
    package static func componentRelative(from: String, to target: String) -> String {
        let fromParts = from.split(separator: "/")
        var targetParts = target.split(separator: "/", omittingEmptySubsequences: true)
        let targetIsFolder = target.hasSuffix("/") || target.isEmpty
        var common = 0
        // Never consume the last component of a file target: it is the file itself.
        let limit = min(fromParts.count, targetIsFolder ? targetParts.count : targetParts.count - 1)
        while common < limit, fromParts[common] == targetParts[common] { common += 1 }
        targetParts.removeFirst(common)
        let up = String(repeating: "../", count: fromParts.count - common)
        let down = targetParts.joined(separator: "/") + (targetIsFolder && !targetParts.isEmpty ? "/" : "")
        let result = up + down
        return result.isEmpty ? "./" : result
    }

    /// `relative(from:to:)` on bytes, without arrays, for the usual paths: ASCII (where byte
    /// equality is string equality) and no empty components in `target`; nil for others.
    package static func asciiRelative(from: String, to target: String) -> String? {
        var from = from
        var target = target
        return from.withUTF8 { fromBytes -> String? in
            target.withUTF8 { targetBytes -> String? in
                let slash = UInt8(ascii: "/")
                guard fromBytes.allSatisfy({ $0 < 0x80 }), targetBytes.allSatisfy({ $0 < 0x80 }),
                    targetBytes.first != slash,
                    !zip(targetBytes, targetBytes.dropFirst()).contains(where: { $0 == slash && $1 == slash })
                else { return nil }
                let targetIsFolder = targetBytes.isEmpty || targetBytes.last == slash
                let fromCount = componentCount(fromBytes)
                let targetCount = componentCount(targetBytes)
                let limit = min(fromCount, targetIsFolder ? targetCount : targetCount - 1)
                // Walk both paths component by component while they agree.
                var common = 0
                var fromStart = 0
                var targetStart = 0
                while common < limit {
                    while fromBytes[fromStart] == slash { fromStart += 1 }
                    var fromEnd = fromStart
                    while fromEnd < fromBytes.count, fromBytes[fromEnd] != slash { fromEnd += 1 }
                    var targetEnd = targetStart
                    while targetEnd < targetBytes.count, targetBytes[targetEnd] != slash { targetEnd += 1 }
                    guard fromEnd - fromStart == targetEnd - targetStart,
                        fromBytes[fromStart..<fromEnd].elementsEqual(targetBytes[targetStart..<targetEnd])
                    else { break }
                    common += 1
                    fromStart = fromEnd
                    targetStart = min(targetEnd + 1, targetBytes.count)
                }
                let up = String(repeating: "../", count: fromCount - common)
                // No empty components: the rest of the target is the rest of its text.
                let result = up + String(decoding: targetBytes[targetStart...], as: UTF8.self)
                return result.isEmpty ? "./" : result
            }
        }
    }

    /// How many non-empty `/`-separated components `bytes` holds.
    private static func componentCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inComponent = false
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                inComponent = false
            } else if !inComponent {
                inComponent = true
                count += 1
            }
        }
        return count
    }

    /// The prefix that leads from folder `from` back to the output root (`../../`, or `./`).
    public static func rootPrefix(from: String) -> String {
        let depth = from.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The absolute address of a folder or file below the root, for canonical links and feeds.
    public static func absolute(_ target: String, baseURL: String) -> String {
        baseURL + target
    }

    /// `mailto:`, `https:`, `tel:`… anything with a scheme before the first `/`. Read as UTF-8
    /// bytes, as a URL's syntax is defined: every link of every page goes through here.
    package static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let head = url.utf8[..<colon]
        return !head.isEmpty && !head.contains(UInt8(ascii: "/"))
    }

    /// Joins `relative` to the content folder `folder`; nil when `..` climbs above content/.
    /// Components are compared as UTF-8 bytes (`.` and `..` are ASCII).
    package static func normalize(folder: String, relative: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = folder.utf8.split(separator: slash)
        for component in relative.utf8.split(separator: slash) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                if parts.isEmpty { return nil }
                parts.removeLast()
                continue
            }
            parts.append(component)
        }
        var joined: [UInt8] = []
        for part in parts {
            if !joined.isEmpty { joined.append(slash) }
            joined.append(contentsOf: part)
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// Where the not-found page of `language` is written.
    package static func notFoundPage(_ language: String) -> String { home(language) + "404.html" }

    /// Where the search page of `language` is written (`ja/search/`).
    package static func searchFolder(_ language: String) -> String { language + "/search/" }
}
