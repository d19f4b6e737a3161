extension IRCMessage {
    /// The message as one line, without a line ending.
    ///
    /// Tag values are escaped again; the last parameter is written as a trailing `:` parameter
    /// only when it has to be (it is empty, contains a space or starts with `:`), so a line
    /// may come back shorter than it was read but always with the same meaning.
    public var serialized: [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(estimatedLength)
        if !tags.isEmpty {
            line.append(IRCByte.at)
            for (index, tag) in tags.enumerated() {
                if index > 0 { line.append(IRCByte.semicolon) }
                line.append(contentsOf: tag.key.utf8)
                if !tag.value.isEmpty {
                    line.append(IRCByte.equals)
                    Self.appendEscaped(tag.value, to: &line)
                }
            }
            line.append(IRCByte.space)
        }
        if let source {
            line.append(IRCByte.colon)
            line.append(contentsOf: source)
            line.append(IRCByte.space)
        }
        line.append(contentsOf: command.utf8)
        for (index, parameter) in parameters.enumerated() {
            line.append(IRCByte.space)
            if index == parameters.count - 1 {
                if Self.needsTrailing(parameter) { line.append(IRCByte.colon) }
            } else {
                assert(!Self.needsTrailing(parameter), "IRC cannot carry this middle parameter: \(parameter)")
            }
            line.append(contentsOf: parameter)
        }
        return line
    }

    /// Whether a parameter can only be written as the trailing one.
    static func needsTrailing(_ parameter: [UInt8]) -> Bool {
        parameter.isEmpty || parameter.first == IRCByte.colon || parameter.contains(IRCByte.space)
    }

    private var estimatedLength: Int {
        var length = command.utf8.count + parameters.reduce(0) { $0 + $1.count + 2 }
        if let source { length += source.count + 2 }
        for tag in tags { length += tag.key.utf8.count + tag.value.count + 2 }
        return length
    }

    /// IRCv3 escaping: `;` space `\` CR LF become `\:` `\s` `\\` `\r` `\n`.
    private static func appendEscaped(_ value: [UInt8], to line: inout [UInt8]) {
        for byte in value {
            switch byte {
            case IRCByte.semicolon: line.append(contentsOf: [IRCByte.backslash, IRCByte.colon])
            case IRCByte.space: line.append(contentsOf: [IRCByte.backslash, UInt8(ascii: "s")])
            case IRCByte.backslash: line.append(contentsOf: [IRCByte.backslash, IRCByte.backslash])
            case IRCByte.cr: line.append(contentsOf: [IRCByte.backslash, UInt8(ascii: "r")])
            case IRCByte.lf: line.append(contentsOf: [IRCByte.backslash, UInt8(ascii: "n")])
            default: line.append(byte)
            }
        }
    }
}
