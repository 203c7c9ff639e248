extension PageParser {
    /// Parses every file on all cores, in batches; results in the order of `files`.
    ///
    /// Front matter (YAML) is most of the work before rendering, and the files are independent.
    static func parseAll(_ files: [SourceFile], languages: [String]) async -> [Result<Page, Diagnostic>] {
        let batch = 64
        return await withTaskGroup(of: (Int, [Result<Page, Diagnostic>]).self) { group in
            for start in stride(from: 0, to: files.count, by: batch) {
                let slice = files[start..<min(start + batch, files.count)]
                group.addTask {
                    (
                        start,
                        slice.map { file in Result { () throws(Diagnostic) in try parse(file, languages: languages) } }
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
