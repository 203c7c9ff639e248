/// Which pages a corpus of a given size holds: a home, section landings, and pages spread over
/// sections the way a research park's site is (many articles, events, partners).
struct CorpusPlan {
    enum Kind {
        case home, landing, article, event, partner
    }

    /// One pair of pages (Japanese and English) sharing a folder and slug.
    struct Pair {
        var section: String
        var slug: String
        var kind: Kind
        /// Position in the plan: seeds the pair's own generator.
        var number: Int

        /// The Markdown file of this pair in `language`, relative to content/.
        func file(_ language: String) -> String {
            (section.isEmpty ? "" : section + "/") + slug + "." + language + ".md"
        }
    }

    static let articleSections = ["news", "research", "projects", "labs", "programs", "facilities"]
    static let sections = ["events", "partners"] + articleSections

    static let sectionTitles = [
        "events": ("イベント", "Events"), "partners": ("パートナー", "Partners"), "news": ("ニュース", "News"),
        "research": ("研究", "Research"), "projects": ("プロジェクト", "Projects"), "labs": ("研究室", "Laboratories"),
        "programs": ("プログラム", "Programmes"), "facilities": ("施設", "Facilities"),
    ]

    let pairs: [Pair]

    /// About `pages` Markdown files (always even: every page has its translation).
    init(pages: Int) {
        var pairs = [Pair(section: "", slug: "_index", kind: .home, number: 0)]
        for section in Self.sections {
            pairs.append(Pair(section: section, slug: "_index", kind: .landing, number: pairs.count))
        }
        let remaining = max(0, pages / 2 - pairs.count)
        // A quarter events, a tenth partners, the rest articles spread evenly over six sections.
        let events = remaining / 4
        let partners = remaining / 10
        for index in 0..<remaining {
            let kind: Kind
            let section: String
            let slug: String
            if index < events {
                (kind, section, slug) = (.event, "events", "event-\(Self.number(index))")
            } else if index < events + partners {
                (kind, section, slug) = (.partner, "partners", "partner-\(Self.number(index - events))")
            } else {
                let article = index - events - partners
                let name = Self.articleSections[article % Self.articleSections.count]
                (kind, section, slug) = (.article, name, "\(name)-\(Self.number(article / Self.articleSections.count))")
            }
            pairs.append(Pair(section: section, slug: slug, kind: kind, number: pairs.count))
        }
        self.pairs = pairs
    }

    static func number(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// A relative link from a page of `from` to `to`, written the way authors write them.
    static func link(from: Pair, to: Pair) -> String {
        if from.section == to.section { return to.slug + ".md" }
        let up = from.section.isEmpty ? "" : "../"
        return up + (to.section.isEmpty ? "" : to.section + "/") + to.slug + ".md"
    }
}
