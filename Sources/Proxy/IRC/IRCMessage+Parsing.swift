extension IRCMessage {
    /// Reads one line, without its line ending:
    /// `[@tags SPACE] [:source SPACE] command *(SPACE middle) [SPACE :trailing]`.
    ///
    /// Runs of spaces count as one separator, and spaces before the first token or at the end
    /// of the line (outside the trailing parameter) are ignored, as most servers do. Any byte but
    /// NUL, CR and LF may appear in the source and the parameters; UTF-8 is not required.
    public init(parsing bytes: some Collection<UInt8>) throws(IRCParseError) {
        let line = Array(bytes)
        if let bad = line.firstIndex(where: { $0 == IRCByte.nul || $0 == IRCByte.lf || $0 == IRCByte.cr }) {
            throw .forbiddenByte(line[bad], offset: bad)
        }
        var cursor = Cursor(line: line)
        cursor.skipSpaces()
        guard !cursor.atEnd else { throw .emptyLine }

        var tags: [Tag] = []
        if cursor.peek == IRCByte.at {
            cursor.advance()
            tags = try Self.parseTags(cursor.token())
            cursor.skipSpaces()
            guard !cursor.atEnd else { throw .missingCommand }
        }

        var source: [UInt8]?
        if cursor.peek == IRCByte.colon {
            cursor.advance()
            let token = cursor.token()
            guard !token.isEmpty else { throw .emptySource }
            source = Array(token)
            cursor.skipSpaces()
            guard !cursor.atEnd else { throw .missingCommand }
        }

        let command = cursor.token()
        guard Self.isValidCommand(command) else {
            throw .invalidCommand(String(decoding: command, as: UTF8.self))
        }

        var parameters: [[UInt8]] = []
        while true {
            cursor.skipSpaces()
            if cursor.atEnd { break }
            if cursor.peek == IRCByte.colon {
                cursor.advance()
                parameters.append(Array(cursor.rest()))
                break
            }
            parameters.append(Array(cursor.token()))
        }
        guard parameters.count <= Self.maximumParameterCount else {
            throw .tooManyParameters(count: parameters.count)
        }

        self.init(
            tags: tags, source: source, command: String(decoding: command, as: UTF8.self),
            parameters: parameters)
    }

    /// Where the target and the text of a plain PRIVMSG or NOTICE are in `line`, found without
    /// parsing it in full: `COMMAND target :text`, with no tags, no source, no space before the
    /// command, no NUL, CR or LF, and a text that is not a CTCP request. Nil for any other line.
    /// For a line it finds, ``init(parsing:)`` reads the same command, target and text (its only
    /// ``moderatedTexts``).
    static func plainMessage(in line: UnsafeRawBufferPointer) -> (target: Range<Int>, text: Range<Int>)? {
        guard line.offset(of: IRCByte.nul) == nil, line.offset(of: IRCByte.lf) == nil,
            line.offset(of: IRCByte.cr) == nil
        else { return nil }
        var i = 0
        while i < line.count && IRCByte.isLetter(line[i]) { i += 1 }
        let command = line[..<i]
        guard i < line.count, line[i] == IRCByte.space,
            isVerb(command, "PRIVMSG") || isVerb(command, "NOTICE")
        else { return nil }
        while i < line.count && line[i] == IRCByte.space { i += 1 }
        let targetStart = i
        while i < line.count && line[i] != IRCByte.space { i += 1 }
        guard targetStart < i, line[targetStart] != IRCByte.colon else { return nil }
        let target = targetStart..<i
        while i < line.count && line[i] == IRCByte.space { i += 1 }
        guard i < line.count, line[i] == IRCByte.colon else { return nil }
        let text = (i + 1)..<line.count
        guard text.isEmpty || line[text.lowerBound] != IRCByte.ctcp else { return nil }
        return (target, text)
    }

    /// Whether letters name `verb` (upper case) in any case.
    private static func isVerb(_ letters: Slice<UnsafeRawBufferPointer>, _ verb: StaticString) -> Bool {
        letters.count == verb.utf8CodeUnitCount
            && zip(letters, UnsafeBufferPointer(start: verb.utf8Start, count: verb.utf8CodeUnitCount))
                .allSatisfy { $0 & 0xDF == $1 }
    }

    /// Reads one line given as text, as the bytes form does.
    public init(parsing line: String) throws(IRCParseError) {
        try self.init(parsing: line.utf8)
    }

    /// IRC allows 15 parameters: 14 middle ones and a trailing one.
    public static let maximumParameterCount = 15

    /// Letters only, or exactly three digits.
    static func isValidCommand(_ command: ArraySlice<UInt8>) -> Bool {
        guard !command.isEmpty else { return false }
        if command.allSatisfy(IRCByte.isLetter) { return true }
        return command.count == 3 && command.allSatisfy(IRCByte.isDigit)
    }

    private static func parseTags(_ raw: ArraySlice<UInt8>) throws(IRCParseError) -> [Tag] {
        guard !raw.isEmpty else { throw .malformedTags(detail: "nothing after '@'") }
        var tags: [Tag] = []
        // Empty elements (`a;;b`, a final `;`) are skipped: they carry nothing, and some
        // implementations write them.
        for element in raw.split(separator: IRCByte.semicolon) {
            let equals = element.firstIndex(of: IRCByte.equals)
            let key = element[..<(equals ?? element.endIndex)]
            guard !key.isEmpty else { throw .malformedTags(detail: "a tag has no key") }
            guard isValidTagKey(key) else {
                throw .malformedTags(
                    detail: "“\(String(decoding: key, as: UTF8.self))” is not a tag key "
                        + "([+][vendor/]name of letters, digits and hyphens)")
            }
            let value = equals.map { unescapeTagValue(element[($0 + 1)...]) } ?? []
            tags.append(Tag(key: String(decoding: key, as: UTF8.self), value: value))
        }
        guard !tags.isEmpty else { throw .malformedTags(detail: "no tag after '@'") }
        return tags
    }

    /// `[+][vendor '/'] name`: the vendor a host name, the name letters, digits and hyphens.
    private static func isValidTagKey(_ key: ArraySlice<UInt8>) -> Bool {
        var rest = key
        if rest.first == IRCByte.plus { rest = rest.dropFirst() }
        let name: ArraySlice<UInt8>
        if let slash = rest.firstIndex(of: IRCByte.slash) {
            let vendor = rest[..<slash]
            guard !vendor.isEmpty,
                vendor.allSatisfy({
                    IRCByte.isLetter($0) || IRCByte.isDigit($0) || $0 == IRCByte.hyphen || $0 == IRCByte.dot
                })
            else { return false }
            name = rest[(slash + 1)...]
        } else {
            name = rest
        }
        return !name.isEmpty
            && name.allSatisfy { IRCByte.isLetter($0) || IRCByte.isDigit($0) || $0 == IRCByte.hyphen }
    }

    /// IRCv3 unescaping: `\:` `\s` `\\` `\r` `\n`; a backslash before any other byte is
    /// dropped, and so is a lone backslash at the end.
    private static func unescapeTagValue(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        guard raw.contains(IRCByte.backslash) else { return Array(raw) }
        var value: [UInt8] = []
        value.reserveCapacity(raw.count)
        var escaped = false
        for byte in raw {
            if escaped {
                switch byte {
                case IRCByte.colon: value.append(IRCByte.semicolon)
                case UInt8(ascii: "s"): value.append(IRCByte.space)
                case UInt8(ascii: "r"): value.append(IRCByte.cr)
                case UInt8(ascii: "n"): value.append(IRCByte.lf)
                default: value.append(byte)
                }
                escaped = false
            } else if byte == IRCByte.backslash {
                escaped = true
            } else {
                value.append(byte)
            }
        }
        return value
    }
}

/// A read position in one line; tokens end at a space.
private struct Cursor {
    let line: [UInt8]
    var index = 0

    init(line: [UInt8]) { self.line = line }

    var atEnd: Bool { index >= line.count }
    var peek: UInt8? { atEnd ? nil : line[index] }

    mutating func advance() { index += 1 }

    mutating func skipSpaces() {
        while index < line.count && line[index] == IRCByte.space { index += 1 }
    }

    /// The bytes up to the next space or the end, which is where the cursor is left.
    mutating func token() -> ArraySlice<UInt8> {
        let start = index
        while index < line.count && line[index] != IRCByte.space { index += 1 }
        return line[start..<index]
    }

    /// Everything left on the line.
    mutating func rest() -> ArraySlice<UInt8> {
        defer { index = line.count }
        return line[index...]
    }
}

/// The bytes IRC's syntax is made of.
enum IRCByte {
    static let nul: UInt8 = 0x00
    static let ctcp: UInt8 = 0x01
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space = UInt8(ascii: " ")
    static let at = UInt8(ascii: "@")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let equals = UInt8(ascii: "=")
    static let plus = UInt8(ascii: "+")
    static let slash = UInt8(ascii: "/")
    static let backslash = UInt8(ascii: "\\")
    static let hyphen = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
