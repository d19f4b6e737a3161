import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Policy
import Proxy
import Review
import Testing

/// A store that refuses every write while `down` is set: the database going away and coming back.
final class OutageStore: ReviewStore {
    let base = MemoryReviewStore()
    let down = NIOLockedValueBox(false)

    func check() throws {
        if down.withLockedValue({ $0 }) { throw ReviewStoreError.unavailable("connection refused") }
    }
    func migrate() async throws { try check() }
    func insert(_ items: [NewReviewItem]) async throws -> [Int64] {
        try check()
        return try await base.insert(items)
    }
    func item(_ id: Int64) async throws -> ReviewItem? { try await base.item(id) }
    func decisions(of id: Int64) async throws -> [ReviewDecision] { try await base.decisions(of: id) }
    func list(_ query: ReviewQuery) async throws -> ReviewPage { try await base.list(query) }
    func decide(_ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date)
        async throws -> ReviewItem
    {
        try check()
        return try await base.decide(id, kind, actor: actor, note: note, text: text, at: time)
    }
    func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {
        try await base.setDelivery(id, delivery)
    }
    func disconnected(_ ids: [Int64]) async throws { try await base.disconnected(ids) }
    func disconnectAll(replica: String) async throws -> Int { try await base.disconnectAll(replica: replica) }
    func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] {
        try await base.expiredHolds(at: time, limit: limit)
    }
    func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] {
        try await base.statistics(query)
    }
    func counts() async throws -> [ReviewStatus: Int] { try await base.counts() }
    func events() -> AsyncStream<ReviewEvent> { base.events() }
    func close() async throws { try await base.close() }
}

@Suite struct StoreReviewSinkTests {
    let loop = MultiThreadedEventLoopGroup.singleton.next()

    static let verdict = try! PolicySet.bundled().check("It's your fault.")

    func record(_ action: Action, text: String = "It's your fault.") -> ReviewRecord {
        ReviewRecord(
            time: Date().timeIntervalSince1970, listener: "irc", agent: "anna", conversation: "#support",
            action: action, text: text, hits: Self.verdict.hits, suggestion: Self.verdict.suggestion,
            holdBudget: 60,
            onTimeout: .block)
    }

    func sink(_ store: any ReviewStore, replica: String = "a", commitWait: TimeAmount = .seconds(60))
        async throws
        -> StoreReviewSink
    {
        let sink = StoreReviewSink(
            store: store,
            options: .init(replica: replica, commitWait: commitWait, sweepInterval: .milliseconds(100)),
            logger: Logger(label: "test"))
        try await sink.start()
        return sink
    }

    @Test("a record's future completes once it is in the store, with every field")
    func recordIsWritten() async throws {
        let store = MemoryReviewStore()
        let sink = try await sink(store)
        let ids = try await withThrowingTaskGroup(of: UInt64.self) { group in
            for i in 0..<50 {
                group.addTask { try await sink.record(record(i % 2 == 0 ? .flag : .block), on: loop).get() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(ids).count == 50)
        let item = try #require(try await store.item(Int64(ids[0])))
        #expect(item.record.agent == "anna")
        #expect(item.record.hits.first?.category == "criticizing-client")
        #expect(item.record.replica == "a")
        #expect(item.status == .open)
        await sink.stop()
    }

    @Test("a hold is decided through the store: approve, reject, edit, and delivery is recorded")
    func holdDecisions() async throws {
        let store = MemoryReviewStore()
        let sink = try await sink(store)
        for (kind, expected) in [
            (DecisionKind.approve, HoldDecision.approve), (.reject, .reject(note: "no")),
            (.edit, .edit("Fixed text.")),
        ] {
            let held = try await sink.hold(record(.hold), budget: .seconds(60), onTimeout: .block, on: loop)
                .get()
            #expect(try await store.item(Int64(held.id))?.status == .pending)
            _ = try await store.decide(
                Int64(held.id), kind, actor: "sue", note: kind == .reject ? "no" : nil,
                text: kind == .edit ? "Fixed text." : nil, at: Date())
            #expect(try await held.decision.get() == expected)
            sink.delivered(held.id, .delivered)
            try await eventually { try await store.item(Int64(held.id))?.delivery == .delivered }
        }
        await sink.stop()
    }

    @Test("a hold nobody decides gets its rule's default when the budget runs out")
    func holdExpires() async throws {
        let store = MemoryReviewStore()
        let sink = try await sink(store)
        let held = try await sink.hold(record(.hold), budget: .milliseconds(200), onTimeout: .allow, on: loop)
            .get()
        #expect(try await held.decision.get() == .timedOut(.allow))
        let item = try #require(try await store.item(Int64(held.id)))
        #expect(item.status == .expired)
        #expect(try await store.decisions(of: item.id).map(\.actor) == ["budget"])
        await sink.stop()
    }

    @Test("while the store is down flags wait and are written when it is back; a hold is refused in time")
    func outage() async throws {
        let store = OutageStore()
        let sink = try await sink(store, commitWait: .milliseconds(300))
        store.down.withLockedValue { $0 = true }
        let flag = sink.record(record(.flag, text: "kept while down"), on: loop)
        let hold = sink.hold(record(.hold), budget: .seconds(60), onTimeout: .block, on: loop)
        await #expect(throws: StoreReviewSink.SinkError.self) { try await hold.get() }
        await #expect(throws: StoreReviewSink.SinkError.self) { try await flag.get() }
        store.down.withLockedValue { $0 = false }
        try await eventually {
            try await store.list(ReviewQuery()).items.map(\.record.text) == ["kept while down"]
        }
        await sink.stop()
    }

    @Test("a restarted replica marks its earlier holds disconnected; deciding them makes them undeliverable")
    func restart() async throws {
        let store = MemoryReviewStore()
        let first = try await sink(store)
        let held = try await first.hold(record(.hold), budget: .seconds(60), onTimeout: .block, on: loop)
            .get()
        await first.stop()
        let second = try await sink(store)
        let item = try #require(try await store.item(Int64(held.id)))
        #expect(!item.connected)
        let decided = try await store.decide(
            item.id, .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(decided.delivery == .undeliverable)
        await second.stop()
    }
}

/// Waits (up to 5 s) until the condition holds.
func eventually(_ condition: () async throws -> Bool, sourceLocation: SourceLocation = #_sourceLocation)
    async throws
{
    for _ in 0..<100 {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    Issue.record("condition never became true", sourceLocation: sourceLocation)
}
