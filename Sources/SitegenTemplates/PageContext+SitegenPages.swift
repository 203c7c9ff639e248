import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The contexts of the pages sitegen makes itself: stand-ins for missing translations, the
/// search page, the 404 pages and the root chooser. Their keys are `ContextKind.rows`, as for
/// every page; the strings they read are `EngineString`s.
extension PageContext {
    /// The stand-in at `page`'s address in `language`, where it has no translation: the
    /// versions that exist (`versions`, by language code), without `page.content`, which the
    /// theme's `partials/stand-in` makes from this context (`StandInPages`).
    package func standIn(for page: Page, language: Language, versions: [String: Page]) -> TemplateContext {
        var path = page.path
        path.language = language.code
        let folder = URLScheme.directory(of: path)
        let strings = interfaceStrings(language)
        var context = TemplateContext(.standIn, common: commonObject(language: language, folder: folder))
        context[.page] = .object([
            "title": .string(strings.text(.notTranslatedTitle, else: page.frontMatter.title)),
            "url": .string("./"),
            "kind": .string("untranslated"),
            "section": .string(page.path.section),
        ])
        context[.message] = .string(strings.text(.notTranslated))
        context[.originals] = .objects(
            config.languages.compactMap { other in
                guard let version = versions[other.code] else { return nil }
                return [
                    "code": .string(other.code), "name": .string(other.name),
                    "title": .string(version.frontMatter.title),
                    "url": .string(URLScheme.relative(from: folder, to: URLScheme.directory(of: version.path))),
                ]
            })
        context[.noindex] = .bool(true)
        context[.untranslated] = .bool(true)
        context[.languages] = .objects(
            switcher(for: page, from: folder).map { entry in
                var entry = entry
                // The reader's language is the current one, not the original's.
                if case .string(let code)? = entry["code"] { entry["current"] = .bool(code == language.code) }
                return entry
            })
        // A stand-in is noindex: no hreflang group points at it, and it points at none.
        context[.alternates] = .objects([])
        context[.breadcrumbs] = .objects([])
        context[.isPage] = .bool(true)
        return context
    }

    /// The search page of `language`, at `folder` (`SearchPage.folder`).
    package func searchPage(language: Language, folder: String) -> TemplateContext {
        let strings = interfaceStrings(language)
        let title = strings.text(.searchTitle)
        var context = TemplateContext(.search, common: commonObject(language: language, folder: folder))
        context[.page] = .object([
            "title": .string(title), "url": .string("./"), "kind": .string("search"), "section": .string("search"),
        ])
        context[.noindex] = .bool(true)
        context[.isSearch] = .bool(true)
        context[.isPage] = .bool(true)
        context[.alternates] = .objects([])
        context[.languages] = .objects(
            config.languages.map { other in
                [
                    "code": .string(other.code), "name": .string(other.name),
                    "current": .bool(other.code == language.code), "missing": .bool(false),
                    "url": .string(URLScheme.relative(from: folder, to: URLScheme.searchFolder(other.code))),
                ]
            })
        context[.breadcrumbs] = .objects([
            [
                "title": .string(strings.text(.home, else: language.title)),
                "url": .string(URLScheme.relative(from: folder, to: URLScheme.home(language.code))),
                "current": .bool(false),
            ],
            ["title": .string(title), "url": .string("./"), "current": .bool(true)],
        ])
        context[.hasBreadcrumbs] = .bool(true)
        return context
    }

    /// A 404 page in `language` at `folder`, with the message in each of `shown`, its
    /// addresses still relative (`NotFoundPages` makes them absolute).
    package func notFound(language: Language, folder: String, shown: [Language]) -> TemplateContext {
        var context = TemplateContext(.notFound, common: commonObject(language: language, folder: folder))
        let messages: [TemplateObject] = shown.map { other in
            let strings = interfaceStrings(other)
            return [
                "lang": .string(other.code),
                "title": .string(strings.text(.notFoundTitle)),
                "text": .string(strings.text(.notFoundText)),
                "homeLabel": .string(strings.text(.notFoundHome, else: other.title)),
                "home": .string(URLScheme.relative(from: folder, to: URLScheme.home(other.code))),
            ]
        }
        context[.notFound] = .objects(messages)
        context[.page] = .object(["title": messages[0]["title"]!, "url": .string("./"), "kind": .string("notFound")])
        context[.noindex] = .bool(true)
        context[.isNotFound] = .bool(true)
        context[.alternates] = .objects([])
        context[.breadcrumbs] = .objects([])
        context[.languages] = .objects(
            config.languages.map { other in
                [
                    "code": .string(other.code), "name": .string(other.name),
                    "current": .bool(other.code == language.code && shown.count == 1),
                    "url": .string(URLScheme.relative(from: folder, to: URLScheme.home(other.code))),
                    "missing": .bool(false),
                ]
            })
        return context
    }

    /// `index.html` at the root, leading readers to a language, with the default language's
    /// values of every page.
    package func root() -> TemplateContext {
        let defaultLanguage = config.defaultLanguage
        var context = TemplateContext(.root, common: commonObject(language: defaultLanguage, folder: ""))
        context[.languages] = .objects(
            config.languages.map { language in
                [
                    "code": .string(language.code), "name": .string(language.name), "title": .string(language.title),
                    "url": .string(language.code + "/"),
                    "choose": .string(interfaceStrings(language).text(.chooseLanguage)),
                ]
            })
        context[.defaultLanguage] = .string(defaultLanguage.code)
        context[.canonical] = .string(config.baseURL)
        // The root chooser is the `x-default` of the homes' hreflang group.
        context[.alternates] = .objects(
            config.languages.map { ["hreflang": .string($0.tag), "href": .string(config.baseURL + $0.code + "/")] }
                + [["hreflang": .string("x-default"), "href": .string(config.baseURL)]])
        context[.og] = .object([
            "title": .string(defaultLanguage.title), "url": .string(config.baseURL), "type": .string("website"),
            "locale": .string(defaultLanguage.locale),
            "localeAlternates": .list(config.languages.dropFirst().map(\.locale)),
            "siteName": .string(defaultLanguage.title),
        ])
        return context
    }
}
