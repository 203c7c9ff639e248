import SitegenCore

/// Whether a run of `*` or `_` can open or close emphasis, by CommonMark 0.30 and by the
/// CJK-friendly amendment (github.com/tats-u/markdown-cjk-friendly/specification.md).
///
/// The amendment changes one thing: punctuation that is itself a CJK character (「」。、！？）
/// no longer blocks a delimiter beside a letter, and a CJK character counts like punctuation
/// on the outer side. Everywhere else both rules agree.
package struct DelimiterFlanking: Equatable {
    package var canOpen: Bool
    package var canClose: Bool

    /// The characters around a run; nil at the start or end of the line (whitespace).
    package struct Context {
        package var character: Unicode.Scalar
        /// The character just before the run, and the one before that (for variation selectors).
        package var before: Unicode.Scalar?
        package var beforeBefore: Unicode.Scalar?
        package var after: Unicode.Scalar?
    }

    /// CommonMark 0.30, as libcmark decides.
    package static func standard(_ context: Context) -> DelimiterFlanking {
        let before = context.before ?? "\n"
        let after = context.after ?? "\n"
        let beforeSpace = CJKCharacters.isWhitespace(before)
        let afterSpace = CJKCharacters.isWhitespace(after)
        let beforePunct = CJKCharacters.isPunctuation(before)
        let afterPunct = CJKCharacters.isPunctuation(after)
        let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        return resolve(context.character, left: left, right: right, beforePunct: beforePunct, afterPunct: afterPunct)
    }

    /// What comes before a run, in the amendment's terms.
    package enum Preceding {
        case whitespace, nonCJKPunctuation, cjk, ideographicVariationSelector, other
    }

    package static func preceding(_ context: Context) -> Preceding {
        guard let before = context.before else { return .whitespace }
        if CJKCharacters.isWhitespace(before) { return .whitespace }
        if CJKCharacters.isIdeographicVariationSelector(before) { return .ideographicVariationSelector }
        var base = before
        if CJKCharacters.isGeneralVariationSelector(before) {
            guard let previous = context.beforeBefore else { return .other }
            if CJKCharacters.isAmbiguousQuote(previous) && before.value == 0xFE01 { return .cjk }
            base = previous
        }
        if CJKCharacters.isCJK(base) { return .cjk }
        if CJKCharacters.isPunctuation(base) { return .nonCJKPunctuation }
        return .other
    }

    /// The CJK-friendly amendment.
    package static func cjkFriendly(_ context: Context) -> DelimiterFlanking {
        let after = context.after ?? "\n"
        let preceding = preceding(context)
        let afterSpace = CJKCharacters.isWhitespace(after)
        let afterNonCJKPunct = CJKCharacters.isPunctuation(after) && !CJKCharacters.isCJK(after)
        let left =
            !afterSpace
            && (!afterNonCJKPunct
                || [.whitespace, .nonCJKPunctuation, .cjk, .ideographicVariationSelector].contains(preceding))
        let right =
            preceding != .whitespace
            && (preceding != .nonCJKPunctuation || afterSpace || afterNonCJKPunct || CJKCharacters.isCJK(after))
        var beforePunct = context.before.map(CJKCharacters.isPunctuation) ?? false
        if let before = context.before, CJKCharacters.isGeneralVariationSelector(before),
            let base = context.beforeBefore
        {
            beforePunct = CJKCharacters.isPunctuation(base)
        }
        return resolve(
            context.character, left: left, right: right, beforePunct: beforePunct,
            afterPunct: CJKCharacters.isPunctuation(after))
    }

    /// Rules 1–8 of CommonMark's emphasis section: `_` may not open or close inside a word.
    package static func resolve(
        _ character: Unicode.Scalar, left: Bool, right: Bool, beforePunct: Bool, afterPunct: Bool
    )
        -> DelimiterFlanking
    {
        if character == "_" {
            return DelimiterFlanking(
                canOpen: left && (!right || beforePunct), canClose: right && (!left || afterPunct))
        }
        return DelimiterFlanking(canOpen: left, canClose: right)
    }
}
