import SitegenCore
import Synchronization

/// Which served addresses a rebuild changed, as told to open pages.
struct ChangeSet: Sendable, Equatable {
    /// Every page should reload (a stylesheet or script changed, or the build failed or recovered).
    var all: Bool
    /// Changed pages' addresses as the browser shows them (`/ja/x/` and `/ja/x/index.html`).
    var paths: Set<String>

    static let everything = ChangeSet(all: true, paths: [])

    var isEmpty: Bool { !all && paths.isEmpty }

    mutating func formUnion(_ other: ChangeSet) {
        all = all || other.all
        paths.formUnion(other.paths)
    }
}

/// Fans rebuild notices out to the pages listening on the event stream.
///
/// Each build has a generation number, and every served page knows the one it came from; a
/// page that connects late (or reconnects) is told at once about any changes it missed, from
/// a short history.
final class ReloadHub: Sendable {
    enum Event: Sendable, Equatable {
        case reload(generation: Int, changes: ChangeSet)
        /// Keeps idle connections alive and notices closed ones.
        case ping
    }

    private struct State {
        var nextID = 0
        var subscribers: [Int: AsyncStream<Event>.Continuation] = [:]
        var generation = 0
        var history: [(generation: Int, changes: ChangeSet)] = []
    }

    private let state = Mutex(State())
    /// How many past builds are remembered for late listeners.
    static let historyLength = 64

    /// Starts listening; a page built at `since` that missed later changes gets them at once.
    func subscribe(since: Int?) -> (id: Int, events: AsyncStream<Event>) {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let id = state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = continuation
            if let since, since < state.generation {
                var missed = ChangeSet(all: false, paths: [])
                let known = state.history.filter { $0.generation > since }
                if known.count < state.generation - since { missed = .everything }
                for entry in known { missed.formUnion(entry.changes) }
                continuation.yield(.reload(generation: state.generation, changes: missed))
            }
            return id
        }
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        let continuation = state.withLock { $0.subscribers.removeValue(forKey: id) }
        continuation?.finish()
    }

    /// Records build `generation` and tells every listener what it changed.
    func publish(generation: Int, changes: ChangeSet) {
        let listeners = state.withLock { state in
            state.generation = generation
            state.history.append((generation, changes))
            if state.history.count > Self.historyLength { state.history.removeFirst() }
            return Array(state.subscribers.values)
        }
        for listener in listeners { listener.yield(.reload(generation: generation, changes: changes)) }
    }

    func ping() {
        for listener in state.withLock({ Array($0.subscribers.values) }) { listener.yield(.ping) }
    }

    /// Ends every stream (server shutting down).
    func finishAll() {
        let listeners = state.withLock { state in
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for listener in listeners { listener.finish() }
    }

    var listenerCount: Int { state.withLock { $0.subscribers.count } }

    /// The text of one event on the wire.
    static func format(_ event: Event) -> String {
        switch event {
        case .ping:
            return ": ping\n\n"
        case .reload(let generation, let changes):
            let paths = changes.paths.sorted().map(jsonString).joined(separator: ",")
            return
                "id: \(generation)\nevent: reload\ndata: {\"generation\":\(generation),\"all\":\(changes.all),\"paths\":[\(paths)]}\n\n"
        }
    }

    /// A JSON string literal; paths are percent-encoded already, this guards the rest.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
