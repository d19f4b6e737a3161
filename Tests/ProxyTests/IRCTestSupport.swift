import Proxy
import TestSupport

/// The shared seeded generator, under the name these tests use, with what they draw from it.
typealias IRCRandom = SeededRandom

extension SeededRandom {

    /// Bytes that stress the syntax, UTF-8 sequences (broken ones too), and the rest at random.
    private static let interesting: [UInt8] =
        Array(" :;=\\@+!#&,/sSrn".utf8) + [
            0x01, 0x02, 0x03, 0x09, 0x0A, 0x0D, 0x7F, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F,
            0xFF,
        ]

    /// Any byte but NUL, CR, LF and those in `excluded`.
    mutating func byte(excluding excluded: [UInt8] = []) -> UInt8 {
        while true {
            let byte = chance(50) ? pick(Self.interesting) : UInt8.random(in: 1...255, using: &self)
            if byte != 0x0A && byte != 0x0D && !excluded.contains(byte) { return byte }
        }
    }

    mutating func bytes(_ count: ClosedRange<Int>, excluding excluded: [UInt8] = []) -> [UInt8] {
        (0..<Int.random(in: count, using: &self)).map { _ in byte(excluding: excluded) }
    }

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    private static let keyBytes = letters + Array("0123456789-".utf8)

    /// A message IRC can carry: valid tag keys, a space-free source, a valid command, middle
    /// parameters that need no `:`, and any last parameter.
    mutating func message() -> IRCMessage {
        var tags: [IRCMessage.Tag] = []
        if chance(50) {
            for _ in 0..<Int.random(in: 1...4, using: &self) {
                var key = chance(20) ? "+" : ""
                if chance(30) { key += pick(["example.com/", "draft/", "a-b.c/"]) }
                key += String(
                    decoding: (0..<Int.random(in: 1...8, using: &self)).map { _ in pick(Self.keyBytes) },
                    as: UTF8.self)
                // Tag values may hold CR and LF: they are escaped on the wire.
                var value = bytes(0...10)
                if chance(20) { value += [0x0D, 0x0A] }
                tags.append(IRCMessage.Tag(key: key, value: value))
            }
        }
        let source = chance(50) ? bytes(1...12, excluding: [0x20]) : nil
        let command =
            chance(80)
            ? String(
                decoding: (0..<Int.random(in: 1...10, using: &self)).map { _ in pick(Self.letters) },
                as: UTF8.self)
            : String(Int.random(in: 0...999, using: &self) + 1000).dropFirst().description
        let count = chance(10) ? 15 : Int.random(in: 0...5, using: &self)
        var parameters: [[UInt8]] = []
        for index in 0..<count {
            if index == count - 1 {
                parameters.append(bytes(0...20))
            } else {
                var middle = bytes(1...8, excluding: [0x20])
                while middle.first == 0x3A { middle[0] = byte(excluding: [0x20, 0x3A]) }
                parameters.append(middle)
            }
        }
        return IRCMessage(tags: tags, source: source, command: command, parameters: parameters)
    }

    /// `message` written as a lenient writer might: extra spaces, empty tag elements, `=` with
    /// no value, needless escapes, a `:` before a last parameter that does not need one.
    mutating func looseLine(_ message: IRCMessage) -> [UInt8] {
        var line: [UInt8] = []
        func spaces(_ range: ClosedRange<Int>, _ random: inout IRCRandom) -> [UInt8] {
            Array(repeating: 0x20, count: Int.random(in: range, using: &random))
        }
        line += spaces(0...2, &self)
        if !message.tags.isEmpty {
            line.append(UInt8(ascii: "@"))
            for (index, tag) in message.tags.enumerated() {
                if index > 0 || chance(10) { line += chance(20) ? [0x3B, 0x3B] : [0x3B] }
                line += Array(tag.key.utf8)
                if tag.value.isEmpty {
                    if chance(50) { line.append(UInt8(ascii: "=")) }
                } else {
                    line.append(UInt8(ascii: "="))
                    for byte in tag.value {
                        switch byte {
                        case 0x3B: line += Array(#"\:"#.utf8)
                        case 0x20: line += Array(#"\s"#.utf8)
                        case 0x5C: line += Array(#"\\"#.utf8)
                        case 0x0D: line += Array(#"\r"#.utf8)
                        case 0x0A: line += Array(#"\n"#.utf8)
                        case UInt8(ascii: "a")...UInt8(ascii: "m") where chance(30): line += [0x5C, byte]
                        default: line.append(byte)
                        }
                    }
                }
            }
            if chance(10) { line.append(0x3B) }
            line += spaces(1...3, &self)
        }
        if let source = message.source {
            line += [0x3A] + source + spaces(1...3, &self)
        }
        line += Array(message.command.utf8)
        var endsInTrailing = false
        for (index, parameter) in message.parameters.enumerated() {
            line += spaces(1...3, &self)
            if index == message.parameters.count - 1
                && (parameter.isEmpty || parameter.first == 0x3A || parameter.contains(0x20) || chance(30))
            {
                line.append(0x3A)
                endsInTrailing = true
            }
            line += parameter
        }
        if !endsInTrailing { line += spaces(0...2, &self) }
        return line
    }
}
