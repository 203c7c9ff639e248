import SitegenCore

/// Makes output files on every core and returns them in the order of `jobs`: what later list
/// pages and term pages need, each a page of its own whose order the build keeps.
enum ParallelFiles {
    static func make(_ jobs: [@Sendable () -> OutputFile]) async -> [OutputFile] {
        await withTaskGroup(of: (Int, OutputFile).self) { group in
            for (position, job) in jobs.enumerated() { group.addTask { (position, job()) } }
            var files = [OutputFile?](repeating: nil, count: jobs.count)
            for await (position, file) in group { files[position] = file }
            return files.compactMap { $0 }
        }
    }
}
