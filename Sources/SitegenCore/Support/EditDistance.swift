/// Edit distance between two words, counting a swap of two neighbouring letters as one edit
/// (optimal string alignment), so `tilte` is one edit from `title`.
package enum EditDistance {
    package static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased())
        let b = Array(rhs.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }

    /// The candidate closest to `word` (the first of equals, in the candidates' order).
    package static func nearest(to word: String, in candidates: [String]) -> (word: String, distance: Int)? {
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = between(word, candidate)
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best
    }

    /// The candidate `word` is most likely a slip for: one edit away (`titel` → `title`,
    /// `event` → `events`), or two for words of eight letters or more; nil when none is that
    /// close, so a real new name (`jobs` beside `labs`) is not taken for a typo.
    package static func likelyMeant(_ word: String, among candidates: [String]) -> String? {
        guard let found = nearest(to: word, in: candidates) else { return nil }
        return found.distance <= (word.count >= 8 ? 2 : 1) ? found.word : nil
    }
}
