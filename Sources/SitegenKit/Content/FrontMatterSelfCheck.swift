/// Compares the simple reading of front matter with Yams', for tests and the fuzzer.
public enum FrontMatterSelfCheck {
    /// A description of how the two readings of `yaml` differ, or nil when the simple one
    /// declines or agrees.
    public static func disagreement(yaml: String) -> String? {
        guard let simple = SimpleFrontMatter.read(yaml) else { return nil }
        var problems: [Diagnostic] = []
        let full = FrontMatterParser.parseYAML(yaml, path: "content/x.md", problems: &problems, simpleLines: false)
        if !problems.isEmpty { return "Yams found problems: \(problems.map(\.description))" }
        return simple == full ? nil : "simple \(simple) but Yams \(full)"
    }
}
