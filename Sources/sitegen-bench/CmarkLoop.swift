import CCmark
import Foundation

/// The floor sitegen is measured against: read every Markdown file below a folder and render it
/// with `cmark_markdown_to_html`, on a few threads, and nothing else.
struct CmarkLoop {
    let folder: URL
    let threads: Int

    /// Renders every `.md` file; returns how many there were.
    func run() -> Int {
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            while let path = walker.nextObject() as? String {
                if path.hasSuffix(".md") { paths.append(folder.path + "/" + path) }
            }
        }
        let files = paths
        let threads = threads
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: files.count, by: threads) {
                guard let data = FileManager.default.contents(atPath: files[index]) else { continue }
                data.withUnsafeBytes { buffer in
                    let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                    free(cmark_markdown_to_html(base, buffer.count, CMARK_OPT_DEFAULT))
                }
            }
        }
        return files.count
    }
}
