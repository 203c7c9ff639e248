import ArgumentParser
import Foundation

/// `sitegen-bench`: the tools of the benchmark in Tests/Benchmarks/run.sh.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen-bench",
        abstract: "Generate benchmark corpora, run the libcmark loop, time edits under sitegen serve.",
        subcommands: [Generate.self, Loop.self, Edit.self])
}

/// `sitegen-bench generate`: a seeded corpus for sitegen and the same for Hugo.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write N paired pages for sitegen (OUT/sitegen) and Hugo (OUT/hugo).")

    @Option(name: .long, help: "How many Markdown pages (Japanese and English together).")
    var pages = 2000

    @Option(name: .long, help: "The seed: the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The sitegen theme to copy.")
    var templates = "templates"

    @Option(name: .long, help: "Where to write the corpus (replaced).")
    var output: String

    @Option(name: .long, help: "Terms of a `topics` taxonomy, three on every page (0: none).")
    var terms = 0

    func run() throws {
        var writer = CorpusWriter(
            output: URL(fileURLWithPath: output), pages: pages, seed: seed,
            templates: URL(fileURLWithPath: templates))
        writer.terms = terms
        try writer.write()
    }
}

/// `sitegen-bench loop DIR`: read and render every Markdown file with libcmark, nothing more.
struct Loop: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render every .md file below a folder with cmark_markdown_to_html.")

    @Argument(help: "The folder to read (e.g. OUT/sitegen/content).")
    var folder: String

    @Option(name: .long, help: "How many threads.")
    var threads = 2

    func run() throws {
        let files = CmarkLoop(folder: URL(fileURLWithPath: folder), threads: threads).run()
        print("\(files) files rendered")
    }
}

/// `sitegen-bench edit`: how long `sitegen serve` takes from a saved edit to serving it.
struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Append a sentence to a page N times; print how long each took to be served.")

    @Option(name: .long, help: "The Markdown file to edit (put back as it was afterwards).")
    var file: String

    @Option(name: .long, help: "The port sitegen serve listens on (127.0.0.1).")
    var port: UInt16

    @Option(name: .long, help: "The page's address, e.g. /en/events/event-00048/.")
    var path: String

    @Option(name: .long, help: "How many edits.")
    var runs = 7

    func run() throws {
        let times = try EditProbe(file: URL(fileURLWithPath: file), host: "127.0.0.1", port: port, path: path)
            .run(times: runs)
        let sorted = times.sorted()
        print(
            String(
                format: "median %.0f ms (min %.0f, max %.0f) over %d edits", sorted[sorted.count / 2], sorted[0],
                sorted[sorted.count - 1], times.count))
    }
}
