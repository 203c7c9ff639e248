import Foundation
import SitegenCore

/// Pages at a page's former addresses (`aliases:` in its front matter) that send the reader
/// on to where it is now, as Hugo's and Zola's aliases do.
///
/// Each is a small HTML file with a `refresh` to the page's relative address (so it works
/// from a sub-path and from disk), a canonical link to its full address and `noindex`; the
/// host configuration (`_redirects`) also answers those addresses with a 301.
package struct AliasPages: Sendable {
    package let index: SiteIndex

    package init(index: SiteIndex) {
        self.index = index
    }

    /// One former address of a page: below the output root, and the page it leads to.
    package struct Alias: Sendable, Equatable {
        /// `en/strategy/old-vision/index.html`.
        package var file: String
        /// `/en/strategy/old-vision/`, as a host sees the address.
        package var address: String
        package var page: Page
        /// Which of the page's aliases it is, from 0 (its place in the front matter's list);
        /// `firstListPage` for a paged list's `page/1/`.
        package var number: Int
    }

    /// The `number` of the alias every paged list has at `<section>/page/1/` (as Hugo writes
    /// it): the first page of the list is its landing.
    package static let firstListPage = -1

    /// Every alias of every page, in page order; a paged list's landing also has `page/1/`.
    package var aliases: [Alias] {
        index.pages.flatMap { page in
            var aliases = page.frontMatter.aliases.enumerated().map { number, path in
                let below = URLScheme.home(page.path.language) + path
                return Alias(
                    file: path.hasSuffix("/") ? below + "index.html" : below, address: "/" + below, page: page,
                    number: number)
            }
            if index.listPages(of: page) != nil {
                let first = URLScheme.directory(of: page.path) + "page/1/"
                aliases.append(
                    Alias(file: first + "index.html", address: "/" + first, page: page, number: Self.firstListPage))
            }
            return aliases
        }
    }

    /// The alias pages.
    package func files() -> [OutputFile] {
        aliases.map { alias in
            // The folder the alias file is in (`en/strategy/old-vision/`, `en/` for `en/vision.html`).
            let folder = String(alias.file[...alias.file.lastIndex(of: "/")!])
            let target = URLScheme.directory(of: alias.page.path)
            let relative = HTMLEscape.attribute(URLScheme.relative(from: folder, to: target))
            let absolute = HTMLEscape.attribute(URLScheme.absolute(target, baseURL: index.config.baseURL))
            let title = HTMLEscape.text(alias.page.frontMatter.title)
            let html = """
                <!doctype html>
                <html lang="\(HTMLEscape.attribute(alias.page.path.language))">
                <head>
                <meta charset="utf-8">
                <title>\(title)</title>
                <link rel="canonical" href="\(absolute)">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=\(relative)">
                </head>
                <body>
                <p><a href="\(relative)">\(title)</a></p>
                </body>
                </html>

                """
            return OutputFile(path: alias.file, text: html)
        }
    }
}
