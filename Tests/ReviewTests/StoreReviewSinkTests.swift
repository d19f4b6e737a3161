import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Policy
import Proxy
import Review
import Testing

@testable import TestHarness

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

    /// The store is given ten minutes: on a busy machine the concurrency pool, where the writer
    /// runs, can be held up for a minute or more by other tests' work.
    func sink(_ store: any ReviewStore, replica: String = "a", commitWait: TimeAmount = .minutes(10))
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

    @Test("a hold its agent withdraws is rejected by the agent with a note, and no approval can send it")
    func withdrawnHold() async throws {
        let store = MemoryReviewStore()
        let sink = try await sink(store)
        let held = try await sink.hold(record(.hold), budget: .minutes(10), onTimeout: .block, on: loop).get()
        sink.withdraw(held.id, by: "anna")
        #expect(try await held.decision.get() == .withdrawn)
        // On a busy machine the concurrency pool, where the store is told, can be held up long.
        try await eventually(timeout: .seconds(120)) {
            try await store.item(Int64(held.id))?.delivery == .delivered
        }
        let item = try #require(try await store.item(Int64(held.id)))
        #expect(item.status == .rejected && item.decidedBy == "anna")
        #expect(item.note == StoreReviewSink.withdrawnNote)
        await #expect(throws: ReviewStoreError.alreadyDecided(Int64(held.id), .rejected)) {
            try await store.decide(Int64(held.id), .approve, actor: "sue", note: nil, text: nil, at: Date())
        }
        await sink.stop()
    }

    @Test("the records of one read are written in one transaction: one answer, their ids in order")
    func recordsTogether() async throws {
        let store = MemoryReviewStore()
        // A batch limit below the records of one call: a call is never split.
        let sink = StoreReviewSink(
            store: store, options: .init(replica: "a", batchLimit: 2, commitWait: .minutes(10)),
            logger: Logger(label: "test"))
        try await sink.start()
        let texts = ["It's your fault.", "It is your fault again.", "Your fault, as I said."]
        async let single = sink.record(record(.flag, text: "First."), on: loop).get()
        let ids = try await sink.record(texts.map { record(.flag, text: $0) }, on: loop).get()
        #expect(ids.count == 3)
        #expect(ids == [ids[0], ids[0] + 1, ids[0] + 2])
        for (id, text) in zip(ids, texts) {
            #expect(try await store.item(Int64(id))?.record.text == text)
        }
        #expect(try await !ids.contains(single))
        #expect(sink.backlog == 0)
        await sink.stop()
    }

    @Test(
        "with SQLite, records go through the journal and reach the tables; a journal left behind is indexed on start"
    )
    func journalled() async throws {
        let path = StoreKind.temporaryFile()
        let earlier = try await SQLiteReviewStore(path: path)
        try await earlier.migrate()
        // What a run that stopped before indexing leaves.
        let left = try await earlier.append([sinkItem("left behind")])
        try await earlier.close()

        let store = try await SQLiteReviewStore(path: path)
        let sink = try await sink(store)
        let ids = try await withThrowingTaskGroup(of: UInt64.self) { group in
            for i in 0..<300 {
                group.addTask { try await sink.record(record(i % 3 == 0 ? .block : .flag), on: loop).get() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(ids).count == 300 && !ids.contains(UInt64(left[0])))
        // The indexer moves them once recording is quiet; a machine busy with the whole suite
        // can hold it up past the default ten seconds.
        try await eventually(timeout: .seconds(60)) { try await store.counts() == [.open: 301] }
        #expect(try await store.item(left[0])?.record.text == "left behind")
        for id in ids.prefix(20) {
            #expect(try await store.item(Int64(id))?.record.hits.first?.category == "criticizing-client")
        }
        await sink.stop()
        try await store.close()
    }

    func sinkItem(_ text: String) -> NewReviewItem {
        NewReviewItem(
            time: Date(), listener: "irc", agent: "anna", conversation: "#support", action: .flag, text: text,
            hits: [], suggestion: nil, replica: "a")
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
        let store = TestStore()
        let sink = try await sink(store, commitWait: .milliseconds(300))
        store.setDown(true)
        let flag = sink.record(record(.flag, text: "kept while down"), on: loop)
        let hold = sink.hold(record(.hold), budget: .seconds(60), onTimeout: .block, on: loop)
        await #expect(throws: StoreReviewSink.SinkError.self) { try await hold.get() }
        await #expect(throws: StoreReviewSink.SinkError.self) { try await flag.get() }
        store.setDown(false)
        try await eventually {
            try await store.list(ReviewQuery()).items.map(\.record.text) == ["kept while down"]
        }
        await sink.stop()
    }

    @Test("a restarted replica marks its earlier holds disconnected; deciding them makes them undeliverable")
    func restart() async throws {
        let store = MemoryReviewStore()
        let first = try await sink(store)
        // Ten minutes: on a busy machine, stopping one sink and starting another once took a minute.
        let held = try await first.hold(record(.hold), budget: .minutes(10), onTimeout: .block, on: loop)
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
