/// Counts terms: an open-addressing table keyed by packed `SearchTerm`s, so the thousands of
/// terms of a page cost a multiply and a compare each instead of a `Dictionary` hash.
struct TermCounter {
    private var keys: [SearchTerm?]
    private var counts: [Int]
    /// Occupied slots, in the order terms were first seen.
    private var order: [Int] = []
    private var mask: Int

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: nil, count: size)
        counts = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { order.count }

    /// Adds `amount` to `term`'s count.
    mutating func add(_ term: SearchTerm, _ amount: Int) {
        var slot = Int(truncatingIfNeeded: term.long == nil ? term.mixed : UInt64(bitPattern: Int64(term.hashValue)))
            & mask
        while let key = keys[slot] {
            if key == term {
                counts[slot] += amount
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = term
        counts[slot] = amount
        order.append(slot)
        if order.count * 2 > keys.count { grow() }
    }

    /// Each term and its count, in the order terms were first seen.
    func forEach(_ body: (SearchTerm, Int) -> Void) {
        for slot in order { body(keys[slot]!, counts[slot]) }
    }

    private mutating func grow() {
        var bigger = TermCounter(capacity: keys.count)
        forEach { bigger.add($0, $1) }
        self = bigger
    }
}
