import Foundation
import NIOPosix
import Policy
import Testing

@testable import Proxy
@testable import TestHarness

@Suite(.serialized, .timeLimit(.minutes(1)))
struct MetricsTests {
    /// One HTTP GET over a plain socket: the status line and the body.
    func get(_ port: Int, _ path: String) throws -> (status: String, body: String) {
        let client = try IRCTestClient.connect(port: UInt16(port))
        try client.sendRaw(Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8))
        let lines = try client.waitForClose()
        let status = lines.first ?? ""
        let body = lines.drop {
            !$0.isEmpty && !$0.hasPrefix("decorum_") && !$0.hasPrefix("#") && $0 != "ok" && $0 != "ready"
        }
        return (status, body.joined(separator: "\n"))
    }

    @Test(
        "/metrics counts connections, messages by action, rule hits and moderation time; /healthz and /readyz answer"
    )
    func metrics() async throws {
        let irc = try NgircdServer.start()
        let proxy = ProxyServer(
            configuration: ProxyConfiguration(listeners: [
                ListenerConfiguration(
                    host: "127.0.0.1", port: 0, upstreamHost: "127.0.0.1", upstreamPort: Int(irc.port))
            ]),
            policies: PolicyStore(try PolicySet.bundled(), directory: nil), reviews: InMemoryReviewSink(),
            group: MultiThreadedEventLoopGroup.singleton)
        let port = try await proxy.start().first!.port!
        let server = MetricsServer(metrics: proxy.metrics) { proxy.isReady }
        let metricsPort = try await server.start(
            host: "127.0.0.1", port: 0, group: MultiThreadedEventLoopGroup.singleton
        ).port!

        let agent = try IRCTestClient.connect(port: UInt16(port))
        try agent.register(nick: "anna")
        try agent.send("PRIVMSG bob :Your parcel is on its way.")
        try agent.send("PRIVMSG bob :It's your fault.")
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.hasPrefix("Not sent") == true }

        // A connection's counts join the totals once per read: the notice can arrive first.
        var (status, body) = try get(metricsPort, "/metrics")
        for _ in 0..<100 where !body.contains("decorum_moderation_seconds_count 2") {
            try await Task.sleep(for: .milliseconds(50))
            (status, body) = try get(metricsPort, "/metrics")
        }
        #expect(status.hasPrefix("HTTP/1.1 200"))
        #expect(body.contains("decorum_connections_total 1"))
        #expect(body.contains("decorum_connections_open 1"))
        #expect(body.contains(#"decorum_messages_total{action="block"} 1"#))
        #expect(body.contains(#"decorum_messages_total{action="allow"} 1"#))
        #expect(body.contains(#"decorum_rule_hits_total{rule="en.criticizing-client.blame"} 1"#))
        #expect(body.contains("decorum_moderation_seconds_count 2"))
        #expect(try get(metricsPort, "/healthz").status.hasPrefix("HTTP/1.1 200"))
        #expect(try get(metricsPort, "/readyz").status.hasPrefix("HTTP/1.1 200"))
        #expect(try get(metricsPort, "/nope").status.hasPrefix("HTTP/1.1 404"))
        // Draining (the agent is still connected): no longer ready, still alive.
        let stopping = Task { await proxy.stop(drain: .seconds(30)) }
        var ready = try get(metricsPort, "/readyz").status
        for _ in 0..<100 where ready.hasPrefix("HTTP/1.1 200") {
            try await Task.sleep(for: .milliseconds(20))
            ready = try get(metricsPort, "/readyz").status
        }
        #expect(ready.hasPrefix("HTTP/1.1 503"))
        #expect(try get(metricsPort, "/healthz").status.hasPrefix("HTTP/1.1 200"))
        agent.close()
        await stopping.value
        await server.stop()
        irc.stop()
    }
}
