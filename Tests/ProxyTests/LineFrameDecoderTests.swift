import NIOCore
import NIOEmbedded
import Testing

@testable import Proxy

/// Line framing: LF, CRLF and lone CR endings, fed whole and byte by byte; over-long lines
/// reported once and skipped.
struct LineFrameDecoderTests {
    func decode(_ chunks: [[UInt8]], maximum: Int = 16) throws -> [Line] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(LineFrameDecoder(maximumLength: maximum)))
        for chunk in chunks {
            var buffer = channel.allocator.buffer(capacity: chunk.count)
            buffer.writeBytes(chunk)
            try channel.writeInbound(buffer)
        }
        var lines: [Line] = []
        while let line: Line = try channel.readInbound() { lines.append(line) }
        _ = try channel.finish()
        return lines
    }

    func texts(_ lines: [Line]) -> [String] {
        lines.map {
            switch $0 {
            case .text(let b): return String(buffer: b)
            case .tooLong(let n): return "<too long: \(n)>"
            }
        }
    }

    static let cases: [(String, String, [String])] = [
        ("LF", "a\nbc\n", ["a", "bc"]),
        ("CRLF", "a\r\nbc\r\n", ["a", "bc"]),
        ("lone CR", "a\rbc\r", ["a", "bc"]),
        ("mixed", "a\r\nb\nc\rd\n", ["a", "b", "c", "d"]),
        ("empty lines", "\n\r\n\r", ["", "", ""]),
        ("CR then LF is one ending", "a\r\n\nb\n", ["a", "", "b"]),
        ("no ending yet", "abc", []),
    ]

    @Test("endings, fed whole", arguments: cases.indices)
    func whole(_ i: Int) throws {
        let (name, input, expected) = Self.cases[i]
        #expect(texts(try decode([Array(input.utf8)])) == expected, "\(name)")
    }

    @Test("endings, fed byte by byte", arguments: cases.indices)
    func byteByByte(_ i: Int) throws {
        let (name, input, expected) = Self.cases[i]
        #expect(texts(try decode(Array(input.utf8).map { [$0] })) == expected, "\(name)")
    }

    @Test("an over-long line is reported once, never passed on, and the next line is read")
    func overlong() throws {
        let input = Array("short\n".utf8) + [UInt8](repeating: 0x41, count: 40) + Array("\nafter\n".utf8)
        let whole = texts(try decode([input]))
        #expect(whole == ["short", "<too long: 40>", "after"])
        let bytes = texts(try decode(input.map { [$0] }))
        #expect(bytes.count == 3)
        #expect(bytes.first == "short" && bytes.last == "after")
        #expect(bytes[1].hasPrefix("<too long:"))
    }

    @Test("a line of exactly the limit passes")
    func exactlyTheLimit() throws {
        let line = String(repeating: "x", count: 16)
        #expect(texts(try decode([Array((line + "\n").utf8)])) == [line])
    }

    @Test("NUL bytes and invalid UTF-8 are carried as they are")
    func bytes() throws {
        let lines = try decode([[0x61, 0x00, 0xFF, 0x0A]])
        guard case .text(let b) = lines.first else {
            Issue.record("no line")
            return
        }
        #expect(Array(b.readableBytesView) == [0x61, 0x00, 0xFF])
    }

    @Test("a last line without an ending is dropped at end of input, never relayed")
    func lastLine() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(LineFrameDecoder(maximumLength: 16)))
        try channel.writeInbound(channel.allocator.buffer(string: "a\nlast"))
        let first: Line? = try channel.readInbound()
        #expect(first.map { texts([$0]) } == ["a"])
        let rest = try channel.finish()
        #expect(rest.isClean, "the unfinished “last” is not passed on")
    }
}
