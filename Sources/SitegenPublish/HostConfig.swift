import Foundation
import SitegenCore

/// Configuration files that static hosts read from the root of the published folder:
/// `_redirects` and `_headers` (Netlify; Cloudflare Pages reads the same files).
///
/// `_redirects` serves each language's `404.html` with status 404 for unknown addresses below
/// that language, and the root `404.html` (in every language) elsewhere. Cloudflare Pages
/// skips these lines (it has no 404 rewrites) and finds the nearest `404.html` by itself. `_headers` lets
/// hosts cache fingerprinted assets for ever and gives feeds and calendars their media types.
/// Paths are from the root of the host, as both hosts publish `site/` there. nginx has no such
/// file: Sources/sitegen/Documentation.docc/Publishing.md shows the equivalent `error_page` rules.
package struct HostConfig: Sendable {
    package let config: SiteConfig
    /// Former addresses of pages and where each page is now (`AliasPages`), answered with 301.
    package var aliases: [(from: String, to: String)] = []

    package init(config: SiteConfig, aliases: [(from: String, to: String)] = []) {
        self.config = config
        self.aliases = aliases
    }

    /// `paths`: everything else the build writes (`SiteAddresses`), to name feeds and calendars.
    package func files(for paths: [String]) -> [OutputFile] {
        [
            OutputFile(path: "_redirects", text: redirects()),
            OutputFile(path: "_headers", text: headers(for: paths)),
        ]
    }

    package func redirects() -> String {
        var text = ""
        if !aliases.isEmpty {
            // Forced (`!`): the alias pages are files at those addresses, which would win otherwise.
            text += "# Written by sitegen: former addresses of pages (aliases).\n"
            for alias in aliases { text += "\(Self.encoded(alias.from))  \(Self.encoded(alias.to))  301!\n" }
        }
        text += "# Written by sitegen: not-found pages per language.\n"
        for language in config.languages {
            text += "/\(language.code)/*  /\(URLScheme.notFoundPage(language.code))  404\n"
        }
        return text + "/*  /404.html  404\n"
    }

    /// A path as a line of `_redirects` holds it: letters other than ASCII percent-encoded.
    package static func encoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    package func headers(for paths: [String]) -> String {
        var text =
            "# Written by sitegen.\n/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n"
        text += "\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"
        for path in paths.sorted() {
            if path.hasSuffix(".ics") {
                text += "\n/\(path)\n  Content-Type: text/calendar; charset=utf-8\n"
            } else if path.hasSuffix("feed.xml") {
                text += "\n/\(path)\n  Content-Type: application/atom+xml; charset=utf-8\n"
            }
        }
        return text
    }
}
