import Testing

@testable import Policy

/// The letters counted per script for a message's language, straight from its bytes, against
/// the same counts over its decoded scalars (invalid UTF-8 read as replacement characters).
struct LanguageScoresTests {
    /// The counts as the scalars of the decoded text give them.
    static func reference(_ message: [UInt8]) -> [Int] {
        var latin = 0
        var cyrillic = 0
        var arabic = 0
        var lithuanian = 0
        var ukrainian = 0
        var mongolian = 0
        var endings = 0
        let lithuanianLetters = Set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ".unicodeScalars.map(\.value))
        for scalar in String(decoding: message, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0xC0...0x24F:
                latin += 1
                if lithuanianLetters.contains(v) { lithuanian += 1 }
            case 0x400...0x4FF:
                cyrillic += 1
                if "ІіЇїЄєҐґ".unicodeScalars.contains(scalar) { ukrainian += 1 }
                if "ӨөҮүЫыЭэЁёЪъ".unicodeScalars.contains(scalar) { mongolian += 1 }
            case 0x620...0x64A, 0x671...0x6D3: arabic += 1
            default: break
            }
        }
        // Runs of exactly two of a long vowel, and `-ийн` before anything but a Cyrillic letter.
        let small = String(decoding: message, as: UTF8.self).unicodeScalars.map {
            (0x410...0x42F).contains($0.value) ? $0.value + 0x20 : $0.value
        }
        let longVowels: Set<UInt32> = [0x430, 0x43E, 0x443, 0x44D]
        var i = 0
        while i < small.count {
            var j = i
            while j < small.count && small[j] == small[i] { j += 1 }
            if j - i == 2 && longVowels.contains(small[i]) { endings += 1 }
            i = j
        }
        for k in small.indices where k + 2 < small.count {
            if small[k...k + 2].elementsEqual([0x438, 0x439, 0x43D])
                && (k + 3 == small.count || !LanguageScores.isCyrillicLetter(small[k + 3]))
            {
                endings += 1
            }
        }
        return [latin, cyrillic, arabic, lithuanian, ukrainian, mongolian, endings]
    }

    static func counts(_ s: LanguageScores) -> [Int] {
        [s.latin, s.cyrillic, s.arabic, s.lithuanian, s.ukrainian, s.mongolian, s.mongolianEndings]
    }

    @Test(
        "each script's letters in text of the five languages",
        arguments: [
            "Sorry, it is your fault!", "Atsiprašau, tai jūsų kaltė. ĄČĘĖĮŠŲŪŽ",
            "Ви перебільшуєте, ґанок і їжак", "Та хэтрүүлж байна. Өглөө, ЫЭЁЪ", "Ок, баярлалаа. ОДОО ааааа",
            "хувийн ИЙН ииийн ааийн оооо прийнято сайн ийнө ийн1", "أنت تبالغ، اهدأ ٣",
            "mixed: naïve café Ωμέγα 漢字 😀 ﷺ", "",
        ])
    func text(message: String) {
        let bytes = Array(message.utf8)
        #expect(Self.counts(LanguageScores(bytes)) == Self.reference(bytes))
    }

    @Test("random bytes, valid or not, count as their decoded text")
    func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        // Pieces of the scripts counted, and bytes that break or cut a sequence.
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("Z".utf8), Array("ž".utf8), Array("Ė".utf8), Array("é".utf8),
            Array("ї".utf8), Array("Ґ".utf8), Array("ө".utf8), Array("Ү".utf8), Array("ж".utf8),
            Array("ب".utf8), Array("ۓ".utf8), Array("€".utf8), Array("😀".utf8), [0x80], [0xC3], [0xE2, 0x82],
            [0xF0, 0x9F], [0xC0, 0x80], [0xFF], [0xDF], [0xE0, 0xC3, 0xA4], [0x20], Array("а".utf8),
            Array("О".utf8), Array("у".utf8), Array("э".utf8), Array("и".utf8), Array("Й".utf8),
            Array("н".utf8), Array("Sorry, it is your ".utf8), Array("@[`{ 09~".utf8), Array("AbcXyz".utf8),
        ]
        for _ in 0..<2_000 {
            var message: [UInt8] = []
            for _ in 0..<Int.random(in: 0...32, using: &generator) {
                message += pieces.randomElement(using: &generator)!
            }
            #expect(Self.counts(LanguageScores(message)) == Self.reference(message), "\(message)")
        }
    }
}

/// Short messages read as the language they are in, so that a rule of one language only (slang)
/// is told in it: Mongolian without ө and ү reads as Mongolian by its long vowels and `-ийн`.
struct ShortMessageLanguageTests {
    static let set: PolicySet = try! PolicySet.bundled()

    @Test(
        "short Mongolian and Ukrainian messages",
        arguments: [
            ("Ок, баярлалаа.", "mn"), ("Ок, одоо шалгая.", "mn"), ("Ок, тийм. Захиалгын дугаар?", "mn"),
            ("Ок, хувийн мэдээллээ шалгана уу.", "mn"), ("Ок, зараз перевірю.", "uk"), ("Ок, дякую.", "uk"),
            ("Ок, добре, завтра буде.", "uk"), ("Ок, прийнято.", "uk"), ("Щаааа гляну ваш тікет.", "uk"),
            ("Я пообіцяв.", "uk"),
        ])
    func reads(message: String, language: String) {
        let scores = LanguageScores(Array(message.utf8))
        let other = language == "mn" ? "uk" : "mn"
        #expect(scores.score(language) > scores.score(other))
    }

    @Test("Mongolian slang in a short message without ө or ү is told by the Mongolian rule")
    func mongolianSlang() throws {
        let v = Self.set.check("Ок, одоо шалгая.")
        let hit = try #require(v.hits.first)
        #expect(hit.rule == "mn.slang-jargon")
        #expect(hit.text == "Ок")
        #expect(v.suggestion == "За, одоо шалгая.")
        // The same word in Ukrainian is not Ukrainian slang.
        #expect(Self.set.check("Ок, зараз перевірю.").hits.isEmpty)
    }
}
