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
        return text.withUTF8 {
            writeNoticeLine(
                from: serviceNick, to: target, text: UnsafeRawBufferPointer($0), into: &buffer,
                maxBytes: maxBytes)
        }
    }

    /// ``writeNoticeLine(from:to:text:into:maxBytes:)`` of a text given as UTF-8 bytes.
    public static func writeNoticeLine(
        from serviceNick: [UInt8], to target: String, text: UnsafeRawBufferPointer,
        into buffer: inout ByteBuffer,
        maxBytes: Int = 510
    ) -> Bool {
        var target = target
        let t = text.assumingMemoryBound(to: UInt8.self)
        return target.withUTF8 { to in
            let overhead = 1 + serviceNick.count + " NOTICE ".utf8.count + to.count + 2
            guard t.count <= max(maxBytes - overhead, 4) else { return false }
            let (breaksLine, hasSpace) = scan(UnsafeRawBufferPointer(t))
            if breaksLine { return false }
            let trailing = hasSpace || t.isEmpty || t[0] == IRCByte.colon
            let length = overhead + (trailing ? 1 : 0) + t.count + 2
            // One write: the pieces copied in place, with no bookkeeping of the buffer between.
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { out in
                var at = 0
                func put(_ bytes: UnsafeRawBufferPointer) {
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                    (out.baseAddress! + at).copyMemory(from: base, byteCount: bytes.count)
                    at += bytes.count
                }
                out[at] = IRCByte.colon
                at += 1
                serviceNick.withUnsafeBytes(put)
                noticeVerb.withUTF8Buffer { put(UnsafeRawBufferPointer($0)) }
                put(UnsafeRawBufferPointer(to))
                out[at] = IRCByte.space
                at += 1
                if trailing {
                    out[at] = IRCByte.colon
                    at += 1
                }
                put(UnsafeRawBufferPointer(t))
                out[at] = IRCByte.cr
                out[at + 1] = IRCByte.lf
                return at + 2
            }
            return true
        }
    }

    private static let noticeVerb: StaticString = " NOTICE "

    /// Whether `bytes` hold NUL, CR or LF (which would end the line), and whether they hold a
    /// space: eight bytes at a time.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> (breaksLine: Bool, hasSpace: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte of `x` that is zero, and maybe of others after one that is.
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        var breaks: UInt64 = 0
        var spaces: UInt64 = 0
        var i = 0
        let count = bytes.count
        while i + 8 <= count {
            let x = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            breaks |= zeros(x) | zeros(x ^ (ones &* 0x0A)) | zeros(x ^ (ones &* 0x0D))
            spaces |= zeros(x ^ (ones &* 0x20))
            i += 8
        }
        var breaksLine = breaks != 0
        var hasSpace = spaces != 0
        while i < count {
            let b = bytes[i]
            if b == IRCByte.nul || b == IRCByte.cr || b == IRCByte.lf { breaksLine = true }
            if b == IRCByte.space { hasSpace = true }
            i += 1
        }
        return (breaksLine, hasSpace)
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
