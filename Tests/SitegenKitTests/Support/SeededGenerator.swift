/// A small linear congruential generator for tests that compare a fast path with the code it
/// stands in for on random input: the same seed gives the same inputs on every run.
struct SeededGenerator {
    var state: UInt64

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// Up to `maxLength` characters drawn from `alphabet`.
    mutating func text(from alphabet: [Character], maxLength: Int) -> String {
        var text = ""
        for _ in 0..<next(maxLength + 1) { text.append(alphabet[next(alphabet.count)]) }
        return text
    }
}
