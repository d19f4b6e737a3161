/// Bytes the automaton cannot tell apart share a class, so a dense row needs one entry per
/// class rather than 256. Every byte that appears in a transition gets a class of its own; all
/// other bytes share one.
struct ByteClasses: Sendable {
    /// The class of each byte value.
    let classOf: [UInt8]
    /// One byte of each class.
    let representatives: [UInt8]

    init(nfa: NoncontiguousNFA) {
        var used = [Bool](repeating: false, count: 256)
        for b in nfa.childByte { used[Int(b)] = true }
        var classOf = [UInt8](repeating: 0, count: 256)
        var representatives: [UInt8] = []
        if let unused = used.firstIndex(of: false) {
            representatives.append(UInt8(unused))
        }
        for b in 0..<256 where used[b] {
            classOf[b] = UInt8(representatives.count)
            representatives.append(UInt8(b))
        }
        self.classOf = classOf
        self.representatives = representatives
    }

    var count: Int { representatives.count }
}
