import NIOCore
import Testing

@testable import Proxy

extension IRCMessageTests {
    /// Decorum's own notices to the agent, split so that no line is over-long.
    struct Notices {
        @Test("a notice comes from the service nick")
        func notice() {
            let notice = IRCMessage.notice(
                from: "decorum", to: "alice", text: "Blocked: blame (rule en.blame).")
            #expect(
                String(decoding: notice.serialized, as: UTF8.self)
                    == ":decorum NOTICE alice :Blocked: blame (rule en.blame).")
            #expect(notice.sourceString == "decorum")
            #expect(notice.verb == "NOTICE")
            #expect(notice.parameterStrings == ["alice", "Blocked: blame (rule en.blame)."])
        }

        @Test("a notice is one line whatever the text holds")
        func oneLine() throws {
            let notice = IRCMessage.notice(from: "decorum", to: "alice", text: "one\r\ntwo\nthree\u{0}")
            #expect(
                String(decoding: notice.serialized, as: UTF8.self) == ":decorum NOTICE alice :one  two three "
            )
            #expect(try IRCMessage(parsing: notice.serialized) == notice)
            let pieces = IRCMessage.notices(from: "decorum", to: "alice", text: "a\nb")
            #expect(pieces.map { $0.parameterString(1) } == ["a b"])
        }

        @Test("a short text is one notice, the same as notice(from:to:text:)")
        func short() {
            let text = String(repeating: "x", count: 510 - ":decorum NOTICE alice :".utf8.count)
            #expect(
                IRCMessage.notices(from: "decorum", to: "alice", text: text)
                    == [IRCMessage.notice(from: "decorum", to: "alice", text: text)])
            #expect(IRCMessage.notices(from: "decorum", to: "alice", text: text + "y").count == 2)
            #expect(
                IRCMessage.notices(from: "d", to: "a", text: "") == [
                    IRCMessage.notice(from: "d", to: "a", text: "")
                ])
        }

        @Test("a long text splits after spaces")
        func words() {
            let pieces = IRCMessage.notices(
                from: "decorum", to: "al", text: "one two three four five", maxBytes: 30)
            // `:decorum NOTICE al :` is 20 bytes, leaving 10 for text.
            #expect(pieces.map { $0.parameterString(1)! } == ["one two ", "three ", "four five"])
            #expect(pieces.allSatisfy { $0.serialized.count <= 30 })
        }

        @Test("a word longer than a line splits between characters, never inside one")
        func longWord() {
            // "é" is 2 bytes, "👍🏽" one character of 8, "日" 3: 10 bytes of text per line.
            let text = "ééééééé👍🏽日日日"
            let pieces = IRCMessage.notices(from: "decorum", to: "al", text: text, maxBytes: 30)
            #expect(pieces.map { $0.parameterString(1)! } == ["ééééé", "éé", "👍🏽", "日日日"])
            // A character over the budget splits between its scalars.
            let family = "👨‍👩‍👧"  // 18 bytes, one character
            let scalars = IRCMessage.notices(from: "decorum", to: "al", text: family, maxBytes: 30)
            #expect(scalars.map { $0.parameterString(1)! } == ["👨\u{200D}", "👩\u{200D}", "👧"])
        }

        @Test("random texts: every piece fits, is UTF-8, and the pieces join to the text")
        func randomTexts() throws {
            let words = [
                "a", "the", "policy", "é", "naïve", "日本語", "👍🏽", "👨‍👩‍👧", "e\u{301}", ":colon", "x", " ",
                String(repeating: "long", count: 40), String(repeating: "ж", count: 90),
            ]
            for seed in IRCMessageTests.seeds(count: 2_000) {
                var random = IRCRandom(seed: seed)
                let text = (0..<Int.random(in: 0...120, using: &random)).map { _ in random.pick(words) }
                    .joined(
                        separator: random.chance(80) ? " " : "")
                let target = random.pick(["alice", "*", "a-very-long-nickname-indeed"])
                let maxBytes = random.chance(50) ? 510 : Int.random(in: 50...200, using: &random)
                let pieces = IRCMessage.notices(from: "decorum", to: target, text: text, maxBytes: maxBytes)
                var joined: [UInt8] = []
                for piece in pieces {
                    #expect(
                        piece.serialized.count <= maxBytes, "seed \(seed): \(piece.serialized.count) bytes")
                    #expect(
                        Array(String(decoding: piece.parameters[1], as: UTF8.self).utf8)
                            == piece.parameters[1],
                        "seed \(seed): broken UTF-8")
                    #expect(!piece.parameters[1].isEmpty || pieces.count == 1, "seed \(seed): empty piece")
                    #expect(try IRCMessage(parsing: piece.serialized) == piece, "seed \(seed)")
                    #expect(
                        piece.parameterString(0) == target && piece.sourceString == "decorum", "seed \(seed)")
                    joined += piece.parameters[1]
                }
                #expect(joined == Array(text.utf8), "seed \(seed): the pieces do not join to the text")
                // The one-line shortcut gives the same line, or leaves the text to the split.
                let line = IRCMessage.noticeLine(
                    from: Array("decorum".utf8), to: target, text: text, maxBytes: maxBytes)
                #expect(line == (pieces.count == 1 ? pieces[0].serialized : nil), "seed \(seed)")
                // Written into a buffer: the same line with its CRLF, or nothing.
                var buffer = ByteBuffer(bytes: [0x41])
                let written = IRCMessage.writeNoticeLine(
                    from: Array("decorum".utf8), to: target, text: text, into: &buffer, maxBytes: maxBytes)
                #expect(written == (line != nil), "seed \(seed)")
                #expect(
                    Array(buffer.readableBytesView) == [0x41] + (line.map { $0 + [0x0D, 0x0A] } ?? []),
                    "seed \(seed)")
            }
        }

        @Test("a session's notices from a text's bytes are those from the text, split or cleaned alike")
        func noticesFromBytes() {
            var session = IRCSession(serviceNick: "decorum")
            let texts = [
                "", "Sent, but criticizing-client “your fault” — Say what happened.", "a\r\nb",
                "nul\u{0}here",
                String(repeating: "ж", count: 300), String(repeating: "long words ", count: 60),
                ":colon first",
            ]
            for nick in [nil, "alice"] {
                session.nick = nick
                for text in texts {
                    var fromString = ByteBuffer()
                    session.writeNotices(text, verdict: nil, into: &fromString)
                    var fromBytes = ByteBuffer()
                    session.writeNotices(bytes: Array(text.utf8), verdict: nil, into: &fromBytes)
                    #expect(fromBytes == fromString, "\(text.prefix(20))")
                    #expect(fromString.readableBytes > 0)
                }
            }
        }

        @Test("the one-line shortcut: the line of the split, and nil for what must be cleaned or split")
        func oneLineShortcut() {
            for text in ["", ":starts with a colon", "one", "two words", "日本語", "é:x"] {
                #expect(
                    IRCMessage.noticeLine(from: Array("decorum".utf8), to: "alice", text: text)
                        == IRCMessage.notices(from: "decorum", to: "alice", text: text)[0].serialized,
                    "\(text)")
            }
            #expect(IRCMessage.noticeLine(from: Array("decorum".utf8), to: "alice", text: "a\nb") == nil)
            #expect(IRCMessage.noticeLine(from: Array("decorum".utf8), to: "alice", text: "a\u{0}b") == nil)
            #expect(
                IRCMessage.noticeLine(
                    from: Array("decorum".utf8), to: "alice", text: String(repeating: "x", count: 600)) == nil
            )
        }

        @Test("the scan for line breaks and spaces, eight bytes at a time, against one at a time")
        func scanAgainstBytes() {
            for length in 0..<40 {
                for position in 0..<max(length, 1) {
                    for special: UInt8 in [0x00, 0x0A, 0x0D, 0x20, 0x09, 0x0B, 0x2E, 0xFF, 0x8A, 0x80] {
                        var bytes = (0..<length).map { UInt8(0x41 + $0 % 26) }
                        if position < length { bytes[position] = special }
                        let scanned = bytes.withUnsafeBytes { IRCMessage.scan($0) }
                        #expect(
                            scanned.breaksLine == bytes.contains { $0 == 0 || $0 == 0x0A || $0 == 0x0D }
                                && scanned.hasSpace == bytes.contains(0x20),
                            "\(length) bytes, \(special) at \(position)")
                    }
                }
            }
        }

        @Test("nicks that leave no room still make progress, one scalar per line")
        func tinyBudget() {
            let pieces = IRCMessage.notices(from: "decorum", to: "alice", text: "日本", maxBytes: 10)
            #expect(pieces.map { $0.parameterString(1)! } == ["日", "本"])
        }
    }
}
