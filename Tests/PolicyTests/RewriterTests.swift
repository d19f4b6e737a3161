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

/// Whole rewrites through the bundled pack: a sentence replaced keeps its neighbours, and words
/// removed leave no dangling marks, spaces or small letters behind.
struct RewriteSentenceTests {
    static let set = try! PolicySet.bundled()

    static func suggestion(_ message: String) -> String? {
        set.check(message).suggestion
    }

    @Test(
        "a hit that is the marks ending its sentence replaces that sentence alone",
        arguments: [
            ("Thanks!!! Your order ships Monday. See you soon.", "Your order ships Monday. See you soon."),
            ("Your order ships Monday. Thanks!!! See you soon.", "See you soon."),
            ("Really??? I will check now.", "I will check now."),
        ])
    func marksEndTheSentence(message: String, kept: String) throws {
        let suggestion = try #require(Self.suggestion(message))
        #expect(suggestion.contains(kept), "\(suggestion)")
        #expect(suggestion.hasSuffix(kept) || message.hasPrefix("Your order"), "\(suggestion)")
        if message.hasPrefix("Your order") { #expect(suggestion.hasPrefix("Your order ships Monday. ")) }
    }

    @Test("the Arabic question mark ends a sentence: the question before a hit stays")
    func arabicQuestionMark() throws {
        let suggestion = try #require(Self.suggestion("هل جربت إعادة التشغيل؟ أنت مخطئ."))
        #expect(suggestion.hasPrefix("هل جربت إعادة التشغيل؟ "), "\(suggestion)")
        #expect(!suggestion.contains("مخطئ"))
    }

    @Test(
        "words whose suggestion is to say nothing are removed with what they leave dangling",
        arguments: [
            ("Lol that's a known bug, sorry.", "That's a known issue, sorry."),
            ("Lol. That's odd.", "That's odd."),
            ("Hi! lol that's odd.", "Hi! That's odd."),
            ("That's odd lol.", "That's odd."),
            ("Sure, lol, that's fine.", "Sure, that's fine."),
        ])
    func removedWords(message: String, expected: String) {
        #expect(Self.suggestion(message) == expected)
    }

    @Test(
        "a stem's own suggestion replaces the stem: the ending typed after it, or the start before it, stays",
        arguments: [
            ("Ok, bugą pafiksinsim kitam apdeite.", "Gerai, klaidą ištaisysim kitame atnaujinime."),
            ("Po apdeito programėlė veiks.", "Po atnaujinimo programėlė veiks."),
            ("Ок, тикет нээлээ.", "За, хүсэлт илгээлээ."),
            (
                "عندنا باغ في السيستم، هنفكسه في الأبديت الجاي.",
                "عندنا خلل في النظام، سنصلحه في التحديث الجاي."
            ),
        ])
    func stemEndingsStay(message: String, expected: String) {
        #expect(Self.suggestion(message) == expected)
    }
}

/// Marks that read the same in every language are told in the message's language.
struct MessageLanguageTests {
    @Test(
        "a hit on !!! or ??? goes to the rule of the language the message is written in",
        arguments: [
            ("Really??? I will check now.", "en."),
            ("Правда??? Зараз перевірю.", "uk."),
            ("Дякую!!! Чекаємо вас знову.", "uk."),
            ("Баярлалаа!!! Таныг дахин хүлээж байна.", "mn."),
            ("Ačiū!!! Laukiame jūsų.", "lt."),
            ("شكرا!!! نراكم قريبا.", "ar."),
        ])
    func toldInTheMessageLanguage(message: String, language: String) throws {
        let verdict = RewriteSentenceTests.set.check(message)
        let hit = try #require(verdict.hits.first)
        #expect(hit.rule.hasPrefix(language), "\(hit.rule)")
        #expect(hit.category == "emotional-outburst")
        // The suggestion is in the message's script: no letter of another pack's script.
        let suggestion = try #require(verdict.suggestion)
        let scripts = LanguageScores(Array(suggestion.utf8))
        switch language {
        case "uk.", "mn.": #expect(scripts.arabic == 0 && scripts.latin == 0, "\(suggestion)")
        case "ar.": #expect(scripts.cyrillic == 0 && scripts.latin == 0, "\(suggestion)")
        default: #expect(scripts.arabic == 0 && scripts.cyrillic == 0, "\(suggestion)")
        }
    }

    @Test("the scores read a message's language from its letters")
    func scores() {
        let uk = LanguageScores(Array("Чекаємо вас знову".utf8))
        #expect(uk.score("uk") > uk.score("mn"))
        let mn = LanguageScores(Array("Таныг дахин хүлээж байна".utf8))
        #expect(mn.score("mn") > mn.score("uk"))
        let lt = LanguageScores(Array("Laukiame jūsų, ačiū".utf8))
        #expect(lt.score("lt") > lt.score("en"))
        let en = LanguageScores(Array("See you soon".utf8))
        #expect(en.score("en") == en.score("lt") && en.score("en") > en.score("uk"))
    }
}
