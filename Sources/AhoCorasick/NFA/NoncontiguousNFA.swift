/// The one construction every engine is compiled from: the trie of the patterns in
/// breadth-first order, with sparse transitions sorted by byte, failure links, and the
/// patterns that end in each state.
///
/// State 0 is the dead state (leftmost searches stop there), state 1 the start state. The trie
/// is built level by level from the patterns sorted by their bytes: a state is a run of sorted
/// patterns sharing a prefix, so its children come out in byte order and contiguous, with no
/// lookups while building.
final class NoncontiguousNFA: Sendable {
    static let start: StateID = 1

    let matchKind: MatchKind
    let patternCount: Int
    /// Byte length of every pattern, by id.
    let patternLengths: [UInt32]
    let maxPatternLength: Int
    let stateCount: Int
    /// Transitions of state `s` are `childStart[s]..<childStart[s + 1]` in the two arrays below.
    let childStart: [UInt32]
    let childByte: [UInt8]
    let childNext: [StateID]
    /// The start state's transitions as a dense row (`.fail` where there is none).
    let startRow: [StateID]
    let fail: [StateID]
    let depth: [UInt32]
    /// Patterns ending in state `s` itself are `ownPatterns[ownStart[s]..<ownStart[s + 1]]`.
    let ownStart: [UInt32]
    let ownPatterns: [UInt32]
    /// The nearest state on the failure chain with patterns of its own, or 0 when none: the
    /// other patterns that end here.
    let outputLink: [StateID]

    init(patterns: PatternSet, matchKind: MatchKind, stateLimit: Int) throws(BuildError) {
        self.matchKind = matchKind
        self.patternCount = patterns.count
        var lengths = [UInt32](repeating: 0, count: patterns.count)
        var maxLength = 0
        for i in 0..<patterns.count {
            let n = patterns.length(i)
            lengths[i] = UInt32(n)
            maxLength = max(maxLength, n)
        }
        self.patternLengths = lengths
        self.maxPatternLength = maxLength

        var order = patterns.sortedNonEmptyIndices()
        if matchKind == .leftmostFirst { order = patterns.droppingShadowedByEarlierPrefix(order) }

        // Breadth-first over runs of the sorted order: state k is order[lo[k]..<hi[k]] at depth[k].
        var lo: [UInt32] = [0, 0]
        var hi: [UInt32] = [0, UInt32(order.count)]
        var depths: [UInt32] = [0, 0]
        var childStart: [UInt32] = [0, 0]
        var childByte: [UInt8] = []
        var childNext: [StateID] = []
        var ownStart: [UInt32] = [0, 0]
        var ownPatterns: [UInt32] = []
        let estimate = min(patterns.bytes.count + 2, stateLimit)
        lo.reserveCapacity(estimate)
        hi.reserveCapacity(estimate)
        depths.reserveCapacity(estimate)
        childByte.reserveCapacity(estimate)
        childNext.reserveCapacity(estimate)

        try patterns.bytes.withUnsafeBufferPointer { (bytes) throws(BuildError) in
            try patterns.offsets.withUnsafeBufferPointer { (offsets) throws(BuildError) in
                var k = 1
                while k < lo.count {
                    let d = Int(depths[k])
                    var j = Int(lo[k])
                    let end = Int(hi[k])
                    // Patterns that end here sort before the longer ones sharing this prefix.
                    while j < end, offsets[Int(order[j]) + 1] - offsets[Int(order[j])] == d {
                        ownPatterns.append(order[j])
                        j += 1
                    }
                    while j < end {
                        let byte = bytes[offsets[Int(order[j])] + d]
                        let runStart = j
                        j += 1
                        while j < end, bytes[offsets[Int(order[j])] + d] == byte { j += 1 }
                        guard lo.count < stateLimit else {
                            throw .tooManyStates(needed: lo.count + 1, limit: stateLimit)
                        }
                        childByte.append(byte)
                        childNext.append(StateID(lo.count))
                        lo.append(UInt32(runStart))
                        hi.append(UInt32(j))
                        depths.append(UInt32(d + 1))
                    }
                    childStart.append(UInt32(childByte.count))
                    ownStart.append(UInt32(ownPatterns.count))
                    k += 1
                }
            }
        }
        let count = lo.count
        self.stateCount = count
        self.childStart = childStart
        self.childByte = childByte
        self.childNext = childNext
        self.depth = depths
        self.ownStart = ownStart
        self.ownPatterns = ownPatterns

        var startRow = [StateID](repeating: .fail, count: 256)
        for t in Int(childStart[1])..<Int(childStart[2]) { startRow[Int(childByte[t])] = childNext[t] }
        self.startRow = startRow

        // Failure and output links, in breadth-first order so that every state's failure target
        // (which is shallower) is done before it.
        var fail = [StateID](repeating: .dead, count: count)
        var outputLink = [StateID](repeating: .dead, count: count)
        let leftmost = matchKind.isLeftmost
        fail[1] = NoncontiguousNFA.start
        func hasOwn(_ s: Int) -> Bool { ownStart[s] != ownStart[s + 1] }
        func child(_ s: StateID, _ b: UInt8) -> StateID {
            if s == NoncontiguousNFA.start { return startRow[Int(b)] }
            var t = Int(childStart[Int(s)])
            let e = Int(childStart[Int(s) + 1])
            while t < e {
                if childByte[t] == b { return childNext[t] }
                if childByte[t] > b { break }
                t += 1
            }
            return .fail
        }
        for s in 1..<count {
            for t in Int(childStart[s])..<Int(childStart[s + 1]) {
                let c = Int(childNext[t])
                // Under leftmost semantics a match is never given up for a later one: every
                // state from a match on fails to the dead state.
                if leftmost && hasOwn(c) {
                    fail[c] = .dead
                    continue
                }
                if s == 1 {
                    fail[c] = NoncontiguousNFA.start
                    continue
                }
                let b = childByte[t]
                var f = fail[s]
                while true {
                    if f == .dead {
                        break
                    }
                    let n = child(f, b)
                    if n != .fail {
                        f = n
                        break
                    }
                    if f == NoncontiguousNFA.start { break }
                    f = fail[Int(f)]
                }
                fail[c] = f
                if f != .dead && f != NoncontiguousNFA.start {
                    outputLink[c] = hasOwn(Int(f)) ? f : outputLink[Int(f)]
                }
            }
        }
        self.fail = fail
        self.outputLink = outputLink
    }

    func hasOwnPatterns(_ s: Int) -> Bool { ownStart[s] != ownStart[s + 1] }

    /// Whether any pattern ends in state `s`, its own or through its output link.
    func isMatch(_ s: Int) -> Bool { hasOwnPatterns(s) || outputLink[s] != .dead }

    /// Heap bytes of the tables a search reads.
    var memoryUsage: Int {
        (childStart.count + childNext.count + fail.count + ownStart.count + ownPatterns.count
            + outputLink.count + patternLengths.count + startRow.count) * 4 + childByte.count
    }
}
