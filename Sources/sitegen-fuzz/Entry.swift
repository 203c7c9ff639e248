import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenSearch
import SitegenTemplates

#if FUZZING
    /// libFuzzer's entry point. Built by `make fuzz` with `-sanitize=fuzzer -D FUZZING` and linked
    /// without SwiftPM's renamed `main`, so libFuzzer's own `main` drives it.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let data else { return 0 }
        FuzzTargets.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    /// Without libFuzzer: replays the files given as arguments (a corpus) through the target,
    /// so the corpus runs as a regression test on any machine.
    @main
    struct Replay {
        static func main() throws {
            var count = 0
            for path in CommandLine.arguments.dropFirst() {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                let files =
                    isFolder.boolValue
                    ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 }
                    : [path]
                for file in files {
                    FuzzTargets.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
                    count += 1
                }
            }
            print("replayed \(count) inputs through \(FuzzTargets.selected)")
        }
    }
#endif
