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
        return [latin, cyrillic, arabic, lithuanian, ukrainian, mongolian]
    }

    static func counts(_ s: LanguageScores) -> [Int] {
        [s.latin, s.cyrillic, s.arabic, s.lithuanian, s.ukrainian, s.mongolian]
    }

    @Test(
        "each script's letters in text of the five languages",
        arguments: [
            "Sorry, it is your fault!", "Atsiprašau, tai jūsų kaltė. ĄČĘĖĮŠŲŪŽ",
            "Ви перебільшуєте, ґанок і їжак", "Та хэтрүүлж байна. Өглөө, ЫЭЁЪ", "أنت تبالغ، اهدأ ٣",
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
            [0xF0, 0x9F], [0xC0, 0x80], [0xFF], [0xDF], [0xE0, 0xC3, 0xA4], [0x20],
        ]
        for _ in 0..<2_000 {
            var message: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                message += pieces.randomElement(using: &generator)!
            }
            #expect(Self.counts(LanguageScores(message)) == Self.reference(message), "\(message)")
        }
    }
}
