import Testing

@testable import Proxy

extension IRCMessageTests {
    /// The quick read of a plain PRIVMSG or NOTICE finds what the full parse does, and leaves
    /// every other line to it.
    struct PlainMessages {
        /// Lines it reads: the target and the text.
        static let plain: [(String, String, String)] = [
            ("PRIVMSG #help :your fault, not mine", "#help", "your fault, not mine"),
            ("privmsg #c :shut up", "#c", "shut up"),
            ("Notice bob :read the manual", "bob", "read the manual"),
            ("PRIVMSG alice,#sales :calm down", "alice,#sales", "calm down"),
            ("PRIVMSG   #c   :  spaced  ", "#c", "  spaced  "),
            ("PRIVMSG #c :", "#c", ""),
            ("PRIVMSG #c ::)", "#c", ":)"),
            ("PRIVMSG #c :hi \u{01}ACTION x\u{01}", "#c", "hi \u{01}ACTION x\u{01}"),
            ("PRIVMSG #c :caf\u{E9}", "#c", "caf\u{E9}"),
        ]

        /// Lines it leaves to the full parse.
        static let others = [
            "PRIVMSG #c hello world", "PRIVMSG #c", "PRIVMSG", "PRIVMSG :#c",
            "PRIVMSG #c :\u{01}ACTION waves\u{01}",
            "PRIVMSG #c :\u{01} you", "@label=1 PRIVMSG #c :hi", ":me!u@h PRIVMSG #c :hi", " PRIVMSG #c :hi",
            "PRIVMSGS #c :hi", "PRIVMSG1 #c :hi", "NOTICEX #c :hi", "TOPIC #c :hi", "QUIT :bye", "",
            "PRIVMSG #c :a\u{0}b", "PRIVMSG #c :a\rb", "PRIVMSG #c :a\nb",
        ]

        func plainMessage(_ line: String) -> (target: String, text: String)? {
            Array(line.utf8).withUnsafeBytes { bytes in
                IRCMessage.plainMessage(in: bytes).map {
                    (
                        String(decoding: bytes[$0.target], as: UTF8.self),
                        String(decoding: bytes[$0.text], as: UTF8.self)
                    )
                }
            }
        }

        @Test("plain lines: the target and text the full parse finds", arguments: plain.indices)
        func reads(_ i: Int) throws {
            let (line, target, text) = Self.plain[i]
            let found = try #require(plainMessage(line))
            #expect(found.target == target)
            #expect(found.text == text)
            let message = try IRCMessage(parsing: line)
            #expect(message.parameterString(0) == target)
            let texts = message.moderatedTexts
            #expect(texts.count == 1)
            #expect(texts.first.map { String(decoding: message.bytes(of: $0), as: UTF8.self) } == text)
        }

        @Test(
            "a session's plain message is the one it interprets, rewrites included", arguments: plain.indices)
        func sessionMessage(_ i: Int) throws {
            let line = Array(Self.plain[i].0.utf8)
            var session = IRCSession(serviceNick: "decorum")
            let quick = try #require(session.plainMessage(line))
            guard case .message(let full) = session.interpret(line) else {
                Issue.record("not interpreted as a message")
                return
            }
            #expect(quick.raw == full.raw && quick.texts == full.texts)
            #expect(quick.conversation == full.conversation && full.cannotWait == nil)
            for replacement in ["Thanks for waiting.", "", ":)", "two  spaces", "caf\u{E9} \u{01}"] {
                let bytes = Array(replacement.utf8)
                #expect(quick.rewrite(0, bytes) == full.rewrite(0, bytes), "\(replacement)")
            }
            #expect(IRCSession(serviceNick: "bob").plainMessage(Array("PRIVMSG BOB :accept".utf8)) == nil)
        }

        @Test("other lines are left to the full parse", arguments: others)
        func leaves(_ line: String) {
            #expect(plainMessage(line) == nil)
        }
    }
}
