import Foundation
import Policy
import Testing

@testable import Review

/// The journal's encoding: what goes in comes out, and a damaged entry is an error, not a crash.
@Suite struct ReviewJournalTests {
    static let items: [(id: Int64, item: NewReviewItem)] = [
        (
            7,
            NewReviewItem(
                time: Date(reviewMicroseconds: 1_767_225_600_123_456), listener: "irc", agent: "Zoë 李",
                conversation: "#قناة", action: .hold, text: "Ça va? 😀\nnext",
                hits: [
                    ReviewHit(
                        rule: "r", category: "c", action: .hold, start: 3, end: 9, text: "😀", explanation: "é"
                    ),
                    ReviewHit(
                        rule: "", category: "", action: .flag, start: 0, end: 0, text: "", explanation: ""),
                ], suggestion: "Ça ira", deadline: Date(reviewMicroseconds: 1_767_225_690_000_001),
                onTimeout: .allow, replica: "b")
        ),
        (
            9,
            NewReviewItem(
                time: Date(reviewMicroseconds: -5), listener: "", agent: "", conversation: "", action: .block,
                text: "", hits: [], suggestion: nil, deadline: nil, onTimeout: nil, replica: "")
        ),
    ]

    @Test func roundTrips() throws {
        let bytes = ReviewJournal.encode(Self.items)
        let decoded = try ReviewJournal.decode(bytes)
        #expect(decoded.map(\.id) == [7, 9])
        #expect(decoded.map(\.item) == Self.items.map(\.item))
        #expect(try ReviewJournal.decode(ReviewJournal.encode([])).isEmpty)
    }

    /// Some positions of a batch, as its journal rows take them: each entry is sized exactly.
    @Test func encodesPositionsOfABatch() throws {
        let items = Self.items.map(\.item) + Self.items.map(\.item)
        let ids: [Int64] = [1, 2, 3, 4]
        for positions in [[0], [1], [2, 3], [0, 1, 2, 3], []] {
            let decoded = try ReviewJournal.decode(ReviewJournal.encode(items, ids: ids, at: positions))
            #expect(decoded.map(\.id) == positions.map { ids[$0] })
            #expect(decoded.map(\.item) == positions.map { items[$0] })
        }
    }

    @Test func damagedEntriesAreErrors() {
        let bytes = ReviewJournal.encode(Self.items)
        // Every cut short, a version from elsewhere, and bytes after the end.
        for length in 0..<bytes.count {
            #expect(throws: ReviewJournal.Malformed.self) {
                try ReviewJournal.decode(Array(bytes[0..<length]))
            }
        }
        var other = bytes
        other[0] = 99
        #expect(throws: ReviewJournal.Malformed.self) { try ReviewJournal.decode(other) }
        #expect(throws: ReviewJournal.Malformed.self) { try ReviewJournal.decode(bytes + [0]) }
    }
}
