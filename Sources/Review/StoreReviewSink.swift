import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Policy
import Proxy

/// The review sink backed by a durable ``ReviewStore``.
///
/// Records are written by one writer in batches (group commit): a record's future completes
/// only once the transaction that holds it has committed, so the agent is never told of a
/// record that a crash could lose. While the store is unavailable, flags and blocks wait in a
/// bounded queue and are written when it is back; a hold that cannot be recorded within
/// ``Options/commitWait`` fails, and the proxy tells the agent it was not sent.
///
/// Flags and blocks go into the store's journal (``ReviewStore/append(_:)``): cheap enough that
/// recording every message does not slow the relay. An indexer moves them into the store's
/// tables behind: at once when the proxy is quiet; while records keep arriving, with at most a
/// tenth of its time, so that a burst is recorded at the relay's pace and reaches the console
/// when it eases.
///
/// Decisions arrive as the store's `decided` events, from any replica sharing the store: the
/// replica holding the agent's connection delivers them. Budgets run out through a timer on
/// the connection's event loop and, for holds whose replica is gone, a periodic sweep.
public final class StoreReviewSink: ReviewSink {
    public struct Options: Sendable {
        /// This replica's name: holds record it, and a restarted replica finds its own.
        public var replica: String
        /// The most records written in one transaction.
        public var batchLimit: Int
        /// How long a record may wait for the store before the agent is told it was not recorded.
        public var commitWait: TimeAmount
        /// How often expired holds are looked for.
        public var sweepInterval: Duration
        /// The most records kept waiting while the store is unavailable.
        public var queueLimit: Int
        /// How often the journal is looked at when nothing was appended here (another replica's
        /// batches, or what a stopped run left).
        public var journalPoll: Duration
        /// A replica not seen for this long (each sweep says this one is alive) while the store
        /// could be reached is gone for good: its held messages can no longer be delivered. A
        /// replica judges others only once its own heartbeats have reached the store for this
        /// long without a break, so that heartbeats missed while the store was down do not count.
        public var replicaTimeout: Duration
        /// How long the writer, woken by a record, waits for others to join its batch: one write,
        /// and one wake-up of each event loop, for all of them instead of one each.
        public var gather: Duration

        public init(
            replica: String, batchLimit: Int = 10_000, commitWait: TimeAmount = .seconds(3),
            sweepInterval: Duration = .seconds(5), queueLimit: Int = 100_000,
            journalPoll: Duration = .seconds(1), replicaTimeout: Duration = .seconds(30),
            gather: Duration = .milliseconds(1)
        ) {
            self.replica = replica
            self.batchLimit = batchLimit
            self.commitWait = commitWait
            self.sweepInterval = sweepInterval
            self.queueLimit = queueLimit
            self.journalPoll = journalPoll
            self.replicaTimeout = replicaTimeout
            self.gather = gather
        }
    }

    public enum SinkError: Error, CustomStringConvertible {
        case queueFull
        case timedOut
        case stopped

        public var description: String {
            switch self {
            case .queueFull: return "too many records are waiting for the review store"
            case .timedOut: return "the review store did not record it in time"
            case .stopped: return "the review service stopped"
            }
        }
    }

    /// One hold, or the flags and blocks of one read of one agent: written in one transaction,
    /// their caller told once.
    private struct Entry {
        var serial: Int
        var items: [NewReviewItem]
        /// Nil once the caller was told (a failure); the records are still written.
        var promise: EventLoopPromise<[UInt64]>?
        var enqueued: NIODeadline

        var isHold: Bool { items.count == 1 && items[0].action == .hold }
    }

    private struct State {
        var queue = CircularBuffer<Entry>()
        /// The records in `queue`.
        var queued = 0
        var serial = 0
        /// Holds the writer or the give-up timer completed first (see `claim`).
        var claimed: Set<Int> = []
        var waiters: [Int64: EventLoopPromise<HoldDecision>] = [:]
        var wake: CheckedContinuation<Void, Never>?
        var stopped = false
        /// The indexer, waiting for an append.
        var indexerWake: CheckedContinuation<Void, Never>?
        /// An append (or the indexer's timer) since the indexer last looked.
        var indexerSignal = false
        /// When this replica last began or finished an append to the journal.
        var lastAppend: ContinuousClock.Instant?
        var reachability = Reachability()
        /// Holds waiting for a decision whose agents are still connected here.
        var connectedHolds: Set<Int64> = []
        /// While holds are being marked connected again: those whose agents left meanwhile.
        var leftWhileReconnecting: Set<Int64>?
    }

    /// What this replica's heartbeats tell of the store: since when it has been reached without
    /// a break, and so whether other replicas' missed heartbeats are evidence they are gone.
    struct Reachability {
        /// The end of the first heartbeat of the unbroken run; nil after a failed one.
        private(set) var since: ContinuousClock.Instant?
        /// The start of the last heartbeat that reached the store.
        private(set) var lastStarted: ContinuousClock.Instant?
        /// The end of the last heartbeat that reached the store.
        private(set) var lastEnded: ContinuousClock.Instant?
        /// Whether others may have judged this replica gone since its holds were last marked
        /// connected again.
        private(set) var mayHaveBeenJudgedGone = false
        /// The latest of this replica's heartbeats to come late, by how much beyond the interval.
        private(set) var late: (by: Duration, at: ContinuousClock.Instant)?

        /// Whether a heartbeat starting at `instant` may judge other replicas: only once the
        /// store has been reached for a full `timeout`, in which every live replica has had time
        /// to note itself alive.
        func judges(at instant: ContinuousClock.Instant, timeout: Duration) -> Bool {
            guard let since else { return false }
            return instant - since >= timeout
        }

        /// How much longer than `timeout` a heartbeat starting at `instant` leaves other replicas
        /// before judging them gone: as much as this replica's heartbeats came late (beyond their
        /// `interval`) in the last `timeout`, this one included. Whatever held this replica up (a
        /// busy machine) may have held the others' heartbeats up as long.
        func grace(at instant: ContinuousClock.Instant, timeout: Duration, interval: Duration) -> Duration {
            // This heartbeat's own delay counts too: the first after a hold-up judges.
            let now = lastEnded.map { max(instant - $0 - interval, .zero) } ?? .zero
            guard let late, instant - late.at < timeout else { return now }
            return max(late.by, now)
        }

        /// A heartbeat that reached the store; heartbeats are due `interval` apart. One that ends
        /// a `timeout` or more after the last one (it waited for the store, or this replica was
        /// held up) starts a new run: the store may have been down in between, and others may
        /// have judged this replica gone.
        mutating func reached(
            started: ContinuousClock.Instant, ended: ContinuousClock.Instant, timeout: Duration,
            interval: Duration
        ) {
            if let lastEnded {
                let by = ended - lastEnded - interval
                if by > .zero, late.map({ by >= $0.by || ended - $0.at >= timeout }) ?? true {
                    late = (by, ended)
                }
            }
            let unbroken = lastEnded.map { ended - $0 < timeout } ?? false
            if !unbroken || since == nil { since = ended }
            // Others judge by the start of this replica's last heartbeat that reached the store.
            if lastStarted.map({ ended - $0 >= timeout }) ?? true { mayHaveBeenJudgedGone = true }
            lastStarted = started
            lastEnded = ended
        }

        /// A heartbeat that did not reach the store.
        mutating func failed() {
            since = nil
        }

        /// The holds still connected here are marked so in the store (or there are none).
        mutating func reasserted() {
            mayHaveBeenJudgedGone = false
        }
    }

    public let store: any ReviewStore
    public let options: Options
    private let logger: Logger
    private let state = NIOLockedValueBox(State())
    private let tasks = NIOLockedValueBox<[Task<Void, Never>]>([])

    public init(store: any ReviewStore, options: Options, logger: Logger) {
        self.store = store
        self.options = options
        self.logger = logger
    }

    /// Marks this replica's earlier holds as disconnected, then starts the writer, the
    /// decision listener and the sweeper.
    public func start() async throws {
        let touched = try await store.disconnectAll(replica: options.replica)
        if touched > 0 {
            logger.notice(
                "holds of an earlier run are no longer connected", metadata: ["holds": "\(touched)"])
        }
        try await heartbeat()
        let events = store.decisions()
        let writer = Task { await self.writeLoop() }
        let listener = Task { await self.listen(events) }
        let sweeper = Task { await self.sweepLoop() }
        let indexer = Task { await self.indexLoop() }
        tasks.withLockedValue { $0 = [writer, listener, sweeper, indexer] }
    }

    /// Writes what is queued, then stops; holds still waiting for a decision are let go (their
    /// agents' connections are closing).
    public func stop() async {
        let wake = state.withLockedValue { s in
            s.stopped = true
            defer { s.wake = nil }
            return s.wake
        }
        wake?.resume()
        let tasks = self.tasks.withLockedValue { $0 }
        await tasks[0].value
        for task in tasks.dropFirst() { task.cancel() }
        signalIndexer()
        // The indexer ends after the batch it is moving, before the store is closed.
        await tasks[3].value
        let waiters = state.withLockedValue { s in
            defer {
                s.waiters = [:]
                s.connectedHolds = []
            }
            return Array(s.waiters.values)
        }
        for waiter in waiters { waiter.fail(SinkError.stopped) }
    }

    // MARK: - ReviewSink

    public func record(_ record: ReviewRecord, on loop: any EventLoop) -> EventLoopFuture<UInt64> {
        self.record([record], on: loop).map { $0[0] }
    }

    public func record(_ records: [ReviewRecord], on loop: any EventLoop) -> EventLoopFuture<[UInt64]> {
        let promise = loop.makePromise(of: [UInt64].self)
        enqueue(records.map { item($0, budget: nil, onTimeout: nil) }, promise: promise)
        return promise.futureResult
    }

    public func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<PendingHold>
    {
        let written = loop.makePromise(of: [UInt64].self)
        let serial = enqueue([item(record, budget: budget, onTimeout: onTimeout)], promise: written)
        if let serial {
            // A hold the store cannot take in time is not sent: the agent is told so, and should
            // it be written after all, it is rejected at once.
            let giveUp = loop.scheduleTask(in: options.commitWait) {
                if self.claim(serial) { written.fail(SinkError.timedOut) }
            }
            written.futureResult.whenComplete { _ in giveUp.cancel() }
        }
        return written.futureResult.flatMapThrowing { ids in
            let id = ids[0]
            let decision = loop.makePromise(of: HoldDecision.self)
            let registered = self.state.withLockedValue { s in
                guard !s.stopped else { return false }
                s.waiters[Int64(id)] = decision
                s.connectedHolds.insert(Int64(id))
                return true
            }
            guard registered else {
                decision.fail(SinkError.stopped)
                throw SinkError.stopped
            }
            loop.scheduleTask(in: budget) { self.expire(Int64(id)) }
            return PendingHold(id: id, decision: decision.futureResult)
        }
    }

    public var backlog: Int { state.withLockedValue { $0.queued } }

    public func delivered(_ id: UInt64, _ outcome: DeliveryOutcome) {
        let store = self.store
        let logger = self.logger
        Task {
            do {
                try await store.setDelivery(Int64(id), outcome == .delivered ? .delivered : .undeliverable)
            } catch {
                logger.error(
                    "a delivery could not be recorded", metadata: ["id": "\(id)", "error": "\(error)"])
            }
        }
    }

    public func disconnected(_ ids: [UInt64]) {
        state.withLockedValue { s in
            for id in ids {
                s.connectedHolds.remove(Int64(id))
                s.leftWhileReconnecting?.insert(Int64(id))
            }
        }
        let store = self.store
        let logger = self.logger
        Task {
            do {
                try await store.disconnected(ids.map { Int64($0) })
            } catch {
                logger.warning("disconnected holds could not be marked", metadata: ["error": "\(error)"])
            }
        }
    }

    public func withdraw(_ id: UInt64, by agent: String) {
        let waiter = state.withLockedValue { s in
            s.connectedHolds.remove(Int64(id))
            return s.waiters.removeValue(forKey: Int64(id))
        }
        // Decided already: the supervisor's decision is on its way.
        guard let waiter else { return }
        waiter.succeed(.withdrawn)
        let store = self.store
        let logger = self.logger
        Task {
            do {
                _ = try await store.decide(
                    Int64(id), .reject, actor: agent, note: StoreReviewSink.withdrawnNote, text: nil,
                    at: Date())
                try await store.setDelivery(Int64(id), .delivered)
            } catch {
                logger.warning(
                    "a withdrawn hold could not be marked", metadata: ["id": "\(id)", "error": "\(error)"])
            }
        }
    }

    /// The note of a hold its agent withdrew.
    public static let withdrawnNote = "withdrawn: the agent sent the suggestion instead"

    // MARK: - Writing

    func item(_ record: ReviewRecord, budget: TimeAmount?, onTimeout: Action?) -> NewReviewItem {
        let time = Date(timeIntervalSince1970: record.time)
        return NewReviewItem(
            time: time, listener: record.listener, agent: record.agent, conversation: record.conversation,
            action: record.action, text: record.text, hits: record.hits.map(ReviewHit.init),
            suggestion: record.suggestion,
            deadline: budget.map { time.addingTimeInterval(Double($0.nanoseconds) / 1e9) },
            onTimeout: onTimeout, replica: options.replica)
    }

    /// Queues records for the writer, to be written together; nil (and the promise failed) when
    /// the queue is full or the sink stopped.
    @discardableResult
    private func enqueue(_ items: [NewReviewItem], promise: EventLoopPromise<[UInt64]>) -> Int? {
        let (serial, wake): (Int?, CheckedContinuation<Void, Never>?) = state.withLockedValue { s in
            guard !s.stopped, s.queued < options.queueLimit else { return (nil, nil) }
            s.serial += 1
            s.queued += items.count
            s.queue.append(Entry(serial: s.serial, items: items, promise: promise, enqueued: .now()))
            defer { s.wake = nil }
            return (s.serial, s.wake)
        }
        guard let serial else {
            promise.fail(state.withLockedValue { $0.stopped } ? SinkError.stopped : SinkError.queueFull)
            return nil
        }
        wake?.resume()
        return serial
    }

    /// The next batch, waiting for one; nil once stopped and drained.
    private func nextBatch() async -> [Entry]? {
        while true {
            let ready: [Entry]?? = state.withLockedValue { s in
                if !s.queue.isEmpty {
                    // Whole entries, up to the limit of records (at least one entry).
                    var batch: [Entry] = []
                    var records = 0
                    while let first = s.queue.first,
                        batch.isEmpty || records + first.items.count <= options.batchLimit
                    {
                        records += first.items.count
                        batch.append(s.queue.removeFirst())
                    }
                    s.queued -= records
                    return .some(batch)
                }
                return s.stopped ? .some(nil) : .none
            }
            if let ready { return ready }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLockedValue { s in
                    if !s.queue.isEmpty || s.stopped { return true }
                    s.wake = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
            if options.gather > .zero { try? await Task.sleep(for: options.gather) }
        }
    }

    private func writeLoop() async {
        var backoff: Duration = .milliseconds(50)
        while let batch = await nextBatch() {
            var batch = batch
            while !batch.isEmpty {
                do {
                    // An append in progress counts as records arriving, however long it takes.
                    state.withLockedValue { $0.lastAppend = .now }
                    let ids = try await store.append(batch.flatMap(\.items))
                    backoff = .milliseconds(50)
                    state.withLockedValue { $0.lastAppend = .now }
                    signalIndexer()
                    var written: [(EventLoopPromise<[UInt64]>, [UInt64])] = []
                    written.reserveCapacity(batch.count)
                    var offset = 0
                    for entry in batch {
                        let range = offset..<offset + entry.items.count
                        offset = range.upperBound
                        if entry.isHold, !claim(entry.serial) {
                            // The agent was already told it was not sent.
                            rejectAbandoned(ids[range.lowerBound])
                        } else if let promise = entry.promise {
                            written.append((promise, ids[range].map { UInt64($0) }))
                        }
                    }
                    Self.succeed(written)
                    batch = []
                } catch {
                    logger.error(
                        "review records could not be written; retrying",
                        metadata: ["records": "\(batch.count)", "error": "\(error)"])
                    batch = unwritten(batch)
                    try? await Task.sleep(for: backoff)
                    backoff = min(backoff * 2, .seconds(2))
                }
            }
        }
    }

    /// Completes the promises of a written batch with one task on each event loop, not one each.
    private static func succeed(_ written: [(EventLoopPromise<[UInt64]>, [UInt64])]) {
        var byLoop:
            [ObjectIdentifier: (loop: any EventLoop, written: [(EventLoopPromise<[UInt64]>, [UInt64])])] =
                [:]
        for (promise, ids) in written {
            let loop = promise.futureResult.eventLoop
            byLoop[ObjectIdentifier(loop), default: (loop, [])].written.append((promise, ids))
        }
        for (loop, written) in byLoop.values {
            loop.execute {
                for (promise, ids) in written { promise.succeed(ids) }
            }
        }
    }

    /// After a failed write: flags and blocks waiting longer than `commitWait` are reported as
    /// not recorded and kept to retry; holds stay until their give-up timer claims them.
    private func unwritten(_ batch: [Entry]) -> [Entry] {
        let now = NIODeadline.now()
        var kept: [Entry] = []
        for var entry in batch {
            if entry.isHold {
                if state.withLockedValue({ $0.claimed.contains(entry.serial) }) {
                    state.withLockedValue { _ = $0.claimed.remove(entry.serial) }
                    continue
                }
            } else if now - entry.enqueued >= options.commitWait {
                entry.promise?.fail(SinkError.timedOut)
                entry.promise = nil
            }
            kept.append(entry)
        }
        return kept
    }

    /// Whether the caller is first to complete a hold's record (the writer, once written, or
    /// the give-up timer); the second caller finds it claimed and clears the mark.
    private func claim(_ serial: Int) -> Bool {
        state.withLockedValue { s in
            if s.claimed.remove(serial) != nil { return false }
            s.claimed.insert(serial)
            return true
        }
    }

    private func rejectAbandoned(_ id: Int64) {
        let store = self.store
        Task {
            _ = try? await store.decide(
                id, .reject, actor: "decorum",
                note: "the agent was told it was not sent (the store was too slow)",
                text: nil, at: Date())
        }
    }

    // MARK: - Decisions

    private func listen(_ events: AsyncStream<ReviewEvent>) async {
        for await event in events {
            guard case .decided(let id) = event else { continue }
            await resolve(id)
        }
    }

    /// Hands a decided hold's decision to the connection waiting for it; an undecided one goes
    /// on waiting.
    private func resolve(_ id: Int64) async {
        let item: ReviewItem
        do {
            guard let found = try await store.item(id) else { return }
            item = found
        } catch {
            logger.error("a decision could not be read", metadata: ["id": "\(id)", "error": "\(error)"])
            return
        }
        let decision: HoldDecision
        switch item.status {
        case .approved: decision = .approve
        case .rejected: decision = .reject(note: item.note)
        case .edited: decision = .edit(item.finalText ?? item.record.text)
        case .expired: decision = .timedOut(item.record.onTimeout ?? .block)
        case .open, .pending, .dismissed: return
        }
        let waiter = state.withLockedValue { s in
            s.connectedHolds.remove(id)
            return s.waiters.removeValue(forKey: id)
        }
        if let waiter {
            waiter.succeed(decision)
        } else if item.record.replica == options.replica, item.delivery == .pending, !item.connected {
            // Decided just as its agent left: nobody will deliver it.
            try? await store.setDelivery(id, .undeliverable)
        }
    }

    /// Applies a hold's default when its budget has run out (nothing when it was decided).
    private func expire(_ id: Int64) {
        let store = self.store
        Task {
            _ = try? await store.decide(
                id, .expire, actor: "budget", note: "no decision within the rule's time", text: nil,
                at: Date())
        }
    }

    // MARK: - Indexing

    /// Moves journalled records into the store's tables: flat out when nothing was appended
    /// for a moment, with a tenth of the time while records keep arriving.
    private func indexLoop() async {
        let clock = ContinuousClock()
        while !Task.isCancelled, !state.withLockedValue({ $0.stopped }) {
            let started = clock.now
            let moved: Int
            do {
                moved = try await store.indexJournal()
            } catch {
                // Stopping cancels a batch on its way; the next start moves it.
                if Task.isCancelled { return }
                logger.warning("journalled records could not be indexed yet", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            if moved == 0 {
                await waitForAppend(upTo: options.journalPoll)
                continue
            }
            let took = clock.now - started
            // Records arriving: some wait for the writer, or it appended (or began to) just now.
            let arriving = state.withLockedValue { s in
                s.queued > 0 || s.lastAppend.map { clock.now - $0 < .milliseconds(100) } ?? false
            }
            if arriving { try? await Task.sleep(for: took * 9) }
        }
    }

    /// Returns after the next append, or after `timeout`, or at once when stopping.
    private func waitForAppend(upTo timeout: Duration) async {
        let signalled = state.withLockedValue { s in
            defer { s.indexerSignal = false }
            return s.stopped || s.indexerSignal
        }
        if signalled { return }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self.signalIndexer()
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLockedValue { s in
                if s.stopped || s.indexerSignal {
                    s.indexerSignal = false
                    return true
                }
                s.indexerWake = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
        timer.cancel()
    }

    /// Wakes the indexer, or has its next wait return at once.
    private func signalIndexer() {
        let wake = state.withLockedValue { s in
            guard let wake = s.indexerWake else {
                s.indexerSignal = true
                return nil as CheckedContinuation<Void, Never>?
            }
            s.indexerWake = nil
            return wake
        }
        wake?.resume()
    }

    /// Notes this replica alive; replicas gone for good are logged. Others are judged only on
    /// what was seen while the store could be reached (see ``Reachability``): after an outage,
    /// every replica's last heartbeat is old, the live ones' as much as the stopped ones'.
    private func heartbeat() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let now = Date()
        let (judges, grace) = state.withLockedValue {
            (
                $0.reachability.judges(at: started, timeout: options.replicaTimeout),
                $0.reachability.grace(
                    at: started, timeout: options.replicaTimeout, interval: options.sweepInterval)
            )
        }
        let gone: [String]
        do {
            gone = try await store.heartbeat(
                replica: options.replica, at: now,
                staleBefore: judges
                    ? now.addingTimeInterval(-((options.replicaTimeout + grace) / .seconds(1))) : .distantPast
            )
        } catch {
            state.withLockedValue { $0.reachability.failed() }
            throw error
        }
        let ended = clock.now
        let reconnect = state.withLockedValue { s in
            s.reachability.reached(
                started: started, ended: ended, timeout: options.replicaTimeout,
                interval: options.sweepInterval)
            guard s.reachability.mayHaveBeenJudgedGone else { return [Int64]() }
            guard !s.connectedHolds.isEmpty else {
                s.reachability.reasserted()
                return []
            }
            s.leftWhileReconnecting = []
            return s.connectedHolds.sorted()
        }
        if !reconnect.isEmpty { await reconnectHolds(reconnect) }
        for replica in gone {
            logger.notice(
                "a replica is gone: its held messages can no longer be delivered",
                metadata: ["replica": "\(replica)"])
        }
    }

    /// Marks this replica's holds whose agents are still connected as connected again, in case
    /// another replica judged this one gone while it could not reach the store. An agent that
    /// leaves meanwhile is marked disconnected again after, so the last word is its own.
    private func reconnectHolds(_ ids: [Int64]) async {
        do {
            let marked = try await store.reconnected(ids)
            state.withLockedValue { $0.reachability.reasserted() }
            if marked > 0 {
                logger.notice(
                    "holds whose agents are still connected here are marked connected again",
                    metadata: ["holds": "\(marked)"])
            }
        } catch {
            logger.warning("connected holds could not be marked", metadata: ["error": "\(error)"])
        }
        let left = state.withLockedValue { s in
            defer { s.leftWhileReconnecting = nil }
            return s.leftWhileReconnecting ?? []
        }
        if !left.isEmpty { try? await store.disconnected(left.sorted()) }
    }

    private func sweepLoop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: options.sweepInterval)
            guard !Task.isCancelled else { return }
            // A decision whose event was missed (the store's notifications were down) is
            // found here.
            for id in state.withLockedValue({ Array($0.waiters.keys) }) { await resolve(id) }
            do {
                try await heartbeat()
            } catch {
                logger.warning("this replica could not be noted alive", metadata: ["error": "\(error)"])
            }
            do {
                for item in try await store.expiredHolds(at: Date(), limit: 500) {
                    _ = try? await store.decide(
                        item.id, .expire, actor: "budget", note: "no decision within the rule's time",
                        text: nil,
                        at: Date())
                }
            } catch {
                logger.warning("expired holds could not be looked for", metadata: ["error": "\(error)"])
            }
        }
    }
}
