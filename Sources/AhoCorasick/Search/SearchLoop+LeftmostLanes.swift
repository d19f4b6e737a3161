/// Leftmost search over a long haystack as four interleaved walks.
///
/// A leftmost search is a chain: each match restarts the search at its end. Lane `i` runs that
/// chain from the start of its own block (restart points in `a..<a + B`, reading at most `W`
/// bytes past the block, enough to finish any match that starts inside it) and buffers its
/// matches. The true chain enters the block at a restart point `r` left by the blocks before;
/// when `r <= a` the lane's chain is the true one (no match starts in `r..<a`, or the block
/// before would have found it), otherwise single searches from `r` run until they land on one of
/// the lane's restart points, from where the lane's matches are the true ones. A lane whose
/// buffer overflows is searched again on its own. Nothing is allocated per match.
extension SearchLoop {
    /// One leftmost walk inside a group, stepped together with three others.
    struct LeftmostLane {
        var at: Int
        var state: StateID
        /// The best match of the current search: pattern and start, or `UInt64.max`.
        var candidate: UInt64 = .max
        let blockEnd: Int
        let readEnd: Int
        var active = true
        var count = 0

        init(block: Int, length: Int, warmUp: Int, start: StateID, haystack n: Int) {
            at = block
            state = start
            blockEnd = block + length
            readEnd = min(n, block + length + warmUp)
        }
    }

    @inline(__always)
    static func leftmostLanes<C: SearchCursor>(
        _ c: C, _ matches: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ warmUp: Int, _ block: Int,
        _ haystack: UnsafeRawBufferPointer, _ visit: (Match) -> Bool
    ) {
        let base = haystack.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = haystack.count
        let capacity = laneBufferCapacity
        let maxMatch = c.maxMatch
        let start = c.start
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: laneCount * capacity) { buffer in
            @inline(__always)
            func step(_ lane: inout LeftmostLane, _ index: Int) {
                let s = c.next(lane.state, base[lane.at])
                lane.at &+= 1
                lane.state = s
                if s <= maxMatch {
                    if s != StateID.dead {
                        let pid = matches.first(c.ordinal(s))
                        lane.candidate = UInt64(pid) << 32 | UInt64(lane.at - Int(lengths[Int(pid)]))
                    } else {
                        finishSearch(&lane, index)
                    }
                }
                // Past the block by the longest pattern: the pending match is final (any longer
                // one with a start inside the block would have ended by now).
                if lane.at >= lane.readEnd && lane.active {
                    if lane.candidate != .max {
                        finishSearch(&lane, index)
                    } else {
                        lane.active = false
                    }
                }
            }
            /// Records the current search's match and restarts after it.
            @inline(__always)
            func finishSearch(_ lane: inout LeftmostLane, _ index: Int) {
                let pid = Int(lane.candidate >> 32)
                let matchStart = Int(lane.candidate & 0xFFFF_FFFF)
                lane.candidate = .max
                guard matchStart < lane.blockEnd else {
                    lane.active = false
                    return
                }
                if lane.count < capacity {
                    buffer[index * capacity + lane.count] = UInt64(pid) << 32 | UInt64(matchStart)
                }
                lane.count += 1
                lane.at = matchStart + Int(lengths[pid])
                lane.state = start
                if lane.at >= lane.blockEnd { lane.active = false }
            }
            func match(_ entry: UInt64) -> Match {
                let pid = UInt32(truncatingIfNeeded: entry >> 32)
                let s = Int(entry & 0xFFFF_FFFF)
                return Match(pattern: PatternID(rawValue: pid), start: s, end: s + Int(lengths[Int(pid)]))
            }

            var restart = 0
            /// Single searches from `restart` while it is below `limit`; false when done or stopped.
            func searchAlone(below limit: Int, syncingWith lane: Int, count: Int) -> (Bool, Int) {
                while restart < limit {
                    if count >= 0 {
                        for j in 0..<count where match(buffer[lane * capacity + j]).end == restart {
                            return (true, j + 1)
                        }
                    }
                    guard let m = leftmost(c, matches, lengths, nil, haystack, from: restart) else {
                        return (false, 0)
                    }
                    if !visit(m) { return (false, 0) }
                    restart = m.end
                }
                return (true, max(count, 0))
            }

            var k = 0
            while (k + laneCount) * block + warmUp <= n {
                func lane(_ i: Int) -> LeftmostLane {
                    LeftmostLane(
                        block: (k + i) * block, length: block, warmUp: warmUp, start: start, haystack: n)
                }
                var (l0, l1, l2, l3) = (lane(0), lane(1), lane(2), lane(3))
                while l0.active && l1.active && l2.active && l3.active {
                    step(&l0, 0)
                    step(&l1, 1)
                    step(&l2, 2)
                    step(&l3, 3)
                }
                while l0.active { step(&l0, 0) }
                while l1.active { step(&l1, 1) }
                while l2.active { step(&l2, 2) }
                while l3.active { step(&l3, 3) }
                let counts = (l0.count, l1.count, l2.count, l3.count)

                for lane in 0..<laneCount {
                    let a = (k + lane) * block
                    let count = lane == 0 ? counts.0 : lane == 1 ? counts.1 : lane == 2 ? counts.2 : counts.3
                    // No match starts in restart..<a (the blocks before would have reported it), so
                    // the search from `a` finds what the search from `restart` would.
                    restart = max(restart, a)
                    if count > capacity {
                        let (more, _) = searchAlone(below: a + block, syncingWith: lane, count: -1)
                        if !more { return }
                        continue
                    }
                    var first = 0
                    if restart > a {
                        let (more, synced) = searchAlone(below: a + block, syncingWith: lane, count: count)
                        if !more { return }
                        first = synced
                    }
                    for j in first..<max(first, count) {
                        let m = match(buffer[lane * capacity + j])
                        if !visit(m) { return }
                        restart = m.end
                    }
                }
                k += laneCount
            }
            restart = max(restart, k * block)
            while restart < n, let m = leftmost(c, matches, lengths, nil, haystack, from: restart) {
                if !visit(m) { return }
                restart = m.end
            }
        }
    }
}
