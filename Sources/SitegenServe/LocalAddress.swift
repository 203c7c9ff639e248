import SitegenCore

/// The one definition of "this machine only" for the preview: `127.0.0.1`, `localhost` and `::1`.
///
/// It decides both whether `--host` needs the warning that others can read the preview and
/// whether requests must name one of these hosts (so a web page cannot reach the preview
/// through DNS rebinding). Any other address, `127.0.0.2` included, counts as a network
/// address: warned about, and answered whatever host a request names.
public enum LocalAddress {
    /// The names, lowercased, without brackets.
    static let names: Set<String> = ["127.0.0.1", "localhost", "::1"]

    /// True when `host` (a `--host` value, or a `Host` header's name as `hostName` gives it,
    /// `[::1]` in brackets) is one of the local names, in any case.
    public static func isLocal(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        return names.contains(name)
    }

    /// What `sitegen serve` says when it listens on `host`; nil for a local address.
    public static func networkWarning(host: String) -> String? {
        guard !isLocal(host) else { return nil }
        return
            "sitegen: warning: listening on \(host), not on 127.0.0.1, localhost or ::1: anyone who can reach this address can read this preview (drafts included when --drafts is given), whatever host name they use; use --host 127.0.0.1 to keep it to this machine"
    }
}
