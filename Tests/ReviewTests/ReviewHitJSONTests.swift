import Foundation
import Policy
import Testing

@testable import Review

/// The hits as the tables keep them: the JSON written by appending reads back as the hits, and is
/// what `JSONEncoder` writes with sorted keys wherever neither escapes anything.
@Suite struct ReviewHitJSONTests {
    static let texts = [
        "", "plain words", "Zoë 李 😀", "قناة", "a \"quoted\" word", "back\\slash", "tab\tand\nline\r",
        "\u{0}\u{1}\u{1F}\u{7F}", "line\u{2028}and\u{2029}paragraph", "a/b", "“curly”", "\u{E2}\u{80}",
    ]

    static func hits(_ text: String) -> [ReviewHit] {
        [
            ReviewHit(
                rule: "r.\(text)", category: text, action: .hold, start: 3, end: 9, text: text,
                explanation: "why: \(text)"),
            ReviewHit(
                rule: "", category: "", action: .flag, start: 0, end: Int.max, text: "", explanation: ""),
        ]
    }

    @Test("read back as written, for every kind of character", arguments: texts)
    func roundTrip(_ text: String) throws {
        let hits = Self.hits(text)
        let json = ReviewHit.json(hits)
        #expect(try JSONDecoder().decode([ReviewHit].self, from: Data(json.utf8)) == hits, "\(json)")
        #expect(ReviewHit.json([]) == "[]")
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [Any])
    }

    @Test("the same bytes as JSONEncoder with sorted keys where nothing is escaped")
    func sameAsEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for text in ["", "plain words", "Zoë 李 😀", "قناة", "a/b", "“curly”"] {
            let hits = Self.hits(text)
            #expect(
                ReviewHit.json(hits) == String(decoding: try encoder.encode(hits), as: UTF8.self), "\(text)")
        }
    }
}
