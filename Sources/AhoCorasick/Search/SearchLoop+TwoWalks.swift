extension SearchLoop {
    /// Haystacks at least this long are searched in two walks at once (see
    /// ``overlappingTwoWalks(_:_:_:_:_:)``); shorter ones in one.
    static let twoWalkMinimum = 64

    /// Overlapping search of a short haystack (a chat message) in two walks stepped together: the
    /// first from the start, the second from the middle in the start state. The two chains of
    /// dependent table loads overlap in the processor, where one walk waits on each load.
    ///
    /// Exact without a warm-up: the first walk goes on past the middle until its state equals
    /// the second walk's state at the same position (states are canonical, so from there on they
    /// agree). Matches ending up to that position are the first walk's; later ones, buffered in
    /// order, the second's. A first walk that never meets the second covers the whole haystack.
    @inline(__always)
    static func overlappingTwoWalks<C: SearchCursor>(
        _ c: C, _ matches: MatchTableView, _ lengths: UnsafePointer<UInt32>,
        _ haystack: UnsafeRawBufferPointer,
        _ visit: (Match) -> Bool
    ) -> Bool {
        let base = haystack.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = haystack.count
        let middle = n / 2
        let second = n - middle
        let maxMatch = c.maxMatch
        /// Reports the patterns of match state `s` ending at `end`; false when `visit` stopped.
        @inline(__always)
        func report(_ s: StateID, _ end: Int) -> Bool {
            matches.forEach(c.ordinal(s)) { pid in
                visit(Match(pattern: PatternID(rawValue: pid), start: end - Int(lengths[Int(pid)]), end: end))
            }
        }
        // The second walk's state after each of its bytes, and its match states with their ends.
        return withUnsafeTemporaryAllocation(of: StateID.self, capacity: second) { states in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: second) { found in
                var s1 = c.start
                var s2 = c.start
                var foundCount = 0
                var i = 0
                // Both walks, byte by byte; the first reports as it goes.
                while i < middle {
                    s1 = c.next(s1, base[i])
                    s2 = c.next(s2, base[middle &+ i])
                    states[i] = s2
                    if s2 <= maxMatch {
                        found[foundCount] = UInt64(s2) << 32 | UInt64(middle &+ i &+ 1)
                        foundCount &+= 1
                    }
                    i &+= 1
                    if s1 <= maxMatch, !report(s1, i) { return false }
                }
                if second > middle {  // the second walk's last byte
                    s2 = c.next(s2, base[n &- 1])
                    states[second &- 1] = s2
                    if s2 <= maxMatch {
                        found[foundCount] = UInt64(s2) << 32 | UInt64(n)
                        foundCount &+= 1
                    }
                }
                // The first walk past the middle, until it meets the second.
                var at = middle
                while at < n {
                    s1 = c.next(s1, base[at])
                    at &+= 1
                    if s1 <= maxMatch, !report(s1, at) { return false }
                    if s1 == states[at &- 1 &- middle] { break }
                }
                // The second walk's matches after the meeting point.
                var k = 0
                while k < foundCount {
                    let entry = found[k]
                    let end = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                    if end > at, !report(StateID(truncatingIfNeeded: entry >> 32), end) { return false }
                    k &+= 1
                }
                return true
            }
        }
    }
}
