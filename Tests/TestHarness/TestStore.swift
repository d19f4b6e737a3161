import Foundation
import Review

/// A store that forwards to a memory store, can be made unavailable, and says when someone
/// starts listening to its events.
public final class TestStore: ReviewStore, @unchecked Sendable {
    public let base = MemoryReviewStore()
    private let lock = NSLock()
    private var down = false
    private var listeners: [CheckedContinuation<Void, Never>] = []
    private var listening = 0
    private var calls: [String: Int] = [:]

    public init() {}

    /// How many times each store call was made since the last `resetCalls()`.
    public var callCounts: [String: Int] { lock.withLock { calls } }

    public func resetCalls() { lock.withLock { calls = [:] } }

    public func setDown(_ value: Bool) { lock.withLock { down = value } }

    private func check(_ call: String = #function) throws {
        let isDown = lock.withLock {
            calls[String(call.prefix { $0 != "(" }), default: 0] += 1
            return down
        }
        if isDown { throw ReviewStoreError.unavailable("connection refused") }
    }

    /// Returns once `events()` has been called at least once.
    public func waitForListener() async {
        await withCheckedContinuation { continuation in
            let ready = lock.withLock {
                if listening > 0 { return true }
                listeners.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    public func migrate() async throws {}
    public func insert(_ items: [NewReviewItem]) async throws -> [Int64] {
        try check()
        return try await base.insert(items)
    }
    public func item(_ id: Int64) async throws -> ReviewItem? {
        try check()
        return try await base.item(id)
    }
    public func decisions(of id: Int64) async throws -> [ReviewDecision] {
        try check()
        return try await base.decisions(of: id)
    }
    public func list(_ query: ReviewQuery) async throws -> ReviewPage {
        try check()
        return try await base.list(query)
    }
    public func decide(
        _ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date
    )
        async throws -> ReviewItem
    {
        try check()
        return try await base.decide(id, kind, actor: actor, note: note, text: text, at: time)
    }
    public func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {
        try await base.setDelivery(id, delivery)
    }
    public func disconnected(_ ids: [Int64]) async throws { try await base.disconnected(ids) }
    public func disconnectAll(replica: String) async throws -> Int {
        try await base.disconnectAll(replica: replica)
    }
    public func failedSignIn(keys: [String], at time: Date) async throws -> Int {
        try check()
        return try await base.failedSignIn(keys: keys, at: time)
    }
    public func succeededSignIn(keys: [String]) async throws {
        try check()
        try await base.succeededSignIn(keys: keys)
    }
    public func signOut(session: String, until: Date) async throws {
        try check()
        try await base.signOut(session: session, until: until)
    }
    public func signedOut(at time: Date) async throws -> [String: Date] {
        try check()
        return try await base.signedOut(at: time)
    }
    public func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String] {
        try check()
        return try await base.heartbeat(replica: replica, at: time, staleBefore: staleBefore)
    }
    public func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] {
        try await base.expiredHolds(at: time, limit: limit)
    }
    public func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] {
        try check()
        return try await base.statistics(query)
    }
    public func counts() async throws -> [ReviewStatus: Int] {
        try check()
        return try await base.counts()
    }
    public func events() -> AsyncStream<ReviewEvent> {
        let stream = base.events()
        let waiting = lock.withLock {
            listening += 1
            defer { listeners = [] }
            return listeners
        }
        for continuation in waiting { continuation.resume() }
        return stream
    }
    public func close() async throws { try await base.close() }
}

/// A condition that did not come true in time.
public struct NeverTrue: Error, CustomStringConvertible {
    public var description: String
}

/// Waits (up to `timeout`) until the condition holds; throws when it never does.
public func eventually(
    timeout: Duration = .seconds(10), _ condition: () async throws -> Bool,
    file: String = #fileID, line: Int = #line
) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    // A last look: on a busy machine the sleep may have ended long after the deadline.
    if try await condition() { return }
    throw NeverTrue(description: "condition never became true (\(file):\(line))")
}
