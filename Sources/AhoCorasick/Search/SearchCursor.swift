/// What the search loops need from an engine during one search: its tables as raw pointers,
/// valid only inside the engine's `withCursor`.
///
/// Every engine numbers its special states lowest — the dead state 0, then the match states,
/// then the start state when a prefilter runs from it — so "anything to do here?" is one
/// comparison per byte.
protocol SearchCursor {
    var start: StateID { get }
    /// The highest special state id; every id above it needs no attention.
    var maxSpecial: StateID { get }
    /// The highest match state id.
    var maxMatch: StateID { get }
    /// The state after `byte`, failure links followed.
    func next(_ s: StateID, _ byte: UInt8) -> StateID
    /// The match table ordinal of match state `s`.
    func ordinal(_ s: StateID) -> UInt32
}

/// Where a resumable search stands between two matches.
struct SearchPosition {
    var at: Int
    var state: StateID
    /// A match state whose patterns are still being reported (overlapping only): its current
    /// ordinal and the index of the next pattern in the table.
    var pendingOrdinal: UInt32 = 0
    var pendingIndex: UInt32 = 0
}

/// The search loops, written once for every engine.
enum SearchLoop {
    /// Reports every overlapping match in `haystack` to `visit`; false when `visit` stopped it.
    @inline(__always)
    static func overlapping<C: SearchCursor>(
        _ c: C, _ matches: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ prefilter: Prefilter?,
        _ warmUp: Int, _ haystack: UnsafeRawBufferPointer, _ visit: (Match) -> Bool
    ) -> Bool {
        guard let base = haystack.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let n = haystack.count
        if prefilter == nil, let block = laneBlockLength(haystack: n, warmUp: warmUp) {
            return overlappingLanes(c, matches, lengths, warmUp, block, haystack, visit)
        }
        if prefilter == nil, n >= twoWalkMinimum {
            return overlappingTwoWalks(c, matches, lengths, haystack, visit)
        }
        let start = c.start
        let maxSpecial = c.maxSpecial
        let maxMatch = c.maxMatch
        var s = start
        var at = 0
        if let prefilter, maxSpecial >= start {
            at = prefilter.find(base, from: 0, to: n)
        }
        while at < n {
            s = c.next(s, base[at])
            at &+= 1
            if s <= maxSpecial {
                if s <= maxMatch {
                    let end = at
                    let more = matches.forEach(c.ordinal(s)) { pid in
                        visit(
                            Match(
                                pattern: PatternID(rawValue: pid), start: end - Int(lengths[Int(pid)]),
                                end: end))
                    }
                    if !more { return false }
                } else if s == start, let prefilter {
                    at = prefilter.find(base, from: at, to: n)
                }
            }
        }
        return true
    }

    /// The next overlapping match from `position`, for iterators.
    @inline(__always)
    static func nextOverlapping<C: SearchCursor>(
        _ c: C, _ matches: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ prefilter: Prefilter?,
        _ haystack: UnsafeRawBufferPointer, _ position: inout SearchPosition
    ) -> Match? {
        while true {
            // Patterns still to report for the state reached at `position.at`.
            while position.pendingOrdinal != 0 {
                let m = Int(position.pendingOrdinal)
                let i = Int(position.pendingIndex)
                if i < Int(matches.rangeStart[m + 1]) {
                    position.pendingIndex += 1
                    let pid = matches.patterns.unsafelyUnwrapped[i]
                    return Match(
                        pattern: PatternID(rawValue: pid), start: position.at - Int(lengths[Int(pid)]),
                        end: position.at)
                }
                position.pendingOrdinal = matches.link[m]
                position.pendingIndex = matches.rangeStart[Int(position.pendingOrdinal)]
            }
            guard let base = haystack.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            let n = haystack.count
            var s = position.state
            var at = position.at
            if s == c.start, let prefilter, c.maxSpecial >= c.start {
                at = prefilter.find(base, from: at, to: n)
            }
            var found = false
            while at < n {
                s = c.next(s, base[at])
                at &+= 1
                if s <= c.maxSpecial {
                    if s <= c.maxMatch {
                        found = true
                        break
                    } else if s == c.start, let prefilter {
                        at = prefilter.find(base, from: at, to: n)
                    }
                }
            }
            position.state = s
            position.at = at
            guard found else { return nil }
            position.pendingOrdinal = c.ordinal(s)
            position.pendingIndex = matches.rangeStart[Int(position.pendingOrdinal)]
        }
    }

    /// The leftmost match starting at or after `from`, under the automaton's leftmost kind.
    @inline(__always)
    static func leftmost<C: SearchCursor>(
        _ c: C, _ matches: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ prefilter: Prefilter?,
        _ haystack: UnsafeRawBufferPointer, from: Int
    ) -> Match? {
        guard let base = haystack.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let n = haystack.count
        let start = c.start
        let maxSpecial = c.maxSpecial
        let maxMatch = c.maxMatch
        var s = start
        var at = from
        var last: Match? = nil
        if let prefilter, maxSpecial >= start {
            at = prefilter.find(base, from: at, to: n)
        }
        while at < n {
            s = c.next(s, base[at])
            at &+= 1
            if s <= maxSpecial {
                if s == StateID.dead {
                    return last
                } else if s <= maxMatch {
                    let pid = matches.first(c.ordinal(s))
                    last = Match(
                        pattern: PatternID(rawValue: pid), start: at - Int(lengths[Int(pid)]), end: at)
                } else if s == start, let prefilter, last == nil {
                    at = prefilter.find(base, from: at, to: n)
                }
            }
        }
        return last
    }
}
