/// One rule hit in a message: which rule, and the span of the message as given.
public struct Hit: Sendable, Hashable {
    public var rule: String
    public var category: String
    public var action: Action
    /// UTF-8 byte offsets into the message as given.
    public var start: Int
    public var end: Int
    /// The original text of the span.
    public var text: String
    /// What replaces this hit in the suggestion: the phrase's or the rule's suggestion.
    public var replacement: String?
    /// Why the rule exists, as the agent is told.
    public var notice: String
    /// Whether `replacement` is the rule's, which replaces the whole sentence around the hit,
    /// rather than the phrase's own, which replaces just the hit.
    public var replacesSentence: Bool

    /// One line for the agent: which rule, which words, why, and what to say instead.
    public var explanation: String {
        // Built by appending: every recorded hit has one.
        var explanation = category
        explanation.reserveCapacity(category.utf8.count + text.utf8.count + notice.utf8.count + 64)
        explanation.append(" (")
        explanation.append(action.rawValue)
        explanation.append("): “")
        explanation.append(text)
        explanation.append("” — ")
        explanation.append(notice)
        if let replacement {
            explanation.append(" Try: “")
            explanation.append(replacement)
            explanation.append("”")
        }
        return explanation
    }
}

/// What Decorum says of one message.
public struct Verdict: Sendable, Hashable {
    /// The most severe action of the hits; `allow` when there are none.
    public var action: Action
    public var hits: [Hit]
    /// The whole message rewritten, each hit replaced, checked again; nil when there are no hits
    /// or when no rewrite passes the check.
    public var suggestion: String?

    public static let allow = Verdict(action: .allow, hits: [], suggestion: nil)
}

extension Verdict {
    /// The verdict as one JSON object:
    /// `{"action": …, "hits": [{"rule", "category", "action", "start", "end", "text"}], "suggestion": … | null}`.
    public var json: String {
        var s = "{\"action\": \(JSON.quote(action.rawValue)), \"hits\": ["
        s += hits.map { h in
            "{\"rule\": \(JSON.quote(h.rule)), \"category\": \(JSON.quote(h.category)), "
                + "\"action\": \(JSON.quote(h.action.rawValue)), \"start\": \(h.start), \"end\": \(h.end), "
                + "\"text\": \(JSON.quote(h.text))}"
        }.joined(separator: ", ")
        s += "], \"suggestion\": \(suggestion.map(JSON.quote) ?? "null")}"
        return s
    }
}

public enum JSON {
    /// A JSON string literal.
    public static func quote(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &out)
        return out
    }

    /// Appends `s` as a JSON string literal to `out`: as it is between quotes when nothing in
    /// it needs escaping (most text), scalar by scalar otherwise.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out.append("\"")
        if s.utf8.withContiguousStorageIfAvailable({ !needsEscaping($0) }) ?? false {
            out.append(s)
        } else {
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029:
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(u)
                }
            }
        }
        out.append("\"")
    }

    /// Whether UTF-8 `bytes` hold a quote, a backslash, a control character, DEL, or U+2028 or
    /// U+2029 (E2 80 A8 and E2 80 A9), which ``quote(_:)`` escapes.
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, b) in bytes.enumerated() {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] | 1) == 0xA9 {
                return true
            }
        }
        return false
    }
}
