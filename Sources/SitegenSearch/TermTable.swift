import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// Numbers terms in the order they are first seen: an open-addressing table keyed by packed
/// `SearchTerm`s, so the thousands of terms of a page cost a multiply and a compare each
/// instead of a `Dictionary` hash.
package struct TermTable {
    /// Each slot's term number + 1; 0 is an empty slot.
    private var slots: [Int32]
    private var mask: Int
    /// The terms, by number.
    package private(set) var terms: [SearchTerm] = []

    package init(capacity: Int = 256) {
        slots = Array(repeating: 0, count: TermTable.slotCount(forCapacity: capacity))
        mask = slots.count - 1
        terms.reserveCapacity(capacity)
    }

    package var count: Int { terms.count }

    /// Slots for `capacity` members of an open-addressing table: a power of two, at most half full.
    package static func slotCount(forCapacity capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        return size
    }

    /// The number of `term`, numbering it if it is new.
    package mutating func number(of term: SearchTerm) -> Int {
        let hash = term.long == nil ? term.mixed : UInt64(bitPattern: Int64(term.hashValue))
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            if terms[stored - 1] == term { return stored - 1 }
            slot = (slot + 1) & mask
        }
        terms.append(term)
        slots[slot] = Int32(terms.count)
        if terms.count * 2 > slots.count { grow() }
        return terms.count - 1
    }

    /// The number of `term`, or nil when it was never numbered.
    package func existingNumber(of term: SearchTerm) -> Int? {
        let hash = term.long == nil ? term.mixed : UInt64(bitPattern: Int64(term.hashValue))
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if terms[Int(slots[slot]) - 1] == term { return Int(slots[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        var bigger = TermTable(capacity: slots.count)
        for term in terms { _ = bigger.number(of: term) }
        self = bigger
    }
}
