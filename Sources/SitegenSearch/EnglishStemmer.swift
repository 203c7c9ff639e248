import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// A light Porter-style suffix stripper for English words, so `semiconductors`, `startups`
/// and `collaborating` find `semiconductor`, `startup` and `collaboration`.
///
/// Only lower-case ASCII words longer than three letters are touched. The steps are Porter's
/// step 1 (plurals, `-ed`, `-ing`) and a few of its derivational endings (`-ation` → `-ate`,
/// `-ment`, `-ness`). `templates/assets/search.js` holds the same rules; change them together.
public enum EnglishStemmer {
    public static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        guard stem(&letters) else { return word }
        return String(decoding: letters, as: UTF8.self)
    }

    /// Stems a word's UTF-8 bytes in place; false (and untouched) when it is not a lower-case
    /// ASCII word longer than three letters.
    package static func stem(_ letters: inout [UInt8]) -> Bool {
        guard letters.count > 3, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        stripPlural(&letters)
        stripVerbEnding(&letters)
        stripDerivation(&letters)
        return true
    }

    /// `-sses` → `-ss`, `-ies` → `-y`, `-s` → `` (not after `s`, `u` or `i`).
    package static func stripPlural(_ letters: inout [UInt8]) {
        // Every ending below ends in `s`: most words are done after one comparison.
        guard letters.last == UInt8(ascii: "s") else { return }
        if ends(letters, "sses") {
            letters.removeLast(2)
        } else if ends(letters, "ies"), letters.count > 4 {
            letters.removeLast(3)
            letters.append(UInt8(ascii: "y"))
        } else if ends(letters, "s"), !ends(letters, "ss"), !ends(letters, "us"), !ends(letters, "is") {
            letters.removeLast()
        }
    }

    /// `-eed` → `-ee`; `-ed` and `-ing` dropped after a stem with a vowel, then the stem mended
    /// (`collaborat` → `collaborate`, `plann` → `plan`, `hop` → `hope`).
    package static func stripVerbEnding(_ letters: inout [UInt8]) {
        // `-eed`, `-ed` and `-ing` end in `d` or `g`.
        guard letters.last == UInt8(ascii: "d") || letters.last == UInt8(ascii: "g") else { return }
        if ends(letters, "eed") {
            if measure(letters.dropLast(3)) > 0 { letters.removeLast() }
            return
        }
        let suffix = ends(letters, "ing") ? 3 : ends(letters, "ed") ? 2 : 0
        guard suffix > 0 else { return }
        // The stem is the word without its ending: checked in place, without a copy.
        let stemCount = letters.count - suffix
        guard stemCount >= 3, (0..<stemCount).contains(where: { !isConsonant(letters, $0) }) else { return }
        letters.removeLast(suffix)
        if ends(letters, "at") || ends(letters, "bl") || ends(letters, "iz") {
            letters.append(UInt8(ascii: "e"))
        } else if let last = letters.last, letters[letters.count - 2] == last, isConsonant(letters, letters.count - 1),
            !"lsz".utf8.contains(last)
        {
            letters.removeLast()
        } else if measure(letters[...]) == 1, endsConsonantVowelConsonant(letters) {
            letters.append(UInt8(ascii: "e"))
        }
    }

    /// Endings that make nouns and adjectives of a stem: (suffix, replacement, minimum measure).
    /// Grouped by last letter (`stripDerivation` looks only at the group of the word's last).
    package static let derivations: [(StaticString, String, Int)] = [
        ("ational", "ate", 0), ("ization", "ize", 0), ("ation", "ate", 0), ("ative", "ate", 0),
        ("ator", "ate", 0), ("ness", "", 0), ("ment", "", 1),
    ]

    package static func stripDerivation(_ letters: inout [UInt8]) {
        // Only the endings with the word's last letter can match, in the table's order.
        let candidates: Range<Int>
        switch letters.last {
        case UInt8(ascii: "l"): candidates = 0..<1
        case UInt8(ascii: "n"): candidates = 1..<3
        case UInt8(ascii: "e"): candidates = 3..<4
        case UInt8(ascii: "r"): candidates = 4..<5
        case UInt8(ascii: "s"): candidates = 5..<6
        case UInt8(ascii: "t"): candidates = 6..<7
        default: return
        }
        for (suffix, replacement, minimum) in derivations[candidates] where ends(letters, suffix) {
            if measure(letters.dropLast(suffix.utf8CodeUnitCount)) > minimum {
                letters.removeLast(suffix.utf8CodeUnitCount)
                letters.append(contentsOf: replacement.utf8)
            }
            return
        }
    }

    package static func ends(_ letters: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard letters.count >= count else { return false }
        let start = suffix.utf8Start
        let offset = letters.count - count
        for index in 0..<count where letters[offset + index] != start[index] { return false }
        return true
    }

    /// Porter's consonant: not a vowel, and `y` only at the start or after a vowel.
    package static func isConsonant(_ letters: [UInt8], _ index: Int) -> Bool {
        letters.withUnsafeBufferPointer { isConsonant($0, index) }
    }

    package static func isConsonant(_ letters: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch letters[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
        case UInt8(ascii: "y"): return index == 0 || !isConsonant(letters, index - 1)
        default: return true
        }
    }

    /// Porter's measure m of `[C](VC){m}[V]`: how many vowel-consonant sequences.
    package static func measure(_ letters: ArraySlice<UInt8>) -> Int {
        var count = 0
        var previousVowel = false
        letters.withUnsafeBufferPointer { word in
            for index in word.indices {
                let vowel = !isConsonant(word, index)
                if previousVowel && !vowel { count += 1 }
                previousVowel = vowel
            }
        }
        return count
    }

    /// Ends consonant-vowel-consonant, the last not `w`, `x` or `y` (`hop`, not `row`).
    package static func endsConsonantVowelConsonant(_ letters: [UInt8]) -> Bool {
        let count = letters.count
        guard count >= 3 else { return false }
        return isConsonant(letters, count - 3) && !isConsonant(letters, count - 2) && isConsonant(letters, count - 1)
            && !"wxy".utf8.contains(letters[count - 1])
    }
}
