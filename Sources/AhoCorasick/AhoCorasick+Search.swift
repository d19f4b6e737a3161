extension AhoCorasick {
    /// Calls `visit` with every match in `haystack`, in order, without allocating; stops early
    /// when `visit` returns `false`.
    ///
    /// - Warning: `haystack` must stay valid for the duration of the call.
    public func forEachMatch(in haystack: UnsafeRawBufferPointer, _ visit: (Match) -> Bool) {
        patternLengths.withUnsafeBufferPointer { lengths in
            let lengths = lengths.baseAddress!
            switch engineReference {
            case .dfa(let reference):
                reference._withUnsafeGuaranteedRef { dfa in
                    dfa.withCursor { cursor, table in
                        run(cursor, table, lengths, dfa.prefilter, haystack, visit)
                    }
                }
            case .contiguousNFA(let reference):
                reference._withUnsafeGuaranteedRef { nfa in
                    nfa.withCursor { cursor, table in
                        run(cursor, table, lengths, nfa.prefilter, haystack, visit)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func run<C: SearchCursor>(
        _ cursor: C, _ table: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ prefilter: Prefilter?,
        _ haystack: UnsafeRawBufferPointer, _ visit: (Match) -> Bool
    ) {
        if matchKind == .overlapping {
            _ = SearchLoop.overlapping(cursor, table, lengths, prefilter, maxPatternLength, haystack, visit)
            return
        }
        if prefilter == nil,
            let block = SearchLoop.laneBlockLength(haystack: haystack.count, warmUp: maxPatternLength)
        {
            SearchLoop.leftmostLanes(cursor, table, lengths, maxPatternLength, block, haystack, visit)
            return
        }
        var at = 0
        while at < haystack.count,
            let m = SearchLoop.leftmost(cursor, table, lengths, prefilter, haystack, from: at)
        {
            if !visit(m) { return }
            at = m.end
        }
    }

    /// Calls `visit` with every match in `bytes`; see ``forEachMatch(in:_:)-(UnsafeRawBufferPointer,_)``.
    public func forEachMatch(in bytes: [UInt8], _ visit: (Match) -> Bool) {
        bytes.withUnsafeBytes { forEachMatch(in: $0, visit) }
    }

    /// Calls `visit` with every match in the UTF-8 bytes of `text`, read in place when the
    /// string is stored contiguously (native Swift strings always are).
    public func forEachMatch(in text: String.UTF8View, _ visit: (Match) -> Bool) {
        let done: Void? = text.withContiguousStorageIfAvailable {
            forEachMatch(in: UnsafeRawBufferPointer($0), visit)
        }
        if done == nil { forEachMatch(in: Array(text), visit) }
    }

    /// Calls `visit` with every match in the UTF-8 bytes of `text`.
    public func forEachMatch(in text: String, _ visit: (Match) -> Bool) {
        forEachMatch(in: text.utf8, visit)
    }

    /// Every match in `haystack`, collected into an array.
    public func findAll(in haystack: [UInt8]) -> [Match] {
        var all: [Match] = []
        forEachMatch(in: haystack) {
            all.append($0)
            return true
        }
        return all
    }

    /// Every match in the UTF-8 bytes of `text`, collected into an array.
    public func findAll(in text: String) -> [Match] {
        var all: [Match] = []
        forEachMatch(in: text.utf8) {
            all.append($0)
            return true
        }
        return all
    }

    /// The first match `forEachMatch` would report, if any.
    public func firstMatch(in text: String) -> Match? {
        var first: Match? = nil
        forEachMatch(in: text.utf8) {
            first = $0
            return false
        }
        return first
    }

    /// The number of matches in `haystack`.
    public func count(in haystack: UnsafeRawBufferPointer) -> Int {
        var n = 0
        forEachMatch(in: haystack) { _ in
            n += 1
            return true
        }
        return n
    }

    /// The matches in `haystack` one at a time, without allocating per match.
    ///
    /// - Warning: the iterator reads `haystack` in place: it must stay valid while the
    ///   iterator is used.
    public func makeIterator(over haystack: UnsafeRawBufferPointer) -> UnsafeMatchIterator {
        UnsafeMatchIterator(automaton: self, haystack: haystack)
    }

    /// The matches in `bytes` as a sequence; the array is held, not copied.
    public func matches(in bytes: [UInt8]) -> MatchSequence {
        MatchSequence(automaton: self, storage: .bytes(bytes))
    }

    /// The matches in the UTF-8 bytes of `text` as a sequence; the string is held, not copied.
    public func matches(in text: String) -> MatchSequence {
        var text = text
        text.makeContiguousUTF8()
        return MatchSequence(automaton: self, storage: .string(text))
    }

    /// The next match from `position`, for the iterators.
    func next(in haystack: UnsafeRawBufferPointer, _ position: inout SearchPosition) -> Match? {
        patternLengths.withUnsafeBufferPointer { lengths in
            let lengths = lengths.baseAddress!
            switch engineReference {
            case .dfa(let reference):
                return reference._withUnsafeGuaranteedRef { dfa in
                    dfa.withCursor { cursor, table in
                        step(cursor, table, lengths, dfa.prefilter, haystack, &position)
                    }
                }
            case .contiguousNFA(let reference):
                return reference._withUnsafeGuaranteedRef { nfa in
                    nfa.withCursor { cursor, table in
                        step(cursor, table, lengths, nfa.prefilter, haystack, &position)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func step<C: SearchCursor>(
        _ cursor: C, _ table: MatchTableView, _ lengths: UnsafePointer<UInt32>, _ prefilter: Prefilter?,
        _ haystack: UnsafeRawBufferPointer, _ position: inout SearchPosition
    ) -> Match? {
        if position.state == .fail { position.state = cursor.start }
        if matchKind == .overlapping {
            return SearchLoop.nextOverlapping(cursor, table, lengths, prefilter, haystack, &position)
        }
        guard position.at < haystack.count,
            let m = SearchLoop.leftmost(cursor, table, lengths, prefilter, haystack, from: position.at)
        else {
            position.at = haystack.count
            return nil
        }
        position.at = m.end
        return m
    }
}

/// The matches of one search over memory the caller keeps alive; see
/// ``AhoCorasick/makeIterator(over:)``.
public struct UnsafeMatchIterator: IteratorProtocol {
    let automaton: AhoCorasick
    let haystack: UnsafeRawBufferPointer
    var position = SearchPosition(at: 0, state: .fail)

    public mutating func next() -> Match? { automaton.next(in: haystack, &position) }
}

/// The matches in one haystack that the sequence holds.
public struct MatchSequence: Sequence, Sendable {
    enum Storage: Sendable {
        case bytes([UInt8])
        case string(String)
    }

    let automaton: AhoCorasick
    let storage: Storage

    public struct Iterator: IteratorProtocol {
        let automaton: AhoCorasick
        let storage: Storage
        var position = SearchPosition(at: 0, state: .fail)

        public mutating func next() -> Match? {
            switch storage {
            case .bytes(let bytes):
                return bytes.withUnsafeBytes { automaton.next(in: $0, &position) }
            case .string(let text):
                if let m = text.utf8.withContiguousStorageIfAvailable({
                    automaton.next(in: UnsafeRawBufferPointer($0), &position)
                }) {
                    return m
                }
                return Array(text.utf8).withUnsafeBytes { automaton.next(in: $0, &position) }
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(automaton: automaton, storage: storage) }
}
