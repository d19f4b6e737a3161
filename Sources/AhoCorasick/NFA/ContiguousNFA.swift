/// The memory-compact engine: every state packed into one flat array of 32-bit words, states
/// near the start as dense rows with failure links already resolved, deeper states as short
/// sparse lists that fall back along their failure links.
///
/// Layout of a state at offset `s`:
/// - `s + 0`: header — the match table ordinal in the upper 24 bits, the kind in the lower 8
///   (`0xFF` dense, `0xFD` dense with failure, `0xFE` one transition, otherwise the number of
///   sparse transitions, at most `maxSparse`);
/// - `s + 1`: the failure state;
/// - dense: one next state per byte class, failure links resolved (states near the start);
///   dense with failure: one next state per byte class or `.fail` (deep states with so many
///   transitions that the row is no larger than the list);
///   one transition (only states that are not match states, most of a large trie): its byte is
///   in the header instead of the ordinal, and its next state follows;
///   sparse: the transition bytes packed four to a word, then one next state per transition.
///
/// State ids are offsets. The dead state is 0, the match states follow, then the start state.
/// The states with dense rows are one block of ids (the dense match states last of the match
/// states, then the start state, then the other dense states), so that a step from one reads its
/// row without its header.
final class ContiguousNFA: Sendable {
    static let denseKind: UInt32 = 0xFF
    static let singleKind: UInt32 = 0xFE
    static let denseWithFailKind: UInt32 = 0xFD
    /// Sparse lists stay below the kind markers; wider states always get a row.
    static let maxSparse = 0xFC

    let classes: ByteClasses
    let table: [UInt32]
    let start: StateID
    /// The block of dense states (the start state among them): `denseSpan` words from `denseStart`.
    let denseStart: StateID
    let denseSpan: StateID
    let maxMatch: StateID
    let maxSpecial: StateID
    let matches: MatchTable
    let prefilter: Prefilter?

    /// - Parameter denseDepth: states up to this depth get dense rows; `nil` chooses the
    ///   deepest level whose dense rows fit in `denseBudget` bytes or a third of the rest.
    init(nfa: NoncontiguousNFA, denseDepth: Int?, denseBudget: Int, usePrefilter: Bool) throws(BuildError) {
        let classes = ByteClasses(nfa: nfa)
        let alphabet = classes.count
        let count = nfa.stateCount
        func transitions(_ s: Int) -> Int { Int(nfa.childStart[s + 1] - nfa.childStart[s]) }
        func isWide(_ s: Int) -> Bool {
            let n = transitions(s)
            return n > ContiguousNFA.maxSparse || (n + 3) / 4 + n >= alphabet
        }
        func sparseSize(_ s: Int) -> Int {
            let n = transitions(s)
            if isWide(s) { return 2 + alphabet }
            return n == 1 && !nfa.isMatch(s) ? 3 : 2 + (n + 3) / 4 + n
        }
        let denseDepth = denseDepth ?? ContiguousNFA.chooseDenseDepth(nfa, alphabet, denseBudget, sparseSize)
        func isDense(_ s: Int) -> Bool { s <= 1 || nfa.depth[s] <= denseDepth }
        func size(_ s: Int) -> Int { isDense(s) ? 2 + alphabet : sparseSize(s) }

        // Depth first, so that a walk down a long branch of the trie (one letter after another
        // of a phrase) reads neighbouring memory rather than one cache line per level.
        var depthFirst: [Int] = []
        depthFirst.reserveCapacity(count)
        var stack: [Int] = [1]
        while let s = stack.popLast() {
            if s != 1 { depthFirst.append(s) }
            let first = Int(nfa.childStart[s])
            var k = Int(nfa.childStart[s + 1])
            while k > first {
                k -= 1
                stack.append(Int(nfa.childNext[k]))
            }
        }
        // The dense states in one block around the start state, the match states among them
        // last of the match states: a walk knows a dense state by its id, without its header.
        var order: [Int] = [0]
        order.reserveCapacity(count)
        for s in depthFirst where nfa.isMatch(s) && !isDense(s) { order.append(s) }
        let firstDense = order.count
        for s in depthFirst where nfa.isMatch(s) && isDense(s) { order.append(s) }
        let matchCount = order.count - 1
        guard matchCount < 1 << 24 else {
            throw .engineUnavailable(.contiguousNFA, reason: "\(matchCount) match states exceed 2^24")
        }
        order.append(1)
        for s in depthFirst where !nfa.isMatch(s) && isDense(s) { order.append(s) }
        let afterDense = order.count
        for s in depthFirst where !nfa.isMatch(s) && !isDense(s) { order.append(s) }

        var offset = [UInt32](repeating: 0, count: count)
        var total = 0
        var denseStart = 0
        var denseEnd = 0
        for (k, s) in order.enumerated() {
            if k == firstDense { denseStart = total }
            if k == afterDense { denseEnd = total }
            offset[s] = UInt32(truncatingIfNeeded: total)
            total += size(s)
            guard total < Int(UInt32.max) else {
                throw .engineUnavailable(.contiguousNFA, reason: "more than 2^32 words of states")
            }
        }

        var ordinalOf = [UInt32](repeating: 0, count: count)
        for i in 1...max(1, matchCount) where i <= matchCount { ordinalOf[order[i]] = UInt32(i) }

        var table = [UInt32](repeating: 0, count: total)
        table.withUnsafeMutableBufferPointer { t in
            // Breadth-first, so that a dense row's failure state (shallower) is written first.
            for s in 0..<count {
                let o = Int(offset[s])
                let ordinal = ordinalOf[s]
                t[o + 1] = offset[Int(nfa.fail[s])]
                let first = Int(nfa.childStart[s])
                let n = transitions(s)
                if isDense(s) {
                    t[o] = ordinal << 8 | ContiguousNFA.denseKind
                    let row = o + 2
                    if s == 1 {
                        for c in 0..<alphabet { t[row + c] = offset[1] }
                    } else if s != 0 {
                        // Resolved: a dense state's failure state is shallower, so dense as well.
                        let failRow = Int(offset[Int(nfa.fail[s])]) + 2
                        for c in 0..<alphabet { t[row + c] = t[failRow + c] }
                    }
                    for k in first..<first + n {
                        t[row + Int(classes.classOf[Int(nfa.childByte[k])])] = offset[Int(nfa.childNext[k])]
                    }
                } else if isWide(s) {
                    t[o] = ordinal << 8 | ContiguousNFA.denseWithFailKind
                    for c in 0..<alphabet { t[o + 2 + c] = StateID.fail }
                    for k in first..<first + n {
                        t[o + 2 + Int(classes.classOf[Int(nfa.childByte[k])])] = offset[Int(nfa.childNext[k])]
                    }
                } else if n == 1 && ordinal == 0 {
                    t[o] = UInt32(nfa.childByte[first]) << 8 | ContiguousNFA.singleKind
                    t[o + 2] = offset[Int(nfa.childNext[first])]
                } else {
                    t[o] = ordinal << 8 | UInt32(n)
                    let nexts = o + 2 + (n + 3) / 4
                    for j in 0..<n {
                        let byte = UInt32(nfa.childByte[first + j])
                        t[o + 2 + j / 4] |= byte << (8 * UInt32(j % 4))
                        t[nexts + j] = offset[Int(nfa.childNext[first + j])]
                    }
                }
            }
        }
        var startBytes: [UInt8] = []
        let startRow = Int(offset[1]) + 2
        for b in 0..<256 where table[startRow + Int(classes.classOf[b])] != offset[1] {
            startBytes.append(UInt8(b))
            if startBytes.count > Prefilter.maxNeedles { break }
        }
        let prefilter = usePrefilter ? Prefilter(startBytes: startBytes) : nil

        self.classes = classes
        self.table = table
        self.start = offset[1]
        self.denseStart = StateID(truncatingIfNeeded: denseStart)
        self.denseSpan = StateID(
            truncatingIfNeeded: (afterDense == order.count ? total : denseEnd) - denseStart)
        self.maxMatch = matchCount == 0 ? 0 : offset[order[matchCount]]
        self.maxSpecial = prefilter != nil ? offset[1] : self.maxMatch
        self.matches = MatchTable(nfa: nfa, ordered: Array(order[1..<matchCount + 1])) { ordinalOf[$0] }
        self.prefilter = prefilter
    }

    var memoryUsage: Int { table.count * 4 + 256 + matches.memoryUsage }

    /// Dense rows cost a word per byte class but resolve every transition in one load; the
    /// shallow states they go to are the ones a search visits most. Deeper levels are added
    /// while their rows fit in the budget (or a third of the sparse states' size, if larger).
    static func chooseDenseDepth(
        _ nfa: NoncontiguousNFA, _ alphabet: Int, _ budget: Int, _ sparseSize: (Int) -> Int
    ) -> Int {
        var perDepth: [Int] = []
        var sparseWords = 0
        for s in 2..<nfa.stateCount {
            let d = Int(nfa.depth[s])
            if d <= 8 {
                while perDepth.count <= d { perDepth.append(0) }
                perDepth[d] += 1
            }
            sparseWords += sparseSize(s)
        }
        let limit = max(budget, sparseWords * 4 / 3)  // bytes: a third of the sparse states
        var depth = 1
        var denseWords = (perDepth.count > 1 ? perDepth[1] : 0) * (2 + alphabet)
        while depth + 1 < perDepth.count {
            let more = perDepth[depth + 1] * (2 + alphabet)
            if (denseWords + more) * 4 > limit { break }
            denseWords += more
            depth += 1
        }
        return depth
    }

    struct Cursor: SearchCursor {
        let table: UnsafePointer<UInt32>
        let classOf: UnsafePointer<UInt8>
        let start: StateID
        let maxSpecial: StateID
        let maxMatch: StateID

        let denseStart: StateID
        let denseSpan: StateID

        @inline(__always)
        func next(_ state: StateID, _ byte: UInt8) -> StateID {
            // Most steps of a walk are from a dense state: one load, not the header's too.
            if state &- denseStart < denseSpan { return table[Int(state) &+ 2 &+ Int(classOf[Int(byte)])] }
            var s = Int(state)
            while true {
                let header = table[s]
                let kind = header & 0xFF
                if kind == ContiguousNFA.denseKind {
                    return table[s &+ 2 &+ Int(classOf[Int(byte)])]
                }
                if kind == ContiguousNFA.denseWithFailKind {
                    let next = table[s &+ 2 &+ Int(classOf[Int(byte)])]
                    if next != StateID.fail { return next }
                    s = Int(table[s &+ 1])
                    continue
                }
                if kind == ContiguousNFA.singleKind {
                    if UInt8(truncatingIfNeeded: header >> 8) == byte { return table[s &+ 2] }
                    s = Int(table[s &+ 1])
                    continue
                }
                let n = Int(kind)
                let bytes = UnsafeRawPointer(table + s + 2).assumingMemoryBound(to: UInt8.self)
                var j = 0
                while j < n {
                    if bytes[j] == byte { return table[s &+ 2 &+ (n &+ 3) / 4 &+ j] }
                    j &+= 1
                }
                s = Int(table[s &+ 1])
            }
        }

        @inline(__always)
        func ordinal(_ s: StateID) -> UInt32 { table[Int(s)] >> 8 }
    }

    @inline(__always)
    func withCursor<R>(_ body: (Cursor, MatchTableView) throws -> R) rethrows -> R {
        try table.withUnsafeBufferPointer { t in
            try classes.classOf.withUnsafeBufferPointer { k in
                try matches.withView { view in
                    try body(
                        Cursor(
                            table: t.baseAddress!, classOf: k.baseAddress!, start: start,
                            maxSpecial: maxSpecial, maxMatch: maxMatch, denseStart: denseStart,
                            denseSpan: denseSpan), view)
                }
            }
        }
    }
}
