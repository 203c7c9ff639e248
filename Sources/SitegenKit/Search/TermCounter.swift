/// Counts terms, in the order they are first seen.
struct TermCounter {
    private var table: TermTable
    private var counts: [Int] = []

    init(capacity: Int = 256) {
        table = TermTable(capacity: capacity)
    }

    var count: Int { table.count }

    /// Adds `amount` to `term`'s count.
    mutating func add(_ term: SearchTerm, _ amount: Int) {
        let number = table.number(of: term)
        if number == counts.count { counts.append(amount) } else { counts[number] += amount }
    }

    /// Each term and its count, in the order terms were first seen.
    func forEachCount(_ body: (SearchTerm, Int) -> Void) {
        for (number, term) in table.terms.enumerated() { body(term, counts[number]) }
    }
}
