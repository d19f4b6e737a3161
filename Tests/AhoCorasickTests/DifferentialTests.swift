import AhoCorasick
import TestSupport
import Testing

/// Words in the five languages of the default policies, for random UTF-8 cases.
let multilingualWords: [String] = [
    "refund", "guarantee", "sorry", "promise", "never", "customer", "policy", "calm",
    "гарантуємо", "повернення", "вибачте", "клієнт", "ніколи", "обіцяємо", "ґанок", "їжак",
    "garantuojame", "grąžinimas", "atsiprašome", "klientas", "niekada", "žadame", "ėjimas",
    "نضمن", "استرداد", "آسف", "العميل", "أبدا", "نعد", "إلى", "مسؤول",
    "баталгаа", "буцаалт", "уучлаарай", "үйлчлүүлэгч", "хэзээ", "амлая", "өөр", "ү",
]

enum RandomCase {
    /// Patterns and a haystack over a small alphabet, so that overlaps, shared prefixes and
    /// suffixes, and duplicates are common.
    static func smallAlphabet(_ rng: inout SeededRandom) -> ([[UInt8]], [UInt8]) {
        let alphabet: [UInt8] = Array("abc".utf8) + (Bool.random(using: &rng) ? [0, 0xFF] : [])
        let patternCount = Int.random(in: 1...12, using: &rng)
        let patterns = (0..<patternCount).map { _ in
            (0..<Int.random(in: 0...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
        }
        let haystack = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
            alphabet.randomElement(using: &rng)!
        }
        return (patterns, haystack)
    }

    /// Phrases and a message made of real words in the five languages, cut at random bytes too,
    /// so that patterns may end inside a character.
    static func multilingual(_ rng: inout SeededRandom) -> ([[UInt8]], [UInt8]) {
        func word() -> [UInt8] { Array(multilingualWords.randomElement(using: &rng)!.utf8) }
        let patterns: [[UInt8]] = (0..<Int.random(in: 1...30, using: &rng)).map { _ in
            var p = word()
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: p += Array(" ".utf8) + word()
            case 1: p = Array(p.prefix(Int.random(in: 1...p.count, using: &rng)))
            case 2: p = Array(p.suffix(Int.random(in: 1...p.count, using: &rng)))
            default: break
            }
            return p
        }
        var haystack: [UInt8] = []
        for _ in 0..<Int.random(in: 0...14, using: &rng) {
            haystack += word() + Array((Bool.random(using: &rng) ? " " : "").utf8)
        }
        return (patterns, haystack)
    }
}

struct DifferentialTests {
    static let casesPerRun = 2_000

    @Test(
        "every engine and match kind agrees with the naive matcher on random cases",
        arguments: Engine.allCases, MatchKind.allCases)
    func randomCases(engine: Engine, kind: MatchKind) throws {
        let baseSeed: UInt64 = 0xDEC0_0001
        for i in 0..<Self.casesPerRun {
            let seed = baseSeed &+ UInt64(i)
            var rng = SeededRandom(seed: seed)
            let (patterns, haystack) =
                i % 2 == 0 ? RandomCase.smallAlphabet(&rng) : RandomCase.multilingual(&rng)
            // The contiguous NFA's dense rows down to the depth its budget allows, or only down to
            // depth 0, 1 or 2: match states and others, dense and sparse, in every mix.
            let denseDepth = i % 4 == 0 ? nil : i % 4 - 1
            let matcher = try AhoCorasick(
                patterns: patterns,
                configuration: .init(
                    matchKind: kind, engine: engine, denseDepth: denseDepth, prefilter: i % 3 != 0))
            let expected = NaiveMatcher(patterns: patterns, matchKind: kind).findAll(in: haystack)
            let visited = matcher.findAll(in: haystack)
            let iterated = Array(matcher.matches(in: haystack))
            #expect(
                visited == expected,
                "seed \(seed) (\(engine), \(kind)): visitor differs from the naive matcher")
            #expect(
                iterated == expected,
                "seed \(seed) (\(engine), \(kind)): iterator differs from the naive matcher")
            if visited != expected || iterated != expected {
                print("failing seed \(seed): patterns \(patterns), haystack \(haystack)")
                return
            }
        }
    }
}
