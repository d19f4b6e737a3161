import Proxy
import Testing

extension IRCMessageTests {
    /// Which free text of a message is checked, and how a rewrite goes back in.
    struct ModeratedTexts {
        /// A line and the texts it must give: (parameter, text, isAction, range).
        struct Row: Sendable, CustomTestStringConvertible {
            var name: String
            var line: String
            var expected: [Expected]
            var testDescription: String { name }

            struct Expected: Sendable {
                var parameter: Int
                var text: String
                var isAction: Bool
                var range: Range<Int>
            }

            init(_ name: String, _ line: String, _ expected: (Int, String, Bool, Range<Int>)...) {
                self.name = name
                self.line = line
                self.expected = expected.map {
                    Expected(parameter: $0.0, text: $0.1, isAction: $0.2, range: $0.3)
                }
            }
        }

        static let rows: [Row] = [
            Row(
                "PRIVMSG to a channel", "PRIVMSG #help :your fault, not mine",
                (1, "your fault, not mine", false, 0..<20)),
            Row("PRIVMSG to a nick", "PRIVMSG bob hi", (1, "hi", false, 0..<2)),
            Row(
                "PRIVMSG with a source and tags", "@label=1 :me!u@h PRIVMSG #c :hello there",
                (1, "hello there", false, 0..<11)),
            Row("lower-case privmsg", "privmsg #c :shut up", (1, "shut up", false, 0..<7)),
            Row("mixed-case Notice", "Notice #c :whatever", (1, "whatever", false, 0..<8)),
            Row("NOTICE", "NOTICE bob :read the manual", (1, "read the manual", false, 0..<15)),
            Row(
                "several targets are one message", "PRIVMSG alice,#sales,&ops :calm down",
                (1, "calm down", false, 0..<9)),
            Row("empty text is still the text", "PRIVMSG #c :", (1, "", false, 0..<0)),
            Row("PRIVMSG without text", "PRIVMSG #c"),
            Row("PRIVMSG alone", "PRIVMSG"),
            Row(
                "extra middle parameters: the text is parameter 1", "PRIVMSG #c hello world",
                (1, "hello", false, 0..<5)),
            Row(
                "CTCP ACTION closed", "PRIVMSG #c :\u{01}ACTION hates you\u{01}",
                (1, "hates you", true, 8..<17)),
            Row(
                "CTCP ACTION not closed", "PRIVMSG #c :\u{01}ACTION hates you", (1, "hates you", true, 8..<17)
            ),
            Row(
                "CTCP ACTION in a NOTICE", "NOTICE #c :\u{01}ACTION shrugs\u{01}", (1, "shrugs", true, 8..<14)
            ),
            Row(
                "CTCP ACTION in lower case", "PRIVMSG #c :\u{01}action sighs\u{01}",
                (1, "sighs", true, 8..<13)),
            Row("CTCP ACTION with no text", "PRIVMSG #c :\u{01}ACTION\u{01}", (1, "", true, 7..<7)),
            Row("CTCP ACTION with no text, not closed", "PRIVMSG #c \u{01}ACTION", (1, "", true, 7..<7)),
            Row(
                "CTCP ACTION with a space and nothing else", "PRIVMSG #c :\u{01}ACTION \u{01}",
                (1, "", true, 8..<8)),
            Row(
                "CTCP ACTION keeps inner spaces and \\u{01}", "PRIVMSG #c :\u{01}ACTION  a \u{01} b\u{01}",
                (1, " a \u{01} b", true, 8..<14)),
            Row("CTCP VERSION request", "PRIVMSG bob :\u{01}VERSION\u{01}"),
            // Clients show a CTCP's arguments (HexChat shows an unknown request's text): checked.
            Row(
                "CTCP PING with an argument", "PRIVMSG bob :\u{01}PING 1712345678\u{01}",
                (1, "1712345678", false, 6..<16)),
            Row(
                "CTCP reply in a NOTICE", "NOTICE bob :\u{01}VERSION irssi 1.4\u{01}",
                (1, "irssi 1.4", false, 9..<18)),
            Row(
                "CTCP ACTIONS is not ACTION, its text is checked", "PRIVMSG #c :\u{01}ACTIONS x\u{01}",
                (1, "x", false, 9..<10)),
            Row(
                "any CTCP's text is checked", "PRIVMSG #c :\u{01}VERSION It's your fault",
                (1, "It's your fault", false, 9..<24)),
            Row(
                "a CTCP with no command is read as text", "PRIVMSG #c :\u{01} you idiot",
                (1, "\u{01} you idiot", false, 0..<11)),
            Row(
                "\\u{01} after the start is text", "PRIVMSG #c :hi \u{01}ACTION x\u{01}",
                (1, "hi \u{01}ACTION x\u{01}", false, 0..<13)),
            Row(
                "TOPIC with a text", "TOPIC #c :Closed until Monday, deal with it",
                (1, "Closed until Monday, deal with it", false, 0..<33)),
            Row("TOPIC cleared", "TOPIC #c :", (1, "", false, 0..<0)),
            Row("TOPIC query", "TOPIC #c"),
            Row(
                "PART with a reason", "PART #c,#d :this team is hopeless",
                (1, "this team is hopeless", false, 0..<21)),
            Row("PART without a reason", "PART #c"),
            Row("QUIT with a reason", "QUIT :done with you", (0, "done with you", false, 0..<13)),
            Row("QUIT without a reason", "QUIT"),
            Row("KICK with a comment", "KICK #c bob :get lost", (2, "get lost", false, 0..<8)),
            Row("KICK without a comment", "KICK #c bob"),
            Row(
                "AWAY with a message", "AWAY :lunch, bother someone else",
                (0, "lunch, bother someone else", false, 0..<26)),
            Row("AWAY back", "AWAY"),
            Row(
                "CPRIVMSG to a nick in a shared channel", "CPRIVMSG bob #help :your fault",
                (2, "your fault", false, 0..<10)),
            Row(
                "CNOTICE in lower case", "cnotice bob #help :calm down", (2, "calm down", false, 0..<9)),
            Row(
                "CPRIVMSG with a CTCP ACTION", "CPRIVMSG bob #c :\u{01}ACTION sighs\u{01}",
                (2, "sighs", true, 8..<13)),
            Row("CPRIVMSG with a CTCP request", "CPRIVMSG bob #c :\u{01}VERSION\u{01}"),
            Row("CPRIVMSG without text", "CPRIVMSG bob #c"),
            Row(
                "SQUERY to a service", "SQUERY helpserv :you people are useless",
                (1, "you people are useless", false, 0..<22)),
            Row(
                "KNOCK with a message", "KNOCK #vip :let me in already",
                (1, "let me in already", false, 0..<17)),
            Row("KNOCK without a message", "KNOCK #vip"),
            Row("WALLOPS", "WALLOPS :everyone calm down", (0, "everyone calm down", false, 0..<18)),
            Row("SETNAME", "SETNAME :Grumpy Agent", (0, "Grumpy Agent", false, 0..<12)),
            Row("SETNAME without a name", "SETNAME"),
            Row("JOIN carries no text", "JOIN #c key"),
            Row("NICK carries no text", "NICK idiot"),
            Row("USER real name is not moderated", "USER u 0 * :Real Name"),
            Row("numeric from a server", ":srv 332 me #c :a topic"),
            Row("TAGMSG", "@+typing=active TAGMSG #c"),
        ]

        @Test("moderated texts of each command", arguments: rows)
        func texts(row: Row) throws {
            let message = try IRCMessage(parsing: row.line)
            let texts = message.moderatedTexts
            #expect(texts.count == row.expected.count)
            for (text, expected) in zip(texts, row.expected) {
                #expect(text.parameter == expected.parameter)
                #expect(text.range == expected.range)
                #expect(text.isAction == expected.isAction)
                #expect(message.bytes(of: text).elementsEqual(expected.text.utf8))
                #expect(message.parameters[text.parameter][text.range].elementsEqual(expected.text.utf8))
            }
        }

        @Test("the range is a byte range: invalid UTF-8 and multi-byte text")
        func byteRanges() throws {
            let line = Array("PRIVMSG #c :\u{01}ACTION caf\u{E9} ".utf8) + [0xFF, 0x01]
            let message = try IRCMessage(parsing: line)
            let text = try #require(message.moderatedTexts.first)
            #expect(text == ModeratedText(parameter: 1, range: 8..<15, isAction: true))
            #expect(Array(message.bytes(of: text)) == Array("caf\u{E9} ".utf8) + [0xFF])
        }

        /// A line, a replacement for its first moderated text, and the line written after.
        struct ReplaceRow: Sendable, CustomTestStringConvertible {
            var name: String
            var line: String
            var replacement: [UInt8]
            var expected: String
            var testDescription: String { name }

            init(_ name: String, _ line: String, _ replacement: String, _ expected: String) {
                self.init(name, line, Array(replacement.utf8), expected)
            }

            init(_ name: String, _ line: String, _ replacement: [UInt8], _ expected: String) {
                self.name = name
                self.line = line
                self.replacement = replacement
                self.expected = expected
            }
        }

        static let replaceRows: [ReplaceRow] = [
            ReplaceRow("PRIVMSG", "PRIVMSG #c :your fault", "let's fix it", "PRIVMSG #c :let's fix it"),
            ReplaceRow(
                "tags and source kept", "@label=x :me!u@h PRIVMSG a,#b :your fault", "sorry about that",
                "@label=x :me!u@h PRIVMSG a,#b :sorry about that"),
            ReplaceRow("one word needs no ':'", "PRIVMSG #c :shut up", "thanks", "PRIVMSG #c thanks"),
            ReplaceRow("to nothing", "PRIVMSG #c :shut up", "", "PRIVMSG #c :"),
            ReplaceRow("a rewrite starting with ':'", "PRIVMSG #c :no", ":)", "PRIVMSG #c ::)"),
            ReplaceRow(
                "lower-case command kept", "notice bob :rtfm", "see the guide", "notice bob :see the guide"),
            ReplaceRow(
                "ACTION closed stays closed", "PRIVMSG #c :\u{01}ACTION hates you\u{01}", "waves",
                "PRIVMSG #c :\u{01}ACTION waves\u{01}"),
            ReplaceRow(
                "ACTION not closed stays not closed", "PRIVMSG #c :\u{01}ACTION hates you", "waves",
                "PRIVMSG #c :\u{01}ACTION waves"),
            ReplaceRow(
                "lower-case action kept", "PRIVMSG #c :\u{01}action sighs\u{01}", "smiles",
                "PRIVMSG #c :\u{01}action smiles\u{01}"),
            ReplaceRow("TOPIC", "TOPIC #c :deal with it", "Back on Monday", "TOPIC #c :Back on Monday"),
            ReplaceRow("PART", "PART #c,#d :hopeless", "see you", "PART #c,#d :see you"),
            ReplaceRow("QUIT", "QUIT :done with you", "bye", "QUIT bye"),
            ReplaceRow(
                "KICK", "KICK #c bob :get lost", "please read the rules", "KICK #c bob :please read the rules"
            ),
            ReplaceRow("AWAY", "AWAY :bother someone else", "at lunch", "AWAY :at lunch"),
            ReplaceRow(
                "CR, LF and NUL cannot start another command", "PRIVMSG #c :x", "a\r\nQUIT :b\u{0}c",
                "PRIVMSG #c :a  QUIT :b c"),
            ReplaceRow(
                "\\u{01} cannot end the ACTION early", "PRIVMSG #c :\u{01}ACTION x\u{01}", "a\u{01}b",
                "PRIVMSG #c :\u{01}ACTION a b\u{01}"),
            ReplaceRow(
                "a middle text that needs ':' drops what follows", "PRIVMSG #c hello extra", "hi there",
                "PRIVMSG #c :hi there"),
            ReplaceRow(
                "a middle text that needs no ':' keeps what follows", "PRIVMSG #c hello extra", "hi",
                "PRIVMSG #c hi extra"),
            ReplaceRow(
                "invalid UTF-8 in the rewrite is kept", "PRIVMSG #c :x", [0x61, 0xFF, 0x20, 0x62],
                "PRIVMSG #c :a\u{FFFD} b"),
        ]

        @Test("a rewrite goes back in place", arguments: replaceRows)
        func replace(row: ReplaceRow) throws {
            let message = try IRCMessage(parsing: row.line)
            let text = try #require(message.moderatedTexts.first)
            let rewritten = message.replacingText(text, with: row.replacement)
            #expect(String(decoding: rewritten.serialized, as: UTF8.self) == row.expected)
            #expect(try IRCMessage(parsing: rewritten.serialized) == rewritten)
            // The rewrite is what is moderated next, and is an ACTION when the original was.
            let again = try #require(rewritten.moderatedTexts.first)
            #expect(again.isAction == text.isAction)
            #expect(again.parameter == text.parameter)
        }

        @Test("replacing keeps the raw bytes of the rewrite and of what surrounds it")
        func replaceBytes() throws {
            let message = try IRCMessage(parsing: Array("@a=1 :me PRIVMSG #c :\u{01}ACTION x\u{01}".utf8))
            let text = try #require(message.moderatedTexts.first)
            let rewritten = message.replacingText(text, with: [0xC3, 0xA9, 0xFF])
            #expect(rewritten.parameters[1] == [0x01] + Array("ACTION ".utf8) + [0xC3, 0xA9, 0xFF, 0x01])
            #expect(rewritten.tags == message.tags)
            #expect(rewritten.source == message.source)
            #expect(rewritten.parameters[0] == message.parameters[0])
            #expect(rewritten.moderatedTexts == [ModeratedText(parameter: 1, range: 8..<11, isAction: true)])
        }
    }
}
