/// Why a line could not be read as an IRC message.
public enum IRCParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line is empty or only spaces.
    case emptyLine
    /// Tags or a source, but no command after them.
    case missingCommand
    /// A `:` with no source after it.
    case emptySource
    /// The command is neither letters nor a three-digit numeric (as written, decoded for display).
    case invalidCommand(String)
    /// More than the 15 parameters IRC allows.
    case tooManyParameters(count: Int)
    /// The `@tags` part is not `key[=value]` separated by `;`; the detail says what is wrong.
    case malformedTags(detail: String)
    /// NUL, CR or LF inside the line: none of them can be relayed without changing the message.
    case forbiddenByte(UInt8, offset: Int)

    public var description: String {
        switch self {
        case .emptyLine:
            return "the line is empty"
        case .missingCommand:
            return "there is no command after the tags or source"
        case .emptySource:
            return "there is no source after ':'"
        case .invalidCommand(let command):
            return "“\(command)” is not a command: a command is letters or a three-digit number"
        case .tooManyParameters(let count):
            return "\(count) parameters, more than the 15 IRC allows"
        case .malformedTags(let detail):
            return "malformed message tags: \(detail)"
        case .forbiddenByte(let byte, let offset):
            let name =
                switch byte {
                case 0x00: "NUL"
                case 0x0A: "LF"
                case 0x0D: "CR"
                default: "byte"
                }
            let hex = String(byte, radix: 16, uppercase: true)
            return "\(name) (0x\(hex.count < 2 ? "0" + hex : hex)) at byte \(offset): "
                + "NUL, CR and LF cannot appear inside a line"
        }
    }
}
