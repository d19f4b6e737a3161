import AhoCorasick
import Testing
import TestSupport

/// Compiles only for `Sendable` types.
private func assertSendable<T: Sendable>(_: T.Type) {}

struct ConcurrencyTests {
    /// Twenty haystacks: short multilingual ones, an empty one, and one long enough for the
    /// interleaved walks (which use scratch memory of their own per search).
    static let haystacks: [[UInt8]] = {
        var rng = SeededRandom(seed: 0xC0C0)
        var out: [[UInt8]] = [[]]
        for _ in 0..<18 {
            var h: [UInt8] = []
            for _ in 0..<Int.random(in: 1...300, using: &rng) {
                h +=
                    utf8(multilingualWords.randomElement(using: &rng)!)
                    + utf8(Bool.random(using: &rng) ? " " : "")
            }
            out.append(h)
        }
        var long: [UInt8] = []
        while long.count < 90_000 { long += utf8(multilingualWords.randomElement(using: &rng)! + " ") }
        out.append(long)
        return out
    }()

    static let patterns: [[UInt8]] =
        multilingualWords.map(utf8) + [utf8("d g"), utf8("ємо"), utf8("ą"), utf8("ال"), utf8("ү"), utf8("е")]

    @Test("the automaton and its match sequence are Sendable")
    func sendable() async throws {
        assertSendable(AhoCorasick.self)
        assertSendable(MatchSequence.self)
        assertSendable(Match.self)
        assertSendable(BuildError.self)
        // And one can be handed to a task and used there.
        let matcher = try AhoCorasick(["refund"])
        let found = await Task.detached { matcher.findAll(in: "no refund, refund") }.value
        #expect(found == matcher.findAll(in: "no refund, refund"))
        #expect(found.map(\.start) == [3, 11])
    }

    @Test(
        "one automaton searched from eight tasks at once agrees with a sequential search",
        arguments: Engine.allCases, MatchKind.allCases)
    func manyTasks(engine: Engine, kind: MatchKind) async throws {
        let matcher = try AhoCorasick(
            patterns: Self.patterns, configuration: .init(matchKind: kind, engine: engine))
        let haystacks = Self.haystacks
        let expected = haystacks.map { matcher.findAll(in: $0) }
        #expect(expected.last!.count > 5_000)
        // The sequential results are themselves right.
        let oracle = OccurrenceOracle(patterns: Self.patterns)
        for (h, e) in zip(haystacks, expected) {
            let want = OccurrenceOracle.matches(
                oracle.occurrences(byFirstByte: h), kind: kind, haystackCount: h.count)
            expectSameMatches(e, want, "sequential search (\(kind), \(engine))")
        }
        let tasks = 8
        let searchesPerTask = 40
        let (searches, mismatches) = await withTaskGroup(of: (Int, [String]).self) { group in
            for t in 0..<tasks {
                group.addTask {
                    var done = 0
                    var wrong: [String] = []
                    for i in 0..<searchesPerTask {
                        let which = (t * 7 + i) % haystacks.count
                        let h = haystacks[which]
                        // Alternate the search paths: visitor, sequence, raw iterator.
                        let got: [Match]
                        switch i % 3 {
                        case 0: got = matcher.findAll(in: h)
                        case 1: got = Array(matcher.matches(in: h))
                        default:
                            got = h.withUnsafeBytes { buffer in
                                var it = matcher.makeIterator(over: buffer)
                                var out: [Match] = []
                                while let m = it.next() { out.append(m) }
                                return out
                            }
                        }
                        done += 1
                        if got != expected[which] {
                            wrong.append("task \(t), search \(i), haystack \(which)")
                        }
                        await Task.yield()
                    }
                    return (done, wrong)
                }
            }
            var searches = 0
            var mismatches: [String] = []
            for await (done, wrong) in group {
                searches += done
                mismatches += wrong
            }
            return (searches, mismatches)
        }
        #expect(searches == tasks * searchesPerTask)
        #expect(mismatches.isEmpty, "\(kind), \(engine): \(mismatches.prefix(5))")
    }

    @Test("match sequences built in one task are iterated in others")
    func sequencesAcrossTasks() async throws {
        let matcher = try AhoCorasick(patterns: Self.patterns, configuration: .init())
        let sequences = Self.haystacks.map { matcher.matches(in: $0) }
        let expected = Self.haystacks.map { matcher.findAll(in: $0) }
        let results = await withTaskGroup(of: (Int, [Match]).self) { group in
            for (i, sequence) in sequences.enumerated() {
                group.addTask { (i, Array(sequence)) }
            }
            var results = [[Match]](repeating: [], count: sequences.count)
            for await (i, found) in group { results[i] = found }
            return results
        }
        #expect(results.count == expected.count)
        for (i, (got, want)) in zip(results, expected).enumerated() {
            expectSameMatches(got, want, "haystack \(i)")
        }
    }
}
