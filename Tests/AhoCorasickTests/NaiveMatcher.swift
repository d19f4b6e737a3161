import AhoCorasick

/// The reference every engine is checked against: tries every pattern at every position.
struct NaiveMatcher {
    let patterns: [[UInt8]]
    let matchKind: MatchKind

    private func matches(_ p: [UInt8], _ h: [UInt8], at start: Int) -> Bool {
        guard !p.isEmpty, start + p.count <= h.count else { return false }
        for k in 0..<p.count where h[start + k] != p[k] { return false }
        return true
    }

    func findAll(in h: [UInt8]) -> [Match] {
        switch matchKind {
        case .overlapping:
            // By end; at one end longer first; equal patterns by id.
            var out: [Match] = []
            for end in 0...h.count {
                let here = patterns.indices.filter { i in
                    patterns[i].count <= end && matches(patterns[i], h, at: end - patterns[i].count)
                }
                let sorted = here.sorted { a, b in
                    patterns[a].count != patterns[b].count ? patterns[a].count > patterns[b].count : a < b
                }
                out += sorted.map { Match(pattern: PatternID($0), start: end - patterns[$0].count, end: end) }
            }
            return out
        case .leftmostLongest, .leftmostFirst:
            var out: [Match] = []
            var at = 0
            while at < h.count {
                var found: Int? = nil
                var start = at
                while start < h.count {
                    let candidates = patterns.indices.filter { matches(patterns[$0], h, at: start) }
                    if !candidates.isEmpty {
                        if matchKind == .leftmostFirst {
                            found = candidates.min()
                        } else {
                            found = candidates.min { a, b in
                                patterns[a].count != patterns[b].count
                                    ? patterns[a].count > patterns[b].count : a < b
                            }
                        }
                        break
                    }
                    start += 1
                }
                guard let pid = found else { break }
                out.append(Match(pattern: PatternID(pid), start: start, end: start + patterns[pid].count))
                at = start + patterns[pid].count
            }
            return out
        }
    }
}
