import Foundation
import NIOConcurrencyHelpers

/// Hands each event to every open `events()` stream of a store.
public final class EventHub: Sendable {
    private struct State {
        var next = 0
        var continuations: [Int: AsyncStream<ReviewEvent>.Continuation] = [:]
        /// The streams that take `decided` events alone.
        var decisionsOnly: Set<Int> = []
        var closed = false
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    /// A new stream of every event from now on, or of the decisions alone.
    public func stream(decisionsOnly: Bool = false) -> AsyncStream<ReviewEvent> {
        let (stream, continuation) = AsyncStream<ReviewEvent>.makeStream(
            bufferingPolicy: .bufferingNewest(10_000))
        let key: Int? = state.withLockedValue { s in
            guard !s.closed else { return nil }
            s.next += 1
            s.continuations[s.next] = continuation
            if decisionsOnly { s.decisionsOnly.insert(s.next) }
            return s.next
        }
        guard let key else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLockedValue { s in
                s.continuations.removeValue(forKey: key)
                s.decisionsOnly.remove(key)
            }
        }
        return stream
    }

    public func publish(_ event: ReviewEvent) {
        publish(CollectionOfOne(event))
    }

    /// Hands several events over, taking the lock once.
    public func publish(_ events: some Collection<ReviewEvent>) {
        guard !events.isEmpty else { return }
        let (all, decisionsOnly) = state.withLockedValue { s in
            (
                s.continuations.filter { !s.decisionsOnly.contains($0.key) }.map(\.value),
                s.decisionsOnly.compactMap { s.continuations[$0] }
            )
        }
        for continuation in all {
            for event in events { continuation.yield(event) }
        }
        guard !decisionsOnly.isEmpty else { return }
        for event in events where event.isDecision {
            for continuation in decisionsOnly { continuation.yield(event) }
        }
    }

    public func finish() {
        let continuations = state.withLockedValue { s in
            s.closed = true
            defer { s.continuations = [:] }
            return Array(s.continuations.values)
        }
        for continuation in continuations { continuation.finish() }
    }
}
