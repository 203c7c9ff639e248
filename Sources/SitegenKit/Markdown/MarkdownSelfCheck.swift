/// The Markdown stage's shortcuts against the full path, for the fuzzer
/// (`SITEGEN_FUZZ_TARGET=markdown`) and for tests: they must always agree.
public enum MarkdownSelfCheck {
    /// What differs for `markdown` between skipping the CJK passes on a page without CJK
    /// (`CJKCharacters.mayHaveCJK`) and running them anyway, or nil.
    public static func disagreement(markdown: String, language: String, unsafe: Bool) -> String? {
        let shortcut = MarkdownRenderer(options: MarkdownOptions(unsafe: unsafe))
        var always = shortcut
        always.skipsCJKPassesWithoutCJK = false
        let fast = try? shortcut.render(markdown, language: language).html
        let full = try? always.render(markdown, language: language).html
        guard fast == full else {
            return "CJK passes skipped: \(String(describing: fast)) against \(String(describing: full))"
        }
        return nil
    }
}
