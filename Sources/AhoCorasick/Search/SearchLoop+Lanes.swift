/// Overlapping search over a long haystack as four interleaved walks.
///
/// One automaton walk is a chain of dependent loads, so it runs at the latency of its memory,
/// not its bandwidth. Four independent walks, stepped together, keep four loads in flight.
/// The haystack is cut into blocks of `B` bytes; the walk for block `k` starts `W` bytes early
/// (`W` = the longest pattern), because the automaton's state at a position depends only on the
/// last `W` bytes before it, and it drops the matches that end inside those warm-up bytes: they
/// belong to block `k - 1`. Each group of four blocks is reported in order: the first walk
/// reports directly, the other three into fixed buffers that are replayed after the group; a
/// block whose buffer overflows is searched again on its own. Nothing is allocated per match.
extension SearchLoop {
    static let laneCount = 4
    static let laneBufferCapacity = 1024

    /// The block length for a haystack, or nil when a single walk is better.
    static func laneBlockLength(haystack n: Int, warmUp w: Int) -> Int? {
        let block = max(16 << 10, 8 * w)
        return n >= laneCount * (block + w) ? block : nil
    }

    @inline(__always)
    static func overlappingLanes<C: SearchCursor>(
        _ c: C, _ matches: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ warmUp: Int, _ block: Int,
        _ haystack: UnsafeRawBufferPointer, _ visit: (Match) -> Bool
    ) -> Bool {
        let base = haystack.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = haystack.count
        let laneLength = block + warmUp
        let maxMatch = c.maxMatch
        let capacity = laneBufferCapacity
        // (pattern id << 32 | end) per buffered match, lanes 1 to 3.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * capacity) { buffer in
            /// Reports the patterns of match state `s` ending at `end`; false when `visit` stopped.
            @inline(__always)
            func report(_ s: StateID, _ end: Int) -> Bool {
                matches.forEach(c.ordinal(s)) { pid in
                    visit(
                        Match(
                            pattern: PatternID(rawValue: pid), start: end - Int(lengths[Int(pid)]), end: end))
                }
            }
            /// One block searched by a single walk, reporting directly.
            func single(_ k: Int, upTo limit: Int) -> Bool {
                let first = k * block
                let owned = k == 0 ? 0 : first + warmUp
                var s = c.start
                var at = first
                while at < limit {
                    s = c.next(s, base[at])
                    at &+= 1
                    if s <= maxMatch && at > owned && !report(s, at) { return false }
                }
                return true
            }

            var k = 0
            while (k + laneCount) * block + warmUp <= n {
                let a0 = k * block
                let p0 = base + a0
                let p1 = p0 + block
                let p2 = p1 + block
                let p3 = p2 + block
                let owned0 = k == 0 ? 0 : warmUp
                var (s0, s1, s2, s3) = (c.start, c.start, c.start, c.start)
                var (n1, n2, n3) = (0, 0, 0)
                var j = 0
                while j < laneLength {
                    s0 = c.next(s0, p0[j])
                    s1 = c.next(s1, p1[j])
                    s2 = c.next(s2, p2[j])
                    s3 = c.next(s3, p3[j])
                    j &+= 1
                    if min(min(s0, s1), min(s2, s3)) <= maxMatch {
                        if s0 <= maxMatch && j > owned0 && !report(s0, a0 + j) { return false }
                        if j > warmUp {
                            if s1 <= maxMatch { record(s1, j, lane: 0, &n1) }
                            if s2 <= maxMatch { record(s2, j, lane: 1, &n2) }
                            if s3 <= maxMatch { record(s3, j, lane: 2, &n3) }
                        }
                    }
                }
                // Replay lanes 1 to 3 in order; an overflowed lane is searched again.
                for (lane, count) in [n1, n2, n3].enumerated() {
                    let blockIndex = k + lane + 1
                    if count > capacity {
                        if !single(blockIndex, upTo: blockIndex * block + laneLength) { return false }
                        continue
                    }
                    let laneStart = blockIndex * block
                    for i in 0..<count {
                        let entry = buffer[lane * capacity + i]
                        let end = laneStart + Int(entry & 0xFFFF_FFFF)
                        let pid = UInt32(truncatingIfNeeded: entry >> 32)
                        if !visit(
                            Match(
                                pattern: PatternID(rawValue: pid), start: end - Int(lengths[Int(pid)]),
                                end: end))
                        {
                            return false
                        }
                    }
                }
                k += laneCount
            }
            return single(k, upTo: n)

            @inline(__always)
            func record(_ s: StateID, _ j: Int, lane: Int, _ count: inout Int) {
                guard count <= capacity else { return }
                var ok = true
                _ = matches.forEach(c.ordinal(s)) { pid in
                    guard count < capacity else {
                        ok = false
                        return false
                    }
                    buffer[lane * capacity + count] = UInt64(pid) << 32 | UInt64(j)
                    count += 1
                    return true
                }
                if !ok { count = capacity + 1 }
            }
        }
    }
}
