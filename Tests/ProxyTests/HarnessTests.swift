// Proves the integration-test harness itself: a private ngircd per test (Support/Ngircd.swift) and the
// blocking IRCTestClient (Support/IRCTestClient.swift). No proxy involved.

import Foundation
import Testing
@testable import TestHarness

@Suite("Integration harness: ngircd and IRCTestClient", .serialized, .timeLimit(.minutes(1)))
struct HarnessTests {
    /// Two registered clients that both joined `channel`.
    private func twoMembers(of channel: String, on server: NgircdServer) throws -> (
        IRCTestClient, IRCTestClient
    ) {
        let alice = try IRCTestClient.connect(port: server.port)
        let bob = try IRCTestClient.connect(port: server.port)
        try alice.register(nick: "alice")
        try bob.register(nick: "bob")
        try alice.join(channel)
        try bob.join(channel)
        return (alice, bob)
    }

    @Test("a channel PRIVMSG reaches the other member, from the right nick")
    func channelMessage() throws {
        let server = try NgircdServer.start()
        defer { server.stop() }
        let (alice, bob) = try twoMembers(of: "#support", on: server)
        #expect(alice.nick == "alice")

        try alice.send("PRIVMSG #support :hello")
        let message = try bob.waitForMessage(command: "PRIVMSG")
        #expect(message.nick == "alice")
        #expect(message.params == ["#support", "hello"])
        #expect(message.raw.hasPrefix(":alice!"))
        // The sender gets no echo of its own message.
        #expect(try alice.lines(for: .milliseconds(100)).allSatisfy { !$0.contains("PRIVMSG") })
    }

    @Test("a PRIVMSG to a nick reaches only that nick")
    func privateMessage() throws {
        let server = try NgircdServer.start()
        defer { server.stop() }
        let (alice, bob) = try twoMembers(of: "#support", on: server)
        let carol = try IRCTestClient.connect(port: server.port)
        try carol.register(nick: "carol")
        try carol.join("#support")

        try alice.send("PRIVMSG bob :psst, just you")
        let message = try bob.waitForMessage(command: "PRIVMSG")
        #expect(message.nick == "alice")
        #expect(message.target == "bob")
        #expect(message.text == "psst, just you")
        #expect(try carol.lines(for: .milliseconds(100)).allSatisfy { !$0.contains("psst") })
    }

    @Test("a NOTICE to the channel arrives as a NOTICE")
    func notice() throws {
        let server = try NgircdServer.start()
        defer { server.stop() }
        let (alice, bob) = try twoMembers(of: "#support", on: server)

        try bob.send("NOTICE #support :heads up")
        let message = try alice.waitForMessage(command: "NOTICE") { $0.target == "#support" }
        #expect(message.nick == "bob")
        #expect(message.text == "heads up")
    }

    @Test("stopping the server closes client connections, after an ERROR line")
    func stopClosesConnections() throws {
        let server = try NgircdServer.start()
        let client = try IRCTestClient.connect(port: server.port)
        try client.register(nick: "dave")

        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            server.stop()
            let last = try client.waitForClose(timeout: .seconds(5))
            #expect(last.contains { $0.hasPrefix("ERROR") })
        }
        #expect(elapsed < .seconds(5))
        #expect(!server.isRunning)
        #expect(client.isClosedByPeer)
        #expect(throws: IRCTestClient.Failure.self) {
            try client.waitForLine(timeout: .milliseconds(50)) { _ in true }
        }
        #expect(throws: IRCTestClient.Failure.self) { try IRCTestClient.connect(port: server.port) }
        server.stop()  // idempotent
    }

    @Test("killing the server (a backend that dies) closes client connections without an ERROR line")
    func killClosesConnections() throws {
        let server = try NgircdServer.start()
        defer { server.stop() }
        let client = try IRCTestClient.connect(port: server.port)
        try client.register(nick: "erin")

        server.kill()
        #expect(!server.isRunning)
        let last = try client.waitForClose(timeout: .seconds(5))
        #expect(!last.contains { $0.hasPrefix("ERROR") })
    }

    @Test("two servers at once get different ports and are independent")
    func twoServers() throws {
        let first = try NgircdServer.start()
        let second = try NgircdServer.start()
        defer {
            first.stop()
            second.stop()
        }
        #expect(first.port != second.port)
        #expect(first.directory != second.directory)

        // The same nick registers on both: they are separate networks.
        for server in [first, second] {
            let client = try IRCTestClient.connect(port: server.port)
            try client.register(nick: "frank")
            try client.send("PRIVMSG frank :port \(server.port)")
            let echo = try client.waitForMessage(command: "PRIVMSG")
            #expect(echo.text == "port \(server.port)")
            client.quit()
        }
    }

    @Test("pre-defined channels, the operator account and a burst of lines")
    func predefinedChannelOperatorAndBurst() throws {
        var options = NgircdServer.Options()
        options.channels = [.init(name: "#lobby", topic: "Be nice")]
        let server = try NgircdServer.start(options)
        defer { server.stop() }
        #expect(server.log.contains("#lobby"))

        let (alice, bob) = try twoMembers(of: "#lobby", on: server)
        try alice.oper(name: NgircdServer.operatorName, password: NgircdServer.operatorPassword)
        #expect(throws: IRCTestClient.Failure.self) { try bob.oper(name: "nobody", password: "wrong") }

        // 30 lines in one write, LF-only line ends: all arrive, in order and promptly.
        let burst = (1...30).map { "PRIVMSG #lobby :line \($0)\n" }.joined()
        try alice.sendRaw(Array(burst.utf8))
        for number in 1...30 {
            let message = try bob.waitForMessage(command: "PRIVMSG", timeout: .seconds(3))
            #expect(message.text == "line \(number)")
        }
    }

    @Test("the topic of a pre-defined channel is sent on JOIN")
    func topicOnJoin() throws {
        let server = try NgircdServer.start(.init(channels: [.init(name: "#lobby", topic: "Be nice")]))
        defer { server.stop() }
        let client = try IRCTestClient.connect(port: server.port)
        try client.register(nick: "gina")
        let burst = try client.join("#lobby")
        #expect(burst.contains { $0.command == "332" && $0.text == "Be nice" })
    }

    @Test("errors are prompt and say what was received")
    func errors() throws {
        let server = try NgircdServer.start()
        defer { server.stop() }
        let first = try IRCTestClient.connect(port: server.port)
        try first.register(nick: "hank")

        let second = try IRCTestClient.connect(port: server.port)
        do {
            try second.register(nick: "hank")
            Issue.record("a second 'hank' registered")
        } catch let failure as IRCTestClient.Failure {
            guard case .rejected(_, let reply, _) = failure else {
                Issue.record("unexpected failure: \(failure)")
                return
            }
            #expect(reply.contains(" 433 "))
        }

        try first.send("PING :marker")
        do {
            try first.waitForLine("something that never comes", timeout: .milliseconds(300)) { $0 == "never" }
            Issue.record("waitForLine matched nothing yet returned")
        } catch let failure as IRCTestClient.Failure {
            #expect(failure.description.contains("something that never comes"))
            #expect(failure.description.contains("PONG"))
        }
    }

    @Test("message parsing")
    func parsing() throws {
        let message = try #require(IRCTestClient.Message("@time=x :nick!user@host PRIVMSG #c :hi there"))
        #expect(message.tags == "time=x")
        #expect(message.prefix == "nick!user@host")
        #expect(message.nick == "nick")
        #expect(message.command == "PRIVMSG")
        #expect(message.params == ["#c", "hi there"])
        let numeric = try #require(IRCTestClient.Message(":irc.example 366 me #c :End of NAMES list"))
        #expect(numeric.params == ["me", "#c", "End of NAMES list"])
        #expect(IRCTestClient.Message("ping x")?.command == "PING")
        #expect(IRCTestClient.Message("") == nil)
        #expect(IRCTestClient.Message(":only.prefix") == nil)
    }

    @Test("the generated config passes ngircd --configtest")
    func configTest() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-ngircd-configtest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("ngircd.conf")
        let options = NgircdServer.Options(channels: [.init(name: "#support", topic: "Help", modes: "+nt")])
        try NgircdServer.configuration(port: 16_667, includeDirectory: directory.path, options: options)
            .write(to: config, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try NgircdServer.findBinary())
        process.arguments = ["--configtest", "--config", config.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("Ports = 16667"))
        #expect(text.contains("Listen = 127.0.0.1"))
        #expect(text.contains("MaxPenaltyTime = 0"))
        #expect(text.contains("DNS = no"))
        #expect(text.contains("PAM = no"))
    }
}
