import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The names in a folder as the file system holds them: bytes, which need not be UTF-8.
/// (`FileManager` turns a name that is not UTF-8 into one with U+FFFD, which names no file, so
/// the author would be told of a file that is not there.)
enum FolderListing {
    /// The names in the folder at `path` (not `.` and `..`): the valid UTF-8 ones as text, the
    /// others as their bytes. Nil when the folder cannot be read.
    static func names(in path: String) -> (names: [String], invalid: [[UInt8]])? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        var invalid: [[UInt8]] = []
        while let entry = readdir(folder) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else {
                invalid.append(bytes)
            }
        }
        return (names, invalid)
    }

    /// `bytes` as text, each byte that is not part of valid UTF-8 written as `\xE9`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let length: Int
            switch bytes[index] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length > 0, index + length <= bytes.count,
                let valid = String(validating: bytes[index..<(index + length)], as: UTF8.self)
            {
                text += valid
                index += length
            } else {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true)
                index += 1
            }
        }
        return text
    }
}
