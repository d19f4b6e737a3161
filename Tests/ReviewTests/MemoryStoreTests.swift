import Foundation
import Policy
import Review
import Testing

@Suite struct MemoryStoreTests {
    @Test func holdIsDecidedOnce() async throws {
        let store = MemoryReviewStore()
        let record = NewReviewItem(
            time: Date(), listener: "irc", agent: "ann", conversation: "#support", action: .hold,
            text: "text",
            hits: [], suggestion: nil, deadline: Date().addingTimeInterval(60), onTimeout: .block,
            replica: "a")
        let ids = try await store.insert([record])
        let decided = try await store.decide(ids[0], .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(decided.status == .approved)
        #expect(decided.delivery == .pending)
        await #expect(throws: ReviewStoreError.alreadyDecided(ids[0], .approved)) {
            try await store.decide(ids[0], .reject, actor: "sue", note: nil, text: nil, at: Date())
        }
    }
}
