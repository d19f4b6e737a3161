import Foundation

/// A value behind a lock, for the little state the console keeps between requests.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// The open live feeds, so that a shutting-down server can end them: a Server-Sent Events
/// response otherwise lasts as long as the store, and would hold up a graceful shutdown.
final class LiveFeeds: Sendable {
    private struct State {
        var next = 0
        var ends: [Int: @Sendable () -> Void] = [:]
        var ended = false
    }

    private let state = Locked(State())

    /// Registers a feed's end; returns nil (and does not register) once feeds have ended.
    func open(_ end: @escaping @Sendable () -> Void) -> Int? {
        state.withLock { s in
            guard !s.ended else { return nil }
            s.next += 1
            s.ends[s.next] = end
            return s.next
        }
    }

    func close(_ key: Int) { _ = state.withLock { $0.ends.removeValue(forKey: key) } }

    func endAll() {
        let ends = state.withLock { s in
            s.ended = true
            defer { s.ends = [:] }
            return Array(s.ends.values)
        }
        for end in ends { end() }
    }
}
