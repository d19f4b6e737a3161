import NIOCore
import Testing

@testable import Proxy

/// The agent's identity: the nick, or the account the server logged it in as (SASL passed through).
@Suite struct IRCAccountTests {
    func serverLine(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    @Test("900 makes the account the agent's identity; 901 goes back to the nick")
    func account() {
        var session = IRCSession(serviceNick: "decorum")
        _ = session.interpret(Array("NICK anna".utf8))
        #expect(session.agent == "anna")
        session.fromServer(serverLine(":irc.example 001 anna :Welcome"))
        #expect(session.agent == "anna")
        session.fromServer(
            serverLine(
                "@time=2026-11-22T10:00:00Z :irc.example 900 anna anna!a@host anna.k :You are now logged in as anna.k"
            ))
        #expect(session.agent == "anna.k")
        session.fromServer(serverLine(":irc.example 903 anna :SASL authentication successful"))
        #expect(session.agent == "anna.k")
        session.fromServer(serverLine(":irc.example 901 anna anna!a@host :You are now logged out"))
        #expect(session.agent == "anna")
    }

    @Test("lines that only look like 900 change nothing")
    func lookalikes() {
        var session = IRCSession(serviceNick: "decorum")
        _ = session.interpret(Array("NICK anna".utf8))
        session.fromServer(serverLine(":bob!b@h PRIVMSG #support :call 900 anna x y"))
        session.fromServer(serverLine(":irc.example 900 anna"))
        session.fromServer(serverLine("garbage 900 \u{1}"))
        #expect(session.agent == "anna")
    }
}
