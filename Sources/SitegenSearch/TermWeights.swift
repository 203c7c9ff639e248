import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// A page's terms and their weights, in the order they are first seen: what the fields give
/// (`add(_:weight:)`: title, headings, summary, facts) plus how often the body has the term,
/// counted up to 10 (`addBody`). One table for both, so each term is looked up once per
/// occurrence and never merged from one table into another.
package struct TermWeights {
    private var table: TermTable
    private var fieldWeights: [Int] = []
    private var bodyCounts: [Int] = []

    package init(capacity: Int = 256) {
        table = TermTable(capacity: capacity)
        fieldWeights.reserveCapacity(capacity)
        bodyCounts.reserveCapacity(capacity)
    }

    package var count: Int { table.count }

    /// Adds `weight` to `term` for a field it appears in.
    package mutating func add(_ term: SearchTerm, weight: Int) {
        fieldWeights[number(of: term)] += weight
    }

    /// Counts one occurrence of `term` in the body.
    package mutating func addBody(_ term: SearchTerm) {
        bodyCounts[number(of: term)] += 1
    }

    /// Each term and its weight: its fields' weights plus its body count, at most 10.
    package func forEachWeight(_ body: (SearchTerm, Int) -> Void) {
        for (number, term) in table.terms.enumerated() {
            body(term, fieldWeights[number] + min(bodyCounts[number], 10))
        }
    }

    private mutating func number(of term: SearchTerm) -> Int {
        let number = table.number(of: term)
        if number == fieldWeights.count {
            fieldWeights.append(0)
            bodyCounts.append(0)
        }
        return number
    }
}
