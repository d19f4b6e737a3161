import AhoCorasick
import Testing
import TestSupport

/// Long haystacks, where leftmost searches run as interleaved walks over blocks, against the
/// iterator (which always searches with one walk) and, on a shorter case, the naive matcher.
struct LeftmostLaneTests {
    static let kinds: [MatchKind] = [.leftmostLongest, .leftmostFirst]

    /// Seeded multilingual text with the patterns planted every few hundred bytes, so that
    /// matches straddle the 16 KiB block boundaries and the restart points of neighbouring
    /// blocks disagree until they synchronise.
    static func haystack(bytes: Int, patterns: [[UInt8]], seed: UInt64) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        var h: [UInt8] = []
        h.reserveCapacity(bytes + 64)
        while h.count < bytes {
            if Int.random(in: 0..<5, using: &rng) == 0 {
                h += patterns.randomElement(using: &rng)!
            } else {
                h += Array(multilingualWords.randomElement(using: &rng)!.utf8)
            }
            if Bool.random(using: &rng) { h.append(UInt8(ascii: " ")) }
        }
        return h
    }

    static func patterns(seed: UInt64) -> [[UInt8]] {
        var rng = SeededRandom(seed: seed)
        var out: [[UInt8]] = []
        for _ in 0..<40 {
            let w = Array(multilingualWords.randomElement(using: &rng)!.utf8)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: out.append(Array(w.prefix(Int.random(in: 1...w.count, using: &rng))))
            case 1: out.append(Array(w.suffix(Int.random(in: 1...w.count, using: &rng))))
            case 2:
                out.append(w + Array(" ".utf8) + Array(multilingualWords.randomElement(using: &rng)!.utf8))
            default: out.append(w)
            }
        }
        return out
    }

    @Test("lanes agree with one walk on long multilingual text", arguments: Engine.allCases, kinds)
    func longText(engine: Engine, kind: MatchKind) throws {
        for seed in UInt64(1)...4 {
            let patterns = Self.patterns(seed: seed)
            let h = Self.haystack(bytes: 300_000, patterns: patterns, seed: seed &+ 100)
            let matcher = try AhoCorasick(
                patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
            let lanes = matcher.findAll(in: h)
            let single = Array(matcher.matches(in: h))
            #expect(lanes.count > 1_000, "seed \(seed): the planted patterns must be found")
            let difference = matchDifference(lanes, single)
            #expect(difference == nil, "seed \(seed) (\(engine), \(kind)): lanes differ from one walk")
        }
    }

    @Test("lanes agree with the naive matcher", arguments: Engine.allCases, kinds)
    func naive(engine: Engine, kind: MatchKind) throws {
        let patterns = Self.patterns(seed: 9)
        let h = Self.haystack(bytes: 70_000, patterns: patterns, seed: 99)
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        let difference = matchDifference(
            matcher.findAll(in: h), NaiveMatcher(patterns: patterns, matchKind: kind).findAll(in: h))
        #expect(difference == nil)
    }

    @Test(
        "a block with more matches than its lane buffer is searched again", arguments: Engine.allCases, kinds)
    func overflow(engine: Engine, kind: MatchKind) throws {
        // One-byte and two-byte patterns over a region of "aaaa…": thousands of matches per block.
        let patterns: [[UInt8]] = [Array("a".utf8), Array("aa".utf8), Array("ab".utf8), Array("клієнт".utf8)]
        var h = Self.haystack(bytes: 40_000, patterns: [Array("клієнт".utf8)], seed: 5)
        h += [UInt8](repeating: UInt8(ascii: "a"), count: 50_000) + Array("b".utf8)
        h += Self.haystack(bytes: 60_000, patterns: [Array("клієнт".utf8)], seed: 6)
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        let lanes = matcher.findAll(in: h)
        #expect(lanes.count > 25_000)
        let difference = matchDifference(lanes, Array(matcher.matches(in: h)))
        #expect(difference == nil)
    }

    @Test("a match longer than the gap to the next block", arguments: Engine.allCases, kinds)
    func longPatternAcrossBlocks(engine: Engine, kind: MatchKind) throws {
        // A 3,000-byte pattern makes blocks 24,000 bytes long and crosses their boundaries.
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 2_999) + Array("y".utf8)
        let patterns: [[UInt8]] = [long, Array("xy".utf8), Array("xx".utf8), Array("ніколи".utf8)]
        var h: [UInt8] = []
        var rng = SeededRandom(seed: 77)
        while h.count < 200_000 {
            h += [UInt8](repeating: UInt8(ascii: "x"), count: Int.random(in: 1...4_000, using: &rng))
            h += Array((Bool.random(using: &rng) ? "y" : " ніколи ").utf8)
        }
        let matcher = try AhoCorasick(
            patterns: patterns, configuration: .init(matchKind: kind, engine: engine))
        let lanes = matcher.findAll(in: h)
        #expect(lanes.contains { $0.pattern == PatternID(0) })
        let difference = matchDifference(lanes, Array(matcher.matches(in: h)))
        #expect(difference == nil)
    }

    @Test("stopping early inside a buffered lane reports exactly that many", arguments: kinds)
    func earlyStop(kind: MatchKind) throws {
        let patterns = Self.patterns(seed: 3)
        let h = Self.haystack(bytes: 200_000, patterns: patterns, seed: 33)
        let matcher = try AhoCorasick(patterns: patterns, configuration: .init(matchKind: kind))
        let all = Array(matcher.matches(in: h))
        for limit in [1, all.count / 3, all.count - 1] {
            var seen: [Match] = []
            matcher.forEachMatch(in: h) { m in
                seen.append(m)
                return seen.count < limit
            }
            let difference = matchDifference(seen, Array(all.prefix(limit)))
            #expect(difference == nil, "stopping after \(limit)")
        }
    }
}
