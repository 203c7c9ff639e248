import CCmark
import Foundation
import SitegenCore

/// The language of a phrase, written as Pandoc's bracketed span: `[Chief Technology Officer]{lang=en}`
/// becomes `<span lang="en">Chief Technology Officer</span>`, so that a screen reader reads the
/// phrase in its own language (WCAG 3.1.2, language of parts) and browsers hyphenate and pick
/// fonts for it. An extension of the contract.
///
/// Only `{lang=TAG}` and `{lang="TAG"}` with a language tag (`en`, `zh-Hant`, `pt-BR`) are read;
/// anything else stays text as written. Brackets and braces written `\[`, `\]` or `\{` are text
/// too (`InlineSource` tells them apart). The span holds what lies between the brackets in one
/// paragraph, heading or cell, emphasis and links included.
package struct LanguageSpanPass {
    package let source: InlineSource
    /// The masks `TablePass` made for the text nodes of cells, which have no place in the source.
    package var knownMasks: TablePass.SyntaxMasks = [:]

    /// Whether `markdown` may hold a span at all: most pages have none, and skip the pass.
    /// `{` is rare in prose, so `memchr` finds the few there are (a byte loop over every page
    /// showed in profiles). `SpanCheck` asks the same of a page's body.
    package static func mayHaveSpans(_ markdown: Substring) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count,
                let found = memchr(base + offset, Int32(UInt8(ascii: "{")), bytes.count - offset)
            {
                let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                if position > 0, bytes[position - 1] == UInt8(ascii: "]") { return true }
                offset = position + 1
            }
            return false
        }
    }

    /// Makes the spans; returns the syntax masks (`TablePass.syntax`) of the text pieces it
    /// cut, which have no place in the source, for `CJKEmphasisPass` to read their `*` and `_`.
    /// (libcmark often leaves a whole line of unmatched delimiters and brackets in one node.)
    package func apply(to document: CmarkNode) -> TablePass.SyntaxMasks {
        let parents = document.descendants { node in
            node.children.contains { $0.type == CMARK_NODE_TEXT }
        }
        var made: TablePass.SyntaxMasks = [:]
        for parent in parents { apply(inChildrenOf: parent, masks: &made) }
        return made
    }

    /// A place in a text node: the node and a scalar offset in its literal.
    private struct Mark {
        package var node: Int
        package var offset: Int
    }

    /// A span found among one parent's children: its `[`, and its `]{lang=…}` of `length` scalars.
    private struct Span {
        package var open: Mark
        package var close: Mark
        package var length: Int
        package var language: String
    }

    private func apply(inChildrenOf parent: CmarkNode, masks made: inout TablePass.SyntaxMasks) {
        let children = parent.children
        var open: [Mark] = []
        var spans: [Span] = []
        var masks: [Int: [Bool]] = [:]
        for (position, child) in children.enumerated() where child.type == CMARK_NODE_TEXT {
            let scalars = Array((child.literal ?? "").unicodeScalars)
            guard scalars.contains(where: { $0 == "[" || $0 == "]" }),
                let bare = knownMasks[child.pointer] ?? source.syntaxMask(of: child, syntax: TablePass.syntax),
                bare.count == scalars.count
            else { continue }
            masks[position] = bare
            for (offset, scalar) in scalars.enumerated() where bare[offset] && "[]".unicodeScalars.contains(scalar) {
                if scalar == "[" {
                    open.append(Mark(node: position, offset: offset))
                } else if scalar == "]", let opening = open.popLast() {
                    guard offset + 1 < scalars.count, bare[offset + 1], scalars[offset + 1] == "{",
                        let (language, length) = Self.attribute(scalars[(offset + 1)...])
                    else { continue }
                    spans.append(
                        Span(
                            open: opening, close: Mark(node: position, offset: offset), length: length + 1,
                            language: language))
                }
            }
        }
        guard !spans.isEmpty else { return }
        // Each text node is cut where its spans open and close; the pieces replace it.
        var cuts: [Int: [(offset: Int, length: Int, html: String)]] = [:]
        for span in spans {
            cuts[span.open.node, default: []].append((span.open.offset, 1, "<span lang=\"\(span.language)\">"))
            cuts[span.close.node, default: []].append((span.close.offset, span.length, "</span>"))
        }
        for (position, nodeCuts) in cuts {
            let node = children[position]
            let scalars = Array((node.literal ?? "").unicodeScalars)
            let mask = masks[position] ?? []
            // A piece of the node's text, with its part of the node's mask.
            func piece(_ range: Range<Int>) {
                let text = CmarkNode.text(Self.string(scalars[range]))
                if mask.count == scalars.count { made[text.pointer] = Array(mask[range]) }
                node.insertBefore(text)
            }
            var start = 0
            for cut in nodeCuts.sorted(by: { $0.offset < $1.offset }) {
                if cut.offset > start { piece(start..<cut.offset) }
                node.insertBefore(.custom(block: false, enter: cut.html))
                start = cut.offset + cut.length
            }
            if start < scalars.count { piece(start..<scalars.count) }
            node.remove()
        }
    }

    /// The language of `{lang=TAG}` or `{lang="TAG"}` at the start of `text`, and how many
    /// scalars the braces take; nil when `text` does not start so.
    package static func attribute(_ text: ArraySlice<Unicode.Scalar>) -> (String, Int)? {
        let prefix: [Unicode.Scalar] = ["{", "l", "a", "n", "g", "="]
        guard text.starts(with: prefix) else { return nil }
        var rest = text.dropFirst(prefix.count)
        // Smart punctuation has made `"` into `“` and `”` by now, on English pages.
        let quoted = rest.first == "\"" || rest.first == "“"
        if quoted { rest = rest.dropFirst() }
        let tag = rest.prefix { $0 == "-" || isLetterOrDigit($0) }
        rest = rest.dropFirst(tag.count)
        if quoted {
            guard rest.first == "\"" || rest.first == "”" else { return nil }
            rest = rest.dropFirst()
        }
        guard rest.first == "}" else { return nil }
        let language = string(tag)
        guard isLanguageTag(language) else { return nil }
        return (language, rest.startIndex + 1 - text.startIndex)
    }

    /// A BCP 47 tag as written in HTML `lang`: a language of 2–3 letters, then subtags of 1–8
    /// letters or digits (`en`, `zh-Hant`, `pt-BR`, `es-419`).
    package static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ isLetterOrDigit($0) && !("0"..."9").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy {
            (1...8).contains($0.count) && $0.unicodeScalars.allSatisfy(isLetterOrDigit)
        }
    }

    /// ASCII letters and digits: all a language tag is made of, besides hyphens.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
