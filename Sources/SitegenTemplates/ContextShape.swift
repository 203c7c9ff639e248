/// A template context split into what can change the template's control flow and what cannot.
///
/// swift-mustache decides sections by keys, booleans, array lengths and whether a value is
/// present; strings and numbers only ever reach the output, escaped or not. The `signature`
/// records the first kind (keys, booleans, counts, in the walk's order) and `leaves` the second
/// (every string and number, as swift-mustache prints them). Two contexts with the same signature
/// take the same path through a template, so `RenderPlan` can render one and fill in the other's
/// leaves.
///
/// Only the value types `PageContext` builds are understood; anything else (an Optional, a Date,
/// a class) makes `init` fail, and the page is rendered by swift-mustache directly.
///
/// Keys are walked in sorted order: each dictionary iterates in an order of its own (Swift
/// seeds every dictionary's hashing differently), and the leaves must be numbered alike for
/// every context of a shape.
import Mustache
import SitegenCore
import SitegenMarkdown
import SitegenPublish

package struct ContextShape {
    package private(set) var signature: [UInt8] = []
    package private(set) var leaves: [String] = []

    package init?(_ context: [String: Any]) {
        signature.reserveCapacity(2048)
        leaves.reserveCapacity(256)
        guard add(context) else { return nil }
    }

    /// The shape of a typed context: the same signature and leaves as the `[String: Any]` it
    /// stands for (`TemplateObject.anyDictionary`), without sorting or casting.
    package init(_ context: TemplateObject) {
        signature.reserveCapacity(2048)
        leaves.reserveCapacity(256)
        add(context)
    }

    /// A copy of `context` with every leaf replaced by `RenderPlan.marker(n)`, numbered in the
    /// same walk order as `leaves`, and every dictionary and array wrapped so that printing it
    /// (`{{page.date}}` where `{{page.date.text}}` was meant) spoils the plan: swift-mustache
    /// prints a container's description, which depends on its leaves and its order.
    /// The root is wrapped too: `{{.}}` at the top prints it.
    package static func skeleton(of context: [String: Any]) -> Any {
        var next = 0
        return skeleton(context, next: &next)
    }

    // MARK: - Walk

    private enum Tag: UInt8 {
        case isTrue = 1
        case isFalse, leaf, dictionary, array
    }

    private mutating func add(_ value: Any) -> Bool {
        switch ObjectIdentifier(type(of: value)) {
        case Kinds.string:
            leaf(value as! String)
        case Kinds.bool:
            signature.append((value as! Bool) ? Tag.isTrue.rawValue : Tag.isFalse.rawValue)
        case Kinds.int:
            leaf(String(value as! Int))
        case Kinds.dictionary:
            return add(value as! [String: Any])
        case Kinds.stringDictionary:
            let dictionary = value as! [String: String]
            open(.dictionary, count: dictionary.count)
            for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
                name(key)
                leaf(value)
            }
        case Kinds.dictionaryArray:
            let array = value as! [[String: Any]]
            open(.array, count: array.count)
            for element in array where !add(element) { return false }
        case Kinds.stringArray:
            let array = value as! [String]
            open(.array, count: array.count)
            for element in array { leaf(element) }
        case Kinds.anyArray:
            let array = value as! [Any]
            open(.array, count: array.count)
            for element in array where !add(element) { return false }
        default:
            return false
        }
        return true
    }

    private mutating func add(_ object: TemplateObject) {
        open(.dictionary, count: object.count)
        for (key, value) in zip(object.keys, object.values) {
            name(key)
            add(value)
        }
    }

    private mutating func add(_ value: TemplateValue) {
        switch value {
        case .string(let text): leaf(text)
        case .int(let number): leaf(String(number))
        case .bool(let flag): signature.append(flag ? Tag.isTrue.rawValue : Tag.isFalse.rawValue)
        case .object(let object): add(object)
        case .strings(let map):
            signature.append(contentsOf: map.signature)
            leaves.append(contentsOf: map.values)
        case .objects(let objects):
            open(.array, count: objects.count)
            for object in objects { add(object) }
        case .list(let strings):
            open(.array, count: strings.count)
            for text in strings { leaf(text) }
        }
    }

    /// The signature of a `[String: String]` with these sorted keys, as `add` walks one.
    package static func signature(ofStringsWithKeys keys: [String]) -> [UInt8] {
        var shape = ContextShape()
        shape.open(.dictionary, count: keys.count)
        for key in keys {
            shape.name(key)
            shape.signature.append(Tag.leaf.rawValue)
        }
        return shape.signature
    }

    private init() {}

    private mutating func add(_ dictionary: [String: Any]) -> Bool {
        open(.dictionary, count: dictionary.count)
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            name(key)
            guard add(value) else { return false }
        }
        return true
    }

    private mutating func leaf(_ text: String) {
        signature.append(Tag.leaf.rawValue)
        leaves.append(text)
    }

    private mutating func open(_ tag: Tag, count: Int) {
        signature.append(tag.rawValue)
        number(count)
    }

    /// A key, length first, so that no key can be read as the start of another.
    private mutating func name(_ key: String) {
        number(key.utf8.count)
        signature.append(contentsOf: key.utf8)
    }

    private mutating func number(_ value: Int) {
        var value = UInt(value)
        while value >= 0x80 {
            signature.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        signature.append(UInt8(value))
    }

    /// `skeleton(of:)` of a typed context: the same skeleton as its `anyDictionary` gives.
    package static func skeleton(of context: TemplateObject) -> Any {
        var next = 0
        return skeleton(.object(context), next: &next)
    }

    private static func skeleton(_ value: TemplateValue, next: inout Int) -> Any {
        func marker(_ next: inout Int) -> String {
            defer { next += 1 }
            return RenderPlan.marker(next)
        }
        switch value {
        case .string, .int:
            return marker(&next)
        case .bool(let flag):
            return flag
        case .object(let object):
            var copy: [String: Any] = [:]
            for (key, value) in zip(object.keys, object.values) { copy[key] = skeleton(value, next: &next) }
            return SkeletonDictionary(values: copy)
        case .strings(let map):
            var copy: [String: Any] = [:]
            for key in map.keys { copy[key] = marker(&next) }
            return SkeletonDictionary(values: copy)
        case .objects(let objects):
            return SkeletonArray(elements: objects.map { skeleton(.object($0), next: &next) })
        case .list(let strings):
            return SkeletonArray(elements: strings.map { _ in marker(&next) })
        }
    }

    private static func skeleton(_ value: Any, next: inout Int) -> Any {
        func marker(_ next: inout Int) -> String {
            defer { next += 1 }
            return RenderPlan.marker(next)
        }
        switch ObjectIdentifier(type(of: value)) {
        case Kinds.string, Kinds.int:
            return marker(&next)
        case Kinds.dictionary:
            var copy: [String: Any] = [:]
            for (key, value) in (value as! [String: Any]).sorted(by: { $0.key < $1.key }) {
                copy[key] = skeleton(value, next: &next)
            }
            return SkeletonDictionary(values: copy)
        case Kinds.stringDictionary:
            var copy: [String: Any] = [:]
            for key in (value as! [String: String]).keys.sorted() { copy[key] = marker(&next) }
            return SkeletonDictionary(values: copy)
        case Kinds.dictionaryArray:
            return SkeletonArray(elements: (value as! [[String: Any]]).map { skeleton($0, next: &next) })
        case Kinds.stringArray:
            return SkeletonArray(elements: (value as! [String]).map { _ in marker(&next) })
        case Kinds.anyArray:
            return SkeletonArray(elements: (value as! [Any]).map { skeleton($0, next: &next) })
        default:
            return value
        }
    }

    /// The types understood, compared by identity: a dynamic cast to the wrong collection type
    /// would convert element by element instead of failing fast.
    private enum Kinds {
        package static let string = ObjectIdentifier(String.self)
        package static let bool = ObjectIdentifier(Bool.self)
        package static let int = ObjectIdentifier(Int.self)
        package static let dictionary = ObjectIdentifier([String: Any].self)
        package static let stringDictionary = ObjectIdentifier([String: String].self)
        package static let dictionaryArray = ObjectIdentifier([[String: Any]].self)
        package static let stringArray = ObjectIdentifier([String].self)
        package static let anyArray = ObjectIdentifier([Any].self)
    }
}

/// A dictionary of a skeleton: looked up as swift-mustache looks up dictionaries, printed as
/// `RenderPlan.spoiler`.
package struct SkeletonDictionary: MustacheParent, CustomStringConvertible, CustomReflectable {
    package let values: [String: Any]
    package func child(named name: String) -> Any? { values[name] }
    package var description: String { RenderPlan.spoiler }
    package var customMirror: Mirror { Mirror(self, children: []) }
}

/// An array of a skeleton: rendered as swift-mustache renders arrays (it is a
/// `MustacheSequence`), printed as `RenderPlan.spoiler`, with no named children, like an array.
package struct SkeletonArray: MustacheSequence, CustomStringConvertible, CustomReflectable {
    package let elements: [Any]
    package func makeIterator() -> IndexingIterator<[Any]> { elements.makeIterator() }
    package var description: String { RenderPlan.spoiler }
    package var customMirror: Mirror { Mirror(self, children: []) }
}
