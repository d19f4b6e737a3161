/// The ways agents type around a filter, applied to the words a rule's examples hit, to measure
/// how much of a pack still catches them.
public enum Evasion: String, CaseIterable, Sendable {
    case uppercase
    /// Full-width Latin letters (compatibility forms).
    case fullwidth
    /// A zero-width space inside each word.
    case invisible
    /// IRC bold and colour codes inside each word.
    case ircFormatting = "irc-formatting"
    /// Latin and Cyrillic look-alike letters swapped inside words.
    case lookalikes
    /// Digits and symbols standing for letters (`gu4r4nt33`, `н0мер`).
    case substitutes
    /// Letters spaced apart (`g u a r a n t e e`).
    case spaced
    /// Letters dotted apart (`g.u.a.r.a.n.t.e.e`).
    case dotted
    /// A letter repeated for emphasis in each word.
    case repeated
    /// Diacritics dropped (Latin-script languages).
    case withoutDiacritics = "without-diacritics"
    /// Arabic short vowels (tashkeel) added.
    case tashkeel
    /// Arabic tatweel stretching the words.
    case tatweel
    /// Arabic letter variants (alef with hamza, alef maksura, ta marbuta) swapped.
    case arabicVariants = "arabic-variants"

    /// Whether this evasion is typed in `language`.
    public func applies(to language: String) -> Bool {
        switch self {
        case .tashkeel, .tatweel, .arabicVariants: return language == "ar"
        case .fullwidth: return language == "en" || language == "lt"
        case .withoutDiacritics: return language == "lt"
        case .lookalikes, .substitutes, .uppercase: return language != "ar"
        default: return true
        }
    }

    /// `text` with this evasion applied to its words; nil when nothing in it changes.
    public func apply(to text: String) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let changed: [String]
        switch self {
        case .uppercase: changed = words.map { $0.uppercased() }
        case .fullwidth:
            changed = words.map { w in
                String(
                    String.UnicodeScalarView(
                        w.unicodeScalars.map { s in
                            (0x21...0x7E).contains(s.value) ? Unicode.Scalar(s.value + 0xFEE0)! : s
                        }))
            }
        case .invisible: changed = words.map { Evasion.insert("\u{200B}", after: 1, in: $0) }
        case .ircFormatting:
            changed = words.map { "\u{02}" + Evasion.insert("\u{03}04", after: 1, in: $0) + "\u{0F}" }
        case .lookalikes: changed = words.map { Evasion.everyOther($0, Evasion.lookalikeLetters) }
        case .substitutes:
            changed = words.map { $0.count < 2 ? $0 : Evasion.everyOther($0, Evasion.substituteLetters) }
        case .spaced, .dotted:
            // The longest word, letter by letter; the others as they are.
            guard let longest = words.indices.max(by: { words[$0].count < words[$1].count }),
                words[longest].count >= 3
            else { return nil }
            var w = words
            w[longest] = words[longest].filter(\.isLetter).map(String.init).joined(
                separator: self == .spaced ? " " : ".")
            changed = w
        case .repeated:
            changed = words.map { w in
                let letters = Array(w)
                guard letters.count >= 2,
                    let i = letters.indices.dropFirst().first(where: { letters[$0].isLetter })
                else {
                    return w
                }
                return String(letters[..<i]) + String(repeating: String(letters[i]), count: 4)
                    + String(letters[(i + 1)...])
            }
        case .withoutDiacritics:
            changed = words.map { w in
                String(w.decomposedStringWithoutMarks())
            }
        case .tashkeel:
            changed = words.map { w in
                String(w.flatMap { c -> [Character] in c.isLetter ? [c, "\u{64E}"] : [c] })
            }
        case .tatweel:
            changed = words.map { w in
                let letters = Array(w)
                guard letters.count >= 2 else { return w }
                return letters.map(String.init).joined(separator: "\u{640}")
            }
        case .arabicVariants:
            let swap: [Character: Character] = [
                "ا": "أ", "ي": "ى", "ه": "ة", "أ": "ا", "إ": "ا", "ة": "ه", "ى": "ي",
            ]
            changed = words.map { w in String(w.map { swap[$0] ?? $0 }) }
        }
        let result = changed.joined(separator: " ")
        return result == text ? nil : result
    }

    static let lookalikeLetters: [Character: Character] = [
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
        "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i",
        "A": "А", "B": "В", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "T": "Т",
    ]
    static let substituteLetters: [Character: Character] = [
        "o": "0", "e": "3", "a": "@", "i": "1", "s": "5", "t": "7", "о": "0", "з": "3", "а": "@",
    ]

    static func insert(_ s: String, after count: Int, in word: String) -> String {
        guard word.count > count else { return word }
        let i = word.index(word.startIndex, offsetBy: count)
        return String(word[..<i]) + s + String(word[i...])
    }

    /// Replaces every other replaceable character of `word`.
    static func everyOther(_ word: String, _ table: [Character: Character]) -> String {
        var replace = true
        return String(
            word.map { c -> Character in
                guard let r = table[c] else { return c }
                defer { replace.toggle() }
                return replace ? r : c
            })
    }
}

extension String {
    func decomposedStringWithoutMarks() -> String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            switch s {
            case "ą": out.append("a")
            case "č": out.append("c")
            case "ę", "ė": out.append("e")
            case "į": out.append("i")
            case "š": out.append("s")
            case "ų", "ū": out.append("u")
            case "ž": out.append("z")
            case "Ą": out.append("A")
            case "Č": out.append("C")
            case "Ę", "Ė": out.append("E")
            case "Į": out.append("I")
            case "Š": out.append("S")
            case "Ų", "Ū": out.append("U")
            case "Ž": out.append("Z")
            default: out.append(s)
            }
        }
        return String(out)
    }
}

/// How much of a pack's examples still hit their rule under each evasion.
public struct EvasionReport: Sendable {
    public struct Cell: Sendable {
        public var tried = 0
        public var caught = 0
    }

    /// Per language, per evasion.
    public var cells: [String: [Evasion: Cell]] = [:]
    /// Evaded examples that no longer hit their rule: (rule, evaded text).
    public var misses: [(rule: String, evasion: Evasion, text: String)] = []

    public var tried: Int { cells.values.flatMap(\.values).map(\.tried).reduce(0, +) }
    public var caught: Int { cells.values.flatMap(\.values).map(\.caught).reduce(0, +) }

    public func rate(_ language: String) -> Double {
        let c = cells[language, default: [:]].values
        let tried = c.map(\.tried).reduce(0, +)
        return tried == 0 ? 1 : Double(c.map(\.caught).reduce(0, +)) / Double(tried)
    }

    /// Applies every evasion of each rule's language to the span each must-match example hits,
    /// and checks that the evaded message still hits the rule.
    public static func run(_ set: PolicySet) -> EvasionReport {
        var report = EvasionReport()
        for rule in set.rules {
            for example in rule.mustMatch {
                guard let hit = set.check(example).hits.first(where: { $0.rule == rule.id }) else { continue }
                let bytes = Array(example.utf8)
                let before = String(decoding: bytes[..<hit.start], as: UTF8.self)
                let after = String(decoding: bytes[hit.end...], as: UTF8.self)
                for evasion in Evasion.allCases where evasion.applies(to: rule.language) {
                    guard let evaded = evasion.apply(to: hit.text) else { continue }
                    let message = before + evaded + after
                    let caught = set.check(message).hits.contains { $0.rule == rule.id }
                    report.cells[rule.language, default: [:]][evasion, default: Cell()].tried += 1
                    if caught {
                        report.cells[rule.language, default: [:]][evasion, default: Cell()].caught += 1
                    } else {
                        report.misses.append((rule.id, evasion, message))
                    }
                }
            }
        }
        return report
    }
}
