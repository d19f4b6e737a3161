import AhoCorasick

/// An independent reference for haystacks too long, or pattern sets too large, for
/// ``NaiveMatcher``: it finds every occurrence of every pattern directly, then derives the
/// matches of each kind from the occurrences alone.
///
/// Two ways to find the occurrences, so that each suits its inputs:
/// - ``occurrences(byFirstByte:)``: patterns grouped by their first byte, each candidate
///   compared in place; linear in the haystack for a few dozen patterns.
/// - ``occurrences(byWindow:)``: every window whose length is a pattern length looked up in a
///   dictionary of the patterns; linear in the haystack for a hundred thousand patterns of a
///   few distinct lengths.
struct OccurrenceOracle {
    /// One occurrence of a pattern: `start..<end` and its id.
    struct Occurrence: Hashable {
        var start: Int
        var end: Int
        var id: Int
        var length: Int { end - start }
        var match: Match { Match(pattern: PatternID(id), start: start, end: end) }
    }

    let patterns: [[UInt8]]
    /// Non-empty patterns by their bytes, with every id that has those bytes, lowest first.
    private let ids: [[UInt8]: [Int]]
    /// The distinct lengths of the non-empty patterns, longest first.
    private let lengths: [Int]
    /// The ids of the non-empty patterns by their first byte.
    private let byFirst: [[Int]]

    init(patterns: [[UInt8]]) {
        self.patterns = patterns
        var ids: [[UInt8]: [Int]] = [:]
        var byFirst = [[Int]](repeating: [], count: 256)
        for (i, p) in patterns.enumerated() where !p.isEmpty {
            ids[p, default: []].append(i)
            byFirst[Int(p[0])].append(i)
        }
        self.ids = ids
        self.lengths = Set(patterns.map(\.count)).filter { $0 > 0 }.sorted(by: >)
        self.byFirst = byFirst
    }

    /// Every occurrence, found by comparing each pattern that starts with the byte at a position.
    func occurrences(byFirstByte h: [UInt8]) -> [Occurrence] {
        var out: [Occurrence] = []
        h.withUnsafeBufferPointer { hay in
            let n = hay.count
            for start in 0..<n {
                for id in byFirst[Int(hay[start])] {
                    let p = patterns[id]
                    guard start + p.count <= n else { continue }
                    var k = 1
                    while k < p.count && hay[start + k] == p[k] { k += 1 }
                    if k == p.count { out.append(Occurrence(start: start, end: start + p.count, id: id)) }
                }
            }
        }
        return out
    }

    /// Every occurrence, found by looking up each window of a pattern length in a dictionary.
    func occurrences(byWindow h: [UInt8]) -> [Occurrence] {
        var out: [Occurrence] = []
        for start in 0..<h.count {
            for length in lengths where start + length <= h.count {
                if let found = ids[Array(h[start..<start + length])] {
                    out += found.map { Occurrence(start: start, end: start + length, id: $0) }
                }
            }
        }
        return out
    }

    /// The overlapping matches: by end, at one end longer first, equal patterns by id.
    static func overlapping(_ occurrences: [Occurrence]) -> [Match] {
        occurrences.sorted { a, b in
            if a.end != b.end { return a.end < b.end }
            if a.length != b.length { return a.length > b.length }
            return a.id < b.id
        }.map(\.match)
    }

    /// The leftmost matches of `kind`: from each restart point the leftmost start, and there
    /// the longest (leftmost-longest) or first listed (leftmost-first) pattern.
    static func leftmost(_ occurrences: [Occurrence], kind: MatchKind, haystackCount n: Int) -> [Match] {
        precondition(kind != .overlapping)
        var best = [Occurrence?](repeating: nil, count: n + 1)
        for o in occurrences {
            guard let current = best[o.start] else {
                best[o.start] = o
                continue
            }
            let better =
                kind == .leftmostFirst
                ? o.id < current.id
                : (o.length > current.length || (o.length == current.length && o.id < current.id))
            if better { best[o.start] = o }
        }
        var out: [Match] = []
        var at = 0
        for start in 0..<n where start >= at {
            if let o = best[start] {
                out.append(o.match)
                at = o.end
            }
        }
        return out
    }

    static func matches(_ occurrences: [Occurrence], kind: MatchKind, haystackCount n: Int) -> [Match] {
        kind == .overlapping ? overlapping(occurrences) : leftmost(occurrences, kind: kind, haystackCount: n)
    }
}
