import Testing

@testable import Proxy

/// A text in place of a message's own, cut into pieces that each make a line short enough.
struct RewritePiecesTests {
    static func message() -> AgentMessage {
        AgentMessage(
            raw: Array("PRIVMSG #support :hello".utf8), texts: [Array("hello".utf8)],
            conversation: "#support",
            rewrite: { _, text in Array("PRIVMSG #support :".utf8) + text })
    }

    @Test("a text that fits is one piece; a longer one is cut between words, each line within the limit")
    func betweenWords() {
        let m = Self.message()
        let text = Array("one two three four five six seven eight nine ten".utf8)
        #expect(m.pieces(0, text, limit: 100) == [text])
        let pieces = m.pieces(0, text, limit: 18 + 16)
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { m.rewrite(0, $0).count <= 34 })
        #expect(
            pieces.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                == String(decoding: text, as: UTF8.self))
        #expect(pieces.allSatisfy { $0.first != 0x20 && $0.last != 0x20 })
    }

    @Test("a word longer than a line is cut between characters, never inside one")
    func longWord() {
        let m = Self.message()
        let word = String(repeating: "ж", count: 40) + "ab" + String(repeating: "€", count: 20)
        let pieces = m.pieces(0, Array(word.utf8), limit: 18 + 17)
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(pieces.allSatisfy { m.rewrite(0, $0).count <= 35 })
        #expect(pieces.map { String(decoding: $0, as: UTF8.self) }.joined() == word)
    }
}
