import TestSupport
import Testing

@testable import Normalization

/// The one-pass path for plain messages gives exactly what the general passes give.
struct PlainPathTests {
    static let extras = [
        "Hello, Anna!!! How are you??", "100% sure", "it's don't 'quoted' l'l", "½ ⅓ ﬁne Straße",
        "اضمن لك ١٢٣ مستحيل؟", "Ви́ бачите", "email@example.com", "$5 and 5$ and @ here", "a b c d",
        "I g u a r a n t e e", "x  y  z", "тест test", "ґанок їжак", "\u{02}bold\u{02} \u{03}04red",
        "so sooooo good", "!!!!!!", "?!?!", "...", "", " ", "a", "ab", "1", "12 34", "l'", "'",
        // Runs of letters of one and two bytes, as the letter loop takes them.
        "ąa aą ąą aa šš sš daugiausia sėkmingi", "ееe eeе ее", "Ёлка ёж ЁЖИК", "рaз paз", "ΑΘΗΝΑ αθηνα",
        "ГЭРШЧИХ дэнэцгээ", "مرحبا بكم", "e\u{301}te café", "soft\u{AD}hyphen", "non\u{A0}breaking",
        "a b", "a b c", "ą b č", "x yy z", "I'm OK", "A  B", "word1 2word", "ﬁne ǆ ǅ", "Ｆullwidth",
        "µ ß ŉ ſ", "ΐ ΰ", "Ӑӑ", "ab\u{0300}c", "\u{0300}abc", "abc\u{0300}", "end.", "x!y", "%%%% a",
        // Symbols and punctuation that fold to letters or to other symbols.
        "It's ⓨⓞⓤⓡ ⓕⓐⓤⓛⓣ", "Calm ⓓown", "أضمن لك ١٠٠٪", "100٪ sure", "wait！ ok", "so… fine", "⒜ ㈜ ™ ℃",
        "ok\u{3000}then", "Ⓨour fault",
    ]

    /// Checks that the one pass gives what the general passes give for each of `cases`; returns
    /// how many of them it takes.
    static func compare(_ cases: [String]) -> Int {
        var fast = Normalizer()
        fast.plainPath = true
        var general = Normalizer()
        general.plainPath = false
        var taken = 0
        for text in cases {
            let a = fast.normalize(text)
            let b = general.normalize(text)
            #expect(a.text == b.text, "\(text.debugDescription): “\(a.text)” vs “\(b.text)”")
            #expect(
                a.sourceStart == b.sourceStart && a.sourceEnd == b.sourceEnd,
                "\(text.debugDescription): spans \(a.sourceStart) \(a.sourceEnd) vs \(b.sourceStart) \(b.sourceEnd)"
            )
            if a != b { return taken }
            // The form without the source map, where the one pass takes the message.
            var form: [UInt8] = [0x7E]
            let plain = Array(text.utf8).withUnsafeBytes { fast.plainForm($0, into: &form, at: 1) }
            #expect(
                (plain != nil) == takes(text), "\(text.debugDescription): plainForm and takesOnePass differ")
            if let (length, capitals) = plain {
                #expect(
                    form[0] == 0x7E && Array(form[1..<1 + length]) == a.bytes,
                    "\(text.debugDescription): plainForm")
                // Never fewer than the capitals there are.
                let counted = text.unicodeScalars.filter(\.properties.isUppercase).count
                #expect(
                    capitals >= counted, "\(text.debugDescription): \(capitals) capitals, \(counted) counted")
            }
            if takes(text) { taken += 1 }
        }
        return taken
    }

    /// Whether the one pass takes `text`.
    static func takes(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBytes { Normalizer().takesOnePass($0) }
    }

    @Test("words of different scripts in one message: the one pass equals the general passes")
    func mixedScripts() {
        // Words of each look-alike script, of look-alike letters only, and of one letter.
        let words = [
            "order", "ok", "id", "a", "I", "o", "e", "x", "c", "p", "ax", "sex", "cap",
            "замовлення", "вже", "в", "і", "з", "у", "а", "о", "с", "р", "х", "ра", "сах", "орех",
            "таны", "уу", "ө", "ү", "αθηνα", "ο", "α", "ρ", "ορ", "ąžuolas", "ū", "مرحبا", "و", "日本",
        ]
        var rng = SeededRandom(seed: 0x5C12)
        var cases = [
            "Добрий день! Зараз перевірю статус вашого замовлення. benchmarkmarker",
            "Сайн байна уу! Таны захиалгыг шалгаж байна. benchmarkmarker", "Ваш order вже в дорозі",
            "a в b", "I в", "в I", "order a замовлення", "замовлення a", "order в", "ра ox", "ox ра",
        ]
        for _ in 0..<3_000 {
            cases.append(
                (0..<Int.random(in: 1...7, using: &rng)).map { _ in words.randomElement(using: &rng)! }
                    .joined(separator: Bool.random(using: &rng) ? " " : ", "))
        }
        let taken = Self.compare(cases)
        #expect(Self.takes("Добрий день! Зараз перевірю статус вашого замовлення. benchmarkmarker"))
        #expect(Self.takes("Laba diena! Jūsų užsakymas jau išsiųstas. Таны захиалгыг"))
        #expect(Self.takes("Ваш order вже в дорозі"), "a word of one letter of the message's script")
        #expect(
            !Self.takes("order a замовлення"),
            "a word of one letter of another script than most of the message")
        #expect(taken > cases.count / 8, "\(taken) of \(cases.count) taken")
    }

    @Test("long runs of ASCII words, taken eight bytes at a time: the one pass equals the general passes")
    func asciiRuns() {
        // Letters repeated within and across words, words of one letter (three in a row are
        // spaced-out letters), capitals, dropped characters at word ends, two spaces, punctuation,
        // and words of other scripts between.
        let words = [
            "order", "Refund", "GUARANTEE", "support", "will", "see", "a", "I", "o", "x", "ok", "aa", "tt",
            "book", "soon", "Hello", "mississippi", "abcdefgh", "abcdefghijklmnop", "z", "Za", "word\u{AD}",
            "\u{AD}word", "soft\u{AD}hyphen", "it's", "end.", "you?", "ą", "ąžuolas", "замовлення", "в",
            "done!", "100%", "e\u{301}te", "la", "al",
        ]
        var rng = SeededRandom(seed: 0xA5C1)
        var cases: [String] = []
        for _ in 0..<4_000 {
            var text = ""
            for i in 0..<Int.random(in: 1...30, using: &rng) {
                if i > 0 { text += rng.chance(5) ? "  " : " " }
                text += rng.pick(words)
            }
            cases.append(text)
        }
        let taken = Self.compare(cases)
        #expect(taken > cases.count / 8, "\(taken) of \(cases.count) taken")
    }

    @Test("words of characters from every block the pack's languages and their evasions use")
    func everyBlock() {
        // Letters of the five languages and look-alike scripts, their capitals, marks, digits,
        // symbols and punctuation of one to four bytes, full-width and circled forms, invisible
        // and format characters, and spaces of other kinds.
        let pools: [ClosedRange<UInt32>] = [
            0x21...0x7E, 0xA0...0x17F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x600...0x6FF,
            0x1E00...0x1EFF, 0x2000...0x206F, 0x2100...0x218F, 0x2460...0x24FF, 0x3000...0x3003,
            0xFE70...0xFEFF, 0xFF01...0xFF5E, 0x1F600...0x1F64F,
        ]
        var rng = SeededRandom(seed: 0xB10C)
        var cases: [String] = []
        for _ in 0..<6_000 {
            var text = ""
            for w in 0..<Int.random(in: 1...8, using: &rng) {
                if w > 0 { text += " " }
                // Most words of one block, as real words are, some mixed.
                let home = rng.pick(pools)
                for _ in 0..<Int.random(in: 1...7, using: &rng) {
                    let pool = rng.chance(80) ? home : rng.pick(pools)
                    if let scalar = Unicode.Scalar(UInt32.random(in: pool, using: &rng)) {
                        text.unicodeScalars.append(scalar)
                    }
                }
            }
            cases.append(text)
        }
        let taken = Self.compare(cases)
        // Enough of them plain that the one pass is compared at all (812 when written).
        #expect(taken > cases.count / 20, "\(taken) of \(cases.count) taken")
    }

    @Test("plain messages: the one pass equals the general passes, spans included")
    func equalsGeneral() {
        var fast = Normalizer()
        fast.plainPath = true
        var general = Normalizer()
        general.plainPath = false
        var rng = SeededRandom(seed: 0xFA57)
        var cases: [String] = Self.extras
        for i in 0..<4_000 { cases.append(Messages.message(&rng, evasions: i % 2 == 0)) }
        let plainTaken = Self.compare(cases)
        // Random bytes too: invalid UTF-8, controls, anything.
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...48, using: &rng)).map { _ in
                UInt8.random(in: 0...255, using: &rng)
            }
            let x = fast.normalize(bytes: bytes)
            let y = general.normalize(bytes: bytes)
            #expect(x.text == y.text, "\(bytes): “\(x.text)” vs “\(y.text)”")
            #expect(
                x.sourceStart == y.sourceStart && x.sourceEnd == y.sourceEnd, "\(bytes): spans of “\(x.text)”"
            )
        }
        #expect(
            plainTaken > cases.count / 8,
            "the plain path must take a good share (\(plainTaken) of \(cases.count))")
    }

    @Test(
        "addresses, order numbers and digits for letters: the one pass hands their words to the general passes"
    )
    func wordsForTheGeneralPasses() {
        var rng = SeededRandom(seed: 0xAD0E)
        let tokens = [
            "anna@example.com", "john.doe@example.com", "ORD-894Y93", "A95B84", "SN6054X81", "894Y93", "y0u",
            "fau1t", "@bout", "$h1t", "b3st", "x1", "1x", "h3ll0!", "50%", "(A1B2)", "a1-b2-c3", "Q&A",
            "e-mail",
            "1st", "2nd", "#12345", "it's", "rock'n'roll", "don''t", "l'1", "x|y", "|ok|", "A.B.C.", "a@b",
        ]
        let words = [
            "Hello", "your", "order", "is", "here", "a", "I", "b", "Ваше", "замовлення", "в", "у", "тут",
            "مرحبا",
            "užsakymas", "і", "з", "ok", "ОК", "thanks",
        ]
        var cases: [String] = []
        for _ in 0..<3_000 {
            var parts: [String] = []
            for _ in 0..<Int.random(in: 1...9, using: &rng) {
                parts.append(rng.chance(35) ? rng.pick(tokens) : rng.pick(words))
            }
            cases.append(parts.joined(separator: rng.chance(85) ? " " : "  "))
        }
        // Single letters next to those words, which spaced-out letters could be made of.
        cases += [
            "see 1B-A b c", "x A-B-1C", "a b c1 d", "m.kowalski@example.com a b",
            "a b m.kowalski@example.com",
            "a A-1B", "y0u a b", "I a m1", "з у в1",
        ]
        let taken = Self.compare(cases)
        // Most are taken now: a message with one of these words used to be the general passes'.
        #expect(taken > cases.count / 2, "\(taken) of \(cases.count) taken")
        #expect(Self.takes("Please write to anna@example.com about ORD-894Y93, thanks"))
        #expect(Self.takes("write to m.kowalski@example.com or see A-1B"))
        // A word of one letter next to another could be one of spaced-out letters: the general
        // passes read the whole message.
        #expect(!Self.takes("a b A-1B"))
        #expect(!Self.takes("see 1B-A now"))
        #expect(!Self.takes("see A-B-1C now"))
    }

    /// The count of capitals tells fast that a message cannot shout; small letters that fold to
    /// another (Arabic hamza forms, Lithuanian and Cyrillic letters with marks) are not counted,
    /// so that long messages in those languages are not then looked through for capitals.
    @Test(
        "the one pass counts the capitals below U+0800, not the small letters that fold to another",
        arguments: [
            ("أنا أعرف أن الإجابة إيجابية، أرجو أن تنتظر قليلا حتى أتأكد من أن الأمر انتهى", 0),
            ("ąžuolas čia šiandien ėjo į mišką ūkininkų žemėje ir ęsti", 0),
            ("їжак йде до їдальні й їсть ґрунт ёж", 0),
            ("ĄŽUOLAS Čia", 8),
            ("ЇЖАК Ґрунт й", 5),
            ("Order ÉCLAIR now", 7),
            // Past U+0800 every letter that folds to another counts: full width, small or not.
            ("Ｏｒｄｅｒ here", 5),
        ])
    func capitalsCount(text: String, capitals: Int) throws {
        var form: [UInt8] = [0x20]
        let plain = Array(text.utf8).withUnsafeBytes { Normalizer().plainForm($0, into: &form, at: 1) }
        let counted = try #require(plain, "\(text) is plain").capitals
        #expect(counted == capitals, "\(text): \(counted) counted")
        #expect(counted >= text.unicodeScalars.filter(\.properties.isUppercase).count)
    }
}
