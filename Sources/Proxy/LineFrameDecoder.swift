import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of a line protocol, or the news that one was too long.
public enum Line: Sendable, Equatable {
    /// The bytes of a line, without its ending.
    case text(ByteBuffer)
    /// A line longer than the limit was dropped; `length` bytes of it were seen.
    case tooLong(length: Int)
}

/// Splits a byte stream into lines ending at LF, CRLF or a lone CR (the endings IRC servers
/// accept), with a maximum length.
///
/// Decorum forwards every line with CRLF, so the backend sees exactly the lines Decorum checked:
/// the two can never disagree on where a line ends. A line over the limit is never passed on:
/// the decoder reports it once, skips to its end and carries on with the next line.
///
/// The decoder keeps its scan offset, so it never rescans what it has seen.
public struct LineFrameDecoder: NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = Line

    public let maximumLength: Int
    /// Bytes of the current line already scanned (no line ending among them).
    private var scanned = 0
    /// A CR ended the last line: a LF right after it is part of that ending.
    private var skipLineFeed = false
    /// Inside a line that is already over the limit: bytes are dropped up to its end.
    private var discarding = false
    private var discarded = 0

    public init(maximumLength: Int) {
        precondition(maximumLength > 0)
        self.maximumLength = maximumLength
    }

    public mutating func decode(buffer: inout ByteBuffer) -> Line? {
        if skipLineFeed, let first = buffer.readableBytesView.first {
            skipLineFeed = false
            if first == UInt8(ascii: "\n") { buffer.moveReaderIndex(forwardBy: 1) }
        }
        let count = buffer.readableBytes
        guard scanned <= count else { return nil }
        // The line's length: where its ending is among the readable bytes.
        let length = buffer.withUnsafeReadableBytes { bytes in
            let lineFeed = bytes.offset(of: UInt8(ascii: "\n"), from: scanned)
            return bytes.offset(of: UInt8(ascii: "\r"), from: scanned, to: lineFeed ?? bytes.count)
                ?? lineFeed
        }
        guard let length else {
            // No ending yet: remember how far we looked; past the limit, stop keeping the bytes.
            scanned = count
            if discarding || count > maximumLength {
                let dropped = count
                buffer.moveReaderIndex(forwardBy: dropped)
                scanned = 0
                if !discarding {
                    discarding = true
                    discarded = dropped
                    return .tooLong(length: dropped)
                }
                discarded += dropped
            }
            return nil
        }
        let line = buffer.readSlice(length: length)!
        let terminator = buffer.readInteger(as: UInt8.self)
        if terminator == UInt8(ascii: "\r") {
            if let next = buffer.readableBytesView.first {
                if next == UInt8(ascii: "\n") { buffer.moveReaderIndex(forwardBy: 1) }
            } else {
                skipLineFeed = true
            }
        }
        scanned = 0
        if discarding {
            discarding = false
            discarded = 0
            return self.decode(buffer: &buffer)
        }
        if length > maximumLength { return .tooLong(length: length) }
        return .text(line)
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) -> Line? {
        if let line = decode(buffer: &buffer) { return line }
        // A last line without its ending was never finished: a server would not act on it, so
        // neither does Decorum (it is dropped, not relayed with an ending the agent never sent).
        if seenEOF { buffer.moveReaderIndex(forwardBy: buffer.readableBytes) }
        return nil
    }
}

extension UnsafeRawBufferPointer {
    /// The offset of the first `byte` in `start..<end` (to the end by default), found with `memchr`.
    func offset(of byte: UInt8, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = end ?? count
        guard let base = baseAddress, start < end else { return nil }
        return memchr(base + start, Int32(byte), end - start).map { base.distance(to: UnsafeRawPointer($0)) }
    }
}
