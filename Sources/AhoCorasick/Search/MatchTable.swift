/// The patterns that end in each match state, shared by every engine: a match state has an
/// ordinal `m`, its own patterns are `patterns[rangeStart[m]..<rangeStart[m + 1]]` (lower id
/// first), and `link[m]` is the ordinal of the next state whose patterns also end here
/// (0 for none). Longer patterns come first because the failure chain only gets shorter.
struct MatchTable: Sendable {
    let rangeStart: [UInt32]
    let patterns: [UInt32]
    let link: [UInt32]

    /// A table over the NFA's states `ordered` (ordinal `i + 1` is `ordered[i]`), with
    /// `ordinal(nfaState)` giving the ordinal of any match state.
    init(nfa: NoncontiguousNFA, ordered: [Int], ordinal: (Int) -> UInt32) {
        var rangeStart: [UInt32] = [0]
        var patterns: [UInt32] = []
        var link: [UInt32] = [0]
        rangeStart.reserveCapacity(ordered.count + 2)
        link.reserveCapacity(ordered.count + 1)
        for s in ordered {
            rangeStart.append(UInt32(patterns.count))
            patterns.append(contentsOf: nfa.ownPatterns[Int(nfa.ownStart[s])..<Int(nfa.ownStart[s + 1])])
            let out = Int(nfa.outputLink[s])
            link.append(out == 0 ? 0 : ordinal(out))
        }
        rangeStart.append(UInt32(patterns.count))
        self.rangeStart = rangeStart
        self.patterns = patterns
        self.link = link
    }

    var memoryUsage: Int { (rangeStart.count + patterns.count + link.count) * 4 }

    func withView<R>(_ body: (MatchTableView) throws -> R) rethrows -> R {
        try rangeStart.withUnsafeBufferPointer { r in
            try patterns.withUnsafeBufferPointer { p in
                try link.withUnsafeBufferPointer { l in
                    try body(
                        MatchTableView(
                            rangeStart: r.baseAddress!, patterns: p.baseAddress, link: l.baseAddress!))
                }
            }
        }
    }
}

/// ``MatchTable`` during one search. Valid only inside `withView`.
struct MatchTableView {
    let rangeStart: UnsafePointer<UInt32>
    let patterns: UnsafePointer<UInt32>?
    let link: UnsafePointer<UInt32>

    /// Calls `body` with every pattern ending in match state `ordinal`; stops when it returns false.
    @inline(__always)
    func forEach(_ ordinal: UInt32, _ body: (UInt32) -> Bool) -> Bool {
        var m = Int(ordinal)
        while m != 0 {
            var i = Int(rangeStart[m])
            let e = Int(rangeStart[m + 1])
            while i < e {
                if !body(patterns.unsafelyUnwrapped[i]) { return false }
                i += 1
            }
            m = Int(link[m])
        }
        return true
    }

    /// The pattern a leftmost search reports in match state `ordinal`: its own first, else
    /// the first pattern of its output link.
    @inline(__always)
    func first(_ ordinal: UInt32) -> UInt32 {
        let m = Int(ordinal)
        let i = Int(rangeStart[m])
        if i != Int(rangeStart[m + 1]) { return patterns.unsafelyUnwrapped[i] }
        return patterns.unsafelyUnwrapped[Int(rangeStart[Int(link[m])])]
    }
}
