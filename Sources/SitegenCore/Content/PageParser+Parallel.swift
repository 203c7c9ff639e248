import Foundation

extension PageParser {
    /// Parses every file on all cores, in batches; results in the order of `files`.
    ///
    /// Front matter (YAML) is most of the work before rendering, and the files are independent.
    ///
    /// A file found in `reusing` (by display path) with the same text is not parsed again
    /// (for `sitegen serve`, see `BuildMemo`).
    package static func parseAll(
        _ files: [SourceFile], languages: [String], model: ContentModel = ContentModel(),
        reusing parsed: [String: ParsedFile] = [:]
    ) async -> [Result<Page, Diagnostic>] {
        let batch = 64
        return await withTaskGroup(of: (Int, [Result<Page, Diagnostic>]).self) { group in
            for start in stride(from: 0, to: files.count, by: batch) {
                let slice = files[start..<min(start + batch, files.count)]
                group.addTask {
                    (
                        start,
                        slice.map { file in
                            // Bytes, not `String ==` (canonical equivalence): an edit that only changes
                            // normalisation (NFC é to NFD e + U+0301) is an edit.
                            if let old = parsed[file.displayPath], sameBytes(old.text, file.text) {
                                return .success(old.page)
                            }
                            return Result { () throws(Diagnostic) in try parse(file, languages: languages, model: model)
                            }
                        }
                    )
                }
            }
            var results = [Result<Page, Diagnostic>?](repeating: nil, count: files.count)
            for await (start, parsed) in group {
                for (offset, result) in parsed.enumerated() { results[start + offset] = result }
            }
            return results.map { $0! }
        }
    }
}

/// Whether two strings hold the same UTF-8 bytes (`==` compares by canonical equivalence); a
/// `memcmp` of the whole files, as `elementsEqual` a byte at a time showed in `serve`'s profile.
package func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
    guard lhs.utf8.count == rhs.utf8.count else { return false }
    var lhs = lhs
    var rhs = rhs
    return lhs.withUTF8 { left in
        rhs.withUTF8 { right in
            left.count == 0 || left.baseAddress == right.baseAddress
                || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
        }
    }
}
