import Foundation
import NIOCore
import NIOPosix
import Policy
import Testing

@testable import Proxy
@testable import TestHarness

@Suite(.serialized, .timeLimit(.minutes(3)))
struct LimitsTests {
    func proxy(
        _ configure: (inout ProxyConfiguration) -> Void, upstream: Int,
        group: MultiThreadedEventLoopGroup = .singleton
    ) async throws -> (ProxyServer, UInt16) {
        var configuration = ProxyConfiguration(listeners: [
            ListenerConfiguration(
                host: "127.0.0.1", port: 0, chatProtocol: .lines, upstreamHost: "127.0.0.1",
                upstreamPort: upstream)
        ])
        configure(&configuration)
        let server = ProxyServer(
            configuration: configuration, policies: PolicyStore(try PolicySet.bundled(), directory: nil),
            reviews: InMemoryReviewSink(), group: group)
        return (server, UInt16(try await server.start().first!.port!))
    }

    /// A proxy with `idleTimeout` on an event loop of its own, which other tests' connections
    /// cannot hold up (a loop that reads late would find a busy agent idle), and an agent whose
    /// first line has gone through, so that the connection is up before timing starts.
    func busyAgent(idleTimeout: TimeAmount) async throws -> (
        LineSink, MultiThreadedEventLoopGroup, ProxyServer, UInt16, IRCTestClient
    ) {
        let sink = try await LineSink.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let (server, port) = try await proxy(
            { $0.idleTimeout = idleTimeout }, upstream: sink.port, group: group)
        let busy = try IRCTestClient.connect(port: port)
        try busy.send("hello")
        _ = try await sink.waitForLines(1)
        return (sink, group, server, port, busy)
    }

    @Test("an agent that stays silent past the idle timeout is told and disconnected; an active one is not")
    func idle() async throws {
        // A timeout that a loaded machine's scheduling cannot reach: at the start of the whole
        // suite, a talking thread was once held up past 5 s.
        let (sink, group, server, port, busy) = try await busyAgent(idleTimeout: .seconds(10))
        let quiet = try IRCTestClient.connect(port: port)
        // The busy agent keeps talking for as long as the quiet one takes to be closed.
        // (On a thread of its own: the shared task threads may all be waiting in blocking test
        // clients, and a starved busy agent would go idle too.)
        let talker = Talker(busy, every: 0.2)
        let started = ContinuousClock.now
        let lines = try quiet.waitForClose(timeout: .seconds(90))
        let sent = try await talker.stop()
        #expect(lines.contains { $0.contains("idle for too long") })
        #expect(ContinuousClock.now - started >= .seconds(9.5), "closed only once idle for the timeout")
        try busy.send("and now")
        #expect(try await sink.waitForLines(sent + 2).last == "and now")
        await server.stop(drain: .zero)
        await sink.stop()
        try await group.shutdownGracefully()
    }

    @Test("an event loop that runs late does not find a busy agent idle")
    func lateLoop() async throws {
        let (sink, group, server, _, busy) = try await busyAgent(idleTimeout: .seconds(2))
        let talker = Talker(busy, every: 0.1)
        // The proxy's only event loop is held past the idle timeout while the agent talks.
        try await group.next().submit { Thread.sleep(forTimeInterval: 3) }.get()
        try await Task.sleep(for: .seconds(1))
        let sent = try await talker.stop()
        try busy.send("and now")
        #expect(try await sink.waitForLines(sent + 2).last == "and now")
        await server.stop(drain: .zero)
        await sink.stop()
        try await group.shutdownGracefully()
    }

    @Test("past the connection limit a new agent is told and closed; the others go on")
    func limit() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy({ $0.maximumConnections = 2 }, upstream: sink.port)
        let a = try IRCTestClient.connect(port: port)
        let b = try IRCTestClient.connect(port: port)
        try a.send("one")
        try b.send("two")
        _ = try await sink.waitForLines(2)
        let c = try IRCTestClient.connect(port: port)
        let lines = try c.waitForClose()
        #expect(lines.contains { $0.contains("too many connections") })
        try a.send("three")
        #expect(try await sink.waitForLines(3).last == "three")
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test(
        "a line that cannot be read is refused (failing closed) or relayed unchecked (failing open), per listener"
    )
    func failMode() async throws {
        let sink = try await LineSink.start()
        // (the proxy's mode, the listener's, whether it fails open)
        for (global, own, open) in [
            (false, nil, false), (false, true, true), (true, false, false), (true, nil, true),
        ] {
            var listener = ListenerConfiguration(
                host: "127.0.0.1", port: 0, chatProtocol: .ndjson, upstreamHost: "127.0.0.1",
                upstreamPort: sink.port)
            listener.name = open ? "open" : "closed"
            listener.failOpen = own
            var configuration = ProxyConfiguration(listeners: [listener])
            configuration.failOpen = global
            let server = ProxyServer(
                configuration: configuration, policies: PolicyStore(try PolicySet.bundled(), directory: nil),
                reviews: InMemoryReviewSink(), group: MultiThreadedEventLoopGroup.singleton)
            let port = UInt16(try await server.start().first!.port!)
            let agent = try IRCTestClient.connect(port: port)
            let before = sink.received.count
            try agent.send("not json at all")
            if open {
                #expect(try await sink.waitForLines(before + 1).last == "not json at all")
            } else {
                try agent.waitForLine { $0.contains("decorum.notice") && $0.contains("not JSON") }
                #expect(sink.received.count == before)
            }
            await server.stop(drain: .zero)
        }
        await sink.stop()
    }

    @Test("thousands of connections opened and dropped do not disturb an agent")
    func churn() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy({ _ in }, upstream: sink.port)
        let agent = try IRCTestClient.connect(port: port)
        try agent.send("before")
        _ = try await sink.waitForLines(1)
        for i in 0..<2_000 {
            let c = try IRCTestClient.connect(port: port)
            if i % 3 == 0 { try? c.sendRaw([0x68, 0x69]) }  // half a line, then gone
            c.close()
        }
        try agent.send("after")
        for _ in 0..<250 where !sink.received.contains("after") {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(sink.received == ["before", "after"])
        #expect(!sink.received.contains("hi"), "a line without its ending is never relayed as a message")
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test("stopping lets open connections finish within the drain timeout")
    func drain() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy({ $0.drainTimeout = .milliseconds(300) }, upstream: sink.port)
        let agent = try IRCTestClient.connect(port: port)
        try agent.send("before")
        _ = try await sink.waitForLines(1)
        let started = ContinuousClock.now
        await server.stop()
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(250), "stop waits for the open connection, up to the timeout")
        #expect(waited < .seconds(3))
        await sink.stop()
    }
}

/// An agent that keeps talking, on a thread of its own: the shared task threads may all be
/// waiting in blocking test clients, and a starved agent would go idle.
final class Talker: Sendable {
    private let talking = HarnessLocked(true)
    private let sentSoFar = HarnessLocked(0)

    init(_ client: IRCTestClient, every seconds: Double) {
        let talking = self.talking
        let sentSoFar = self.sentSoFar
        Thread {
            while talking.withLock({ $0 }), (try? client.send("still here")) != nil {
                sentSoFar.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: seconds)
            }
        }.start()
    }

    /// Stops talking; the lines it sent.
    func stop() async throws -> Int {
        talking.withLock { $0 = false }
        try await Task.sleep(for: .milliseconds(400))
        return sentSoFar.withLock { $0 }
    }
}
