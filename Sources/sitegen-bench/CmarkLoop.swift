import CCmark
import Foundation
import Synchronization

/// The floor sitegen is measured against: read every Markdown file below a folder and render it
/// with `cmark_markdown_to_html`, on a few threads, and nothing else.
struct CmarkLoop {
    let folder: URL
    let threads: Int

    /// Renders every `.md` file; returns how many files and how many bytes of HTML.
    func run() -> (files: Int, html: Int) {
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            while let path = walker.nextObject() as? String {
                if path.hasSuffix(".md") { paths.append(folder.path + "/" + path) }
            }
        }
        let total = Mutex(0)
        let files = paths
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var html = 0
            for index in stride(from: thread, to: files.count, by: threads) {
                guard let data = FileManager.default.contents(atPath: files[index]) else { continue }
                data.withUnsafeBytes { buffer in
                    let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                    if let rendered = cmark_markdown_to_html(base, buffer.count, CMARK_OPT_DEFAULT) {
                        html += strlen(rendered)
                        free(rendered)
                    }
                }
            }
            total.withLock { $0 += html }
        }
        return (files.count, total.withLock { $0 })
    }
}
