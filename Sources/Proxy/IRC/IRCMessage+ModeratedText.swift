/// Free text an agent wrote, found in one parameter of an IRC message: the bytes a policy
/// checks, and where a rewrite goes back.
public struct ModeratedText: Sendable, Hashable {
    /// Which parameter of the message holds the text.
    public var parameter: Int
    /// The text's bytes within that parameter; for a CTCP ACTION, without the `\u{01}ACTION `
    /// before it and the `\u{01}` after it.
    public var range: Range<Int>
    /// Whether the text is a CTCP ACTION (`/me`).
    public var isAction: Bool

    public init(parameter: Int, range: Range<Int>, isAction: Bool) {
        self.parameter = parameter
        self.range = range
        self.isAction = isAction
    }
}

extension IRCMessage {
    /// Every piece of free text the message carries, in parameter order:
    ///
    /// - PRIVMSG and NOTICE: the text (parameter 1), however many targets parameter 0 names.
    ///   A CTCP ACTION gives just its text, with `isAction`; any other CTCP request or reply
    ///   gives its arguments (`irssi 1.4` of `\u{01}VERSION irssi 1.4\u{01}`), which clients
    ///   show, and none when it has none (`\u{01}VERSION\u{01}`).
    /// - TOPIC: the new topic, when there is one (`TOPIC #chan` alone asks for the topic).
    /// - PART, QUIT, KICK, AWAY: the reason, comment or away message, when there is one.
    /// - CPRIVMSG and CNOTICE (`CPRIVMSG nick #chan :text`): the text, as for PRIVMSG and NOTICE.
    /// - SQUERY (to a service) and KNOCK (`KNOCK #chan :message`, asking to be invited): the text.
    /// - WALLOPS and SETNAME (the IRCv3 change of real name): their one text.
    ///
    /// Any other command carries no moderated text. A text that is there but empty
    /// (`PRIVMSG #c :`, `TOPIC #c :` which clears the topic) is returned with an empty range.
    public var moderatedTexts: [ModeratedText] {
        let textParameter: Int
        switch verb {
        case "PRIVMSG", "NOTICE": textParameter = 1
        case "TOPIC", "PART", "SQUERY", "KNOCK": textParameter = 1
        case "KICK", "CPRIVMSG", "CNOTICE": textParameter = 2
        case "QUIT", "AWAY", "WALLOPS", "SETNAME": textParameter = 0
        default: return []
        }
        guard parameters.indices.contains(textParameter) else { return [] }
        let text = parameters[textParameter]
        switch verb {
        case "PRIVMSG", "NOTICE", "CPRIVMSG", "CNOTICE":
            switch Self.ctcp(in: text) {
            case .none:
                return [ModeratedText(parameter: textParameter, range: 0..<text.count, isAction: false)]
            case .action(let range):
                return [ModeratedText(parameter: textParameter, range: range, isAction: true)]
            case .other(let range):
                return range.isEmpty
                    ? [] : [ModeratedText(parameter: textParameter, range: range, isAction: false)]
            }
        default:
            return [ModeratedText(parameter: textParameter, range: 0..<text.count, isAction: false)]
        }
    }

    /// The bytes of a moderated text of this message.
    public func bytes(of text: ModeratedText) -> ArraySlice<UInt8> {
        parameters[text.parameter][text.range]
    }

    /// `bytes` with NUL, CR, LF and the CTCP marker turned into spaces: text that cannot end the
    /// line or start a CTCP request.
    static func safeText(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { byte in
            switch byte {
            case IRCByte.nul, IRCByte.cr, IRCByte.lf, IRCByte.ctcp: IRCByte.space
            default: byte
            }
        }
    }

    /// The message with `text` (one of its ``moderatedTexts``) replaced by `newBytes`; a CTCP
    /// ACTION stays an ACTION, with or without its closing `\u{01}` as before.
    ///
    /// NUL, CR, LF and `\u{01}` in `newBytes` become spaces: the first three would end the line
    /// (and let the rest be read as another command), the last would end the CTCP. When the
    /// text is not the last parameter (`PRIVMSG #c hello extra`, whose extra parameters
    /// servers ignore) and the new text can only be written as a trailing parameter, the
    /// parameters after it are dropped.
    ///
    /// - Precondition: `text` lies within this message's parameters.
    public func replacingText(_ text: ModeratedText, with newBytes: [UInt8]) -> IRCMessage {
        precondition(
            parameters.indices.contains(text.parameter)
                && text.range.lowerBound >= 0 && text.range.upperBound <= parameters[text.parameter].count,
            "the moderated text \(text) is not within the message \(self)")
        let safe = Self.safeText(newBytes)
        var message = self
        message.parameters[text.parameter].replaceSubrange(text.range, with: safe)
        if text.parameter < parameters.count - 1 && Self.needsTrailing(message.parameters[text.parameter]) {
            message.parameters.removeSubrange((text.parameter + 1)...)
        }
        return message
    }

    private enum CTCP {
        case none
        /// The range of its text, or arguments.
        case action(Range<Int>)
        case other(Range<Int>)
    }

    /// A text starting with `\u{01}` is a CTCP request: `\u{01}COMMAND[ arguments][\u{01}]`.
    /// One with no command (`\u{01} text`) is read as plain text, so that it is still checked.
    private static func ctcp(in text: [UInt8]) -> CTCP {
        guard text.first == IRCByte.ctcp else { return .none }
        var end = 1
        while end < text.count && text[end] != IRCByte.space && text[end] != IRCByte.ctcp { end += 1 }
        let command = text[1..<end]
        guard !command.isEmpty else { return .none }
        let start = end < text.count && text[end] == IRCByte.space ? end + 1 : end
        let stop = text.count > start && text.last == IRCByte.ctcp ? text.count - 1 : text.count
        // Clients match the CTCP command without regard to case, so `action` is a /me too.
        guard command.count == 6 && zip(command, "ACTION".utf8).allSatisfy({ $0 & 0xDF == $1 }) else {
            return .other(start..<stop)
        }
        return .action(start..<stop)
    }
}
