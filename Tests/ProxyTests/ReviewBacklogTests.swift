import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Policy
import Testing

@testable import Proxy
@testable import TestHarness

/// A review sink that writes nothing until told to: a store that cannot keep up.
final class StalledSink: ReviewSink {
    let pending = NIOLockedValueBox<[(EventLoopPromise<UInt64>, UInt64)]>([])
    let next = NIOLockedValueBox<UInt64>(1)

    func record(_ record: ReviewRecord, on loop: any EventLoop) -> EventLoopFuture<UInt64> {
        let promise = loop.makePromise(of: UInt64.self)
        let id = next.withLockedValue { n in
            defer { n += 1 }
            return n
        }
        pending.withLockedValue { $0.append((promise, id)) }
        return promise.futureResult
    }
    func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<PendingHold>
    {
        loop.makeFailedFuture(ChannelError.ioOnClosedChannel)
    }
    func delivered(_ id: UInt64, _ outcome: DeliveryOutcome) {}
    func disconnected(_ ids: [UInt64]) {}
    func withdraw(_ id: UInt64, by agent: String) {}
    var backlog: Int { pending.withLockedValue { $0.count } }

    /// Writes everything waiting.
    func release() {
        for (promise, id) in pending.withLockedValue({ p in
            defer { p = [] }
            return p
        }) { promise.succeed(id) }
    }
}

@Suite(.serialized, .timeLimit(.minutes(1)))
struct ReviewBacklogTests {
    /// A lines proxy with a backlog limit of 3 and a stalled store, and an agent whose first
    /// line has gone through.
    func connected(idleTimeout: TimeAmount = .hours(1)) async throws -> (
        LineSink, StalledSink, ProxyServer, IRCTestClient
    ) {
        let sink = try await LineSink.start()
        var configuration = ProxyConfiguration(listeners: [
            ListenerConfiguration(
                host: "127.0.0.1", port: 0, chatProtocol: .lines, upstreamHost: "127.0.0.1",
                upstreamPort: sink.port)
        ])
        configuration.reviewBacklogLimit = 3
        configuration.idleTimeout = idleTimeout
        let reviews = StalledSink()
        let server = ProxyServer(
            configuration: configuration, policies: PolicyStore(try PolicySet.bundled(), directory: nil),
            reviews: reviews, group: MultiThreadedEventLoopGroup.singleton)
        let port = UInt16(try await server.start().first!.port!)
        let agent = try IRCTestClient.connect(port: port)
        try agent.send("Hello.")
        _ = try await sink.waitForLines(1)
        return (sink, reviews, server, agent)
    }

    @Test("a store that falls behind stops the agent being read; nothing is lost when it catches up")
    func backlogPausesReading() async throws {
        let (sink, reviews, server, agent) = try await connected()
        // Flagged lines, one at a time so that each is its own read.
        for i in 0..<8 {
            try agent.send("That's not my problem \(i).")
            try await Task.sleep(for: .milliseconds(100))
        }
        try await Task.sleep(for: .milliseconds(500))
        let relayed = sink.received.count - 1
        #expect(relayed < 8, "reading went on past the backlog limit: \(relayed) relayed")
        #expect(reviews.backlog <= 4)
        // The store catches up: the rest is read and relayed, in order.
        for _ in 0..<20 {
            reviews.release()
            try await Task.sleep(for: .milliseconds(100))
        }
        let all = try await sink.waitForLines(9)
        #expect(all.dropFirst().map { $0 } == (0..<8).map { "That's not my problem \($0)." })
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test("the pause stops within one read, and an agent that ends while paused has every line relayed first")
    func pauseWithinARead() async throws {
        let (sink, reviews, server, agent) = try await connected()
        // Twenty flagged lines and a clean one in one write, then the end of the agent's input.
        let lines = (0..<20).map { "That's not my problem \($0)." } + ["Bye."]
        try agent.sendRaw(Array(lines.map { $0 + "\r\n" }.joined().utf8))
        agent.shutdownWrite()
        try await Task.sleep(for: .milliseconds(500))
        // The line that finds the limit reached is still recorded; none after it is read.
        #expect(
            sink.received.count - 1 <= 4, "lines went on past the backlog limit: \(sink.received.count - 1)")
        #expect(reviews.backlog <= 4)
        #expect(!sink.ended.withLockedValue { $0 }, "the end came before the waiting lines")
        for _ in 0..<40 where sink.received.count < 22 {
            reviews.release()
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(try await sink.waitForLines(22).dropFirst().map { $0 } == lines)
        for _ in 0..<100 where !sink.ended.withLockedValue({ $0 }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(sink.ended.withLockedValue { $0 }, "the backend saw the end after the last line")
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test("an agent the relay does not read while it waits for the store is not idle")
    func pausedIsNotIdle() async throws {
        let (sink, reviews, server, agent) = try await connected(idleTimeout: .seconds(2))
        for i in 0..<5 { try agent.send("That's not my problem \(i).") }
        // Paused past the idle timeout and its second look; the timeout counts again from when
        // the relay reads the agent again.
        try await Task.sleep(for: .seconds(4.5))
        #expect(reviews.backlog >= 3)
        for _ in 0..<20 where sink.received.count < 6 {
            reviews.release()
            try await Task.sleep(for: .milliseconds(50))
        }
        try agent.send("Still here.")
        #expect(try await sink.waitForLines(7).last == "Still here.")
        await server.stop(drain: .zero)
        await sink.stop()
    }
}
