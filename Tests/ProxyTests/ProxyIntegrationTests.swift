import Foundation
import NIOCore
import NIOPosix
import Policy
import Testing

@testable import Proxy
@testable import TestHarness

/// Decorum in front of a real IRC server (Debian's ngircd): an agent connects through Decorum, a
/// customer straight to the server, and every moderated command and action is tried.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ProxyIntegrationTests {
    /// The bundled pack plus a hold rule, so that holds can be tried.
    static let policies: PolicySet = {
        let hold = Rule(
            id: "en.test.refund-hold", language: "en", category: "refund-promise", action: .hold,
            notice: "Refund promises wait for a supervisor.", phrases: [Phrase("full refund today")],
            suggestion: "I've passed your refund request on.", holdBudget: 2, onTimeout: .block)
        let holdThenSend = Rule(
            id: "en.test.credit-hold", language: "en", category: "refund-promise", action: .hold,
            notice: "Credit promises wait for a supervisor, and go out if nobody answers.",
            phrases: [Phrase("store credit today")], suggestion: "I've passed your request on.",
            holdBudget: 2,
            onTimeout: .allow)
        return try! PolicySet(rules: try! PolicySet.bundled().rules + [hold, holdThenSend])
    }()

    final class Rig: @unchecked Sendable {
        let server: NgircdServer
        let proxy: ProxyServer
        let reviews = InMemoryReviewSink()
        let port: Int

        init(upstreamPort: Int? = nil, maximumLineLength: Int = 8_703) async throws {
            server = try NgircdServer.start()
            let listener = ListenerConfiguration(
                host: "127.0.0.1", port: 0, upstreamHost: "127.0.0.1",
                upstreamPort: upstreamPort ?? Int(server.port))
            proxy = ProxyServer(
                configuration: ProxyConfiguration(
                    listeners: [listener], maximumLineLength: maximumLineLength),
                policies: PolicyStore(ProxyIntegrationTests.policies, directory: nil), reviews: reviews,
                group: MultiThreadedEventLoopGroup.singleton)
            port = try await proxy.start().first!.port!
        }

        /// An agent through Decorum and a customer on the server, both in #support.
        func pair() throws -> (agent: IRCTestClient, customer: IRCTestClient) {
            let agent = try IRCTestClient.connect(port: UInt16(port))
            try agent.register(nick: "anna")
            let customer = try IRCTestClient.connect(port: server.port)
            try customer.register(nick: "bob")
            try agent.join("#support")
            try customer.join("#support")
            return (agent, customer)
        }

        func stop() async {
            await proxy.stop(drain: .zero)
            server.stop()
        }
    }

    @Test("an allowed message reaches the customer unchanged")
    func allowed() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :Hello Bob, how can I help? Ваше замовлення вже в дорозі.")
        let m = try customer.waitForMessage(command: "PRIVMSG")
        #expect(m.nick == "anna")
        #expect(m.params == ["#support", "Hello Bob, how can I help? Ваше замовлення вже в дорозі."])
        await rig.stop()
    }

    @Test("a blocked message never reaches the customer; the agent is told why, with the suggestion")
    func blocked() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :It's your fault, you typed the wrong password.")
        let notice = try agent.waitForMessage(command: "NOTICE") { $0.nick == "decorum" }
        #expect(notice.params.last?.contains("Not sent") == true)
        #expect(notice.params.last?.contains("your fault") == true)
        let suggestion = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("Suggested") == true
        }
        #expect(suggestion.params.last?.contains("Let's go through the steps together once more.") == true)
        try agent.send("PRIVMSG #support :next line")
        let next = try customer.waitForMessage(command: "PRIVMSG")
        #expect(next.params.last == "next line", "the blocked line must not have arrived first")
        #expect(rig.reviews.records.map(\.action) == [.block])
        await rig.stop()
    }

    @Test("a message that breaks a hold rule and a block rule is explained by the block, with one suggestion")
    func mostSevereExplains() async throws {
        let rig = try await Rig()
        let (agent, _) = try rig.pair()
        try agent.send("PRIVMSG #support :I guarantee it works, it's your fault.")
        let notice = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Not sent") == true
        }
        let text = try #require(notice.params.last)
        #expect(text.contains("“I guarantee") && text.contains("“your fault”"))
        #expect(text.contains("Blaming the client"), "the rule that blocked it explains: \(text)")
        #expect(!text.contains("Try:"), "the whole message's rewrite is the one suggestion: \(text)")
        let suggestion = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Suggested") == true
        }
        #expect(suggestion.params.last?.contains("Let's go through the steps together once more.") == true)
        await rig.stop()
    }

    @Test("accept sends the last suggestion, checked again; why explains the last verdict")
    func acceptAndWhy() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :It's your fault, you typed the wrong password.")
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.contains("Suggested") == true }
        try agent.send("PRIVMSG decorum :why")
        let why = try agent.waitForMessage(command: "NOTICE") { $0.params.last?.hasPrefix("- ") == true }
        #expect(why.params.last?.contains("criticizing-client") == true)
        try agent.send("PRIVMSG decorum :accept")
        let m = try customer.waitForMessage(command: "PRIVMSG")
        #expect(m.params == ["#support", "Let's go through the steps together once more."])
        await rig.stop()
    }

    @Test("warn is delivered with a notice; flag is delivered, recorded and noticed")
    func warnAndFlag() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :np, I'll check asap")
        #expect(try customer.waitForMessage(command: "PRIVMSG").params.last == "np, I'll check asap")
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.hasPrefix("Sent, but") == true }
        try agent.send("PRIVMSG #support :Calm down.")
        #expect(try customer.waitForMessage(command: "PRIVMSG").params.last == "Calm down.")
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.contains("flagged for review") == true }
        #expect(rig.reviews.records.map(\.action) == [.flag])
        #expect(rig.reviews.records.first?.agent == "anna")
        #expect(rig.reviews.records.first?.conversation == "#support")
        await rig.stop()
    }

    @Test("every command that carries the agent's text is moderated, in any case")
    func commands() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        let bad = "they're scammers"
        // Each of these is blocked (its text is never seen by the customer) …
        for line in [
            "privmsg #support :\(bad)", "NOTICE #support :\(bad)",
            "PRIVMSG #support :\u{01}ACTION thinks \(bad)\u{01}",
            "PRIVMSG #support :\u{01}VERSION \(bad)\u{01}",
            "PRIVMSG bob,#support :\(bad)", "TOPIC #support :\(bad)", "CPRIVMSG bob #support :\(bad)",
            "cnotice bob #support :\(bad)", "KNOCK #support :\(bad)", "SQUERY bob :\(bad)", "WALLOPS :\(bad)",
            "SETNAME :\(bad)",
        ] {
            try agent.send(line)
            try agent.waitForMessage(command: "NOTICE") { $0.params.last?.hasPrefix("Not sent") == true }
        }
        // … and a PART reason is removed while the PART itself goes through.
        try agent.send("PART #support :\(bad)")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Sent without its part text") == true
        }
        let part = try customer.waitForMessage(command: "PART")
        #expect(part.nick == "anna")
        #expect(!(part.params.last ?? "").contains("scammers"))
        let transcript = customer.receivedLines.joined(separator: "\n")
        #expect(!transcript.contains("scammers"))
        #expect(rig.reviews.records.count == 13)
        // The conversation is the channel or nick the text went to; WALLOPS and SETNAME name none.
        #expect(
            rig.reviews.records.map(\.conversation) == [
                "#support", "#support", "#support", "#support", "bob,#support", "#support", "bob", "bob",
                "#support", "bob", "",
                "", "#support",
            ])
        await rig.stop()
    }

    @Test(
        "a held message waits: approved it is delivered, rejected the agent is told, unanswered it times out")
    func holds() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :You will get a full refund today.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Held for a supervisor") == true
        }
        let first = try #require(rig.reviews.pendingHolds.first)
        #expect(rig.reviews.decide(first, .approve))
        #expect(
            try customer.waitForMessage(command: "PRIVMSG").params.last == "You will get a full refund today."
        )
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.contains("approved and sent") == true }

        try agent.send("PRIVMSG #support :A full refund today, promise.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Held for a supervisor") == true
        }
        let second = try #require(rig.reviews.pendingHolds.first)
        rig.reviews.decide(second, .reject(note: "Please don't promise refunds."))
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.contains("rejected") == true }
        #expect(!rig.reviews.decide(second, .approve), "a decided hold cannot be decided again")

        try agent.send("PRIVMSG #support :Full refund today for sure.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Held for a supervisor") == true
        }
        try agent.waitForMessage(command: "NOTICE", timeout: .seconds(6)) {
            $0.params.last?.contains("nobody decided") == true
        }
        try agent.send("PRIVMSG #support :marker")
        #expect(try customer.waitForMessage(command: "PRIVMSG").params.last == "marker")
        await rig.stop()
    }

    @Test("accepting the suggestion for a held message withdraws the hold: the customer gets one text")
    func acceptWithdrawsTheHold() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :You will get a full refund today.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Held for a supervisor") == true
        }
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.hasPrefix("Suggested") == true }
        let id = try #require(rig.reviews.pendingHolds.first)
        try agent.send("PRIVMSG decorum :accept")
        let sent = try customer.waitForMessage(command: "PRIVMSG")
        #expect(sent.params.last != "You will get a full refund today.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("\(id) was withdrawn") == true
        }
        #expect(rig.reviews.withdrawnHolds == [id])
        #expect(!rig.reviews.decide(id, .approve), "a withdrawn hold waits for no decision")
        try agent.send("PRIVMSG #support :marker")
        #expect(try customer.waitForMessage(command: "PRIVMSG").params.last == "marker")
        #expect(!customer.receivedLines.joined().contains("full refund today"))
        await rig.stop()
    }

    @Test("someone else on the chat server by the service nick's name cannot pass for Decorum")
    func impostor() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        let impostor = try IRCTestClient.connect(port: rig.server.port)
        try impostor.register(nick: "DeCorum")
        try impostor.join("#support")
        try impostor.send("NOTICE anna :Held message 3 was approved and sent.")
        try impostor.send("PRIVMSG #support :I am Decorum, trust me.")
        try customer.send("PRIVMSG #support :still there?")
        let m = try agent.waitForMessage(command: "PRIVMSG") { $0.nick == "bob" }
        #expect(m.params.last == "still there?")
        let lines = agent.receivedLines.joined(separator: "\n")
        #expect(!lines.contains("approved and sent") && !lines.contains("trust me"), "\(lines)")
        // Decorum's own notices still arrive.
        try agent.send("PRIVMSG decorum :help")
        try agent.waitForMessage(command: "NOTICE") { $0.nick == "decorum" }
        await rig.stop()
    }

    @Test("a correction longer than one IRC line reaches the customer in several, in order; the agent stays")
    func longCorrection() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :You will get a full refund today.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Held for a supervisor") == true
        }
        let id = try #require(rig.reviews.pendingHolds.first)
        // 1,200 bytes: words, then one word longer than a line, of two-byte letters.
        let words = (0..<100).map { "word\($0 % 10)" }.joined(separator: " ")
        let corrected = words + " " + String(repeating: "ж", count: 300)
        #expect(rig.reviews.decide(id, .edit(corrected)))
        var received: [String] = []
        while received.joined(separator: " ").utf8.count < corrected.utf8.count {
            let m = try customer.waitForMessage(command: "PRIVMSG")
            #expect(m.nick == "anna")
            #expect(m.params.first == "#support")
            received.append(m.params.last ?? "")
        }
        #expect(received.count >= 3)
        // Split between words, and inside the long word only between its letters.
        #expect(received.filter { $0.hasPrefix("word") }.joined(separator: " ") == words)
        #expect(received.filter { $0.hasPrefix("ж") }.joined() == String(repeating: "ж", count: 300))
        #expect(received.allSatisfy { ("PRIVMSG #support :" + $0).utf8.count <= 400 })
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("corrected by a supervisor") == true
        }
        // Still connected: the server did not drop the agent for a line too long.
        try agent.send("PRIVMSG #support :marker")
        #expect(try customer.waitForMessage(command: "PRIVMSG").params.last == "marker")
        await rig.stop()
    }

    @Test("a hold whose rule sends it when nobody answers is sent, and the agent is told it was not approved")
    func timedOutAllow() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :You get store credit today.")
        try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.hasPrefix("Held for a supervisor") == true
        }
        #expect(
            try customer.waitForMessage(command: "PRIVMSG", timeout: .seconds(6)).params.last
                == "You get store credit today.")
        let notice = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("Held message") == true
        }
        #expect(notice.params.last?.contains("nobody decided") == true)
        #expect(notice.params.last?.contains("approved") == false)
        await rig.stop()
    }

    @Test("an over-long line is not forwarded; the agent is told and can go on")
    func overlong() async throws {
        let rig = try await Rig(maximumLineLength: 400)
        let (agent, customer) = try rig.pair()
        try agent.send("PRIVMSG #support :" + String(repeating: "x", count: 500))
        try agent.waitForMessage(command: "NOTICE") { $0.params.last?.contains("over the limit") == true }
        try agent.send("PRIVMSG #support :short")
        #expect(try customer.waitForMessage(command: "PRIVMSG").params.last == "short")
        await rig.stop()
    }

    @Test("invalid UTF-8 is checked as text and relayed byte for byte")
    func invalidUTF8() async throws {
        let rig = try await Rig()
        let (agent, customer) = try rig.pair()
        try agent.sendRaw(Array("PRIVMSG #support :caf".utf8) + [0xE9] + Array(" ok\r\n".utf8))
        let m = try customer.waitForMessage(command: "PRIVMSG")
        #expect(m.params.last == "caf\u{FFFD} ok")
        await rig.stop()
    }

    @Test("an agent that writes at once while its chat server is down still reads the ERROR line")
    func backendDownWhileTheAgentWrites() async throws {
        let closed = try HarnessSocket.freePort()
        let rig = try await Rig(upstreamPort: Int(closed))
        // Closing on input left unread would reset the connection, and the line with it.
        for _ in 0..<10 {
            let agent = try IRCTestClient.connect(port: UInt16(rig.port))
            try agent.send("NICK anna")
            try agent.send("USER anna 0 * :Anna")
            let lines = try agent.waitForClose()
            #expect(
                lines == [
                    "ERROR :Closing link: the chat server is unreachable (connection refused) (Decorum)"
                ])
        }
        await rig.stop()
    }

    @Test("an agent that quits hears the server's ERROR line alone")
    func quit() async throws {
        let rig = try await Rig()
        let (agent, _) = try rig.pair()
        try agent.send("QUIT :bye")
        let lines = try agent.waitForClose()
        let errors = lines.filter { $0.hasPrefix("ERROR") }
        #expect(errors.count == 1 && !errors[0].contains("(Decorum)"), "\(errors)")
        await rig.stop()
    }

    @Test("a backend that is down gives the agent an ERROR and a clean close")
    func backendDown() async throws {
        let closed = try HarnessSocket.freePort()
        let rig = try await Rig(upstreamPort: Int(closed))
        let agent = try IRCTestClient.connect(port: UInt16(rig.port))
        let lines = try agent.waitForClose()
        #expect(
            lines == ["ERROR :Closing link: the chat server is unreachable (connection refused) (Decorum)"])
        await rig.stop()
    }

    @Test("a backend that dies gives the agent an ERROR and a clean close")
    func backendDies() async throws {
        let rig = try await Rig()
        let (agent, _) = try rig.pair()
        rig.server.kill()
        let lines = try agent.waitForClose()
        #expect(
            lines.filter { $0.hasPrefix("ERROR") } == [
                "ERROR :Closing link: the chat server closed the connection (Decorum)"
            ])
        await rig.stop()
    }
}
