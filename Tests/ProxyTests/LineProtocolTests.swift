import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Policy
import Testing

@testable import Proxy
@testable import TestHarness

/// A backend for the lines and NDJSON protocols: records every line it receives.
final class LineSink: @unchecked Sendable {
    private let lines = NIOLockedValueBox<[String]>([])
    /// Whether a connection to the sink has ended (its peer closed or half-closed).
    let ended = NIOLockedValueBox(false)
    private var channel: (any Channel)?
    private(set) var port = 0

    final class Recorder: ChannelInboundHandler, Sendable {
        typealias InboundIn = Line
        let sink: LineSink
        init(_ sink: LineSink) { self.sink = sink }
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if case .text(let b) = unwrapInboundIn(data) {
                sink.lines.withLockedValue { $0.append(String(buffer: b)) }
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            sink.ended.withLockedValue { $0 = true }
        }
    }

    static func start() async throws -> LineSink {
        let sink = LineSink()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(LineFrameDecoder(maximumLength: 65_536)))
                    try channel.pipeline.syncOperations.addHandler(Recorder(sink))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        sink.channel = channel
        sink.port = channel.localAddress!.port!
        return sink
    }

    var received: [String] { lines.withLockedValue { $0 } }

    /// Waits (boundedly) for the `count`-th line.
    /// (Generous: every suite starts at once on a small machine, each building its policy set.)
    func waitForLines(_ count: Int, timeout: Double = 20) async throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if received.count >= count { return received }
            try await Task.sleep(for: .milliseconds(10))
        }
        if received.count >= count { return received }
        Issue.record("the backend got \(received.count) lines, expected \(count): \(received)")
        throw CancellationError()
    }

    func stop() async { try? await channel?.close() }
}

@Suite(.serialized, .timeLimit(.minutes(1)))
struct LineProtocolTests {
    func proxy(_ chatProtocol: ChatProtocol, upstream: Int) async throws -> (ProxyServer, UInt16) {
        let listener = ListenerConfiguration(
            host: "127.0.0.1", port: 0, chatProtocol: chatProtocol, upstreamHost: "127.0.0.1",
            upstreamPort: upstream)
        let server = ProxyServer(
            configuration: ProxyConfiguration(listeners: [listener]),
            policies: PolicyStore(try PolicySet.bundled(), directory: nil), reviews: InMemoryReviewSink(),
            group: MultiThreadedEventLoopGroup.singleton)
        return (server, UInt16(try await server.start().first!.port!))
    }

    @Test("lines: every line is a message; notices are prefixed lines; /accept sends the suggestion")
    func lines() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy(.lines, upstream: sink.port)
        let agent = try IRCTestClient.connect(port: port)
        try agent.send("Hello, your parcel is on its way.")
        #expect(try await sink.waitForLines(1) == ["Hello, your parcel is on its way."])
        try agent.send("That's not my problem.")
        try agent.waitForLine { $0.hasPrefix("[decorum] Sent and flagged for review") }
        try agent.send("It's your fault.")
        try agent.waitForLine { $0.hasPrefix("[decorum] Not sent (record ") }
        try agent.waitForLine { $0.hasPrefix("[decorum] Suggested:") && $0.contains("/accept") }
        try agent.send("/accept")
        let lines = try await sink.waitForLines(3)
        #expect(
            lines == [
                "Hello, your parcel is on its way.", "That's not my problem.",
                "Let's go through the steps together once more.",
            ])
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test("the flags and blocks of one read are recorded together: each is told with its own record")
    func recordedTogether() async throws {
        let sink = try await LineSink.start()
        let listener = ListenerConfiguration(
            host: "127.0.0.1", port: 0, chatProtocol: .lines, upstreamHost: "127.0.0.1",
            upstreamPort: sink.port)
        let reviews = InMemoryReviewSink()
        let server = ProxyServer(
            configuration: ProxyConfiguration(listeners: [listener]),
            policies: PolicyStore(try PolicySet.bundled(), directory: nil), reviews: reviews,
            group: MultiThreadedEventLoopGroup.singleton)
        let agent = try IRCTestClient.connect(port: UInt16(try await server.start().first!.port!))
        // One write: a flag, a clean line, a block, another flag.
        try agent.sendRaw(
            Array("That's not my problem.\r\nHello.\r\nIt's your fault.\r\nThat is not my problem.\r\n".utf8))
        #expect(
            try await sink.waitForLines(3) == ["That's not my problem.", "Hello.", "That is not my problem."])
        let told = try (0..<3).map { _ in
            try agent.waitForLine { $0.contains("(record ") }
        }
        #expect(
            told.map { $0.prefix(while: { $0 != "(" }) } == [
                "[decorum] Sent and flagged for review ", "[decorum] Not sent ",
                "[decorum] Sent and flagged for review ",
            ])
        #expect(told.map { $0.contains("(record 1)") } == [true, false, false])
        #expect(told[1].contains("(record 2)") && told[2].contains("(record 3)"))
        #expect(
            reviews.records.map(\.text) == [
                "That's not my problem.", "It's your fault.", "That is not my problem.",
            ])
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test("what the agent is told about the lines of one read comes in the order of the lines")
    func toldInOrder() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy(.lines, upstream: sink.port)
        let agent = try IRCTestClient.connect(port: port)
        // One write: a warning, a command, a line over the limit, another warning.
        let overLimit = String(repeating: "a", count: ProxyConfiguration(listeners: []).maximumLineLength + 10)
        try agent.sendRaw(
            Array("That is impossible.\r\n/help\r\n\(overLimit)\r\nSadly that is impossible today.\r\n".utf8))
        #expect(
            try await sink.waitForLines(2) == ["That is impossible.", "Sadly that is impossible today."])
        let told = try (0..<6).map { _ in try agent.waitForLine { $0.hasPrefix("[decorum] ") } }
        #expect(
            told.map { String($0.dropFirst("[decorum] ".count).prefix(14)) } == [
                "Sent, but nega", "Suggested: “Th", "I check your m", "Not sent: your", "Sent, but nega",
                "Suggested: “Th",
            ])
        #expect(told[0].contains("“That is impossible”") && told[4].contains("“that is impossible”"))
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test("the end of a relay is told in the agent's protocol: a notice line, a decorum.closing object")
    func closingInProtocol() async throws {
        let closed = try HarnessSocket.freePort()
        for (chatProtocol, expected) in [
            (ChatProtocol.lines, "[decorum] Closing: the chat server is unreachable"),
            (.ndjson, #""type":"decorum.closing""#),
        ] {
            let (server, port) = try await proxy(chatProtocol, upstream: Int(closed))
            let agent = try IRCTestClient.connect(port: port)
            let lines = try agent.waitForClose()
            #expect(lines.contains { $0.contains(expected) }, "\(chatProtocol): \(lines)")
            #expect(!lines.contains { $0.hasPrefix("ERROR") })
            await server.stop(drain: .zero)
        }
    }

    @Test("half-close: the agent's last lines are checked and relayed, then the backend sees the end")
    func halfClose() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy(.lines, upstream: sink.port)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(port.bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(connected == 0)
        let line = Array("the last words\r\nIt's your fault.\r\n".utf8)
        _ = line.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        shutdown(fd, Int32(SHUT_WR))
        #expect(try await sink.waitForLines(1) == ["the last words"])
        for _ in 0..<100 where !sink.ended.withLockedValue({ $0 }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(sink.ended.withLockedValue { $0 }, "the backend saw the end of the agent's input")
        #expect(sink.received == ["the last words"], "the blocked last line never went through")
        close(fd)
        await server.stop(drain: .zero)
        await sink.stop()
    }

    @Test(
        "half-close from the backend: its last lines and the end reach the agent, whose lines still go through"
    )
    func backendHalfClose() async throws {
        // A backend that says its piece, closes its output and keeps reading until the end.
        let listening = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listening, $0, length) == 0 && listen(listening, 1) == 0
                    && getsockname(listening, $0, &length) == 0
            }
        }
        #expect(bound)
        let received = NIOLockedValueBox<(bytes: [UInt8], ended: Bool)>(([], false))
        let backend = Thread {
            let fd = accept(listening, nil, nil)
            guard fd >= 0 else { return }
            let farewell = Array("closing time\r\n".utf8)
            _ = farewell.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            shutdown(fd, Int32(SHUT_WR))
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                received.withLockedValue { $0.bytes += chunk[0..<n] }
            }
            received.withLockedValue { $0.ended = true }
            close(fd)
        }
        backend.start()
        let (server, port) = try await proxy(.lines, upstream: Int(UInt16(bigEndian: address.sin_port)))
        let agent = try IRCTestClient.connect(port: port)
        let lines = try agent.waitForClose()
        #expect(lines == ["closing time", "[decorum] Closing: the chat server closed the connection."])
        // The agent's side is still open: its lines are checked and go on to the backend.
        try agent.send("One more thing: your parcel left today.")
        try agent.send("It's your fault.")
        agent.close()
        for _ in 0..<250 where !received.withLockedValue({ $0.ended }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        let (bytes, ended) = received.withLockedValue { $0 }
        #expect(ended, "the backend saw the end of the agent's input")
        #expect(String(decoding: bytes, as: UTF8.self) == "One more thing: your parcel left today.\r\n")
        close(listening)
        await server.stop(drain: .zero)
    }

    @Test(
        "NDJSON: texts at the pointers are checked, notices are decorum.notice objects, accept is a message")
    func ndjson() async throws {
        let sink = try await LineSink.start()
        let (server, port) = try await proxy(.ndjson, upstream: sink.port)
        let agent = try IRCTestClient.connect(port: port)
        let clean =
            #"{"type":"message","agent":"anna","conversation":"c1","text":"Your parcel is on its way."}"#
        try agent.send(clean)
        #expect(try await sink.waitForLines(1) == [clean])
        try agent.send(#"{"type":"typing","agent":"anna"}"#)
        try agent.send(
            #"{"type":"message","agent":"anna","conversation":"c1","text":"They're scammers, trust me."}"#)
        let notice = try agent.waitForLine {
            $0.contains("decorum.notice") && $0.contains("\"action\":\"block\"")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(notice.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "decorum.notice")
        #expect(
            (object["hits"] as? [[String: Any]])?.first?["category"] as? String == "disparaging-competitors")
        #expect(object["suggestion"] is String)
        try agent.send(#"{"type":"decorum.accept"}"#)
        let lines = try await sink.waitForLines(3)
        #expect(lines[1] == #"{"type":"typing","agent":"anna"}"#)
        let sent = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        #expect(sent["conversation"] as? String == "c1" && sent["agent"] as? String == "anna")
        #expect((sent["text"] as? String)?.contains("scammers") == false)
        try agent.send("not json")
        try agent.waitForLine { $0.contains("decorum.notice") && $0.contains("not JSON") }
        #expect(sink.received.count == 3)
        await server.stop(drain: .zero)
        await sink.stop()
    }
}
