import NIOCore

extension IRCMessage {
    /// `:serviceNick NOTICE target :text`, as Decorum speaks to an agent. The text is not
    /// split (see ``notices(from:to:text:maxBytes:)``); NUL, CR and LF in it become spaces,
    /// so that it stays one line.
    public static func notice(from serviceNick: String, to target: String, text: String) -> IRCMessage {
        notice(from: serviceNick, to: target, bytes: Array(oneLine(text).utf8))
    }

    /// The text as as many NOTICE lines as it takes for each to serialize within `maxBytes`
    /// (510 by default: IRC's 512 less the line ending), so that no client sees an over-long
    /// line.
    ///
    /// Pieces end after a space where they can, otherwise between two characters (grapheme
    /// clusters), otherwise between two Unicode scalars: never inside a UTF-8 sequence. The
    /// space stays at the end of its piece, so the pieces' texts joined are the text (with NUL,
    /// CR and LF turned into spaces, as in ``notice(from:to:text:)``). An empty text is one
    /// empty notice. When the nicks leave fewer than 4 bytes for text, each piece still carries
    /// at least one scalar, and may then exceed `maxBytes`.
    public static func notices(
        from serviceNick: String, to target: String, text: String, maxBytes: Int = 510
    ) -> [IRCMessage] {
        let text = oneLine(text)
        // `:nick NOTICE target :` around the text, counting the `:` that may not be needed.
        let overhead = 1 + serviceNick.utf8.count + " NOTICE ".utf8.count + target.utf8.count + 2
        let budget = max(maxBytes - overhead, 4)
        let bytes = Array(text.utf8)
        guard bytes.count > budget else { return [notice(from: serviceNick, to: target, bytes: bytes)] }

        var isCharacterBoundary = [Bool](repeating: false, count: bytes.count + 1)
        var offset = 0
        for character in text {
            isCharacterBoundary[offset] = true
            offset += character.utf8.count
        }
        isCharacterBoundary[bytes.count] = true

        var pieces: [IRCMessage] = []
        var start = 0
        while bytes.count - start > budget {
            let limit = start + budget
            var afterSpace: Int?
            var betweenCharacters: Int?
            var betweenScalars: Int?
            var cut = limit
            while cut > start && afterSpace == nil {
                if isCharacterBoundary[cut] {
                    if bytes[cut - 1] == IRCByte.space { afterSpace = cut }
                    if betweenCharacters == nil { betweenCharacters = cut }
                }
                if betweenScalars == nil && bytes[cut] & 0xC0 != 0x80 { betweenScalars = cut }
                cut -= 1
            }
            // `limit < bytes.count`, and a scalar is at most 4 bytes, so one of them is found.
            let end = afterSpace ?? betweenCharacters ?? betweenScalars!
            pieces.append(notice(from: serviceNick, to: target, bytes: Array(bytes[start..<end])))
            start = end
        }
        pieces.append(notice(from: serviceNick, to: target, bytes: Array(bytes[start...])))
        return pieces
    }

    /// The serialized line of ``notices(from:to:text:maxBytes:)`` when the text is one line that
    /// fits (the usual notice), written straight from the bytes without building the message;
    /// nil when it must be split or cleaned.
    public static func noticeLine(
        from serviceNick: [UInt8], to target: String, text: String, maxBytes: Int = 510
    )
        -> [UInt8]?
    {
        var buffer = ByteBuffer()
        guard writeNoticeLine(from: serviceNick, to: target, text: text, into: &buffer, maxBytes: maxBytes)
        else { return nil }
        return Array(buffer.readableBytesView.dropLast(2))
    }

    /// ``noticeLine(from:to:text:maxBytes:)`` written into `buffer` with its CRLF; false, with
    /// nothing written, when the text must be split or cleaned.
    public static func writeNoticeLine(
        from serviceNick: [UInt8], to target: String, text: String, into buffer: inout ByteBuffer,
        maxBytes: Int = 510
    ) -> Bool {
        var text = text
        return text.withUTF8 { t in
            let overhead = 1 + serviceNick.count + " NOTICE ".utf8.count + target.utf8.count + 2
            guard t.count <= max(maxBytes - overhead, 4) else { return false }
            var trailing = t.isEmpty || t[0] == IRCByte.colon
            for b in t {
                if b == IRCByte.nul || b == IRCByte.cr || b == IRCByte.lf { return false }
                if b == IRCByte.space { trailing = true }
            }
            buffer.reserveCapacity(minimumWritableBytes: overhead + t.count + 2)
            buffer.writeInteger(IRCByte.colon)
            buffer.writeBytes(serviceNick)
            buffer.writeStaticString(" NOTICE ")
            buffer.writeString(target)
            buffer.writeInteger(IRCByte.space)
            if trailing { buffer.writeInteger(IRCByte.colon) }
            buffer.writeBytes(UnsafeRawBufferPointer(t))
            buffer.writeInteger(UInt16(0x0D0A))
            return true
        }
    }

    private static func notice(from serviceNick: String, to target: String, bytes: [UInt8]) -> IRCMessage {
        IRCMessage(
            source: Array(serviceNick.utf8), command: "NOTICE", parameters: [Array(target.utf8), bytes])
    }

    /// The text with NUL, CR and LF replaced by spaces.
    private static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == IRCByte.nul || $0 == IRCByte.cr || $0 == IRCByte.lf }) else {
            return text
        }
        return String(
            decoding: text.utf8.map {
                $0 == IRCByte.nul || $0 == IRCByte.cr || $0 == IRCByte.lf ? IRCByte.space : $0
            },
            as: UTF8.self)
    }
}
