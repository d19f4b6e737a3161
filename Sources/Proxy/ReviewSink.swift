import NIOConcurrencyHelpers
import NIOCore
import Policy

/// What Decorum records for review: a flagged, held or blocked message.
public struct ReviewRecord: Sendable, Identifiable {
    public var id: UInt64
    /// Seconds since 1970.
    public var time: Double
    public var listener: String
    public var agent: String
    /// The channel or nick the message was for.
    public var conversation: String
    public var action: Action
    public var text: String
    public var hits: [Hit]
    public var suggestion: String?
    /// For holds: how long it may wait for a decision, and what happens then.
    public var holdBudget: Int?
    public var onTimeout: Action?
}

/// What a supervisor (or the rule's time budget) decided about a held message.
public enum HoldDecision: Sendable, Equatable {
    case approve
    case reject(note: String?)
    /// Deliver the supervisor's corrected text instead.
    case edit(String)
    /// Nobody answered within the budget; the rule's default applies (`allow` delivers).
    case timedOut(Action)
}

/// Where flags, holds and blocks go. A hold's future completes with the decision.
public protocol ReviewSink: Sendable {
    func record(_ record: ReviewRecord)
    /// Records a held message; completes when it is decided or its budget runs out.
    func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<HoldDecision>
    func nextID() -> UInt64
}

/// The review sink that keeps everything in memory: for tests and for a proxy without a store.
public final class InMemoryReviewSink: ReviewSink {
    private struct State {
        var records: [ReviewRecord] = []
        var pending: [UInt64: EventLoopPromise<HoldDecision>] = [:]
        var next: UInt64 = 1
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    public func nextID() -> UInt64 {
        state.withLockedValue { s in
            defer { s.next += 1 }
            return s.next
        }
    }

    public func record(_ record: ReviewRecord) {
        state.withLockedValue { $0.records.append(record) }
    }

    public func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<HoldDecision>
    {
        let promise = loop.makePromise(of: HoldDecision.self)
        state.withLockedValue { s in
            s.records.append(record)
            s.pending[record.id] = promise
        }
        let id = record.id
        loop.scheduleTask(in: budget) { [weak self] in
            _ = self?.decide(id, .timedOut(onTimeout))
        }
        return promise.futureResult
    }

    /// Decides a held message; false when it is not (or no longer) waiting.
    @discardableResult
    public func decide(_ id: UInt64, _ decision: HoldDecision) -> Bool {
        let promise = state.withLockedValue { $0.pending.removeValue(forKey: id) }
        guard let promise else { return false }
        promise.succeed(decision)
        return true
    }

    public var records: [ReviewRecord] { state.withLockedValue { $0.records } }
    public var pendingHolds: [UInt64] { state.withLockedValue { Array($0.pending.keys).sorted() } }
}
