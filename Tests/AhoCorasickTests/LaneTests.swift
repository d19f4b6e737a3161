import AhoCorasick
import Testing
import TestSupport

/// One long haystack for the interleaved walks, with its patterns and the overlapping matches
/// the occurrence oracle finds in it.
///
/// An overlapping search over at least 4 × (B + W) bytes, where W is the longest pattern and
/// B = max(16 KiB, 8 × W) the block length, runs four walks at once: the walk for block k starts
/// at k × B and owns the matches ending in (k × B + W, (k + 1) × B + W]; walks 1 to 3 of each
/// group buffer up to 1,024 matches, and a block with more is searched again on its own.
struct LaneCase: Sendable, CustomTestStringConvertible {
    let name: String
    let patterns: [[UInt8]]
    let haystack: [UInt8]
    let occurrences: [OccurrenceOracle.Occurrence]
    let expected: [Match]

    var testDescription: String { name }
    var warmUp: Int { patterns.map(\.count).max() ?? 0 }
    var block: Int { max(16 << 10, 8 * warmUp) }

    init(_ name: String, _ patterns: [[UInt8]], _ haystack: [UInt8]) {
        self.name = name
        self.patterns = patterns
        self.haystack = haystack
        self.occurrences = OccurrenceOracle(patterns: patterns).occurrences(byFirstByte: haystack)
        self.expected = OccurrenceOracle.overlapping(occurrences)
    }

    /// The block whose walk reports a match ending at `end`.
    func owner(ofEnd end: Int) -> Int { end <= block + warmUp ? 0 : (end - warmUp - 1) / block }

    /// The number of matches each block's walk reports.
    var matchesPerBlock: [Int: Int] {
        var counts: [Int: Int] = [:]
        for m in expected { counts[owner(ofEnd: m.end), default: 0] += 1 }
        return counts
    }
}

/// Writes `pattern` into `h` so that it ends at `end`.
private func plant(_ pattern: [UInt8], endingAt end: Int, in h: inout [UInt8]) {
    h.replaceSubrange(end - pattern.count..<end, with: pattern)
}

/// Seeded multilingual words and spaces, `count` bytes.
private func words(_ count: Int, seed: UInt64) -> [UInt8] {
    var rng = SeededRandom(seed: seed)
    var h: [UInt8] = []
    h.reserveCapacity(count + 64)
    while h.count < count {
        h += utf8(multilingualWords.randomElement(using: &rng)!)
        h.append(Bool.random(using: &rng) ? UInt8(ascii: " ") : UInt8(ascii: ","))
    }
    return Array(h.prefix(count))
}

enum LaneCases {
    static let haystackBytes = 300 << 10

    /// Rare patterns (a few hundred matches per block, so the buffers do not overflow): whole
    /// words, two-word phrases, fragments cut inside characters, and one long phrase that sets W.
    static let boundaryPatterns: [[UInt8]] = [
        utf8("гарантуємо"), utf8("niekada"), utf8("استرداد"), utf8("уучлаарай"), utf8("refund,policy"),
        utf8("ніколи клієнт"), [0xD2, 0xAF], utf8("ėjim"), utf8("مسؤول أبدا"), utf8("ntuojame"),
        utf8("promise,guarantee customer sorry"),
    ]

    /// Where a planted pattern of length `length` ends, relative to the block boundary `b`:
    /// ending at the boundary, just across it, starting one byte before it, ending at the last
    /// byte the walk before owns (b + W) and the first one this walk owns, straddling the end of
    /// the warm-up, and in the middle of both.
    static func plantedEnds(boundary b: Int, length: Int, warmUp w: Int) -> [Int] {
        [b, b + 1, b - 1 + length, b + w, b + w + 1, b + w - 1 + length, b + length / 2, b + w - length / 2]
    }

    /// Plants, at every block boundary, one pattern at one of the planted ends; `shift` rotates
    /// which end each boundary gets, so that four shifts put every end in every walk of a group.
    static func boundaries(shift: Int) -> LaneCase {
        var h = words(haystackBytes, seed: 0x1A4E + UInt64(shift))
        let w = boundaryPatterns.map(\.count).max()!
        let block = max(16 << 10, 8 * w)
        var k = 1
        while (k + 1) * block < h.count {
            if k % 4 == shift {
                // The longest pattern starting exactly at the boundary: it ends at b + W.
                plant(boundaryPatterns.last!, endingAt: k * block + w, in: &h)
            } else {
                let pattern = boundaryPatterns[(k * 7 + shift) % boundaryPatterns.count]
                let ends = plantedEnds(boundary: k * block, length: pattern.count, warmUp: w)
                plant(pattern, endingAt: ends[(k + shift) % ends.count], in: &h)
            }
            k += 1
        }
        plant(boundaryPatterns[shift], endingAt: h.count, in: &h)  // the last byte ends a match
        return LaneCase("boundaries, shift \(shift)", boundaryPatterns, h)
    }

    /// A 2,994-byte pattern makes W 2,994 and the blocks 8 × W = 23,952 bytes; it is planted
    /// across every boundary, and its pieces ("ніколи") occur everywhere.
    static func longPattern() -> LaneCase {
        var long: [UInt8] = []
        while long.count < 2_990 { long += utf8("ніколи ") }
        long = Array(long.prefix(2_990)) + utf8("END!")
        let patterns = [long, utf8("ніколи"), utf8("ы"), utf8("END"), utf8("refund")]
        var h = words(haystackBytes, seed: 0x10C6)
        let w = long.count
        let block = 8 * w
        var k = 1
        while (k + 1) * block < h.count {
            let ends = plantedEnds(boundary: k * block, length: w, warmUp: w)
            plant(long, endingAt: ends[k % ends.count], in: &h)
            k += 1
        }
        plant(long, endingAt: h.count, in: &h)
        return LaneCase("a 2,994-byte pattern", patterns, h)
    }

    /// Regions where almost every byte ends several matches, in a directly reported walk and in
    /// buffered ones, so that buffers overflow and their blocks are searched again.
    static func dense() -> LaneCase {
        let patterns = [utf8("x"), utf8("xx"), utf8("xxx"), utf8("гарантуємо"), utf8("klientas"), utf8("ү")]
        var h = words(haystackBytes, seed: 0xDE45)
        let block = 16 << 10
        for (start, count) in [
            (100, 3_000), (2 * block - 500, 1_000), (3 * block + 100, 1_000), (5 * block + 10, 20_000),
        ] {
            h.replaceSubrange(
                start..<start + count, with: [UInt8](repeating: UInt8(ascii: "x"), count: count))
        }
        plant(patterns[5], endingAt: h.count, in: &h)
        return LaneCase("dense one-byte matches", patterns, h)
    }

    /// Blocks with 1,023, 1,024 and 1,025 matches for walks 1 to 3, with the 1,024th and 1,025th
    /// reported by one state, over a background no pattern matches.
    static func capacity() -> LaneCase {
        let patterns = [utf8("x"), utf8("xx"), utf8("yz"), utf8("q"), utf8("w")]
        var h = [UInt8](repeating: UInt8(ascii: "."), count: haystackBytes)
        let block = 16 << 10
        let w = 2
        /// Writes isolated "x" bytes: `count` matches ending in block k's owned range.
        func isolated(_ k: Int, _ count: Int) {
            for i in 0..<count { h[k * block + w + 3 + 2 * i] = UInt8(ascii: "x") }
        }
        /// A run of x's: n one-byte and n - 1 two-byte matches, the last state reporting both.
        func run(_ k: Int, _ n: Int) {
            h.replaceSubrange(
                k * block + w + 5..<k * block + w + 5 + n,
                with: [UInt8](repeating: UInt8(ascii: "x"), count: n))
        }
        isolated(1, 1_024)  // exactly full
        isolated(2, 1_025)  // one too many
        isolated(3, 1_023)
        run(5, 512)  // 1,023 matches
        run(6, 513)  // 1,025: the buffer fills in the middle of the last state's two patterns
        run(7, 512)  // 1,023, and one more isolated match: exactly full
        h[7 * block + w + 5 + 512 + 7] = UInt8(ascii: "x")
        isolated(9, 1_500)
        isolated(10, 1_024)
        isolated(11, 1_025)
        plant(patterns[3], endingAt: h.count, in: &h)
        return LaneCase("exactly at the buffer capacity", patterns, h)
    }

    static let all: [LaneCase] = (0..<4).map(boundaries) + [longPattern(), dense(), capacity()]

    /// Every pattern starts with "@" or "#": with the prefilter the search is one walk, without
    /// it four.
    static let prefiltered: LaneCase = {
        let patterns = [
            utf8("@refund"), utf8("#гарантуємо"), utf8("@"), utf8("@@"), utf8("#klientas niekada"),
        ]
        var h = words(haystackBytes, seed: 0x9F)
        var rng = SeededRandom(seed: 0x9F9F)
        for _ in 0..<3_000 {
            let p = patterns.randomElement(using: &rng)!
            plant(p, endingAt: Int.random(in: p.count...h.count, using: &rng), in: &h)
        }
        let block = 16 << 10
        for k in 1..<(h.count / block) {
            plant(patterns[k % patterns.count], endingAt: k * block + 17 + k % 3, in: &h)
        }
        return LaneCase("prefiltered patterns", patterns, h)
    }()
}

struct LaneTests {
    @Test(
        "overlapping matches over long haystacks agree with the oracle and the iterator",
        arguments: LaneCases.all, Engine.allCases)
    func overlapping(_ c: LaneCase, engine: Engine) throws {
        #expect(
            c.haystack.count >= 4 * (c.block + c.warmUp),
            "\(c.name): the haystack must be long enough for lanes")
        let matcher = try AhoCorasick(
            patterns: c.patterns, configuration: .init(matchKind: .overlapping, engine: engine))
        let visited = matcher.findAll(in: c.haystack)
        expectSameMatches(
            visited, c.expected, "\(c.name) (\(engine), block \(c.block), W \(c.warmUp)): visitor")
        expectSameMatches(
            Array(matcher.matches(in: c.haystack)), c.expected, "\(c.name) (\(engine)): iterator")
        #expect(
            c.haystack.withUnsafeBytes { matcher.count(in: $0) } == c.expected.count,
            "\(c.name) (\(engine)): count")
    }

    @Test("the lane cases reach what they are meant to")
    func casesReachTheirPaths() {
        for c in LaneCases.all {
            let perBlock = c.matchesPerBlock
            #expect(perBlock.count >= 9, "\(c.name): matches in \(perBlock.count) blocks")
            #expect(c.expected.last?.end == c.haystack.count, "\(c.name): a match must end at the last byte")
        }
        // Planted matches across block boundaries and at the end of the warm-up.
        for c in LaneCases.all.prefix(5) {
            let boundaries = (1..<(c.haystack.count / c.block)).map { $0 * c.block }
            let straddling = boundaries.filter { b in c.expected.contains { $0.start < b && $0.end > b } }
            #expect(straddling.count >= 3, "\(c.name): \(straddling.count) boundaries straddled")
            let atWarmUpEnd = boundaries.filter { b in c.expected.contains { $0.end == b + c.warmUp } }
            #expect(
                !atWarmUpEnd.isEmpty, "\(c.name): a match must end at the last byte a walk's predecessor owns"
            )
        }
        for c in LaneCases.all.prefix(4) {
            #expect(
                c.matchesPerBlock.values.allSatisfy { $0 <= 1_024 }, "\(c.name): no buffer should overflow")
        }
        let dense = LaneCases.all[5].matchesPerBlock
        #expect(
            [1, 2, 3, 5, 6].allSatisfy { dense[$0, default: 0] > 1_024 },
            "dense: \(dense.sorted { $0.key < $1.key })")
        let capacity = LaneCases.all[6].matchesPerBlock
        let want = [
            1: 1_024, 2: 1_025, 3: 1_023, 5: 1_023, 6: 1_025, 7: 1_024, 9: 1_500, 10: 1_024, 11: 1_025,
        ]
        #expect(
            want.allSatisfy { capacity[$0.key] == $0.value },
            "capacity: \(capacity.sorted { $0.key < $1.key })")
    }

    @Test("stopping early inside a walk's buffer reports exactly that many", arguments: Engine.allCases)
    func earlyStop(engine: Engine) throws {
        for c in [LaneCases.all[0], LaneCases.all[5], LaneCases.all[6]] {
            let matcher = try AhoCorasick(
                patterns: c.patterns, configuration: .init(matchKind: .overlapping, engine: engine))
            // The first and last match of each of the first eight blocks, and the middle of each.
            var limits: Set<Int> = [1, c.expected.count]
            for k in 0..<8 {
                let owned = c.expected.indices.filter { c.owner(ofEnd: c.expected[$0].end) == k }
                guard let first = owned.first, let last = owned.last else { continue }
                limits.formUnion([first + 1, (first + last) / 2 + 1, last + 1])
            }
            for limit in limits.sorted() {
                var seen: [Match] = []
                matcher.forEachMatch(in: c.haystack) { m in
                    seen.append(m)
                    return seen.count < limit
                }
                #expect(
                    seen.count == limit, "\(c.name) (\(engine)): stopped after \(limit), saw \(seen.count)")
                expectSameMatches(
                    seen, Array(c.expected.prefix(limit)), "\(c.name) (\(engine)): stopped after \(limit)")
            }
        }
    }

    @Test("one walk with the prefilter and four without it agree", arguments: Engine.allCases)
    func prefilterAgainstLanes(engine: Engine) throws {
        let c = LaneCases.prefiltered
        let with = try AhoCorasick(
            patterns: c.patterns, configuration: .init(engine: engine, prefilter: true))
        let without = try AhoCorasick(
            patterns: c.patterns, configuration: .init(engine: engine, prefilter: false))
        #expect(c.expected.count > 3_000)
        expectSameMatches(with.findAll(in: c.haystack), c.expected, "\(engine): with the prefilter")
        expectSameMatches(without.findAll(in: c.haystack), c.expected, "\(engine): without the prefilter")
    }

    @Test(
        "leftmost matches over the long haystacks agree with the oracle", arguments: Engine.allCases,
        [MatchKind.leftmostLongest, .leftmostFirst])
    func leftmost(engine: Engine, kind: MatchKind) throws {
        for c in LaneCases.all + [LaneCases.prefiltered] {
            let expected = OccurrenceOracle.leftmost(
                c.occurrences, kind: kind, haystackCount: c.haystack.count)
            let matcher = try AhoCorasick(
                patterns: c.patterns, configuration: .init(matchKind: kind, engine: engine, prefilter: false))
            let visited = matcher.findAll(in: c.haystack)
            expectSameMatches(visited, expected, "\(c.name) (\(kind), \(engine)): visitor")
            expectSameMatches(
                Array(matcher.matches(in: c.haystack)), expected, "\(c.name) (\(kind), \(engine)): iterator")
        }
    }
}
