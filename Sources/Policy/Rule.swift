/// What happens to a message, by severity: `allow < warn < flag < hold < block`.
public enum Action: String, Sendable, CaseIterable, Comparable, Codable, CustomStringConvertible {
    /// Forwarded, nothing to say.
    case allow
    /// Forwarded; the agent gets a notice with the suggestion.
    case warn
    /// Forwarded and recorded for review; the agent gets a notice.
    case flag
    /// Not forwarded until a supervisor decides, within the rule's time budget.
    case hold
    /// Not forwarded; the agent gets the reason and the suggested rewrite.
    case block

    public var severity: Int {
        switch self {
        case .allow: return 0
        case .warn: return 1
        case .flag: return 2
        case .hold: return 3
        case .block: return 4
        }
    }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.severity < rhs.severity }
    public var description: String { rawValue }
}

/// A phrase of a rule as written in a policy file: plain words, matched on word boundaries,
/// with `*` at the end for a stem (any ending) or at the start for any prefix (Arabic particles
/// written together with the word).
public struct Phrase: Sendable, Hashable {
    public var text: String
    public var openStart: Bool
    public var openEnd: Bool
    /// What replaces this phrase in a rewrite; otherwise the rule's suggestion replaces the
    /// sentence around it.
    public var suggestion: String?
    /// Where it was written, for error messages.
    public var line: Int

    public init(_ written: String, suggestion: String? = nil, line: Int = 0) {
        var text = Substring(written)
        openStart = text.hasPrefix("*")
        if openStart { text = text.dropFirst() }
        openEnd = text.hasSuffix("*")
        if openEnd { text = text.dropLast() }
        self.text = String(text).trimmingSpaces()
        self.suggestion = suggestion
        self.line = line
    }

    public var written: String { (openStart ? "*" : "") + text + (openEnd ? "*" : "") }
}

/// Where in a message a rule applies.
public enum Position: String, Sendable, Codable {
    /// Anywhere.
    case anywhere
    /// Only in the opening words of the message (the first five, after an optional greeting).
    case opening
}

/// One communication rule: what it catches, how severe it is, what the agent sees, and the
/// examples that prove it.
public struct Rule: Sendable, Identifiable {
    public var id: String
    public var language: String
    public var category: String
    public var action: Action
    /// The seed rule it comes from (`R1`…).
    public var seed: String?
    public var notice: String
    public var phrases: [Phrase]
    public var exceptions: [Phrase]
    /// Replaces the sentence around a hit when its phrase has no suggestion of its own.
    public var suggestion: String?
    /// What diacritics the words hit must carry (Lithuanian letters that carry meaning).
    public var diacritics: Diacritics
    public var position: Position
    /// Its phrases count only in a message that reads as its language, or as no other of the
    /// set's: slang of one language is often a word or an abbreviation of another (English `np`,
    /// Ukrainian `NP` for Nova Poshta; Mongolian `ок`, a plain word in Ukrainian chat).
    public var ownLanguage: Bool
    /// Also hits words in capitals (``Shouting``), phrases or not.
    public var shouting: Shouting?
    /// How long a held message waits for a supervisor, in seconds, and what happens then.
    public var holdBudget: Int?
    public var onTimeout: Action?
    public var mustMatch: [String]
    public var mustNotMatch: [String]
    /// The policy file and line the rule starts at.
    public var file: String
    public var line: Int

    public init(
        id: String, language: String, category: String, action: Action, seed: String? = nil, notice: String,
        phrases: [Phrase], exceptions: [Phrase] = [], suggestion: String? = nil,
        diacritics: Diacritics = .strip,
        position: Position = .anywhere, ownLanguage: Bool = false, shouting: Shouting? = nil,
        holdBudget: Int? = nil,
        onTimeout: Action? = nil,
        mustMatch: [String] = [],
        mustNotMatch: [String] = [], file: String = "", line: Int = 0
    ) {
        self.id = id
        self.language = language
        self.category = category
        self.action = action
        self.seed = seed
        self.notice = notice
        self.phrases = phrases
        self.exceptions = exceptions
        self.suggestion = suggestion
        self.diacritics = diacritics
        self.position = position
        self.ownLanguage = ownLanguage
        self.shouting = shouting
        self.holdBudget = holdBudget
        self.onTimeout = onTimeout
        self.mustMatch = mustMatch
        self.mustNotMatch = mustNotMatch
        self.file = file
        self.line = line
    }
}

extension String {
    func trimmingSpaces() -> String {
        // Nothing to trim when the text starts with a scalar that is not whitespace (a character
        // is whitespace by its first scalar) and ends with one that starts its own character and
        // is not whitespace, as most does: visible ASCII, or a Cyrillic or Arabic letter or
        // full stop (none of them extends the character before it).
        if let first = unicodeScalars.first, !String.isWhiteSpace(first.value),
            let last = unicodeScalars.last,
            (0x21...0x7E).contains(last.value) || (0x410...0x44F).contains(last.value)
                || (0x621...0x64A).contains(last.value) || last.value == 0x61F || last.value == 0x6D4
        {
            return self
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// Unicode's White_Space property, which `Character.isWhitespace` reads off a character's
    /// first scalar.
    static func isWhiteSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }
}

/// How a rule's phrases treat diacritics.
public enum Diacritics: String, Sendable {
    /// Diacritics never matter (the default).
    case strip
    /// The words must carry the phrase's diacritics.
    case keep
    /// Words typed with diacritics must carry the phrase's; typed without any, they still hit
    /// (`pažadu` and `pazadu` hit, `pažadų` does not).
    case typed
}
