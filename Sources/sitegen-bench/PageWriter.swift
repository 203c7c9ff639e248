/// Writes one page of the corpus (front matter and Markdown body) in Japanese or English.
///
/// Facts shared by a page and its translation (dates, venue, partner kind, country) come from a
/// generator seeded by the pair alone; the text of each language from its own generator.
struct PageWriter {
    let plan: CorpusPlan
    let seed: UInt64
    /// How many terms of the `topics` taxonomy the corpus has; 0 lists none on any page.
    var terms = 0

    static let clauses: [String] = CorpusText.japaneseSentences.flatMap { sentence in
        sentence.dropLast().split(separator: "、").map(String.init).filter { (6...28).contains($0.count) }
    }
    static let venues = [
        ("北九州学術研究都市 会議場", "G-CITY Conference Hall"), ("産学連携センター", "Industry-Academia Collaboration Center"),
        ("北九州国際会議場", "Kitakyushu International Conference Center"), ("共同研究開発センター", "Joint Research Center"),
        ("オンライン", "Online"), ("西日本総合展示場", "West Japan General Exhibition Center"),
    ]
    static let partnerKinds = [
        "university", "research-institute", "science-park", "foundation", "company", "government",
    ]
    static let countries = ["JP", "TW", "BE", "US", "DE", "FR", "KR", "SG", "GB", "NL", "FI", "AU"]

    func generator(_ pair: CorpusPlan.Pair, _ purpose: UInt64) -> SeededGenerator {
        SeededGenerator(seed: seed &* 0x1000_0000 &+ UInt64(pair.number) &* 16 &+ purpose)
    }

    func title(_ pair: CorpusPlan.Pair, language: String) -> String {
        var random = generator(pair, language == "ja" ? 1 : 2)
        switch pair.kind {
        case .home: return language == "ja" ? "北九州学術研究都市 G-CITY" : "Kitakyushu Science and Research Park G-CITY"
        case .landing:
            return CorpusPlan.sectionTitles[pair.section].map { language == "ja" ? $0.0 : $0.1 } ?? pair.section
        default: return language == "ja" ? random.pick(Self.clauses) : words(&random, 3...7, capitalised: true)
        }
    }

    /// The whole file: front matter, then about 1,000 words of Markdown.
    func page(_ pair: CorpusPlan.Pair, language: String) -> String {
        var facts = generator(pair, 3)
        var random = generator(pair, language == "ja" ? 4 : 5)
        let japanese = language == "ja"
        var text = "---\ntitle: \(Self.quoted(title(pair, language: language)))\n"
        let summary = japanese ? random.pick(CorpusText.japaneseSentences) : sentence(&random)
        text += "summary: \(Self.quoted(summary))\n"
        switch pair.kind {
        case .home:
            break
        case .landing:
            text += "weight: \(CorpusPlan.sections.firstIndex(of: pair.section)! + 1)\n"
        case .event:
            let (year, month, day) = (facts.int(2001...2025), facts.int(1...12), facts.int(1...25))
            text += "date: \(year)-\(Self.two(month))-\(Self.two(day))\n"
            if facts.chance(20) { text += "endDate: \(year)-\(Self.two(month))-\(Self.two(day + facts.int(1...3)))\n" }
            if facts.chance(60) {
                text += "time: \"\(Self.two(facts.int(9...18))):\(facts.chance(50) ? "00" : "30")\"\n"
            }
            let venue = facts.pick(Self.venues)
            text += "venue: \(Self.quoted(japanese ? venue.0 : venue.1))\n"
        case .partner:
            text += "kind: \(facts.pick(Self.partnerKinds))\ncountry: \(facts.pick(Self.countries))\n"
            text += "website: https://www.example.org/partners/\(pair.slug)/\n"
        case .article:
            if pair.section == "news" || facts.chance(50) {
                text +=
                    "date: \(facts.int(2001...2025))-\(Self.two(facts.int(1...12)))-\(Self.two(facts.int(1...28)))\n"
            }
        }
        if terms > 0, pair.kind != .home, pair.kind != .landing {
            text += "topics: [\(topics(pair, japanese: japanese).joined(separator: ", "))]\n"
        }
        text += "---\n\n"
        text += japanese ? japaneseBody(pair, &random) : englishBody(pair, &random)
        return text
    }

    /// Three terms of the pair, the same in both languages, each by its label in the page's
    /// language (`話題07`, `Topic 07`), from a generator of their own, so a corpus without terms
    /// is the same as before there were any.
    func topics(_ pair: CorpusPlan.Pair, japanese: Bool) -> [String] {
        var random = generator(pair, 9)
        var picked: [Int] = []
        while picked.count < min(3, terms) {
            let number = random.int(1...terms)
            if !picked.contains(number) { picked.append(number) }
        }
        return picked.map { Self.termLabel($0, japanese: japanese) }
    }

    static func termLabel(_ number: Int, japanese: Bool) -> String {
        japanese ? "話題\(two(number))" : "Topic \(two(number))"
    }

    // MARK: Japanese

    func japaneseBody(_ pair: CorpusPlan.Pair, _ random: inout SeededGenerator) -> String {
        let target = random.int(1800...2400)
        var blocks = [japaneseParagraph(pair, &random)]
        var length = blocks[0].count
        while length < target {
            blocks.append("## \(random.pick(Self.clauses))")
            for _ in 0..<random.int(1...2) { blocks.append(japaneseParagraph(pair, &random)) }
            if random.chance(50) { blocks.append(list(&random) { random in random.pick(Self.clauses) }) }
            if random.chance(30) {
                blocks.append("### \(random.pick(Self.clauses))")
                blocks.append(japaneseParagraph(pair, &random))
            }
            length = blocks.reduce(0) { $0 + $1.count }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    func japaneseParagraph(_ pair: CorpusPlan.Pair, _ random: inout SeededGenerator) -> String {
        var sentences = (0..<random.int(2...5)).map { _ in random.pick(CorpusText.japaneseSentences) }
        if random.chance(15) { sentences[0] = "**" + sentences[0].dropLast() + "**。" }
        if random.chance(40) {
            let other = linkTarget(pair, &random)
            sentences.append("詳しくは[\(title(other, language: "ja"))](\(CorpusPlan.link(from: pair, to: other)))をご覧ください。")
        }
        if random.chance(10) {
            sentences.append("[関連資料](https://www.example.org/documents/\(random.int(1...999))/)もあります。")
        }
        return sentences.joined()
    }

    // MARK: English

    func englishBody(_ pair: CorpusPlan.Pair, _ random: inout SeededGenerator) -> String {
        let target = random.int(850...1150)
        var blocks = [englishParagraph(pair, &random)]
        var count = 0
        while count < target {
            blocks.append("## \(words(&random, 2...5, capitalised: true))")
            for _ in 0..<random.int(1...2) { blocks.append(englishParagraph(pair, &random)) }
            if random.chance(50) { blocks.append(list(&random) { random in sentence(&random, length: 4...10) }) }
            if random.chance(30) {
                blocks.append("### \(words(&random, 2...4, capitalised: true))")
                blocks.append(englishParagraph(pair, &random))
            }
            count = blocks.reduce(0) { $0 + $1.split(separator: " ").count }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    func englishParagraph(_ pair: CorpusPlan.Pair, _ random: inout SeededGenerator) -> String {
        var sentences = (0..<random.int(3...6)).map { _ in sentence(&random) }
        if random.chance(15) { sentences[0] = "*" + sentences[0].dropLast() + "*." }
        if random.chance(40) {
            let other = linkTarget(pair, &random)
            sentences.append(
                "See [\(title(other, language: "en"))](\(CorpusPlan.link(from: pair, to: other))) for details.")
        }
        if random.chance(10) {
            sentences.append("The [documents](https://www.example.org/documents/\(random.int(1...999))/) are online.")
        }
        return sentences.joined(separator: " ")
    }

    func sentence(_ random: inout SeededGenerator, length: ClosedRange<Int> = 8...18) -> String {
        var text = words(&random, length, capitalised: false)
        text = text.prefix(1).uppercased() + text.dropFirst()
        if random.chance(30), let space = text.firstIndex(of: " ") { text.insert(",", at: space) }
        return text + "."
    }

    func words(_ random: inout SeededGenerator, _ count: ClosedRange<Int>, capitalised: Bool) -> String {
        (0..<random.int(count)).map { _ in
            let word = random.pick(CorpusText.englishWords)
            return capitalised ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
    }

    // MARK: Shared

    func list(_ random: inout SeededGenerator, item: (inout SeededGenerator) -> String) -> String {
        let ordered = random.chance(25)
        return (1...random.int(3...6)).map { number in (ordered ? "\(number). " : "- ") + item(&random) }.joined(
            separator: "\n")
    }

    /// Another page to link to: mostly in the same section, sometimes anywhere.
    func linkTarget(_ pair: CorpusPlan.Pair, _ random: inout SeededGenerator) -> CorpusPlan.Pair {
        while true {
            let other = random.pick(plan.pairs)
            if other.number != pair.number, other.kind != .home, other.kind != .landing { return other }
        }
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
