import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Which lines of a text changed since an earlier version, for telling translators what to redo.
enum LineDiff {
    /// 1-based line numbers of `new` that are not in `old` (added or changed), by a longest
    /// common subsequence of lines. When only lines were removed, the line after the removal.
    static func changedLines(from old: String, to new: String) -> [Int] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        // Long files: compare without the common head and tail first, which is where most edits are not.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let oldMiddle = Array(a[head..<(a.count - tail)])
        let newMiddle = Array(b[head..<(b.count - tail)])
        if newMiddle.isEmpty { return oldMiddle.isEmpty ? [] : [min(head + 1, max(b.count, 1))] }
        if oldMiddle.isEmpty || oldMiddle.count * newMiddle.count > 4_000_000 {
            return Array((head + 1)...(head + newMiddle.count))
        }
        var table = [[Int]](repeating: [Int](repeating: 0, count: newMiddle.count + 1), count: oldMiddle.count + 1)
        for i in stride(from: oldMiddle.count - 1, through: 0, by: -1) {
            for j in stride(from: newMiddle.count - 1, through: 0, by: -1) {
                table[i][j] =
                    oldMiddle[i] == newMiddle[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var changed: [Int] = []
        var i = 0
        var j = 0
        while j < newMiddle.count {
            if i < oldMiddle.count, oldMiddle[i] == newMiddle[j] {
                i += 1
                j += 1
            } else if i < oldMiddle.count, table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                changed.append(head + j + 1)
                j += 1
            }
        }
        return changed.isEmpty ? [head + 1] : changed
    }

    /// `3`, `3–5, 9`: line numbers as ranges.
    static func describe(_ lines: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end + 1 < lines.count, lines[end + 1] == lines[end] + 1 { end += 1 }
            parts.append(end == index ? "\(lines[index])" : "\(lines[index])–\(lines[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
