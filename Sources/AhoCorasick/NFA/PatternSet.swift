/// The patterns of one automaton as one flat byte buffer, with their lengths.
struct PatternSet: Sendable {
    /// All pattern bytes, one after the other.
    let bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` are the bytes of pattern `i`.
    let offsets: [Int]

    init<S: Sequence>(_ patterns: S) throws(BuildError)
    where S.Element: Sequence, S.Element.Element == UInt8 {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for pattern in patterns {
            bytes.append(contentsOf: pattern)
            offsets.append(bytes.count)
            if offsets.count - 1 > PatternID.limit {
                throw .tooManyPatterns(count: offsets.count - 1, limit: PatternID.limit)
            }
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    var count: Int { offsets.count - 1 }

    func length(_ i: Int) -> Int { offsets[i + 1] - offsets[i] }

    /// Pattern indices sorted by their bytes, equal patterns by index. Empty patterns are left
    /// out: they never match (see ``AhoCorasick``).
    func sortedNonEmptyIndices() -> [UInt32] {
        var order: [UInt32] = []
        order.reserveCapacity(count)
        for i in 0..<count where length(i) > 0 { order.append(UInt32(i)) }
        bytes.withUnsafeBufferPointer { all in
            offsets.withUnsafeBufferPointer { off in
                let base = all.baseAddress!
                order.sort { a, b in
                    let (sa, ea) = (off[Int(a)], off[Int(a) + 1])
                    let (sb, eb) = (off[Int(b)], off[Int(b) + 1])
                    let (la, lb) = (ea - sa, eb - sb)
                    let c = memcompare(base + sa, base + sb, min(la, lb))
                    if c != 0 { return c < 0 }
                    if la != lb { return la < lb }
                    return a < b
                }
            }
        }
        return order
    }

    /// For leftmost-first search: drops every pattern that has a proper prefix with a lower id,
    /// since that prefix always wins at the same start. `sorted` must come from
    /// ``sortedNonEmptyIndices()``.
    func droppingShadowedByEarlierPrefix(_ sorted: [UInt32]) -> [UInt32] {
        // The stack holds the chain of distinct patterns that are prefixes of the current one,
        // each with the lowest id seen on the chain up to it.
        var stack: [(pattern: UInt32, minID: UInt32)] = []
        var kept: [UInt32] = []
        kept.reserveCapacity(sorted.count)
        for p in sorted {
            let (start, end) = (offsets[Int(p)], offsets[Int(p) + 1])
            while let top = stack.last, !isProperPrefixOrEqual(top.pattern, start, end) { stack.removeLast() }
            let equalOnTop = stack.last.map { length(Int($0.pattern)) == end - start } ?? false
            let properPrefixes = equalOnTop ? stack.count - 1 : stack.count
            let lowestPrefixID = properPrefixes > 0 ? stack[properPrefixes - 1].minID : .max
            if lowestPrefixID < p { continue }
            kept.append(p)
            if !equalOnTop { stack.append((p, min(p, lowestPrefixID))) }
        }
        return kept
    }

    private func isProperPrefixOrEqual(_ q: UInt32, _ start: Int, _ end: Int) -> Bool {
        let (qs, qe) = (offsets[Int(q)], offsets[Int(q) + 1])
        guard qe - qs <= end - start else { return false }
        for k in 0..<(qe - qs) where bytes[qs + k] != bytes[start + k] { return false }
        return true
    }
}

@inline(__always)
func memcompare(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Int {
    var i = 0
    while i < n {
        let x = a[i]
        let y = b[i]
        if x != y { return x < y ? -1 : 1 }
        i += 1
    }
    return 0
}
