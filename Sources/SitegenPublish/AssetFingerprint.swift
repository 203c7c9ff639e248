import Foundation
import SitegenCore

/// Theme assets renamed after their content (`assets/style.css` → `assets/style.3f2a9c1e0b.css`),
/// so hosts may cache them for ever and a changed file is fetched under a new name.
///
/// References between assets follow: `url(…)` in CSS files pointing at another asset is
/// rewritten to the new name before the CSS itself is hashed. The hash is 64-bit FNV-1a
/// (a content fingerprint, not a security measure), written as 10 hex digits.
package struct AssetFingerprint: Sendable {
    /// Asset name below `assets/` (`style.css`) → its output path (`assets/style.3f2a9c1e0b.css`).
    package var urls: [String: String] = [:]
    package var files: [OutputFile] = []

    package init(_ assets: [StaticFile]) {
        var renamed: [String: String] = [:]
        // Everything but CSS first, so stylesheets can point at the new names.
        let ordered =
            assets.filter { !$0.outputPath.hasSuffix(".css") } + assets.filter { $0.outputPath.hasSuffix(".css") }
        for asset in ordered {
            guard var bytes = asset.contents else {
                files.append(OutputFile(path: asset.outputPath, contents: .copy(asset.sourcePath)))
                renamed[asset.outputPath] = asset.outputPath
                continue
            }
            if asset.outputPath.hasSuffix(".css") {
                bytes = Array(
                    Self.rewriteURLs(in: String(decoding: bytes, as: UTF8.self), at: asset.outputPath, renamed: renamed)
                        .utf8)
            }
            let path = Self.name(asset.outputPath, hash: Self.hash(bytes))
            renamed[asset.outputPath] = path
            files.append(OutputFile(path: path, contents: .bytes(bytes)))
        }
        for (original, path) in renamed {
            urls[String(original.dropFirst("assets/".count))] = path
        }
        files.sort { $0.path < $1.path }
    }

    /// `assets/style.css` + hash → `assets/style.<hash>.css`.
    package static func name(_ path: String, hash: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot > slash else { return path + "." + hash }
        return path[..<dot] + "." + hash + path[dot...]
    }

    /// 64-bit FNV-1a of the bytes, first 10 hex digits.
    package static func hash(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// Rewrites `url(x)` in a stylesheet at `path` where `x` is another asset that was renamed.
    package static func rewriteURLs(in css: String, at path: String, renamed: [String: String]) -> String {
        let folder = String(path[..<(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)])
        var result = ""
        var rest = Substring(css)
        while let open = rest.range(of: "url(") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let raw = rest[..<close]
            let quote = raw.trimmingCharacters(in: .whitespaces).first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
            let target = raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\"'"))
            let cut = target.firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
            if !target.hasPrefix("/"), !URLScheme.hasScheme(target),
                let resolved = URLScheme.normalize(
                    folder: String(folder.dropLast()), relative: String(target[..<cut])),
                let newPath = renamed[resolved]
            {
                let address = URLScheme.relative(from: folder, to: newPath) + target[cut...]
                result += quote.map { "\($0)\(address)\($0)" } ?? address
            } else {
                result += raw
            }
            rest = rest[close...]
        }
        return result + rest
    }
}
