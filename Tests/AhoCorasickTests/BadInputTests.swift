import AhoCorasick
import Testing
import TestSupport

struct BadInputTests {
    @Test(
        "a state limit below the trie's size fails with the numbers in the message",
        arguments: Engine.allCases, MatchKind.allCases)
    func stateLimitTooSmall(engine: Engine, kind: MatchKind) {
        // "refund" and "guarantee" share nothing: 2 + 6 + 9 = 17 states. With a limit of 5 the
        // sixth state is the first one too many.
        let error = #expect(throws: BuildError.self) {
            try AhoCorasick(
                patterns: [utf8("refund"), utf8("guarantee")],
                configuration: .init(matchKind: kind, engine: engine, stateLimit: 5))
        }
        #expect(error == .tooManyStates(needed: 6, limit: 5))
        let text = error.map { String(describing: $0) } ?? ""
        #expect(text.contains("pattern set too large"), "\(text)")
        #expect(text.contains("more than 5 automaton states"), "\(text)")
    }

    @Test(
        "the state limit is exact: the trie's own size builds, one less fails", arguments: Engine.allCases,
        MatchKind.allCases)
    func stateLimitBoundary(engine: Engine, kind: MatchKind) throws {
        let patterns = multilingualWords.map(utf8) + [utf8("refund policy"), utf8("гарантуємо повернення")]
        let unlimited = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        let states = unlimited.stateCount
        #expect(states > 100)
        let exact = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine, stateLimit: states))
        #expect(exact.stateCount == states)
        #expect(exact.findAll(in: utf8("we never refund")) == unlimited.findAll(in: utf8("we never refund")))
        #expect(throws: BuildError.tooManyStates(needed: states, limit: states - 1)) {
            try AhoCorasick(
                patterns: patterns,
                configuration: .init(matchKind: kind, engine: engine, stateLimit: states - 1))
        }
        for limit in [0, 1, 2] {
            #expect(throws: BuildError.tooManyStates(needed: 3, limit: limit)) {
                try AhoCorasick(
                    patterns: [utf8("a")],
                    configuration: .init(matchKind: kind, engine: engine, stateLimit: limit))
            }
        }
    }

    @Test("a DFA over the size limit: the automatic choice falls back, a forced DFA is built anyway")
    func dfaSizeLimit() throws {
        let patterns = multilingualWords.map(utf8)
        let h = utf8("we never refund, гарантуємо")
        let expected = NaiveMatcher(patterns: patterns, matchKind: .overlapping).findAll(in: h)
        // The table needs hundreds of states × dozens of byte classes × 4 bytes; 64 bytes is too few.
        let automatic = try AhoCorasick(patterns: patterns, configuration: .init(dfaSizeLimit: 64))
        #expect(automatic.engine == .contiguousNFA)
        #expect(automatic.findAll(in: h) == expected)
        let roomy = try AhoCorasick(patterns: patterns, configuration: .init(dfaSizeLimit: 16 << 20))
        #expect(roomy.engine == .dfa)
        // `dfaSizeLimit` bounds the automatic choice only (see `Configuration.dfaSizeLimit`): a
        // DFA asked for by name is held only to the 2^32-entry limit of its state ids.
        let forced = try AhoCorasick(patterns: patterns, configuration: .init(engine: .dfa, dfaSizeLimit: 64))
        #expect(forced.engine == .dfa)
        #expect(forced.memoryUsage > 64)
        #expect(forced.findAll(in: h) == expected)
    }

    @Test("every build error describes itself with its numbers and reason")
    func errorDescriptions() {
        let cases: [(BuildError, [String])] = [
            (
                .tooManyPatterns(count: 3_000_000_000, limit: PatternID.limit),
                ["too many patterns", "3000000000", "\(PatternID.limit)"]
            ),
            (.tooManyStates(needed: 1_001, limit: 1_000), ["pattern set too large", "1000", "1001"]),
            (
                .engineUnavailable(
                    .dfa, reason: "9 states × 300 byte classes exceed the DFA size limit of 64 bytes"),
                ["the dfa engine cannot hold this pattern set", "exceed the DFA size limit of 64 bytes"]
            ),
            (
                .engineUnavailable(.contiguousNFA, reason: "more than 2^32 words of states"),
                ["the nfa engine", "2^32"]
            ),
        ]
        for (error, phrases) in cases {
            let text = String(describing: error)
            for phrase in phrases { #expect(text.contains(phrase), "\(text) should mention \(phrase)") }
        }
    }

    @Test(
        "NUL bytes in patterns and haystacks, as bytes and in strings", arguments: Engine.allCases,
        MatchKind.allCases)
    func nulBytes(engine: Engine, kind: MatchKind) throws {
        let patterns = ["\u{0}", "\u{0}\u{0}", "a\u{0}b", "\u{0}end"]
        let text = "\u{0}\u{0}a\u{0}b\u{0}end\u{0}"
        let expected: [Match] =
            switch kind {
            case .overlapping:
                [(0, 0, 1), (1, 0, 2), (0, 1, 2), (0, 3, 4), (2, 2, 5), (0, 5, 6), (3, 5, 9), (0, 9, 10)].map(
                    match)
            case .leftmostLongest: [(1, 0, 2), (2, 2, 5), (3, 5, 9), (0, 9, 10)].map(match)
            case .leftmostFirst: [(0, 0, 1), (0, 1, 2), (2, 2, 5), (0, 5, 6), (0, 9, 10)].map(match)
            }
        #expect(
            NaiveMatcher(patterns: patterns.map(utf8), matchKind: kind).findAll(in: utf8(text)) == expected)
        for prefilter in [true, false] {
            let matcher = try AhoCorasick(
                patterns: patterns.map(utf8),
                configuration: .init(matchKind: kind, engine: engine, prefilter: prefilter))
            #expect(matcher.findAll(in: text) == expected, "string, prefilter \(prefilter)")
            #expect(matcher.findAll(in: utf8(text)) == expected, "bytes, prefilter \(prefilter)")
            #expect(Array(matcher.matches(in: text)) == expected, "sequence, prefilter \(prefilter)")
        }
        // A long run of NUL bytes, long enough for the interleaved walks.
        let zeros = [UInt8](repeating: 0, count: 100_000)
        let one = try AhoCorasick(
            patterns: [[0]], configuration: .init(matchKind: kind, engine: engine, prefilter: false))
        let found = one.findAll(in: zeros)
        #expect(found.count == zeros.count)
        #expect(found.enumerated().allSatisfy { $1.start == $0 && $1.end == $0 + 1 })
    }

    private func match(_ t: (Int, Int, Int)) -> Match { Match(pattern: PatternID(t.0), start: t.1, end: t.2) }

    /// A 1 MiB pattern over "abcd" (a trie of over a million states), found once in a haystack
    /// that also holds near misses: the pattern without its last byte and with it changed.
    static let bigPattern: [UInt8] = {
        var rng = SeededRandom(seed: 1 << 20)
        let alphabet = utf8("abcd")
        return (0..<(1 << 20)).map { _ in alphabet.randomElement(using: &rng)! }
    }()

    @Test("a 1 MiB pattern", arguments: Engine.allCases)
    func oneMebibytePattern(engine: Engine) throws {
        let big = Self.bigPattern
        let patterns = [big, utf8("ніколи")]
        let words = Array(multilingualWords.joined(separator: " ").utf8)
        var missed = big
        missed[missed.count - 1] = UInt8(ascii: "e")
        let h = words + Array(big.dropLast()) + words + missed + words + big + words
        let at = words.count * 3 + (big.count - 1) + missed.count
        for kind in MatchKind.allCases {
            let matcher = try AhoCorasick(
                patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
            #expect(matcher.maxPatternLength == 1 << 20)
            #expect(matcher.stateCount > 1 << 20)
            let found = matcher.findAll(in: h)
            let bigMatches = found.filter { $0.pattern == PatternID(0) }
            #expect(
                bigMatches == [Match(pattern: PatternID(0), start: at, end: at + big.count)],
                "\(kind), \(engine)")
            #expect(found.filter { $0.pattern == PatternID(1) }.count == 4, "\(kind), \(engine)")
        }
    }
}
