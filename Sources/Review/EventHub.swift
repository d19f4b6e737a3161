import Foundation
import NIOConcurrencyHelpers

/// Hands each event to every open `events()` stream of a store.
public final class EventHub: Sendable {
    private struct State {
        var next = 0
        var continuations: [Int: AsyncStream<ReviewEvent>.Continuation] = [:]
        var closed = false
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    public func stream() -> AsyncStream<ReviewEvent> {
        let (stream, continuation) = AsyncStream<ReviewEvent>.makeStream(
            bufferingPolicy: .bufferingNewest(10_000))
        let key: Int? = state.withLockedValue { s in
            guard !s.closed else { return nil }
            s.next += 1
            s.continuations[s.next] = continuation
            return s.next
        }
        guard let key else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLockedValue { $0.continuations.removeValue(forKey: key) }
        }
        return stream
    }

    public func publish(_ event: ReviewEvent) {
        let continuations = state.withLockedValue { Array($0.continuations.values) }
        for continuation in continuations { continuation.yield(event) }
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
