import Foundation
import Proxy
import Testing

/// Reading and writing IRC lines: tags, source, command, parameters, errors, round trips.
struct IRCMessageTests {
    /// One line and what it must read as.
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var line: [UInt8]
        var tags: [IRCMessage.Tag] = []
        var source: String? = nil
        var command: String
        var parameters: [[UInt8]]
        /// The line written back, when it differs from `line`.
        var serialized: [UInt8]? = nil

        init(
            _ name: String, _ line: String, tags: [(String, String)] = [], source: String? = nil,
            command: String, _ parameters: [String], serialized: String? = nil
        ) {
            self.init(
                name, Array(line.utf8), tags: tags, source: source, command: command,
                parameters.map { Array($0.utf8) }, serialized: serialized.map { Array($0.utf8) })
        }

        init(
            _ name: String, _ line: [UInt8], tags: [(String, String)] = [], source: String? = nil,
            command: String, _ parameters: [[UInt8]], serialized: [UInt8]? = nil
        ) {
            self.name = name
            self.line = line
            self.tags = tags.map { IRCMessage.Tag($0.0, $0.1) }
            self.source = source
            self.command = command
            self.parameters = parameters
            self.serialized = serialized
        }

        var testDescription: String { name }
    }

    static let rfcRows: [Row] = [
        Row(
            "RFC 1459 NICK with a source", ":WiZ!jto@tolsun.oulu.fi NICK Kilroy",
            source: "WiZ!jto@tolsun.oulu.fi",
            command: "NICK", ["Kilroy"]),
        Row(
            "RFC 1459 KILL: middle parameters split on spaces",
            ":syrk KILL david (csd.bu.edu <- tolsun.oulu.fi)",
            source: "syrk", command: "KILL", ["david", "(csd.bu.edu", "<-", "tolsun.oulu.fi)"]),
        Row(
            "RFC 1459 PRIVMSG with a trailing text", "PRIVMSG Angel :yes I'm receiving it !",
            command: "PRIVMSG",
            ["Angel", "yes I'm receiving it !"]),
        Row(
            "RFC 2812 PRIVMSG relayed by the server",
            ":Angel!wings@irc.org PRIVMSG Wiz :Are you receiving this message ?",
            source: "Angel!wings@irc.org", command: "PRIVMSG", ["Wiz", "Are you receiving this message ?"]),
        Row(
            "RFC 2812 JOIN with keys", "JOIN #foo,#bar fubar,foobar", command: "JOIN",
            ["#foo,#bar", "fubar,foobar"]),
        Row(
            "RFC 2812 MODE", "MODE #Finnish +imI *!*@*.fi", command: "MODE", ["#Finnish", "+imI", "*!*@*.fi"]),
        Row(
            "RFC 2812 KICK without a comment", "KICK &Melbourne Matthew", command: "KICK",
            ["&Melbourne", "Matthew"]),
        Row("RFC 2812 TOPIC", "TOPIC #test :another topic", command: "TOPIC", ["#test", "another topic"]),
        Row(
            "RFC 2812 PART with a reason", "PART #twilight_zone :I lost", command: "PART",
            ["#twilight_zone", "I lost"]),
        Row("RFC 2812 QUIT", "QUIT :Gone to have lunch", command: "QUIT", ["Gone to have lunch"]),
        Row(
            "RFC 2812 USER", "USER guest 0 * :Ronnie Reagan", command: "USER",
            ["guest", "0", "*", "Ronnie Reagan"]),
        Row("no parameters", "QUIT", command: "QUIT", []),
        Row(
            "numeric reply",
            ":irc.example.net 001 nick :Welcome to the Internet Relay Network nick!user@host",
            source: "irc.example.net", command: "001",
            ["nick", "Welcome to the Internet Relay Network nick!user@host"]),
        Row(
            "numeric with a star", ":srv 433 * ann :Nickname is already in use", source: "srv",
            command: "433",
            ["*", "ann", "Nickname is already in use"]),
        Row(
            "lower-case command kept as written", "privmsg #c :hi there", command: "privmsg",
            ["#c", "hi there"]),
        Row("mixed-case command kept as written", "PrivMsg #c hi", command: "PrivMsg", ["#c", "hi"]),
    ]

    static let tagRows: [Row] = [
        Row(
            "IRCv3 tags, one without a value, a vendor key",
            "@aaa=bbb;ccc;example.com/ddd=eee :nick!ident@host.com PRIVMSG me :Hello",
            tags: [("aaa", "bbb"), ("ccc", ""), ("example.com/ddd", "eee")], source: "nick!ident@host.com",
            command: "PRIVMSG", ["me", "Hello"],
            serialized: "@aaa=bbb;ccc;example.com/ddd=eee :nick!ident@host.com PRIVMSG me Hello"),
        Row(
            "client-only tag", "@+example.com/foo=bar :irc.example.com NOTICE #channel :A notice",
            tags: [("+example.com/foo", "bar")], source: "irc.example.com", command: "NOTICE",
            ["#channel", "A notice"]),
        Row(
            "every escape", #"@msg=a\:b\sc\\d\re\nf PRIVMSG #c x"#, tags: [("msg", "a;b c\\d\re\nf")],
            command: "PRIVMSG", ["#c", "x"]),
        Row(
            "unknown escape drops the backslash, so does a final one", #"@a=\x\;b=1\ PING x"#,
            tags: [("a", "x"), ("b", "1")], command: "PING", ["x"], serialized: "@a=x;b=1 PING x"),
        Row(
            "empty value is no value", "@a=;b TAGMSG #c", tags: [("a", ""), ("b", "")], command: "TAGMSG",
            ["#c"],
            serialized: "@a;b TAGMSG #c"),
        Row(
            "time tag with a source",
            "@time=2011-10-19T16:40:51.620Z :Entity!user@host PRIVMSG #chan :hi all",
            tags: [("time", "2011-10-19T16:40:51.620Z")], source: "Entity!user@host", command: "PRIVMSG",
            ["#chan", "hi all"]),
        Row(
            "repeated key kept twice", "@a=1;a=2 PING x", tags: [("a", "1"), ("a", "2")], command: "PING",
            ["x"]),
        Row(
            "empty elements skipped", "@a=1;;b=2; PING x", tags: [("a", "1"), ("b", "2")], command: "PING",
            ["x"],
            serialized: "@a=1;b=2 PING x"),
        Row(
            "'=' inside a value", "@a=b=c PING x", tags: [("a", "b=c")], command: "PING", ["x"]),
    ]

    static let parameterRows: [Row] = [
        Row(
            "single-word trailing written as middle", "PRIVMSG #c :hello", command: "PRIVMSG",
            ["#c", "hello"], serialized: "PRIVMSG #c hello"),
        Row("middle text", "PRIVMSG #c hello", command: "PRIVMSG", ["#c", "hello"]),
        Row("colon inside a middle parameter", "CMD a:b c", command: "CMD", ["a:b", "c"]),
        Row(
            "colons inside the trailing", "PRIVMSG #c :hello :world: ok", command: "PRIVMSG",
            ["#c", "hello :world: ok"]),
        Row("trailing starting with a colon", "PRIVMSG #c ::)", command: "PRIVMSG", ["#c", ":)"]),
        Row("empty trailing", "PRIVMSG #c :", command: "PRIVMSG", ["#c", ""]),
        Row("trailing that is only spaces", "PRIVMSG #c :   ", command: "PRIVMSG", ["#c", "   "]),
        Row(
            "trailing with leading and inner runs of spaces", "PRIVMSG #c :  a  b ", command: "PRIVMSG",
            ["#c", "  a  b "]),
        Row(
            "runs of spaces separate once; spaces at the ends ignored", "  PRIVMSG   #c    hi  ",
            command: "PRIVMSG",
            ["#c", "hi"], serialized: "PRIVMSG #c hi"),
        Row(
            "spaces before the trailing", "@a=1   :src   PRIVMSG   #c   :x y", tags: [("a", "1")],
            source: "src",
            command: "PRIVMSG", ["#c", "x y"], serialized: "@a=1 :src PRIVMSG #c :x y"),
        Row(
            "15 middle parameters", "CMD 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", command: "CMD",
            (1...15).map(String.init)),
        Row(
            "14 middle and a trailing", "CMD 1 2 3 4 5 6 7 8 9 10 11 12 13 14 :fifteen and more",
            command: "CMD",
            (1...14).map(String.init) + ["fifteen and more"]),
        Row(
            "tab is an ordinary byte", "PRIVMSG #c a\tb", command: "PRIVMSG", ["#c", "a\tb"]),
        Row(
            "IRC formatting and CTCP bytes kept", "PRIVMSG #c :\u{02}bold\u{02} \u{03}4red \u{01}",
            command: "PRIVMSG",
            ["#c", "\u{02}bold\u{02} \u{03}4red \u{01}"]),
        Row(
            "invalid UTF-8 in the text",
            Array("PRIVMSG #c :".utf8) + [0xFF, 0xFE, 0x20, 0xC3, 0x28, 0xED, 0xA0, 0x80],
            command: "PRIVMSG", [Array("#c".utf8), [0xFF, 0xFE, 0x20, 0xC3, 0x28, 0xED, 0xA0, 0x80]]),
        Row(
            "invalid UTF-8 in a middle parameter and the source",
            [0x3A, 0xE9, 0x74, 0xE9] + Array(" PRIVMSG #caf".utf8) + [0xE9, 0x20, 0xC0],
            source: "\u{FFFD}t\u{FFFD}", command: "PRIVMSG", [Array("#caf".utf8) + [0xE9], [0xC0]]),
        Row(
            "every byte but NUL, CR and LF",
            Array("PRIVMSG #c :".utf8) + Array(1...255).filter { $0 != 0x0A && $0 != 0x0D },
            command: "PRIVMSG", [Array("#c".utf8), Array(1...255).filter { $0 != 0x0A && $0 != 0x0D }]),
    ]

    @Test(
        "lines read as their tags, source, command and parameters",
        arguments: rfcRows + tagRows + parameterRows)
    func parse(row: Row) throws {
        let message = try IRCMessage(parsing: row.line)
        #expect(message.tags == row.tags)
        #expect(message.sourceString == row.source)
        #expect(message.command == row.command)
        #expect(message.parameters == row.parameters)
        #expect(message.serialized == (row.serialized ?? row.line))
        #expect(try IRCMessage(parsing: message.serialized) == message)
    }

    @Test("the verb is the command in upper case")
    func verb() throws {
        #expect(try IRCMessage(parsing: "privmsg #c hi").verb == "PRIVMSG")
        #expect(try IRCMessage(parsing: "PrIvMsG #c hi").verb == "PRIVMSG")
        #expect(try IRCMessage(parsing: ":s 001 n :hi").verb == "001")
        #expect(try IRCMessage(parsing: "privmsg #c hi") != IRCMessage(parsing: "PRIVMSG #c hi"))
    }

    @Test("raw bytes are kept; string views replace what is not UTF-8")
    func views() throws {
        let line = Array("@k=v\\s1 :n\u{00E9}ck PRIVMSG #c :".utf8) + [0x61, 0xFF, 0x20, 0x62]
        let message = try IRCMessage(parsing: line)
        #expect(message.parameters[1] == [0x61, 0xFF, 0x20, 0x62])
        #expect(message.parameterString(1) == "a\u{FFFD} b")
        #expect(message.parameterString(0) == "#c")
        #expect(message.parameterString(2) == nil)
        #expect(message.parameterStrings == ["#c", "a\u{FFFD} b"])
        #expect(message.sourceString == "n\u{00E9}ck")
        #expect(message.tag("k")?.valueString == "v 1")
        #expect(message.tag("missing") == nil)
        #expect(try IRCMessage(parsing: "@a=1;a=2 PING x").tag("a")?.valueString == "2")
        #expect(message.description == String(decoding: line, as: UTF8.self))
    }

    @Test("the text init and the bytes init build the same message")
    func initializers() {
        let text = IRCMessage(
            tags: [.init("a", "b c")], source: "n!u@h", command: "PRIVMSG", "#c", "hi there")
        let bytes = IRCMessage(
            tags: [.init(key: "a", value: Array("b c".utf8))], source: Array("n!u@h".utf8),
            command: "PRIVMSG",
            parameters: [Array("#c".utf8), Array("hi there".utf8)])
        #expect(text == bytes)
        #expect(String(decoding: text.serialized, as: UTF8.self) == #"@a=b\sc :n!u@h PRIVMSG #c :hi there"#)
        #expect(IRCMessage(command: "QUIT").serialized == Array("QUIT".utf8))
    }

    @Test("the last parameter gets a ':' only when it needs one")
    func trailingColon() {
        func line(_ parameters: String...) -> String {
            String(
                decoding: IRCMessage(command: "CMD", parameters: parameters.map { Array($0.utf8) })
                    .serialized, as: UTF8.self)
        }
        #expect(line("a", "b") == "CMD a b")
        #expect(line("a", "") == "CMD a :")
        #expect(line("a", "b c") == "CMD a :b c")
        #expect(line("a", ":b") == "CMD a ::b")
        #expect(line("a", "b:c") == "CMD a b:c")
        #expect(line("a", " ") == "CMD a : ")
    }

    // MARK: - Errors

    struct ErrorRow: Sendable, CustomTestStringConvertible {
        var name: String
        var line: [UInt8]
        var error: IRCParseError
        var testDescription: String { name }

        init(_ name: String, _ line: String, _ error: IRCParseError) {
            self.init(name, Array(line.utf8), error)
        }

        init(_ name: String, _ line: [UInt8], _ error: IRCParseError) {
            self.name = name
            self.line = line
            self.error = error
        }
    }

    static func badKey(_ key: String) -> IRCParseError {
        .malformedTags(detail: "“\(key)” is not a tag key ([+][vendor/]name of letters, digits and hyphens)")
    }

    static let errorRows: [ErrorRow] = [
        ErrorRow("empty line", "", .emptyLine),
        ErrorRow("only spaces", "    ", .emptyLine),
        ErrorRow("tags and nothing else", "@a=b", .missingCommand),
        ErrorRow("tags and a space", "@a=b   ", .missingCommand),
        ErrorRow("source and nothing else", ":nick!u@h", .missingCommand),
        ErrorRow("tags and source, no command", "@a=b :nick ", .missingCommand),
        ErrorRow("':' with no source", ": PRIVMSG #c hi", .emptySource),
        ErrorRow("lone ':'", ":", .emptySource),
        ErrorRow("symbol in the command", "PRIV$MSG #c hi", .invalidCommand("PRIV$MSG")),
        ErrorRow("two-digit numeric", "12 x", .invalidCommand("12")),
        ErrorRow("four-digit numeric", "1234 x", .invalidCommand("1234")),
        ErrorRow("letters and digits", "PRIVMSG2 x", .invalidCommand("PRIVMSG2")),
        ErrorRow("a trailing where the command goes", ":src :hello", .invalidCommand(":hello")),
        ErrorRow("non-ASCII command", "PRÏVMSG x", .invalidCommand("PRÏVMSG")),
        ErrorRow(
            "16 middle parameters", "CMD 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16",
            .tooManyParameters(count: 16)),
        ErrorRow(
            "15 middle and a trailing", "CMD 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 :sixteen",
            .tooManyParameters(count: 16)),
        ErrorRow(
            "20 parameters counted", "CMD" + String(repeating: " x", count: 20), .tooManyParameters(count: 20)
        ),
        ErrorRow("'@' and a space", "@ PRIVMSG #c hi", .malformedTags(detail: "nothing after '@'")),
        ErrorRow("only semicolons", "@;; PRIVMSG #c hi", .malformedTags(detail: "no tag after '@'")),
        ErrorRow("value without a key", "@=v PRIVMSG #c hi", .malformedTags(detail: "a tag has no key")),
        ErrorRow("symbol in a key", "@k!y=v PRIVMSG #c hi", badKey("k!y")),
        ErrorRow("'+' alone", "@+ PRIVMSG #c hi", badKey("+")),
        ErrorRow("vendor without a name", "@example.com/ PING x", badKey("example.com/")),
        ErrorRow("two slashes", "@a/b/c PING x", badKey("a/b/c")),
        ErrorRow("dot in the name", "@a.b PING x", badKey("a.b")),
        ErrorRow(
            "NUL in the text", Array("PRIVMSG #c :a".utf8) + [0x00, 0x62], .forbiddenByte(0x00, offset: 13)),
        ErrorRow("LF in the text", "PRIVMSG #c :a\nQUIT", .forbiddenByte(0x0A, offset: 13)),
        ErrorRow("CR at the end", "PING x\r", .forbiddenByte(0x0D, offset: 6)),
    ]

    @Test("lines that are not IRC are refused with the reason", arguments: errorRows)
    func errors(row: ErrorRow) {
        #expect(throws: row.error) { try IRCMessage(parsing: row.line) }
    }

    @Test("error messages say what is wrong")
    func errorDescriptions() {
        #expect(IRCParseError.emptyLine.description == "the line is empty")
        #expect(IRCParseError.missingCommand.description == "there is no command after the tags or source")
        #expect(IRCParseError.emptySource.description == "there is no source after ':'")
        #expect(
            IRCParseError.invalidCommand("PRIV$MSG").description
                == "“PRIV$MSG” is not a command: a command is letters or a three-digit number")
        #expect(
            IRCParseError.tooManyParameters(count: 16).description
                == "16 parameters, more than the 15 IRC allows")
        #expect(
            IRCParseError.malformedTags(detail: "a tag has no key").description
                == "malformed message tags: a tag has no key")
        #expect(
            IRCParseError.forbiddenByte(0x00, offset: 13).description
                == "NUL (0x00) at byte 13: NUL, CR and LF cannot appear inside a line")
        #expect(IRCParseError.forbiddenByte(0x0A, offset: 2).description.hasPrefix("LF (0x0A) at byte 2"))
        #expect(IRCParseError.forbiddenByte(0x0D, offset: 0).description.hasPrefix("CR (0x0D) at byte 0"))
    }

    // MARK: - Round trips

    @Test("parse(serialize(m)) == m for random messages")
    func roundTrip() throws {
        for seed in Self.seeds(count: 3_000) {
            var random = IRCRandom(seed: seed)
            let message = random.message()
            let line = message.serialized
            #expect(
                !line.contains(0x00) && !line.contains(0x0A) && !line.contains(0x0D),
                "seed \(seed): \(message)")
            let parsed = try #require(try? IRCMessage(parsing: line), "seed \(seed): cannot parse \(message)")
            #expect(parsed == message, "seed \(seed): \(message) came back as \(parsed)")
        }
    }

    @Test("serialize(parse(line)) means the same as line, for random well-formed lines")
    func lineRoundTrip() throws {
        for seed in Self.seeds(count: 3_000) {
            var random = IRCRandom(seed: seed)
            let message = random.message()
            let line = random.looseLine(message)
            let parsed = try #require(
                try? IRCMessage(parsing: line),
                "seed \(seed): cannot parse \(String(decoding: line, as: UTF8.self))")
            #expect(
                parsed == message, "seed \(seed): \(String(decoding: line, as: UTF8.self)) read as \(parsed)")
            #expect(try IRCMessage(parsing: parsed.serialized) == parsed, "seed \(seed)")
            #expect(parsed.serialized.count <= line.count, "seed \(seed): the written line grew")
        }
    }

    /// Seeds 1…count, or just the one in `DECORUM_SEED` to replay a failure.
    static func seeds(count: UInt64) -> [UInt64] {
        if let text = ProcessInfo.processInfo.environment["DECORUM_SEED"], let seed = UInt64(text) {
            return [seed]
        }
        return Array(1...count)
    }

    // MARK: - Channels

    @Test(
        "channel prefixes are # & + !",
        arguments: [
            ("#help", true), ("&local", true), ("+modeless", true), ("!12345safe", true), ("alice", false),
            ("", false), ("*", false), ("@#ops", false),
        ])
    func isChannel(target: String, expected: Bool) {
        #expect(IRCMessage.isChannel(target) == expected)
        #expect(IRCMessage.isChannel(Array(target.utf8)) == expected)
        #expect(IRCMessage.isChannel(target[...]) == expected)
    }

    @Test("a server's own CHANTYPES")
    func chantypes() {
        #expect(IRCMessage.isChannel("#a", prefixes: "#"))
        #expect(!IRCMessage.isChannel("&a", prefixes: "#"))
        #expect(!IRCMessage.isChannel("#a", prefixes: ""))
    }
}
