import SitegenCore

/// Appends bytes to a buffer it owns without `Array`'s checks on every byte: the search index
/// writes tens of millions of small pieces (digits, commas) on a big site.
///
/// Call `reserve(_:)` with an upper bound before a run of `put` calls; `bytes()` copies the
/// result out. Not `Sendable`: it lives inside one function call. It lives in the search stage,
/// its only user, so its generic `append` is specialised where it is called.
package struct ByteWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    package private(set) var count = 0

    package init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    package mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var bigger = capacity * 2
        while count + extra > bigger { bigger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = bigger
    }

    /// Appends one byte; room must have been reserved.
    @inline(__always)
    package mutating func put(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// Appends bytes, making room.
    package mutating func append(_ bytes: some Collection<UInt8>) {
        reserve(bytes.count)
        for byte in bytes { put(byte) }
    }

    /// Appends the decimal digits of a non-negative `number` (at most 20 bytes); room must
    /// have been reserved.
    @inline(__always)
    package mutating func putNumber(_ number: Int) {
        var divisor = 1
        while divisor <= number / 10 { divisor &*= 10 }
        var rest = number
        while divisor > 0 {
            put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The bytes written so far.
    package func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// Hands the bytes written so far to `emit` and starts again from empty, when there are at
    /// least `threshold` of them: a file goes out in pieces of about that size.
    package mutating func drain(
        atLeast threshold: Int = 0, _ emit: (UnsafeRawBufferPointer) throws(Diagnostic) -> Void
    ) throws(Diagnostic) {
        guard count >= threshold, count > 0 else { return }
        try emit(UnsafeRawBufferPointer(start: start, count: count))
        count = 0
    }
}
