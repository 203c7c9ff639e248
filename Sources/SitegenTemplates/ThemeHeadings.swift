import SitegenCore
import SitegenMarkdown
import SitegenPublish
import Synchronization

/// The markup around the headings of a page's Markdown, from the theme's `partials/heading`
/// (every theme has one: the built-in one when its own has none).
///
/// The partial is rendered for each heading with the context `ContextKind.heading` (`level`,
/// `id`, `text`, `label` and `content`); the output is cut where `{{{content}}}` printed the
/// slot, and libcmark renders the heading's inlines between the two pieces. The slot is a NUL
/// character, which no value can hold: libcmark replaces it in the Markdown, and escaping
/// removes it. Every heading's context has the same shape, so its render plan is found once
/// per language and template set, and each heading only fills in its leaves (a site has tens
/// of thousands of them).
package enum ThemeHeadings {
    package static let partial = "partials/heading"

    /// The heading markups a template set has made, by `headingLink` pattern: one per language.
    package final class Cache: Sendable {
        package let markups = Mutex<[String: HeadingMarkup]>([:])
    }

    /// The headings of a page in the language of `strings`; `plain` when `templates` has no
    /// heading partial. Made once per language and template set (`TemplateSet.headingMarkups`).
    package static func markup(templates: TemplateSet, strings: ThemeStrings) -> HeadingMarkup {
        guard templates.has(partial) else { return .plain }
        let pattern = strings.text(.headingLink)
        if let known = templates.headingMarkups.markups.withLock({ $0[pattern] }) { return known }
        // Which value each leaf of the context is, in the order the plan numbers them.
        let sample = context(level: 1, id: "i", text: "t", label: "l", content: "c")
        guard let plan = templates.plan(for: sample.values, template: partial) else {
            // Rendered directly, heading by heading (plans are off, or the partial cannot have
            // one); not kept, as it holds the template set that would keep it.
            return HeadingMarkup { level, id, text in
                cut(
                    templates.renderBytes(
                        context(level: level, id: id, text: text, label: pattern, content: "\u{0}"), template: partial))
            }
        }
        let made = planned(plan, roles: ContextShape(sample.values).leaves, pattern: pattern)
        templates.headingMarkups.markups.withLock { $0[pattern] = made }
        return made
    }

    /// Headings filled into `plan`: `roles` says which value each leaf is (`i`, `t`, `l`, `c`,
    /// else the level).
    private static func planned(_ plan: RenderPlan, roles: [String], pattern: String) -> HeadingMarkup {
        let labelParts = pattern.split(separator: "{heading}", omittingEmptySubsequences: false)
        return HeadingMarkup { level, id, text in
            let label = labelParts.joined(separator: text)
            let leaves = roles.map { role -> String in
                switch role {
                case "i": id
                case "t": text
                case "l": label
                case "c": "\u{0}"
                default: String(level)
                }
            }
            return cut(plan.render(leaves))
        }
    }

    /// The partial's context for one heading; `label` is `t.headingLink`, whose `{heading}`
    /// becomes `text`.
    package static func context(level: Int, id: String, text: String, label: String, content: String) -> TemplateContext
    {
        var context = TemplateContext(.heading)
        context[.level] = .int(level)
        context[.id] = .string(id)
        context[.text] = .string(text)
        context[.label] = .string(
            label.split(separator: "{heading}", omittingEmptySubsequences: false).joined(separator: text))
        context[.content] = .string(content)
        return context
    }

    /// The partial's output before and after the slot. A partial without the slot
    /// (`ThemeCheck` says so) has the heading's inlines after it.
    private static func cut(_ output: [UInt8]) -> (open: String, close: String) {
        guard let slot = output.firstIndex(of: 0) else { return (String(decoding: output, as: UTF8.self), "") }
        return (
            String(decoding: output[..<slot], as: UTF8.self), String(decoding: output[(slot + 1)...], as: UTF8.self)
        )
    }
}
