import NIOConcurrencyHelpers
import NIOCore
import Policy

/// What Decorum records for review: a flagged, held or blocked message.
public struct ReviewRecord: Sendable {
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
    /// For holds: how long it may wait for a decision (seconds), and what happens then.
    public var holdBudget: Int?
    public var onTimeout: Action?

    public init(
        time: Double, listener: String, agent: String, conversation: String, action: Action, text: String,
        hits: [Hit], suggestion: String?, holdBudget: Int? = nil, onTimeout: Action? = nil
    ) {
        self.time = time
        self.listener = listener
        self.agent = agent
        self.conversation = conversation
        self.action = action
        self.text = text
        self.hits = hits
        self.suggestion = suggestion
        self.holdBudget = holdBudget
        self.onTimeout = onTimeout
    }
}

/// What a supervisor (or the rule's time budget) decided about a held message.
public enum HoldDecision: Sendable, Equatable {
    case approve
    case reject(note: String?)
    /// Deliver the supervisor's corrected text instead.
    case edit(String)
    /// Nobody answered within the budget; the rule's default applies (`allow` delivers).
    case timedOut(Action)
    /// The agent sent something else instead (``ReviewSink/withdraw(_:by:)``): nothing to do.
    case withdrawn
}

/// A held message, recorded: its id, and the decision to come.
public struct PendingHold: Sendable {
    public var id: UInt64
    public var decision: EventLoopFuture<HoldDecision>

    public init(id: UInt64, decision: EventLoopFuture<HoldDecision>) {
        self.id = id
        self.decision = decision
    }
}

/// What became of a decided hold on the agent's connection.
public enum DeliveryOutcome: Sendable, Equatable {
    /// Sent (approvals, edits) or told to the agent (rejections, expiries).
    case delivered
    /// The agent's connection was gone.
    case undeliverable
}

/// Where flags, holds and blocks go. Every future completes on the loop it is given.
public protocol ReviewSink: Sendable {
    /// Records a flag or block; completes with its id once it is durable.
    func record(_ record: ReviewRecord, on loop: any EventLoop) -> EventLoopFuture<UInt64>
    /// Records flags and blocks together (those of one read of one agent): completes with their
    /// ids, in order, once all of them are durable.
    func record(_ records: [ReviewRecord], on loop: any EventLoop) -> EventLoopFuture<[UInt64]>
    /// Records a held message; completes once it is durable (the agent is told only then), with
    /// the decision to come: a supervisor's, or the rule's default when the budget runs out.
    func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<PendingHold>
    /// Reports what became of a decided hold.
    func delivered(_ id: UInt64, _ outcome: DeliveryOutcome)
    /// The agent's connection closed with these holds undecided.
    func disconnected(_ ids: [UInt64])
    /// The agent sent the suggestion in place of a held message: the hold is decided as
    /// rejected by the agent (so that no approval sends the message too), and its decision
    /// completes with `withdrawn`.
    func withdraw(_ id: UInt64, by agent: String)
    /// Records waiting to be written; agents stop being read while it is high, so that a
    /// store slower than the relay slows the relay instead of losing records.
    var backlog: Int { get }
}

extension ReviewSink {
    public var backlog: Int { 0 }

    /// One record at a time.
    public func record(_ records: [ReviewRecord], on loop: any EventLoop) -> EventLoopFuture<[UInt64]> {
        EventLoopFuture.whenAllSucceed(records.map { record($0, on: loop) }, on: loop)
    }
}

/// The review sink that keeps everything in memory: for tests and for a proxy without a store.
public final class InMemoryReviewSink: ReviewSink {
    private struct State {
        var records: [ReviewRecord] = []
        var pending: [UInt64: EventLoopPromise<HoldDecision>] = [:]
        var outcomes: [UInt64: DeliveryOutcome] = [:]
        var disconnected: Set<UInt64> = []
        var withdrawn: Set<UInt64> = []
        var next: UInt64 = 1
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    public func record(_ record: ReviewRecord, on loop: any EventLoop) -> EventLoopFuture<UInt64> {
        let id = state.withLockedValue { s in
            s.records.append(record)
            defer { s.next += 1 }
            return s.next
        }
        return loop.makeSucceededFuture(id)
    }

    public func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<PendingHold>
    {
        let promise = loop.makePromise(of: HoldDecision.self)
        let id = state.withLockedValue { s in
            s.records.append(record)
            s.pending[s.next] = promise
            defer { s.next += 1 }
            return s.next
        }
        loop.scheduleTask(in: budget) { [weak self] in
            _ = self?.decide(id, .timedOut(onTimeout))
        }
        return loop.makeSucceededFuture(PendingHold(id: id, decision: promise.futureResult))
    }

    public func delivered(_ id: UInt64, _ outcome: DeliveryOutcome) {
        state.withLockedValue { $0.outcomes[id] = outcome }
    }

    public func disconnected(_ ids: [UInt64]) {
        state.withLockedValue { $0.disconnected.formUnion(ids) }
    }

    public func withdraw(_ id: UInt64, by agent: String) {
        if decide(id, .withdrawn) { state.withLockedValue { _ = $0.withdrawn.insert(id) } }
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
    /// What the proxy reported for each decided hold.
    public var outcomes: [UInt64: DeliveryOutcome] { state.withLockedValue { $0.outcomes } }
    /// Holds whose agent left before they were decided.
    public var disconnectedHolds: Set<UInt64> { state.withLockedValue { $0.disconnected } }
    /// Holds their agent withdrew by sending the suggestion.
    public var withdrawnHolds: Set<UInt64> { state.withLockedValue { $0.withdrawn } }
}
