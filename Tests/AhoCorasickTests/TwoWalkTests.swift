import AhoCorasick
import TestSupport
import Testing

/// Overlapping searches of haystacks from 64 bytes up to the interleaved lanes' size run two
/// walks at once, the second from the middle in the start state; the first goes on until it
/// meets the second. Every engine must still agree with the naive matcher, in order.
struct TwoWalkTests {
    static let engines = Engine.allCases

    /// Words, phrases across spaces, fragments, single letters and a long phrase.
    static let patterns: [[UInt8]] =
        multilingualWords.map(utf8) + [
            utf8("refund policy"), utf8("гарантуємо повернення"), utf8("a"), utf8("е"), utf8(" "),
            utf8("e g"),
            utf8("we promise you a full refund, no questions asked"), [0xD2, 0xAF], utf8("un d"),
        ]

    static func haystack(_ count: Int, _ rng: inout SeededRandom) -> [UInt8] {
        var h: [UInt8] = []
        while h.count < count {
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: h += patterns.randomElement(using: &rng)!
            default: h += utf8(multilingualWords.randomElement(using: &rng)!)
            }
            h.append(Bool.random(using: &rng) ? UInt8(ascii: " ") : UInt8(ascii: ","))
        }
        return Array(h.prefix(count))
    }

    @Test("random haystacks of 50 to 400 bytes: the naive matcher's matches, in order", arguments: engines)
    func random(engine: Engine) throws {
        let matcher = try AhoCorasick(
            patterns: Self.patterns, configuration: .init(matchKind: .overlapping, engine: engine))
        let naive = NaiveMatcher(patterns: Self.patterns, matchKind: .overlapping)
        var rng = SeededRandom(seed: 0x2A1C)
        var total = 0
        for caseIndex in 0..<400 {
            let h = Self.haystack(Int.random(in: 50...400, using: &rng), &rng)
            let expected = naive.findAll(in: h)
            total += expected.count
            #expect(matcher.findAll(in: h) == expected, "case \(caseIndex), \(h.count) bytes")
            #expect(Array(matcher.matches(in: h)) == expected, "case \(caseIndex): iterator")
        }
        #expect(total > 5_000)
    }

    @Test(
        "a phrase planted across the middle, at every offset, in haystacks of 64 to 257 bytes",
        arguments: engines)
    func acrossTheMiddle(engine: Engine) throws {
        let phrase = utf8("we promise you a full refund, no questions asked")
        let matcher = try AhoCorasick(
            patterns: Self.patterns, configuration: .init(matchKind: .overlapping, engine: engine))
        let naive = NaiveMatcher(patterns: Self.patterns, matchKind: .overlapping)
        var rng = SeededRandom(seed: 0x51DE)
        for n in [64, 65, 100, 101, 256, 257] {
            let base = Self.haystack(n, &rng)
            for offset in 0...phrase.count {
                var h = base
                let start = n / 2 - offset
                guard start >= 0, start + phrase.count <= n else { continue }
                h.replaceSubrange(start..<start + phrase.count, with: phrase)
                let expected = naive.findAll(in: h)
                #expect(expected.contains { $0.start == start && $0.end == start + phrase.count })
                #expect(matcher.findAll(in: h) == expected, "\(n) bytes, the phrase at \(start)")
            }
        }
    }

    @Test("walks that never meet: a pattern as long as the haystack", arguments: engines)
    func neverMeet(engine: Engine) throws {
        var rng = SeededRandom(seed: 0x77)
        for n in [64, 99, 300] {
            let h = Self.haystack(n, &rng)
            let patterns = [h, Array(h[(n / 2 - 3)...]), utf8(" "), Array(h.prefix(n / 2 + 5))]
            let matcher = try AhoCorasick(
                patterns: patterns, configuration: .init(matchKind: .overlapping, engine: engine))
            let expected = NaiveMatcher(patterns: patterns, matchKind: .overlapping).findAll(in: h)
            #expect(expected.contains { $0.pattern == PatternID(0) })
            #expect(matcher.findAll(in: h) == expected, "\(n) bytes")
        }
    }

    @Test("a visitor that stops early, in either walk's half, sees exactly what it took", arguments: engines)
    func earlyStop(engine: Engine) throws {
        let matcher = try AhoCorasick(
            patterns: Self.patterns, configuration: .init(matchKind: .overlapping, engine: engine))
        var rng = SeededRandom(seed: 0xE5)
        let h = Self.haystack(200, &rng)
        let all = matcher.findAll(in: h)
        #expect(all.contains { $0.end < 100 } && all.contains { $0.end > 150 })
        for k in 1...all.count {
            #expect(
                matches(of: matcher, in: h, stoppingAfter: k) == Array(all.prefix(k)),
                "stopping after \(k) of \(all.count)")
        }
    }
}
