/// Skips ahead from the start state to the next byte that can leave it.
///
/// Used only when at most three bytes lead out of the start state, so that the scan looks at
/// eight haystack bytes per step instead of walking the automaton one byte at a time. With more
/// start bytes it did not pay (see the design article).
struct Prefilter: Sendable {
    let needles: [UInt8]
    private let broadcast: (UInt64, UInt64, UInt64)

    static let maxNeedles = 3

    init?(startBytes: [UInt8]) {
        guard !startBytes.isEmpty, startBytes.count <= Prefilter.maxNeedles else { return nil }
        needles = startBytes
        let b = startBytes.map { UInt64($0) &* 0x0101_0101_0101_0101 }
        broadcast = (b[0], b.count > 1 ? b[1] : b[0], b.count > 2 ? b[2] : b[0])
    }

    /// The first position in `from..<to` holding a needle, or `to`.
    @inline(__always)
    func find(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        let lows: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = from
        let raw = UnsafeRawPointer(base)
        while i &+ 8 <= to {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let x0 = w ^ broadcast.0
            let x1 = w ^ broadcast.1
            let x2 = w ^ broadcast.2
            let z =
                ((x0 &- lows) & ~x0) | ((x1 &- lows) & ~x1) | ((x2 &- lows) & ~x2)
            let hit = z & highs
            if hit != 0 { return i &+ hit.trailingZeroBitCount / 8 }
            i &+= 8
        }
        while i < to {
            let b = base[i]
            if b == needles[0] || (needles.count > 1 && b == needles[1])
                || (needles.count > 2 && b == needles[2])
            {
                return i
            }
            i &+= 1
        }
        return to
    }
}
