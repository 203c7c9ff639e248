import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// A value of a page's template context, typed, with every object's keys kept sorted.
///
/// Pages are rendered through `RenderPlan`s, which need each context's shape and leaves in
/// sorted-key order (`ContextShape`). Built as `[String: Any]`, every page paid for hashing its
/// keys, boxing its values, then sorting each dictionary and casting each value back while
/// walking it. Built as `TemplateValue`, the walk is a plain switch over values already in
/// order. `anyValue` gives swift-mustache the very types the dictionaries had (`[String: Any]`,
/// `[String: String]`, `[[String: Any]]`, `[String]`), for the shapes it renders itself.
package enum TemplateValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    /// `[String: Any]` to swift-mustache.
    case object(TemplateObject)
    /// `[String: String]` to swift-mustache (interface strings, `params`).
    case strings(StringMap)
    /// `[[String: Any]]` to swift-mustache.
    case objects([TemplateObject])
    /// `[String]` to swift-mustache.
    case list([String])

    /// The value as the dictionaries and arrays swift-mustache was given before contexts were
    /// typed: transforms such as `sorted(x)` depend on the element type.
    package var anyValue: Any {
        switch self {
        case .string(let text): text
        case .int(let number): number
        case .bool(let flag): flag
        case .object(let object): object.anyDictionary
        case .strings(let map): map.dictionary
        case .objects(let objects): objects.map(\.anyDictionary)
        case .list(let strings): strings
        }
    }
}

/// An object of a template context: keys and values, sorted by key (as `ContextShape` walks
/// them). Objects hold a few dozen keys at most, so a sorted array beats a hash table.
package struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    package private(set) var keys: [String] = []
    package private(set) var values: [TemplateValue] = []

    package init() {}

    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        keys.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    package var count: Int { keys.count }

    /// The value of `key`; setting nil removes it.
    package subscript(key: String) -> TemplateValue? {
        get {
            let (position, found) = find(key)
            return found ? values[position] : nil
        }
        set {
            let (position, found) = find(key)
            switch (found, newValue) {
            case (true, .some(let value)): values[position] = value
            case (true, nil):
                keys.remove(at: position)
                values.remove(at: position)
            case (false, .some(let value)):
                keys.insert(key, at: position)
                values.insert(value, at: position)
            case (false, nil): break
            }
        }
    }

    /// Where `key` is, or where it would go to keep the keys sorted.
    private func find(_ key: String) -> (Int, Bool) {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return (low, low < keys.count && keys[low] == key)
    }

    /// The object as swift-mustache's `[String: Any]`.
    package var anyDictionary: [String: Any] {
        var dictionary: [String: Any] = [:]
        dictionary.reserveCapacity(keys.count)
        for (key, value) in zip(keys, values) { dictionary[key] = value.anyValue }
        return dictionary
    }
}

/// A `[String: String]` of a template context with its keys sorted once: the theme's interface
/// strings (`t`, 60-odd keys) are the same for every page of a language.
package struct StringMap: Sendable {
    package let dictionary: [String: String]
    package let keys: [String]
    package let values: [String]
    /// Its part of a `ContextShape` signature, worked out once.
    package let signature: [UInt8]

    package static let empty = StringMap([:])

    package init(_ dictionary: [String: String]) {
        self.dictionary = dictionary
        let sorted = dictionary.sorted { $0.key < $1.key }
        keys = sorted.map(\.key)
        values = sorted.map(\.value)
        signature = ContextShape.signature(ofStringsWithKeys: keys)
    }
}
