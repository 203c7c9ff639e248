import SitegenCore
import SitegenKit

/// What `sitegen serve` adds to the HTML it serves (never to `site/`): the live-reload script
/// and, while the last build failed, an overlay listing its errors.
enum LiveReload {
    /// Where pages listen for rebuilds (server-sent events).
    static let eventsPath = "/__sitegen/events"

    /// Inserts the reload script (and the overlay, when there are errors) before `</body>`,
    /// or at the end when the page has no `</body>`.
    static func inject(into html: [UInt8], generation: Int, diagnostics: [Diagnostic]) -> [UInt8] {
        let snippet = Array((overlay(diagnostics) + script(generation: generation)).utf8)
        var result = html
        result.insert(contentsOf: snippet, at: bodyEnd(in: html) ?? html.count)
        return result
    }

    /// Puts `text` at the top of the page, right after `<body …>` (at the start when there is
    /// none): a band that stays in view, so a page a build leaves out cannot pass for published.
    static func note(_ text: String, into html: [UInt8]) -> [UInt8] {
        let band = """
            <p data-sitegen-preview-note role="note" style="position:sticky;top:0;z-index:2147483646;margin:0;\
            padding:.6em 1em;background:#fff3c4;color:#3b2f00;border-bottom:3px solid #b38600;\
            font:600 1rem/1.5 system-ui,sans-serif;text-align:center">\(HTMLEscape.text(text))</p>
            """
        var result = html
        result.insert(contentsOf: Array(band.utf8), at: bodyStart(in: html) ?? 0)
        return result
    }

    /// Offset just after the first `<body …>` tag (any case), if any.
    static func bodyStart(in html: [UInt8]) -> Int? {
        let needle = Array("<body".utf8)
        guard html.count > needle.count else { return nil }
        for index in 0...(html.count - needle.count) where matches(needle, in: html, at: index) {
            let next = html[index + needle.count]
            guard next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") else { continue }
            return html[(index + needle.count)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
        }
        return nil
    }

    /// Offset of the last `</body` (any case), if any.
    static func bodyEnd(in html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return nil }
        return (0...(html.count - needle.count)).reversed().first { matches(needle, in: html, at: $0) }
    }

    /// Whether `html` holds the lower-case ASCII `needle` at `index`, in any case.
    private static func matches(_ needle: [UInt8], in html: [UInt8], at index: Int) -> Bool {
        needle.indices.allSatisfy { lowercase(html[index + $0]) == needle[$0] }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Listens for `reload` events newer than the page; reloads when the event names this page,
    /// a file the page loaded, or everything, keeping the scroll position through sessionStorage.
    static func script(generation: Int) -> String {
        """
        <script data-sitegen-live-reload>(() => {
          const built = \(generation);
          const key = "sitegen-scroll:" + location.pathname;
          const saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            const restore = () => window.scrollTo(0, Number(saved));
            restore();
            addEventListener("DOMContentLoaded", restore);
            addEventListener("load", restore);
          }
          const here = [location.pathname];
          try { here.push(decodeURI(location.pathname)); } catch (error) {}
          // Files this page loaded (scripts, images, a search index) count as its own.
          try { performance.setResourceTimingBufferSize(2000); } catch (error) {}
          const loaded = () => performance.getEntriesByType("resource").flatMap((entry) => {
            try { const path = new URL(entry.name).pathname; return [path, decodeURI(path)]; } catch (error) { return []; }
          });
          const events = new EventSource("\(eventsPath)?since=" + built);
          events.addEventListener("reload", (event) => {
            let change = { generation: built + 1, all: true, paths: [] };
            try { change = JSON.parse(event.data); } catch (error) {}
            if (change.generation <= built) return;
            if (change.all || change.paths.some((path) => here.includes(path)) || loaded().some((path) => change.paths.includes(path))) {
              events.close();
              sessionStorage.setItem(key, String(window.scrollY));
              location.reload();
            }
          });
        })();</script>
        """
    }

    /// The error overlay: every diagnostic with its place, message and hint, escaped.
    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        let items = diagnostics.map { diagnostic in
            var item =
                "<li style=\"margin:0 0 1em\"><strong style=\"color:#ffb4b4\">\(HTMLEscape.text(diagnostic.location))</strong>: "
                + "\(HTMLEscape.text(diagnostic.severity.rawValue)): \(HTMLEscape.text(diagnostic.message))"
            if let hint = diagnostic.hint {
                item += "<br><span style=\"color:#d0d0d0\">\(HTMLEscape.text(hint))</span>"
            }
            return item + "</li>"
        }.joined()
        let count = diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"
        return """
            <div id="sitegen-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            background:rgba(32,0,0,.94);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2em">\
            <h2 style="margin:0 0 .5em;font-size:1.3em">sitegen: the build failed with \(count)</h2>\
            <p style="margin:0 0 1.5em">The page behind this is from the last good build. Fix the file and save: \
            this page reloads by itself.</p><ol style="padding-left:1.5em">\(items)</ol>\
            <button type="button" onclick="this.parentNode.remove()" style="font:inherit">Hide</button></div>
            """
    }

    /// A stand-in page for addresses that have no file while the build is broken, so the
    /// overlay is seen even before the first good build.
    static func errorPage(generation: Int, diagnostics: [Diagnostic]) -> [UInt8] {
        inject(
            into: Array(
                "<!doctype html><html><head><meta charset=\"utf-8\"><title>sitegen: build failed</title></head><body></body></html>"
                    .utf8),
            generation: generation, diagnostics: diagnostics)
    }
}
