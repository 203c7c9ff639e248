import ArgumentParser
import Foundation
import SitegenCore
import SitegenKit
import SitegenServe

/// `sitegen serve`: builds the site in memory, serves it, rebuilds and reloads on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it in memory, serve it, rebuild and reload the browser on every save.",
        discussion:
            "site/ is never written. The server listens on 127.0.0.1 only unless --host says otherwise. Pages whose publishDate is to come or whose expiryDate has passed are shown, with a note at the top that a build leaves them out."
    )

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: Int = 1313

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 lets other machines connect.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Include pages marked `draft: true`.")
    var drafts = false

    @Option(name: .customLong("base-path"), help: "Serve the site below this path (e.g. /sub/), as a host would.")
    var basePath: String = "/"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard PreviewServer.Configuration.basePathSegments(basePath) != nil else {
            throw ValidationError("--base-path must be a plain path such as /sub/ (no .., %, \\, ? or #)")
        }
    }

    func run() async throws {
        // Hummingbird announces itself at `info`; sitegen says where it serves in its own words.
        // `LOG_LEVEL=info sitegen serve` brings the server's lines back.
        if getenv("LOG_LEVEL") == nil { setenv("LOG_LEVEL", "warning", 0) }
        if let warning = LocalAddress.networkWarning(host: host) { Terminal.error(warning) }
        let configuration = PreviewServer.Configuration(
            host: host, port: port, basePath: basePath, options: BuildOptions(drafts: drafts))
        let server = PreviewServer(
            root: sourceOptions.sourceURL, configuration: configuration, log: { Terminal.error($0) })
        let signals = Self.stopOnSignals()
        defer { for source in signals { source.cancel() } }
        do {
            try await server.run()
        } catch {
            Terminal.error("sitegen: the server stopped: \(error)")
            Terminal.error("sitegen: if the port is in use, pick another with --port")
            throw ExitCode.failure
        }
    }

    /// Ctrl-C or SIGTERM stops the preview at once (even when the shell started it with SIGINT
    /// ignored): nothing is being written, so there is nothing to finish.
    static func stopOnSignals() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Terminal.error("sitegen: stopped")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
    }
}
