import AhoCorasick
import TestSupport
import Testing

/// Every way to run a search that must agree: the visitor over bytes, over a raw buffer, the
/// iterator over a raw buffer, and the sequence.
private func allPaths(_ matcher: AhoCorasick, _ haystack: [UInt8]) -> [[Match]] {
    var visited: [Match] = []
    matcher.forEachMatch(in: haystack) {
        visited.append($0)
        return true
    }
    let raw: [Match] = haystack.withUnsafeBytes { buffer in
        var out: [Match] = []
        matcher.forEachMatch(in: buffer) {
            out.append($0)
            return true
        }
        return out
    }
    let iterated: [Match] = haystack.withUnsafeBytes { buffer in
        var it = matcher.makeIterator(over: buffer)
        var out: [Match] = []
        while let m = it.next() { out.append(m) }
        return out
    }
    return [visited, raw, iterated, Array(matcher.matches(in: haystack))]
}

private func matches(_ list: [(Int, Int, Int)]) -> [Match] {
    list.map { Match(pattern: PatternID($0.0), start: $0.1, end: $0.2) }
}

struct EdgeCaseTests {
    static let kinds = MatchKind.allCases
    static let engines = Engine.allCases

    /// Builds with the given engine and kind and checks every search path against `expected`.
    private func check(
        _ patterns: [[UInt8]], _ haystack: [UInt8], _ kind: MatchKind, _ engine: Engine, _ expected: [Match],
        _ label: String, prefilter: Bool = true
    ) throws {
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine, prefilter: prefilter))
        for (i, got) in allPaths(matcher, haystack).enumerated() {
            expectSameMatches(got, expected, "\(label) (\(kind), \(engine), search path \(i))")
            if got != expected { break }
        }
    }

    @Test("an empty haystack has no matches on any search path", arguments: engines, kinds)
    func emptyHaystack(engine: Engine, kind: MatchKind) throws {
        let matcher = try AhoCorasick(["a", "ab", "гарантуємо", ""], matchKind: kind, engine: engine)
        for got in allPaths(matcher, []) { #expect(got.isEmpty) }
        #expect(matcher.findAll(in: "").isEmpty)
        #expect(matcher.firstMatch(in: "") == nil)
        #expect(Array(matcher.matches(in: "")).isEmpty)
        let nilBuffer = UnsafeRawBufferPointer(start: nil, count: 0)
        #expect(matcher.count(in: nilBuffer) == 0)
        var it = matcher.makeIterator(over: nilBuffer)
        #expect(it.next() == nil)
        #expect(it.next() == nil, "an exhausted iterator stays exhausted")
    }

    @Test("a pattern longer than the haystack never matches", arguments: engines, kinds)
    func patternLongerThanHaystack(engine: Engine, kind: MatchKind) throws {
        let patterns = [utf8("abcdef"), utf8("bcdefg")]
        for haystack in ["abcde", "bcdef", "a", "abcdeabcde"] {
            try check(patterns, utf8(haystack), kind, engine, [], "haystack \(haystack)")
        }
        // The long pattern's prefix runs to the end of the haystack; a short one still matches.
        try check(
            [utf8("abcdef"), utf8("c")], utf8("abcde"), kind, engine, matches([(1, 2, 3)]), "prefix at end"
        )
        try check(patterns, utf8("abcdef"), kind, engine, matches([(0, 0, 6)]), "exactly the pattern")
    }

    @Test("one-byte patterns match at every position holding their byte", arguments: engines, kinds)
    func oneBytePatterns(engine: Engine, kind: MatchKind) throws {
        let alphabet: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"), 0, 0xFF]
        let patterns = alphabet.map { [$0] }
        var rng = SeededRandom(seed: 0x0B17E)
        let pool = alphabet + [UInt8(ascii: "d"), 0x80]
        let haystack = (0..<517).map { _ in pool.randomElement(using: &rng)! }
        let expected = haystack.enumerated().compactMap { i, b in
            alphabet.firstIndex(of: b).map { Match(pattern: PatternID($0), start: i, end: i + 1) }
        }
        #expect(expected.count > 300)
        for prefilter in [true, false] {
            try check(patterns, haystack, kind, engine, expected, "one-byte patterns", prefilter: prefilter)
        }
    }

    @Test("all 256 byte values as patterns, over a haystack of all 256 bytes", arguments: engines, kinds)
    func allByteValues(engine: Engine, kind: MatchKind) throws {
        let patterns = (0..<256).map { [UInt8($0)] }
        let haystack = (0..<256).map { UInt8($0) } + (0..<256).reversed().map { UInt8($0) }
        let expected = haystack.enumerated().map {
            Match(pattern: PatternID(Int($1)), start: $0, end: $0 + 1)
        }
        try check(patterns, haystack, kind, engine, expected, "256 one-byte patterns")

        // Two-byte patterns [b, b + 1]: the start state has 256 ways out, every second state one.
        let pairs = (0..<256).map { [UInt8($0), UInt8(($0 + 1) % 256)] }
        let ascending = (0..<256).map { UInt8($0) } + [0]
        let expectedPairs =
            kind == .overlapping
            ? (0..<256).map { Match(pattern: PatternID($0), start: $0, end: $0 + 2) }
            : stride(from: 0, to: 256, by: 2).map { Match(pattern: PatternID($0), start: $0, end: $0 + 2) }
        try check(pairs, ascending, kind, engine, expectedPairs, "256 two-byte patterns")
    }

    @Test("patterns that are prefixes and suffixes of each other", arguments: engines)
    func prefixesAndSuffixes(engine: Engine) throws {
        let patterns = ["a", "ab", "abc", "abcd", "bcd", "cd", "d", "abcd"].map(utf8)
        let expected: [MatchKind: [Match]] = [
            .overlapping: matches([
                (0, 0, 1), (1, 0, 2), (2, 0, 3), (3, 0, 4), (7, 0, 4), (4, 1, 4), (5, 2, 4), (6, 3, 4),
            ]),
            .leftmostLongest: matches([(3, 0, 4)]),
            .leftmostFirst: matches([(0, 0, 1), (4, 1, 4)]),
        ]
        for kind in MatchKind.allCases {
            try check(patterns, utf8("abcd"), kind, engine, expected[kind]!, "abcd")
            // Longer haystacks against the naive matcher.
            for haystack in ["abcdabcabcd", "dcbadcba", "aabbccdd", "abcabcdbcdcdd"] {
                let h = utf8(haystack)
                try check(
                    patterns, h, kind, engine,
                    NaiveMatcher(patterns: patterns, matchKind: kind).findAll(in: h), haystack)
            }
        }
        // Multilingual: a word, its prefixes and its suffixes, at character and byte boundaries.
        let word = utf8("гарантуємо")
        let pieces =
            (1...word.count).map { Array(word.prefix($0)) } + (1..<word.count).map { Array(word.suffix($0)) }
        let h = utf8("гарантуємо гарант ємо гарантуємогарантуємо")
        for kind in MatchKind.allCases {
            let expectedHere = NaiveMatcher(patterns: pieces, matchKind: kind).findAll(in: h)
            #expect(!expectedHere.isEmpty)
            try check(pieces, h, kind, engine, expectedHere, "prefixes and suffixes of гарантуємо")
        }
    }

    @Test("duplicate patterns: all under overlapping, the lowest id under leftmost", arguments: engines)
    func duplicates(engine: Engine) throws {
        let patterns = ["abc", "x", "abc", "abc"].map(utf8)
        try check(
            patterns, utf8("xabc"), .overlapping, engine,
            matches([(1, 0, 1), (0, 1, 4), (2, 1, 4), (3, 1, 4)]),
            "duplicates")
        for kind in [MatchKind.leftmostLongest, .leftmostFirst] {
            try check(patterns, utf8("xabc"), kind, engine, matches([(1, 0, 1), (0, 1, 4)]), "duplicates")
        }
        // A hundred copies behind a different first pattern.
        let many = [utf8("b")] + Array(repeating: utf8("ab"), count: 100)
        let overlappingMany =
            (1...100).map { Match(pattern: PatternID($0), start: 0, end: 2) } + [
                Match(pattern: PatternID(0), start: 1, end: 2)
            ]
        // At their common end the copies come first, being longer, in id order.
        try check(many, utf8("ab"), .overlapping, engine, overlappingMany, "100 copies")
        try check(many, utf8("ab"), .leftmostLongest, engine, matches([(1, 0, 2)]), "100 copies")
        try check(many, utf8("ab"), .leftmostFirst, engine, matches([(1, 0, 2)]), "100 copies")
    }

    @Test("empty patterns never match and keep the ids of the others", arguments: engines, kinds)
    func emptyPatterns(engine: Engine, kind: MatchKind) throws {
        let patterns = ["", "b", "", "c", ""].map(utf8)
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        #expect(matcher.patternCount == 5)
        #expect(matcher.maxPatternLength == 1)
        try check(patterns, utf8("abcb"), kind, engine, matches([(1, 1, 2), (3, 2, 3), (1, 3, 4)]), "mixed")

        let onlyEmpty = try AhoCorasick(
            patterns: [[UInt8]](repeating: [], count: 3),
            configuration: .init(matchKind: kind, engine: engine))
        #expect(onlyEmpty.patternCount == 3)
        #expect(onlyEmpty.maxPatternLength == 0)
        for got in allPaths(onlyEmpty, utf8("abc")) { #expect(got.isEmpty) }
        // Long enough for the interleaved walks, whose warm-up is then zero bytes.
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 80_000)
        #expect(onlyEmpty.findAll(in: long).isEmpty)

        let mixed = try AhoCorasick(
            patterns: [[], utf8("a"), []], configuration: .init(matchKind: kind, engine: engine))
        let found = mixed.findAll(in: long)
        #expect(found.count == long.count)
        #expect(found.allSatisfy { $0.pattern == PatternID(1) && $0.end == $0.start + 1 })
        #expect(found.last?.end == long.count)
    }

    @Test("invalid UTF-8 in patterns and haystack is matched byte for byte", arguments: engines, kinds)
    func invalidUTF8(engine: Engine, kind: MatchKind) throws {
        let patterns: [[UInt8]] = [[0xFF, 0xFE], [0xC3], [0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90]]
        // "é", FF FE, "ж", three continuation bytes, a surrogate, "ok", a code point past U+10FFFF.
        let haystack: [UInt8] =
            [0xC3, 0xA9, 0xFF, 0xFE, 0xD0, 0xB6, 0x80, 0x80, 0x80]
            + [0xED, 0xA0, 0x80, 0x6F, 0x6B, 0xF4, 0x90, 0x80, 0x80]
        let expected =
            kind == .overlapping
            ? matches([(1, 0, 1), (0, 2, 4), (2, 6, 8), (2, 7, 9), (3, 9, 12), (4, 14, 16), (2, 16, 18)])
            : matches([(1, 0, 1), (0, 2, 4), (2, 6, 8), (3, 9, 12), (4, 14, 16), (2, 16, 18)])
        #expect(NaiveMatcher(patterns: patterns, matchKind: kind).findAll(in: haystack) == expected)
        for prefilter in [true, false] {
            try check(patterns, haystack, kind, engine, expected, "invalid UTF-8", prefilter: prefilter)
        }
        // A string decoded from the bytes holds U+FFFD instead; its UTF-8 is searched as is.
        let decoded = String(decoding: haystack, as: UTF8.self)
        let replacement = try AhoCorasick(["\u{FFFD}"], matchKind: kind, engine: engine)
        #expect(replacement.findAll(in: decoded).count == replacement.findAll(in: Array(decoded.utf8)).count)
        #expect(replacement.findAll(in: decoded).count >= 4)
    }

    /// 100,000 seeded random words over "abcd" (lengths 6 to 16, so that short ones repeat), and
    /// haystacks that contain some of them.
    static func hundredThousandPatterns() -> [[UInt8]] {
        var rng = SeededRandom(seed: 100_000)
        let alphabet = utf8("abcd")
        return (0..<100_000).map { _ in
            (0..<Int.random(in: 6...16, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
        }
    }

    static func haystacksFor(_ patterns: [[UInt8]]) -> [[UInt8]] {
        var rng = SeededRandom(seed: 100_001)
        let alphabet = utf8("abcd")
        let random = (0..<3_000).map { _ in alphabet.randomElement(using: &rng)! }
        var planted: [UInt8] = []
        while planted.count < 3_000 {
            planted += patterns.randomElement(using: &rng)!
            if Bool.random(using: &rng) { planted += utf8(" ") }
        }
        let noise = (0..<500).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let multilingual = Array(multilingualWords.joined(separator: " ").utf8)
        return [random, planted, noise, multilingual, patterns[0], patterns[99_999] + patterns[12_345]]
    }

    @Test("100,000 patterns against a dictionary of windows", arguments: engines, kinds)
    func hundredThousand(engine: Engine, kind: MatchKind) throws {
        let patterns = Self.hundredThousandPatterns()
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        #expect(matcher.patternCount == 100_000)
        #expect(matcher.engine == engine)
        let oracle = OccurrenceOracle(patterns: patterns)
        for (i, h) in Self.haystacksFor(patterns).enumerated() {
            let expected = OccurrenceOracle.matches(
                oracle.occurrences(byWindow: h), kind: kind, haystackCount: h.count)
            let got = matcher.findAll(in: h)
            expectSameMatches(got, expected, "haystack \(i) (\(h.count) bytes, \(kind), \(engine))")
            expectSameMatches(
                Array(matcher.matches(in: h)), expected, "haystack \(i) iterator (\(kind), \(engine))")
            if i < 2 || i >= 4 { #expect(!expected.isEmpty, "haystack \(i) should contain patterns") }
        }
    }

    @Test("the two ways the oracle finds occurrences agree with each other and the naive matcher")
    func oracleSelfCheck() {
        for seed in UInt64(1)...200 {
            var rng = SeededRandom(seed: seed &+ 0x04AC1E)
            let (patterns, haystack) =
                seed % 2 == 0 ? RandomCase.smallAlphabet(&rng) : RandomCase.multilingual(&rng)
            let oracle = OccurrenceOracle(patterns: patterns)
            let a = oracle.occurrences(byFirstByte: haystack)
            let b = oracle.occurrences(byWindow: haystack)
            #expect(Set(a) == Set(b) && a.count == b.count, "seed \(seed)")
            for kind in MatchKind.allCases {
                #expect(
                    OccurrenceOracle.matches(a, kind: kind, haystackCount: haystack.count)
                        == NaiveMatcher(patterns: patterns, matchKind: kind).findAll(in: haystack),
                    "seed \(seed) (\(kind))")
            }
        }
    }

    /// Patterns whose first bytes are at most three distinct values, so the prefilter runs.
    static let prefilterSets: [[String]] = [
        ["@refund", "@гарантуємо", "@", "@@", "@клієнт ніколи", "@نضمن"],
        ["@refund", "#гарантуємо", "#", "@@#", "#klientas", "@ү", "#ү"],
        ["@refund", "#гарантуємо", "$žadame", "$", "#амлая", "@buy", "$$"],
    ]

    @Test("the prefilter on and off give the same matches", arguments: engines, kinds)
    func prefilterOnAndOff(engine: Engine, kind: MatchKind) throws {
        var rng = SeededRandom(seed: 0x9EF1)
        for set in Self.prefilterSets {
            let patterns = set.map(utf8)
            let on = try AhoCorasick(
                patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
            let off = try AhoCorasick(
                patterns: patterns, configuration: .init(matchKind: kind, engine: engine, prefilter: false))
            let naive = NaiveMatcher(patterns: patterns, matchKind: kind)
            var total = 0
            for caseIndex in 0..<150 {
                var h: [UInt8] = []
                for _ in 0..<Int.random(in: 0...25, using: &rng) {
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: h += patterns.randomElement(using: &rng)!
                    case 1: h += utf8(["@", "#", "$", "@@", "#@"].randomElement(using: &rng)!)
                    default: h += utf8(multilingualWords.randomElement(using: &rng)!)
                    }
                    if Bool.random(using: &rng) { h += utf8(" ") }
                }
                let expected = naive.findAll(in: h)
                total += expected.count
                let withPrefilter = on.findAll(in: h)
                #expect(
                    withPrefilter == off.findAll(in: h),
                    "set \(set), case \(caseIndex): prefilter on and off differ")
                #expect(
                    withPrefilter == expected, "set \(set), case \(caseIndex): differs from the naive matcher"
                )
                #expect(Array(on.matches(in: h)) == expected, "set \(set), case \(caseIndex): iterator")
            }
            #expect(total > 200, "set \(set): the haystacks must contain matches")
        }
    }

    @Test("a visitor that stops after k matches sees exactly k", arguments: engines, kinds)
    func earlyStop(engine: Engine, kind: MatchKind) throws {
        let patterns = ["refund", "fund", "гарант", "гарантуємо", "ү", "نضمن", "ž"].map(utf8)
        let h = utf8("refund гарантуємо үүү نضمن žadame refunds гарант ү refund")
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        let all = matcher.findAll(in: h)
        #expect(all.count >= 10)
        for k in 1...all.count {
            #expect(
                matches(of: matcher, in: h, stoppingAfter: k) == Array(all.prefix(k)),
                "stopping after \(k) of \(all.count)")
            #expect(Array(matcher.matches(in: h).prefix(k)) == Array(all.prefix(k)))
        }
        #expect(matcher.firstMatch(in: String(decoding: h, as: UTF8.self)) == all.first)
    }

    @Test("a string's UTF-8 view and its bytes give the same matches", arguments: engines, kinds)
    func utf8ViewAndBytes(engine: Engine, kind: MatchKind) throws {
        let patterns = multilingualWords + ["ємо", "ą", "ال", "ү", "d ", " г", "\u{0}"]
        let matcher = try AhoCorasick(patterns, matchKind: kind, engine: engine)
        var rng = SeededRandom(seed: 0x07F8)
        for caseIndex in 0..<60 {
            var text = ""
            for _ in 0..<Int.random(in: 0...20, using: &rng) {
                text +=
                    multilingualWords.randomElement(using: &rng)! + ["", " ", ", ", "\u{0}"].randomElement(
                        using: &rng)!
            }
            // A substring's copy and a string built piece by piece are other storage shapes.
            let copy = String(text.dropFirst(caseIndex % 3))
            for s in [text, copy] {
                let bytes = Array(s.utf8)
                let expected = NaiveMatcher(patterns: patterns.map { Array($0.utf8) }, matchKind: kind)
                    .findAll(in: bytes)
                var viaView: [Match] = []
                matcher.forEachMatch(in: s.utf8) {
                    viaView.append($0)
                    return true
                }
                #expect(viaView == expected, "case \(caseIndex): UTF8View")
                #expect(matcher.findAll(in: s) == expected, "case \(caseIndex): String")
                #expect(matcher.findAll(in: bytes) == expected, "case \(caseIndex): bytes")
                #expect(Array(matcher.matches(in: s)) == expected, "case \(caseIndex): string sequence")
                #expect(matcher.firstMatch(in: s) == expected.first, "case \(caseIndex): first match")
            }
        }
    }

    @Test("the iterator and the visitor report the same matches", arguments: engines, kinds)
    func iteratorAndVisitor(engine: Engine, kind: MatchKind) throws {
        for seed in UInt64(1)...300 {
            var rng = SeededRandom(seed: seed &+ 0x1735)
            let (patterns, haystack) =
                seed % 2 == 0 ? RandomCase.smallAlphabet(&rng) : RandomCase.multilingual(&rng)
            let matcher = try AhoCorasick(
                patterns: patterns,
                configuration: .init(matchKind: kind, engine: engine, prefilter: seed % 3 != 0))
            let paths = allPaths(matcher, haystack)
            #expect(
                paths.allSatisfy { $0 == paths[0] }, "seed \(seed) (\(kind), \(engine)): search paths differ")
            // Two iterators over one haystack, advanced in turn, do not disturb each other.
            haystack.withUnsafeBytes { buffer in
                var a = matcher.makeIterator(over: buffer)
                var b = matcher.makeIterator(over: buffer)
                var fromA: [Match] = []
                var fromB: [Match] = []
                var doneA = false
                var doneB = false
                while !doneA || !doneB {
                    if !doneA { if let m = a.next() { fromA.append(m) } else { doneA = true } }
                    if !doneB, let m = b.next() { fromB.append(m) } else { doneB = true }
                }
                #expect(fromA == paths[0] && fromB == paths[0], "seed \(seed): interleaved iterators")
            }
        }
    }

    /// A state below the dense rows with `count` ways out: patterns `prefix + [b]` for the first
    /// `count` byte values, and, when `prefixIsPattern`, the prefix itself. Run in a child
    /// process, since a broken table may be read out of bounds.
    static let wideStateCases: [WideState] = [
        WideState(prefixLength: 12, count: 200, prefixIsPattern: false, denseDepth: nil),
        WideState(prefixLength: 12, count: 253, prefixIsPattern: false, denseDepth: nil),
        WideState(prefixLength: 12, count: 254, prefixIsPattern: false, denseDepth: nil),
        WideState(prefixLength: 12, count: 255, prefixIsPattern: false, denseDepth: nil),
        WideState(prefixLength: 12, count: 256, prefixIsPattern: false, denseDepth: nil),
        WideState(prefixLength: 12, count: 256, prefixIsPattern: true, denseDepth: nil),
        WideState(prefixLength: 1, count: 256, prefixIsPattern: false, denseDepth: 0),
    ]

    struct WideState: Sendable, Codable, CustomTestStringConvertible {
        var prefixLength: Int
        var count: Int
        var prefixIsPattern: Bool
        var denseDepth: Int?
        var testDescription: String {
            "\(count) ways out at depth \(prefixLength)\(prefixIsPattern ? ", a match state" : "")"
                + (denseDepth.map { ", dense depth \($0)" } ?? "")
        }

        /// How many of the 256 haystacks `x + prefix + [b]` come out wrong, with the first few;
        /// empty when the engine is right.
        func mismatches(_ engine: Engine) -> String {
            let prefix = Array(utf8("abcdefghijklmnop").prefix(prefixLength))
            var patterns = (0..<count).map { prefix + [UInt8($0)] }
            if prefixIsPattern { patterns.append(prefix) }
            guard
                let matcher = try? AhoCorasick(
                    patterns: patterns, configuration: .init(engine: engine, denseDepth: denseDepth))
            else { return "the build failed" }
            var report: [String] = []
            for b in 0..<256 {
                let h = utf8("x") + prefix + [UInt8(b)]
                var expected: [Match] = []
                if prefixIsPattern {
                    expected.append(Match(pattern: PatternID(count), start: 1, end: 1 + prefixLength))
                }
                if b < count { expected.append(Match(pattern: PatternID(b), start: 1, end: h.count)) }
                let got = matcher.findAll(in: h)
                if got != expected { report.append("byte \(b): expected \(expected), got \(got)") }
            }
            return report.isEmpty
                ? "" : "\(report.count) of 256 haystacks wrong; " + report.prefix(4).joined(separator: "; ")
        }
    }

    @Test("a sparse state with up to 256 ways out (dense DFA)", arguments: wideStateCases)
    func wideStateDFA(_ wide: WideState) {
        let report = wide.mismatches(.dfa)
        #expect(report.isEmpty, "\(report)")
    }

    @Test(
        "a sparse state with up to 256 ways out (contiguous NFA, in a child process)",
        arguments: wideStateCases)
    func wideStateNFA(_ wide: WideState) async {
        // Issues the child records are reported here; a crash fails the exit status instead.
        await #expect(processExitsWith: .success, "\(wide.testDescription)") { [wide] in
            let report = wide.mismatches(.contiguousNFA)
            #expect(report.isEmpty, "\(wide.testDescription): \(report)")
        }
    }
}
