import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Menu entries of site.yaml that lead nowhere.
///
/// A menu is on every page of its language, so one mistyped path (`evnets/`) would put a broken
/// link in the header of the whole site. `build` refuses such a menu and `check` reports it,
/// at the entry's line in site.yaml, with the closest address the site has.
enum MenuCheck {
    /// A problem for each menu entry whose path is not an address the build writes.
    ///
    /// - Parameters:
    ///   - addresses: the plan's addresses; a menu may lead to those `OutputProducer.isMenuTarget` allows.
    ///   - configPath: site.yaml as the author knows it (`content/site.yaml`).
    ///   - heldBack: pages left out of this build, named when an entry leads to one.
    static func problems(
        _ index: SiteIndex, addresses: SiteAddresses, configPath: String, heldBack: [HeldPage] = []
    ) -> [Diagnostic] {
        let menus = index.config.menus
        guard !menus.isEmpty else { return [] }
        let targets = addresses.menuTargets
        var held: [String: HeldPage] = [:]
        for page in heldBack { held[URLScheme.directory(of: page.page.path)] = page }
        var problems: [Diagnostic] = []
        for language in index.config.languages {
            // An entry that only opens its children leads nowhere of its own.
            for item in (menus[language.code] ?? []).flatMap(\.entries) where item.isLinked {
                if let problem = problem(
                    item, language: language.code, addresses: targets, heldBack: held, configPath: configPath)
                {
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// A problem for each menu entry whose `#fragment` is no id of the page it leads to (the
    /// page as the theme rendered it, `anchors` by source), at the entry's line in site.yaml. Entries
    /// leading nowhere are `problems`' business; those leading to a file, a feed or a search
    /// page are left alone.
    static func fragmentProblems(
        _ index: SiteIndex, configPath: String, anchors: [String: PageAnchors]
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for language in index.config.languages {
            for item in (index.config.menus[language.code] ?? []).flatMap(\.entries) where item.isLinked {
                guard let hash = item.path.firstIndex(of: "#") else { continue }
                let fragment = String(item.path[item.path.index(after: hash)...])
                guard !fragment.isEmpty, let target = target(of: item.path, language: language.code),
                    let page = index.pages.first(where: {
                        $0.language == language.code && URLScheme.directory(of: $0.path) == target
                    }),
                    let ids = anchors[page.source], !ids.contains(fragment)
                else { continue }
                let known = ids.examples()
                problems.append(
                    Diagnostic(
                        path: configPath, line: item.line, column: item.column,
                        message:
                            "the \(language.code) menu entry `\(item.title)` leads to `#\(fragment)`, which is no heading or id of \(page.source)",
                        hint: known.isEmpty
                            ? "leave out `#\(fragment)`"
                            : "use one of its anchors: \(known.map { "#\($0)" }.joined(separator: ", "))"))
            }
        }
        return problems
    }

    /// The address below the output root that `path`, written relative to the home of
    /// `language`, leads to, as a host reads it: `en/events/` for `events/` and for
    /// `events/index.html` (a leading `/` also means the home), `""` for the root; nil when it
    /// climbs above the root. A `#fragment` or `?query` is left out; `%` escapes are decoded.
    static func target(of path: String, language: String) -> String? {
        target(of: path, from: language)
    }

    /// `target(of:language:)` for `path` written in the folder `folder` below the output root
    /// (`ja/events/launch`, without the last `/`; `""` for the root).
    static func target(of path: String, from folder: String) -> String? {
        let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? path.endIndex
        let written = String(path[..<end])
        let address = written.removingPercentEncoding ?? written
        guard var joined = URLScheme.normalize(folder: folder, relative: address) else { return nil }
        let last = address.split(separator: "/").last
        var isFolder = address.isEmpty || address.hasSuffix("/") || last == "." || last == ".."
        // A folder's `index.html` is the folder (`events/index.html`, `../index.html`).
        if !isFolder, joined == "index.html" || joined.hasSuffix("/index.html") {
            joined.removeLast("index.html".count)
            if joined.hasSuffix("/") { joined.removeLast() }
            isFolder = true
        }
        return isFolder && !joined.isEmpty ? joined + "/" : joined
    }

    private static func problem(
        _ item: MenuItem, language: String, addresses: Set<String>, heldBack: [String: HeldPage], configPath: String
    ) -> Diagnostic? {
        func diagnostic(_ message: String, hint: String) -> Diagnostic {
            Diagnostic(path: configPath, line: item.line, column: item.column, message: message, hint: hint)
        }
        let shown = "the \(language) menu entry `\(item.title)`"
        if let colon = item.path.firstIndex(of: ":"), !item.path[..<colon].contains("/") {
            return diagnostic(
                "\(shown) has the path `\(item.path)`, an address outside the site; a menu leads to pages of the site",
                hint:
                    "write the path of a page relative to the \(language) home, such as `events/`, and link to other sites from a page's text"
            )
        }
        guard let target = target(of: item.path, language: language) else {
            return diagnostic(
                "\(shown) has the path `\(item.path)`, which leads above the site's root",
                hint: "write the path of a page relative to the \(language) home, such as `events/`")
        }
        if addresses.contains(target) { return nil }
        if let held = heldBack[target] ?? heldBack[target + "/"] {
            return diagnostic("\(shown) leads to \(held.described)", hint: held.hint(taking: "the entry"))
        }
        let home = URLScheme.home(language)
        if !target.hasSuffix("/"), addresses.contains(target + "/") {
            let written = item.path.hasPrefix("/") ? String(item.path.dropFirst()) : item.path
            return diagnostic(
                "\(shown) has the path `\(item.path)` without the `/` that ends a page's address; from a file on disk and on some hosts the link would not open the page",
                hint: "write `\(written)/`")
        }
        // The closest page of the same language, written as the entry would write it.
        let candidates = addresses.filter { $0.hasPrefix(home) && $0.hasSuffix("/") && $0 != home }
            .map { String($0.dropFirst(home.count)) }.sorted()
        let written = String(target.dropFirst(target.hasPrefix(home) ? home.count : 0))
        let nearest = EditDistance.nearest(to: written, in: candidates)
        let suggestion =
            nearest.map { $0.distance <= max(2, written.count / 3) ? "; did you mean `\($0.word)`?" : "" } ?? ""
        return diagnostic(
            "\(shown) has the path `\(item.path)`, but the site has no page at \(target)",
            hint:
                "write the path of a page relative to the \(language) home, as its folder in content/ with a `/` at the end\(suggestion)"
        )
    }
}
