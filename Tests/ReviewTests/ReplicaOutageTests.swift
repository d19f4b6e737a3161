import Foundation
import Logging
import NIOCore
import NIOPosix
import Policy
import Proxy
import Review
import Testing

@testable import TestHarness

/// Replicas sharing a store judge one another gone only on what they saw while the store could
/// be reached: an outage makes every replica's last heartbeat old, the live ones' too.
@Suite struct ReplicaOutageTests {
    let loop = MultiThreadedEventLoopGroup.singleton.next()
    /// Short, but long enough that a machine busy with the whole test suite does not hold a live
    /// replica's sweep up as long.
    static let timeout: Duration = .seconds(12)
    /// Longer than the replica timeout, with room for every replica's calls to fail.
    static let outage: Duration = .seconds(15)
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    func sink(_ store: any ReviewStore, replica: String) async throws -> StoreReviewSink {
        let sink = StoreReviewSink(
            store: store,
            options: .init(
                replica: replica, commitWait: .minutes(10), sweepInterval: .milliseconds(100),
                replicaTimeout: Self.timeout),
            logger: Self.quiet)
        try await sink.start()
        return sink
    }

    func record() -> ReviewRecord {
        ReviewRecord(
            time: Date().timeIntervalSince1970, listener: "irc", agent: "anna", conversation: "#support",
            action: .hold, text: "It's your fault.", hits: [], suggestion: nil, holdBudget: 600,
            onTimeout: .block)
    }

    func hold(_ sink: StoreReviewSink) async throws -> PendingHold {
        try await sink.hold(record(), budget: .seconds(600), onTimeout: .block, on: loop).get()
    }

    /// A replica that notes itself alive until it is stopped, as a process that then dies does.
    final class Beating: Sendable {
        let task: Task<Void, Never>

        init(_ store: any ReviewStore, replica: String) {
            task = Task {
                while !Task.isCancelled {
                    _ = try? await store.heartbeat(replica: replica, at: Date(), staleBefore: .distantPast)
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }
        }

        func stop() async {
            task.cancel()
            await task.value
        }
    }

    /// Two live replicas, p1 and p2, each holding a message (p1 also an approval it has not
    /// delivered yet), and two that stop: p3 while the store is up, p4 when the outage begins.
    /// p3 and p4 are judged gone (holds disconnected) a timeout after the store is reachable; p1's
    /// and p2's holds end connected, and the approval can still be delivered.
    func outageLeavesLiveReplicasAlone(
        _ first: any ReviewStore, _ second: any ReviewStore, outage: () async throws -> Void
    ) async throws {
        let p1 = try await sink(first, replica: "p1")
        let p2 = try await sink(second, replica: "p2")
        let p3 = Beating(second, replica: "p3")
        let p4 = Beating(second, replica: "p4")
        let stopped = try await second.insert([
            StoreConformanceTests.record(.hold, replica: "p3"),
            StoreConformanceTests.record(.hold, replica: "p4"),
        ])
        let waiting = try await hold(p1)
        let approved = try await hold(p1)
        let other = try await hold(p2)
        _ = try await second.decide(
            Int64(approved.id), .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(try await approved.decision.get() == .approve)

        // p3 stops while the store is up: gone a timeout later; p4, still beating, is not.
        await p3.stop()
        try await eventually(timeout: .seconds(120)) { try await second.item(stopped[0])?.connected == false }
        #expect(try await second.item(stopped[1])?.connected == true)

        await p4.stop()
        try await outage()
        // p4 never comes back: it is still found gone, though only after a timeout of reach.
        try await eventually(timeout: .seconds(120)) { try await second.item(stopped[1])?.connected == false }
        // Well past the first heartbeats after the outage, which found every replica's old, the
        // live replicas' holds are connected. A live replica held up for longer than the timeout
        // while the others reach the store (a machine busy with the whole suite can do that) is
        // judged gone like a stopped one; its next heartbeat tells it so, and it marks its holds
        // connected again itself: they end connected either way.
        try await Task.sleep(for: Self.timeout * 2)
        for id in [waiting.id, approved.id, other.id] {
            try await eventually(timeout: .seconds(120)) {
                try await second.item(Int64(id))?.connected == true
            }
        }
        #expect(try await second.item(Int64(approved.id))?.delivery == .pending)
        p1.delivered(approved.id, .delivered)
        try await eventually { try await second.item(Int64(approved.id))?.delivery == .delivered }
        _ = try await first.decide(Int64(waiting.id), .reject, actor: "sue", note: nil, text: nil, at: Date())
        #expect(try await waiting.decision.get() == .reject(note: nil))
        #expect(try await second.item(Int64(waiting.id))?.delivery == .pending)

        await p1.stop()
        await p2.stop()
    }

    /// Both replicas' calls fail for longer than the replica timeout, then work again.
    @Test(arguments: StoreKind.allCases) func outageOfEveryStoreCall(_ kind: StoreKind) async throws {
        let (first, second) = try await replicas(kind)
        let (down1, down2) = (FailingStore(first), FailingStore(second))
        try await closing(first, second) {
            try await outageLeavesLiveReplicasAlone(down1, down2) {
                down1.setDown(true)
                down2.setDown(true)
                try await Task.sleep(for: Self.outage)
                down1.setDown(false)
                down2.setDown(false)
            }
        }
    }

    /// The PostgreSQL server both replicas share stops for longer than the replica timeout and
    /// starts again.
    @Test(.timeLimit(.minutes(6))) func postgresServerStopsAndStartsAgain() async throws {
        let server = try await PostgresServer.start()
        defer { server.remove() }
        let url = try await server.createDatabase()
        let first = try PostgresReviewStore(url: url, connectionWait: .seconds(10), logger: Self.quiet)
        try await first.migrate()
        let second = try PostgresReviewStore(url: url, connectionWait: .seconds(10), logger: Self.quiet)
        try await second.migrate()
        try await closing(first, second) {
            try await outageLeavesLiveReplicasAlone(first, second) {
                await server.stop()
                try await Task.sleep(for: Self.outage)
                try await server.run()
            }
        }
    }

    /// A replica that cannot reach the store for longer than the timeout, while another can, is
    /// judged gone; once it reaches the store again it marks its holds, whose agents are still
    /// connected, connected again, and a decision is delivered as before.
    @Test(arguments: StoreKind.allCases) func replicaJudgedGoneWhileAliveReconnectsItsHolds(_ kind: StoreKind)
        async throws
    {
        let (first, second) = try await replicas(kind)
        try await closing(first, second) { try await judgedGoneWhileAlive(first, second) }
    }

    func judgedGoneWhileAlive(_ first: any ReviewStore, _ second: any ReviewStore) async throws {
        let cutOff = FailingStore(first)
        let p1 = try await sink(cutOff, replica: "p1")
        let p2 = try await sink(second, replica: "p2")
        let waiting = try await hold(p1)
        let left = try await hold(p1)
        p1.disconnected([left.id])
        try await eventually { try await second.item(Int64(left.id))?.connected == false }

        cutOff.setDown(true)
        try await eventually(timeout: .seconds(120)) {
            try await second.item(Int64(waiting.id))?.connected == false
        }
        cutOff.setDown(false)
        try await eventually(timeout: .seconds(120)) {
            try await second.item(Int64(waiting.id))?.connected == true
        }
        // The agent that left stays disconnected.
        #expect(try await second.item(Int64(left.id))?.connected == false)
        let decided = try await second.decide(
            Int64(waiting.id), .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(decided.delivery == .pending)
        #expect(try await waiting.decision.get() == .approve)

        await p1.stop()
        await p2.stop()
    }

    /// Two replicas' stores sharing their data. SQLite's two are one store object: two writers
    /// on one file, every replica noting itself alive many times a second, wait on the file's
    /// lock in the driver's few threads long enough, on a busy machine, to fail.
    func replicas(_ kind: StoreKind) async throws -> (any ReviewStore, any ReviewStore) {
        guard kind == .sqlite else { return try await kind.pair() }
        let store = try await kind.make()
        return (store, store)
    }

    /// Runs `body`, then closes both stores (once when they are one), whether it threw or not.
    func closing(_ first: any ReviewStore, _ second: any ReviewStore, _ body: () async throws -> Void)
        async throws
    {
        let outcome: Result<Void, any Error>
        do {
            try await body()
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        try await first.close()
        if (first as AnyObject) !== (second as AnyObject) { try await second.close() }
        try outcome.get()
    }
}

/// A store whose every call throws `unavailable` while it is down, as a database that cannot be
/// reached; otherwise it forwards to another store.
final class FailingStore: ReviewStore, @unchecked Sendable {
    let base: any ReviewStore
    private let lock = NSLock()
    private var down = false

    init(_ base: any ReviewStore) { self.base = base }

    func setDown(_ value: Bool) { lock.withLock { down = value } }

    private func check() throws {
        if lock.withLock({ down }) { throw ReviewStoreError.unavailable("connection refused") }
    }

    func migrate() async throws {
        try check()
        try await base.migrate()
    }
    func insert(_ items: [NewReviewItem]) async throws -> [Int64] {
        try check()
        return try await base.insert(items)
    }
    func append(_ items: [NewReviewItem]) async throws -> [Int64] {
        try check()
        return try await base.append(items)
    }
    func indexJournal() async throws -> Int {
        try check()
        return try await base.indexJournal()
    }
    func item(_ id: Int64) async throws -> ReviewItem? {
        try check()
        return try await base.item(id)
    }
    func decisions(of id: Int64) async throws -> [ReviewDecision] {
        try check()
        return try await base.decisions(of: id)
    }
    func list(_ query: ReviewQuery) async throws -> ReviewPage {
        try check()
        return try await base.list(query)
    }
    func decide(_ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date)
        async throws -> ReviewItem
    {
        try check()
        return try await base.decide(id, kind, actor: actor, note: note, text: text, at: time)
    }
    func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {
        try check()
        try await base.setDelivery(id, delivery)
    }
    func disconnected(_ ids: [Int64]) async throws {
        try check()
        try await base.disconnected(ids)
    }
    func reconnected(_ ids: [Int64]) async throws -> Int {
        try check()
        return try await base.reconnected(ids)
    }
    func disconnectAll(replica: String) async throws -> Int {
        try check()
        return try await base.disconnectAll(replica: replica)
    }
    func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String] {
        try check()
        return try await base.heartbeat(replica: replica, at: time, staleBefore: staleBefore)
    }
    func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] {
        try check()
        return try await base.expiredHolds(at: time, limit: limit)
    }
    func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] {
        try check()
        return try await base.statistics(query)
    }
    func counts() async throws -> [ReviewStatus: Int] {
        try check()
        return try await base.counts()
    }
    func events() -> AsyncStream<ReviewEvent> { base.events() }
    func decisions() -> AsyncStream<ReviewEvent> { base.decisions() }
    func signOut(session: String, until: Date) async throws {
        try check()
        try await base.signOut(session: session, until: until)
    }
    func signedOut(at time: Date) async throws -> [String: Date] {
        try check()
        return try await base.signedOut(at: time)
    }
    func failedSignIn(keys: [String], at time: Date) async throws -> Int {
        try check()
        return try await base.failedSignIn(keys: keys, at: time)
    }
    func succeededSignIn(keys: [String]) async throws {
        try check()
        try await base.succeededSignIn(keys: keys)
    }
    func close() async throws { try await base.close() }
}
