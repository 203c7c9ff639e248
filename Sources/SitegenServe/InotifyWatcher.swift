import SitegenCore

#if canImport(Glibc)
    import Glibc

    /// Tells the rebuild loop that something below the watched folders changed, using Linux
    /// inotify: one watch per folder, read without blocking, so an idle server does no scanning.
    ///
    /// It only says *that* something changed; `SourceScanner` then works out exactly what, so a
    /// lost or merged event costs nothing but an extra scan.
    struct InotifyWatcher: ~Copyable {
        private let descriptor: Int32
        private var watched: Set<String> = []

        /// Nil when inotify is unavailable (then the loop polls).
        init?() {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
        }

        deinit { close(descriptor) }

        static let mask = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF
                | IN_MOVE_SELF)

        /// Adds a watch for each folder not watched yet (new folders appear after a change).
        /// Returns false when the system's watch limit is reached (the loop then falls back to polling).
        mutating func watch(_ folders: [String]) -> Bool {
            for folder in folders where !watched.contains(folder) {
                guard inotify_add_watch(descriptor, folder, Self.mask) >= 0 else { return false }
                watched.insert(folder)
            }
            return true
        }

        /// Reads every pending event; true when there was at least one.
        mutating func drain() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var sawEvent = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                sawEvent = true
            }
            // Watches of deleted folders vanish by themselves; forget them all and let `watch`
            // add the current ones again (adding an existing watch is harmless).
            if sawEvent { watched = [] }
            return sawEvent
        }
    }
#endif
