import Foundation
import Testing

/// One row of `Tests/search-tokens.json`, the table both tokenizers (Swift and search.js) must
/// agree with.
struct SearchTokenCase: Sendable, Decodable, CustomTestStringConvertible {
    var why: String
    var input: String
    var terms: [String]

    var testDescription: String { "\(why): \(input)" }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tableURL = repository.appendingPathComponent("Tests/search-tokens.json")
    static let scriptURL = repository.appendingPathComponent("templates/assets/search.js")

    static func all() -> [SearchTokenCase] {
        guard let data = FileManager.default.contents(atPath: tableURL.path),
            let table = try? JSONDecoder().decode([SearchTokenCase].self, from: data)
        else { return [] }
        return table
    }
}
