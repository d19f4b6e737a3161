import Normalization
import Testing
import TestSupport

/// Random messages: words of the five languages with the evasions of the golden tests applied,
/// IRC codes, invisible characters, punctuation, and (for the offset property) raw bytes.
enum Messages {
    static let words = [
        "guarantee", "refund", "fault", "wrong", "scammers", "impossible", "гарантую", "винні", "шахраї",
        "зв'язуйтеся", "неможливо", "garantuoju", "kalti", "sukčiai", "neįmanoma", "أضمن", "مخطئ", "نصابون",
        "مستحيل", "баталгаа", "буруу", "луйварчид", "боломжгүй", "and", "the", "ми", "ir", "و", "ба",
    ]

    static func evade(_ word: String, _ rng: inout SeededRandom) -> String {
        var scalars = Array(word.unicodeScalars)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: return word.uppercased()
        case 1 where scalars.count > 2:
            let i = Int.random(in: 1..<scalars.count - 1, using: &rng)
            scalars.insert(scalars[i], at: i)
            scalars.insert(scalars[i], at: i)
        case 2:
            return scalars.map { String($0) }.joined(
                separator: ["", " ", ".", "-"].randomElement(using: &rng)!)
        case 3 where scalars.count > 2:
            scalars.insert("\u{200B}", at: Int.random(in: 1..<scalars.count, using: &rng))
        case 4: return "\u{02}" + word + "\u{02}"
        case 5: return "\u{03}04," + String(Int.random(in: 0..<99, using: &rng)) + word
        case 6:
            let map: [Character: Character] = [
                "a": "@", "e": "3", "o": "0", "а": "a", "о": "o", "е": "e", "р": "p",
            ]
            return String(word.map { map[$0] ?? $0 })
        default: break
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func message(_ rng: inout SeededRandom, evasions: Bool) -> String {
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in
            let w = words.randomElement(using: &rng)!
            let token = evasions ? evade(w, &rng) : w
            return token + [" ", ", ", "! ", "? ", " - ", "  "].randomElement(using: &rng)!
        }.joined()
    }
}

struct PropertyTests {
    @Test("every output byte maps inside the original, also for arbitrary bytes")
    func offsetsInside() {
        var rng = SeededRandom(seed: 0x5EED)
        let normalizer = Normalizer()
        for i in 0..<3_000 {
            let bytes: [UInt8] =
                i % 2 == 0
                ? Array(Messages.message(&rng, evasions: true).utf8)
                : (0..<Int.random(in: 0...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng)
                }
            let n = normalizer.normalize(bytes: bytes)
            #expect(n.sourceStart.count == n.bytes.count && n.sourceEnd.count == n.bytes.count)
            for k in 0..<n.bytes.count {
                let ok = n.sourceStart[k] <= n.sourceEnd[k] && Int(n.sourceEnd[k]) <= bytes.count
                if !ok {
                    Issue.record(
                        "case \(i): byte \(k) maps to \(n.sourceStart[k])..<\(n.sourceEnd[k]) of \(bytes.count)"
                    )
                    return
                }
                if k > 0 && n.sourceStart[k] < n.sourceStart[k - 1] {
                    Issue.record(
                        "case \(i): the map goes backwards at byte \(k): \(bytes) -> \(n.bytes) starts \(n.sourceStart) ends \(n.sourceEnd)"
                    )
                    return
                }
            }
            // The output is always valid UTF-8.
            #expect(String(validating: n.bytes, as: UTF8.self) != nil)
        }
    }

    @Test("every hit's original span, normalized again, contains the phrase")
    func hitsRenormalize() {
        var rng = SeededRandom(seed: 0xC0FFEE)
        let normalizer = Normalizer()
        let phrases = Messages.words.map { Array(normalizer.normalize($0).bytes) }.filter { !$0.isEmpty }
        var hits = 0
        for i in 0..<2_000 {
            let message = Messages.message(&rng, evasions: true)
            let n = normalizer.normalize(message)
            for phrase in phrases {
                for start in occurrences(of: phrase, in: n.bytes) {
                    let range = start..<start + phrase.count
                    guard n.isWordBounded(range) else { continue }
                    hits += 1
                    let source = n.sourceRange(of: range)
                    let original = Array(message.utf8)[source]
                    let again = normalizer.normalize(bytes: Array(original)).bytes
                    if occurrences(of: phrase, in: again).isEmpty {
                        Issue.record(
                            "case \(i): \(String(decoding: phrase, as: UTF8.self)) in \(message.debugDescription): span \(source) is \(String(decoding: original, as: UTF8.self).debugDescription), which folds to \(String(decoding: again, as: UTF8.self).debugDescription)"
                        )
                        return
                    }
                }
            }
        }
        #expect(hits > 2_000, "the evasions must still be found")
    }

    /// Plain text (as policy phrases are written) folds to a fixed point. Evaded text need not:
    /// one-letter words whose separators differed become one-letter words with equal ones.
    @Test("normalizing plain text is idempotent")
    func idempotent() {
        var rng = SeededRandom(seed: 42)
        let normalizer = Normalizer()
        for _ in 0..<1_000 {
            let once = normalizer.normalize(Messages.message(&rng, evasions: false)).text
            #expect(normalizer.normalize(once).text == once)
        }
    }

    @Test("reused buffers give the same result as fresh ones")
    func scratchReuse() {
        var rng = SeededRandom(seed: 7)
        let normalizer = Normalizer()
        var out = NormalizedText()
        var scratch = Normalizer.Scratch()
        for _ in 0..<500 {
            let bytes = Array(Messages.message(&rng, evasions: true).utf8)
            bytes.withUnsafeBytes { normalizer.normalize(bytes: $0, into: &out, scratch: &scratch) }
            #expect(out == normalizer.normalize(bytes: bytes))
        }
    }

    func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { i in
            haystack[i..<i + needle.count].elementsEqual(needle)
        }
    }
}
