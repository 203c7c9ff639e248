import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// A set of byte strings kept end to end in one buffer: an open-addressing table with a cheap
/// word-at-a-time hash, for the sentences of a page (hundreds per page, each inserted once).
/// `Set<[UInt8]>` would allocate an array per member and hash with SipHash; the input is
/// the site's own text, so a fast unkeyed hash is enough.
package struct ByteStringSet {
    private var storage: [UInt8] = []
    /// Where each member starts in `storage` and how long it is.
    private var members: [(start: Int, count: Int)] = []
    /// Each slot's member number + 1; 0 is an empty slot.
    private var slots: [Int32]
    private var mask: Int

    package init(capacity: Int = 64) {
        slots = Array(repeating: 0, count: TermTable.slotCount(forCapacity: capacity))
        mask = slots.count - 1
        members.reserveCapacity(capacity)
    }

    /// Adds `bytes`; false when an equal string was already there.
    package mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(bytes)
        var slot = hash & mask
        while slots[slot] != 0 {
            let member = members[Int(slots[slot]) - 1]
            if member.count == bytes.count, storage[member.start..<(member.start + member.count)].elementsEqual(bytes) {
                return false
            }
            slot = (slot + 1) & mask
        }
        members.append((storage.count, bytes.count))
        storage.append(contentsOf: bytes)
        slots[slot] = Int32(members.count)
        if members.count * 2 > slots.count { grow() }
        return true
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let biggerMask = bigger.count - 1
        for (number, member) in members.enumerated() {
            var slot =
                storage.withUnsafeBufferPointer {
                    Self.hash(UnsafeBufferPointer(rebasing: $0[member.start..<(member.start + member.count)]))
                } & biggerMask
            while bigger[slot] != 0 { slot = (slot + 1) & biggerMask }
            bigger[slot] = Int32(number + 1)
        }
        slots = bigger
        mask = biggerMask
    }

    /// Eight bytes at a time, multiplied and shifted (SplitMix64's mixer at the end).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            value = (value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            value ^= value >> 31
            offset += 8
        }
        while offset < raw.count {
            value = (value ^ UInt64(raw[offset])) &* 0x94D0_49BB_1331_11EB
            offset += 1
        }
        value ^= value >> 29
        value &*= 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: value ^ value >> 32)
    }
}
