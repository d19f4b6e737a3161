/// A dense deterministic automaton: one row per state and one entry per byte class, with
/// failure links already resolved, so a search step is one load.
///
/// State ids are pre-multiplied (a state's id is the offset of its row), so the step is
/// `table[state + classOf[byte]]`. The dead state is 0, the match states follow, then the
/// start state; `state <= maxSpecial` is the only test a step makes.
final class DenseDFA: Sendable {
    let classes: ByteClasses
    let stride: Int
    let table: [StateID]
    let start: StateID
    let maxMatch: StateID
    let maxSpecial: StateID
    let matches: MatchTable
    let prefilter: Prefilter?

    init(nfa: NoncontiguousNFA, usePrefilter: Bool, sizeLimit: Int) throws(BuildError) {
        let classes = ByteClasses(nfa: nfa)
        let stride = classes.count
        let count = nfa.stateCount
        guard count * stride <= sizeLimit / MemoryLayout<StateID>.size, count * stride < Int(UInt32.max)
        else {
            throw .engineUnavailable(
                .dfa,
                reason:
                    "\(count) states × \(stride) byte classes exceed the DFA size limit of \(sizeLimit) bytes"
            )
        }
        // Dead first, then the match states, then the start state, then the rest.
        var order: [Int] = [0]
        order.reserveCapacity(count)
        for s in 2..<count where nfa.isMatch(s) { order.append(s) }
        let matchCount = order.count - 1
        order.append(1)
        for s in 2..<count where !nfa.isMatch(s) { order.append(s) }
        var index = [Int](repeating: 0, count: count)
        for (i, s) in order.enumerated() { index[s] = i }

        var table = [StateID](repeating: 0, count: count * stride)
        let startID = StateID(index[1] * stride)
        table.withUnsafeMutableBufferPointer { t in
            // The start row: back to the start state wherever the trie has no child.
            let startRow = index[1] * stride
            for c in 0..<stride { t[startRow + c] = startID }
            // Every other row is its failure state's row with its own children written over it;
            // breadth-first order makes sure the failure state's row is complete.
            for s in 1..<count {
                let row = index[s] * stride
                if s != 1 {
                    let failRow = index[Int(nfa.fail[s])] * stride
                    for c in 0..<stride { t[row + c] = t[failRow + c] }
                }
                for k in Int(nfa.childStart[s])..<Int(nfa.childStart[s + 1]) {
                    let c = Int(classes.classOf[Int(nfa.childByte[k])])
                    t[row + c] = StateID(index[Int(nfa.childNext[k])] * stride)
                }
            }
        }
        var startBytes: [UInt8] = []
        for b in 0..<256 where table[Int(startID) + Int(classes.classOf[b])] != startID {
            startBytes.append(UInt8(b))
            if startBytes.count > Prefilter.maxNeedles { break }
        }
        let prefilter = usePrefilter ? Prefilter(startBytes: startBytes) : nil

        self.classes = classes
        self.stride = stride
        self.table = table
        self.start = startID
        self.maxMatch = StateID(matchCount * stride)
        self.maxSpecial = prefilter != nil ? startID : StateID(matchCount * stride)
        self.matches = MatchTable(nfa: nfa, ordered: Array(order[1..<matchCount + 1])) { UInt32(index[$0]) }
        self.prefilter = prefilter
    }

    var memoryUsage: Int { table.count * 4 + 256 + matches.memoryUsage }

    struct Cursor: SearchCursor {
        let table: UnsafePointer<StateID>
        let classOf: UnsafePointer<UInt8>
        let stride: UInt32
        let start: StateID
        let maxSpecial: StateID
        let maxMatch: StateID

        @inline(__always)
        func next(_ s: StateID, _ byte: UInt8) -> StateID {
            table[Int(s &+ UInt32(classOf[Int(byte)]))]
        }

        @inline(__always)
        func ordinal(_ s: StateID) -> UInt32 { s / stride }
    }

    @inline(__always)
    func withCursor<R>(_ body: (Cursor, MatchTableView) throws -> R) rethrows -> R {
        try table.withUnsafeBufferPointer { t in
            try classes.classOf.withUnsafeBufferPointer { k in
                try matches.withView { view in
                    try body(
                        Cursor(
                            table: t.baseAddress!, classOf: k.baseAddress!, stride: UInt32(stride),
                            start: start,
                            maxSpecial: maxSpecial, maxMatch: maxMatch), view)
                }
            }
        }
    }
}
