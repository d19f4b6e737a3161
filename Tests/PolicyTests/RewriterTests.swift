import Testing

@testable import Policy

/// The rewriter's casing of a replacement, read off the bytes for ASCII, against the walk
/// through characters that it stands for.
struct RewriterTests {
    static let rewriter = Rewriter(policies: try! PolicySet(rules: []))

    static let replacements = [
        "", " ", "a", "A", "I", "I'm", "I’ll check", "I will check", "Is it", "ID", "ID card", "FAQ page",
        "OK, let me see", "Ok", "24/7 support", "\"Quoted\" text", "let me check", "Let me check",
        "À bientôt", "Ébauche", "Давайте перевіримо", "давайте", "ПІБ", "Vėliau", "ﾃｽﾄ", "TV’s",
        "A\tB", "NASA's", "X", "x-ray", "Éa",
    ]

    @Test("casedBytes is cased's UTF-8, at the start of a sentence and inside one")
    func casedBytesMatchesCased() {
        for s in Self.replacements {
            for capital in [true, false] {
                #expect(
                    Self.rewriter.casedBytes(s, capital: capital)
                        == Array(Rewriter.cased(s, capital: capital).utf8),
                    "\(s.debugDescription), capital: \(capital)")
            }
        }
    }

    @Test("the bundled pack's suggestions past ASCII are cased from its table as the walk cases them")
    func casedFromTheTable() throws {
        let pack = try PolicySet.bundled()
        let rewriter = Rewriter(policies: pack)
        let suggestions = Set(pack.patterns.compactMap(\.suggestion).filter { ($0.utf8.first ?? 0) >= 0x80 })
        #expect(suggestions.count > 100)
        #expect(pack.casedReplacements.count == suggestions.count)
        for s in suggestions {
            for capital in [true, false] {
                #expect(
                    rewriter.casedBytes(s, capital: capital)
                        == Array(Rewriter.cased(s, capital: capital).utf8),
                    "\(s.debugDescription), capital: \(capital)")
            }
        }
        #expect(rewriter.casedBytes("давайте перевіримо", capital: true) == Array("Давайте перевіримо".utf8))
    }

    @Test("trimming spaces drops whitespace characters at both ends, as the walk through characters does")
    func trimming() {
        func walk(_ text: String) -> String {
            var s = Substring(text)
            while let f = s.first, f.isWhitespace { s = s.dropFirst() }
            while let l = s.last, l.isWhitespace { s = s.dropLast() }
            return String(s)
        }
        for text in [
            "Дякую.", " Дякую. ", "\u{00A0}شكرا.", "شكرا. ", " \u{301}Ok.", "Ok", "\u{2003}", "", "Ąžuolas ",
            "Ąžuolas.", "a \u{301}", "\t\nТак.", "Так", "Так \u{301}", "شكرا؟", " شكرا", "شكرا\u{2028}",
            "\u{1680}Так", "Так\u{301}",
        ] {
            #expect(text.trimmingSpaces() == walk(text), "\(text.debugDescription)")
        }
    }

    @Test("whitespace is Unicode's White_Space, scalar by scalar")
    func whiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                String.isWhiteSpace(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test("inside a sentence: a word in capitals and the English I keep their case, others lose it")
    func insideASentence() {
        #expect(Self.rewriter.casedBytes("Let me check", capital: false) == Array("let me check".utf8))
        #expect(Self.rewriter.casedBytes("I'm on it", capital: false) == Array("I'm on it".utf8))
        #expect(Self.rewriter.casedBytes("FAQ page", capital: false) == Array("FAQ page".utf8))
        #expect(Self.rewriter.casedBytes("let me check", capital: true) == Array("Let me check".utf8))
    }
}
