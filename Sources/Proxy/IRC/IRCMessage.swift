/// One IRC message, as a client or server writes it on one line: IRCv3 tags, a source, a
/// command and up to 15 parameters (RFC 1459/2812, IRCv3 message tags).
///
/// Parameters and the source are kept as the bytes that were sent, because a line may carry
/// invalid UTF-8 (and any other byte but NUL, CR and LF) that must be relayed unchanged; the
/// `…String` accessors decode them for display, replacing what is not UTF-8.
///
/// Parse one line (without its line ending) with ``init(parsing:)``; write it back with
/// ``serialized``. `IRCMessage(parsing: m.serialized) == m` for every message whose parameters
/// IRC can carry (see ``parameters``).
public struct IRCMessage: Sendable, Hashable {
    /// An IRCv3 message tag. The value is unescaped; an empty value and no value mean the same.
    public struct Tag: Sendable, Hashable {
        /// `[+][vendor/]name`, ASCII letters, digits and hyphens (dots in the vendor).
        public var key: String
        /// The unescaped value: `\:` `\s` `\\` `\r` `\n` are already `;`, space, `\`, CR, LF.
        public var value: [UInt8]

        public init(key: String, value: [UInt8]) {
            self.key = key
            self.value = value
        }

        public init(_ key: String, _ value: String = "") {
            self.init(key: key, value: Array(value.utf8))
        }

        /// The value decoded as UTF-8, with U+FFFD for bytes that are not.
        public var valueString: String { String(decoding: value, as: UTF8.self) }
    }

    /// The tags in the order they were written; a key may repeat (the last one counts).
    public var tags: [Tag]
    /// The source (`nick!user@host` or a server name), without its leading `:`.
    public var source: [UInt8]?
    /// The command as it was written: letters (in any case) or a three-digit numeric.
    public var command: String
    /// The parameters, the trailing one included without its `:`. Only the last one may be
    /// empty, contain a space or start with `:`; IRC has no way to write such a parameter
    /// anywhere else.
    public var parameters: [[UInt8]]

    public init(tags: [Tag] = [], source: [UInt8]? = nil, command: String, parameters: [[UInt8]]) {
        self.tags = tags
        self.source = source
        self.command = command
        self.parameters = parameters
    }

    /// A message from text: `IRCMessage(command: "PRIVMSG", "#help", "Hello there")`.
    public init(tags: [Tag] = [], source: String? = nil, command: String, _ parameters: String...) {
        self.init(
            tags: tags, source: source.map { Array($0.utf8) }, command: command,
            parameters: parameters.map { Array($0.utf8) })
    }

    /// The command in upper case, for comparison: IRC commands are case-insensitive.
    public var verb: String {
        // Commands are ASCII: upper-case them without the full Unicode machinery (hot path).
        if command.utf8.allSatisfy({ $0 < 0x61 || $0 > 0x7A }) { return command }
        return String(decoding: command.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// The source decoded as UTF-8, with U+FFFD for bytes that are not.
    public var sourceString: String? { source.map { String(decoding: $0, as: UTF8.self) } }

    /// The parameter at `index` decoded as UTF-8 (U+FFFD for bytes that are not), or nil when
    /// the message has fewer parameters.
    public func parameterString(_ index: Int) -> String? {
        guard parameters.indices.contains(index) else { return nil }
        return String(decoding: parameters[index], as: UTF8.self)
    }

    /// All parameters decoded as UTF-8, with U+FFFD for bytes that are not.
    public var parameterStrings: [String] { parameters.map { String(decoding: $0, as: UTF8.self) } }

    /// The last tag with this key (IRCv3: a repeated key's last value counts).
    public func tag(_ key: String) -> Tag? { tags.last { $0.key == key } }

    /// Whether `target` names a channel rather than a nick: it starts with one of `prefixes`
    /// (the server's CHANTYPES; `#&+!` unless it says otherwise).
    public static func isChannel(_ target: some StringProtocol, prefixes: String = "#&+!") -> Bool {
        guard let first = target.utf8.first else { return false }
        return prefixes.utf8.contains(first)
    }

    /// Whether the target, as bytes, names a channel; as for the `String` form.
    public static func isChannel(_ target: some Collection<UInt8>, prefixes: String = "#&+!") -> Bool {
        guard let first = target.first else { return false }
        return prefixes.utf8.contains(first)
    }
}

extension IRCMessage: CustomStringConvertible {
    /// The serialized line, decoded for display.
    public var description: String { String(decoding: serialized, as: UTF8.self) }
}
