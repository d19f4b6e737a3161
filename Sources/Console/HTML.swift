import Foundation
import Review

/// A fragment of HTML. Strings interpolated into it are escaped; only other `HTML` values go in
/// as they are, so text from agents, supervisors and URLs can never become markup.
public struct HTML: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public private(set) var rendered: String

    /// Markup written by the console itself; never pass outside text here.
    public init(trusted markup: String) { rendered = markup }

    public init(stringLiteral value: String) { rendered = value }

    public init(stringInterpolation: StringInterpolation) { rendered = stringInterpolation.output }

    public var description: String { rendered }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(trusted: a.rendered + b.rendered) }

    public static func += (a: inout HTML, b: HTML) { a.rendered += b.rendered }

    /// Escapes text for an element's content or a quoted attribute value.
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { output += literal }
        public mutating func appendInterpolation(_ text: String) { output += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: Substring) { output += HTML.escape(text) }
        public mutating func appendInterpolation(_ html: HTML) { output += html.rendered }
        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for html in fragments { output += html.rendered }
        }
        public mutating func appendInterpolation(_ number: Int) { output += String(number) }
        public mutating func appendInterpolation(_ number: Int64) { output += String(number) }
        public mutating func appendInterpolation<T: RawRepresentable>(_ value: T) where T.RawValue == String {
            output += HTML.escape(value.rawValue)
        }
    }
}

extension HTML {
    /// The text with each hit's span wrapped in `<mark>`. Offsets are UTF-8 byte offsets; ones
    /// that fall inside a character are widened to the whole scalar, ones past the end are
    /// clipped, and overlapping spans become one mark naming every rule.
    public static func highlighted(_ text: String, hits: [ReviewHit]) -> HTML {
        let bytes = Array(text.utf8)
        func isContinuation(_ i: Int) -> Bool { i < bytes.count && bytes[i] & 0xC0 == 0x80 }
        var spans: [(start: Int, end: Int, rules: [String], notes: [String])] = []
        for hit in hits.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            var start = min(max(hit.start, 0), bytes.count)
            var end = min(max(hit.end, start), bytes.count)
            while start > 0 && isContinuation(start) { start -= 1 }
            while isContinuation(end) { end += 1 }
            guard end > start else { continue }
            let note = hit.explanation.isEmpty ? hit.rule : "\(hit.rule): \(hit.explanation)"
            if let last = spans.last, start < last.end {
                spans[spans.count - 1].end = max(last.end, end)
                if !last.rules.contains(hit.rule) { spans[spans.count - 1].rules.append(hit.rule) }
                spans[spans.count - 1].notes.append(note)
            } else {
                spans.append((start, end, [hit.rule], [note]))
            }
        }
        var html = HTML(trusted: "")
        var position = 0
        func piece(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
        for span in spans {
            html += "\(piece(position, span.start))"
            html += """
                <mark data-rule="\(span.rules.joined(separator: " "))" title="\(span.notes.joined(separator: "\n"))">\
                \(piece(span.start, span.end))</mark>
                """
            position = span.end
        }
        html += "\(piece(position, bytes.count))"
        return html
    }
}

/// Fields of a query string or an `application/x-www-form-urlencoded` body.
struct FormFields: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ encoded: some StringProtocol) {
        for part in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(kv[0]), kv.count > 1 ? Self.decode(kv[1]) : ""))
        }
    }

    init(pairs: [(String, String)]) { self.pairs = pairs }

    private static func decode(_ s: some StringProtocol) -> String {
        let plus = s.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }

    subscript(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// The value, or nil when it is missing or empty (an untouched form field).
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name], !value.isEmpty else { return nil }
        return value
    }

    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// The fields encoded again, skipping empty values.
    var encoded: String {
        pairs.filter { !$0.1.isEmpty }.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(
            separator: "&")
    }

    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
