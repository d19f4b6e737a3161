import Normalization
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

/// The shortcuts that keep a long message with many hits linear: each against the walk it
/// stands for, on random texts made of sentence ends, spaces, commas and words.
struct LongMessageTests {
    static let pieces = [
        "a", "word", "Лист", "لك", " ", " ", "  ", ".", "!", "?", "…", "؟", "۔", ",", "،", "\n", "Ok", "é",
        "😀", "!!!", "...",
    ]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> [UInt8] {
        Array(
            (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined().utf8)
    }

    @Test("a sentence's bounds from the table are those the walk finds, for every range")
    func sentenceBounds() {
        let rewriter = Rewriter(policies: try! PolicySet(rules: []))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = Self.randomText(&generator)
            let bounds = Rewriter.SentenceBounds(text)
            for start in 0...text.count {
                for end in start...min(text.count, start + 6) {
                    #expect(
                        rewriter.sentence(around: start..<end, in: text, bounds: bounds)
                            == rewriter.sentence(around: start..<end, in: text),
                        "\(String(decoding: text, as: UTF8.self).debugDescription) \(start)..<\(end)")
                }
            }
        }
    }

    @Test("an exception covers a match after the sort and search exactly when one contains it")
    func exceptionCover() {
        var generator = SystemRandomNumberGenerator()
        func range() -> Range<Int> {
            let start = Int.random(in: 0..<40, using: &generator)
            return start..<start + Int.random(in: 1...12, using: &generator)
        }
        for _ in 0..<300 {
            let exceptions: [PolicySet.Exception] = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                (Int.random(in: 0..<3, using: &generator), range())
            }
            let candidates = (0..<60).map { _ in
                (rule: Int.random(in: 0..<4, using: &generator), range: range())
            }
            // Many candidates: the sorted search; one: the plain look through every exception.
            let sorted = ExceptionCover(exceptions, candidates: 1_000)
            let plain = ExceptionCover(exceptions, candidates: 1)
            for c in candidates {
                let expected = exceptions.contains {
                    $0.rule == c.rule && $0.range.contains(c.range.lowerBound)
                        && $0.range.upperBound >= c.range.upperBound
                }
                #expect(sorted.covers(c.rule, c.range) == expected, "\(exceptions) \(c)")
                #expect(plain.covers(c.rule, c.range) == expected)
            }
        }
    }

    @Test("edits put together front to back give what replacing them one by one from the back gives")
    func edits() {
        let rewriter = Rewriter(policies: try! PolicySet(rules: []))
        var generator = SystemRandomNumberGenerator()
        let words = ["", "", "we", "Мы", "ok", "thanks", "ąžuolas", "لك"]
        var edited = 0
        for _ in 0..<2_000 {
            let text = Self.randomText(&generator)
            // Hits on random spans, in order, not overlapping; some say nothing instead.
            var hits: [Hit] = []
            var at = 0
            while at < text.count, hits.count < 6 {
                let start = Int.random(in: at...text.count, using: &generator)
                let end = min(text.count, start + Int.random(in: 0...5, using: &generator))
                guard start < end else { break }
                hits.append(
                    Hit(
                        rule: "r", category: "c", action: .warn, start: start, end: end,
                        text: "", replacement: words.randomElement(using: &generator)!, notice: "",
                        replacesSentence: Bool.random(using: &generator) && hits.count % 2 == 0))
                at = end
            }
            edited += hits.count > 1 ? 1 : 0
            // Spans cut through a character: the rewrite is checked on bytes.
            #expect(
                rewriter.apply(text, hits) == LongMessageTests.inPlace(rewriter, text, hits),
                "\(String(decoding: text, as: UTF8.self).debugDescription) \(hits.map { ($0.start, $0.end, $0.replacement!, $0.replacesSentence) })"
            )
        }
        #expect(edited > 500)
    }

    /// `Rewriter.apply` as it was: the chosen edits replaced in the text one by one, from the back.
    static func inPlace(_ rewriter: Rewriter, _ text: [UInt8], _ hits: [Hit]) -> [UInt8]? {
        var edits: [Rewriter.Edit] = []
        for hit in hits {
            guard let replacement = hit.replacement else { return nil }
            if hit.replacesSentence {
                let range = rewriter.sentence(around: hit.start..<hit.end, in: text)
                var bytes = Array(replacement.utf8)
                if !bytes.isEmpty, Rewriter.terminatorLength(bytes, endingAt: bytes.count) == 0,
                    let terminator = Rewriter.closingMark(of: text[range])
                {
                    bytes += terminator
                }
                edits.append(.init(range: range, bytes: bytes, severity: hit.action.severity))
            } else if replacement.isEmpty {
                edits.append(rewriter.removal(hit.start..<hit.end, in: text, severity: hit.action.severity))
            } else {
                let atStart = rewriter.isSentenceStart(hit.start, in: text)
                edits.append(
                    .init(
                        range: hit.start..<hit.end, bytes: rewriter.casedBytes(replacement, capital: atStart),
                        severity: hit.action.severity))
            }
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var chosen: [Rewriter.Edit] = []
        for e in edits {
            if let last = chosen.last, e.range.lowerBound < last.range.upperBound {
                if e.severity > last.severity { chosen[chosen.count - 1] = e }
                continue
            }
            chosen.append(e)
        }
        var out = text
        for e in chosen.reversed() {
            out.replaceSubrange(e.range, with: e.bytes)
            if e.bytes.isEmpty && rewriter.isSentenceStart(e.range.lowerBound, in: out) {
                var end = e.range.lowerBound
                while end < out.count && out[end] != 0x20 { end += 1 }
                if end > e.range.lowerBound {
                    out.replaceSubrange(
                        e.range.lowerBound..<end,
                        with: rewriter.casedBytes(
                            String(decoding: out[e.range.lowerBound..<end], as: UTF8.self), capital: true))
                }
            }
        }
        return out
    }

    @Test("a hit past the opening's word limit is never in the opening, by the full walk either")
    func openingLimit() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "Hi", "Anna", "sorry", ",", ".", "!", " ", " ", " ", "، ", "to", "bother", "you", "Привіт",
        ]
        var checked = 0
        for _ in 0..<500 {
            let text = Array(
                (0..<Int.random(in: 20...150, using: &generator)).map { _ in
                    pieces.randomElement(using: &generator)!
                }.joined().utf8)
            let limit = PolicySet.openingLimit(text)
            guard limit < text.count else { continue }
            let n = Normalizer().normalize(bytes: text)
            // Every hit start past the limit: the full walk says no too.
            for start in (limit + 1)..<text.count where n.count > 0 {
                let offset = (0..<n.count).first { n.sourceRange(of: $0..<$0 + 1).lowerBound >= start }
                guard let offset else { break }
                let range = offset..<min(n.count, offset + 1)
                #expect(
                    !PolicySet.isOpening(text, n, range),
                    "\(String(decoding: text, as: UTF8.self)) at \(start)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }
}
