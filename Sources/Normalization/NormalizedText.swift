/// A message in its match form, and the span of the original that each of its bytes came from.
///
/// The match form is UTF-8: words of letters and digits in lower case, separated by single
/// spaces, with `!`, `?` and `%` kept as words of their own. Every output byte maps back to a span
/// of the bytes given (`sourceStart[i]..<sourceEnd[i]`), so a hit in the match form always
/// points at what was actually typed.
public struct NormalizedText: Sendable, Equatable {
    // The storage only grows; `count` says how much of it is this text, so that normalizing
    // many messages into one value never clears or refills memory.
    private var storedBytes: [UInt8] = []
    private var storedStarts: [UInt32] = []
    private var storedEnds: [UInt32] = []
    /// The length of the match form, in bytes.
    public private(set) var count = 0
    /// Words joined from spaced-out letters: where their letters were spaced apart is unknown,
    /// so a word boundary may fall anywhere inside them (`ж е л е м е н т а р н і`).
    public private(set) var joinedWords: [Range<Int>] = []

    public init() {}

    /// The match form, UTF-8.
    public var bytes: [UInt8] { Array(storedBytes[0..<count]) }
    /// For each output byte, the start of the original span it came from.
    public var sourceStart: [UInt32] { Array(storedStarts[0..<count]) }
    /// For each output byte, the end of the original span it came from.
    public var sourceEnd: [UInt32] { Array(storedEnds[0..<count]) }

    /// The match form as a string.
    public var text: String { String(decoding: storedBytes[0..<count], as: UTF8.self) }

    /// Calls `body` with the match form's bytes, without copying them.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storedBytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }

    /// The output byte at `i`.
    public subscript(i: Int) -> UInt8 {
        precondition(i < count, "index outside the normalized text")
        return storedBytes[i]
    }

    /// The span of the original that the output bytes `range` came from.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty && range.upperBound <= count, "range outside the normalized text")
        return Int(storedStarts[range.lowerBound])..<Int(storedEnds[range.upperBound - 1])
    }

    /// Whether the output bytes `range` start and end on word boundaries of the match form.
    ///
    /// Inside a word joined from spaced-out letters a boundary may have been anywhere, so a hit may
    /// start inside one when it runs to its end (a one-letter word swallowed in front: `ж е л е м
    /// е н т а р н і`), or end inside one when it starts before it; a hit wholly inside one may not.
    /// A hit that starts inside one has at least three letters: the last two letters of a spaced
    /// word (`ur` of `y o u r`) are no word of their own. A stem (`end` false) may start inside
    /// one and end before its end: the rest is its ending (`i g u a r a n t e e d`).
    public func isWordBounded(_ range: Range<Int>, start: Bool = true, end: Bool = true) -> Bool {
        func joined(around p: Int) -> Range<Int>? {
            joinedWords.first { $0.lowerBound < p && p < $0.upperBound }
        }
        var startOK = !start || range.lowerBound == 0 || storedBytes[range.lowerBound - 1] == 0x20
        // A stem (`end` false) that starts inside such a word takes the rest of it as its ending.
        if !startOK, let j = joined(around: range.lowerBound), range.upperBound >= j.upperBound || !end,
            storedBytes[range].lazy.filter({ $0 & 0xC0 != 0x80 }).count >= 3
        {
            startOK = true
        }
        var endOK = !end || range.upperBound == count || storedBytes[range.upperBound] == 0x20
        if !endOK, let j = joined(around: range.upperBound), range.lowerBound < j.lowerBound { endOK = true }
        return startOK && endOK
    }

    public static func == (a: NormalizedText, b: NormalizedText) -> Bool {
        a.count == b.count && a.storedBytes[0..<a.count] == b.storedBytes[0..<b.count]
            && a.storedStarts[0..<a.count] == b.storedStarts[0..<b.count]
            && a.storedEnds[0..<a.count] == b.storedEnds[0..<b.count]
    }

    /// Replaces the contents with what `body` writes, at most `capacity` bytes, straight into the
    /// storage.
    mutating func write(capacity: Int, _ body: (inout OutputWriter<RecordedSourceMap>) -> Void) {
        if storedBytes.count < capacity {
            let more = capacity - storedBytes.count
            storedBytes.append(contentsOf: repeatElement(0, count: more))
            storedStarts.append(contentsOf: repeatElement(0, count: more))
            storedEnds.append(contentsOf: repeatElement(0, count: more))
        }
        var written = 0
        var joined: [Range<Int>] = []
        storedBytes.withUnsafeMutableBufferPointer { b in
            storedStarts.withUnsafeMutableBufferPointer { s in
                storedEnds.withUnsafeMutableBufferPointer { e in
                    var writer = OutputWriter(
                        bytes: b.baseAddress!,
                        map: RecordedSourceMap(starts: s.baseAddress!, ends: e.baseAddress!))
                    body(&writer)
                    written = writer.count
                    joined = writer.joinedWords
                }
            }
        }
        precondition(written <= capacity, "normalized text overran its capacity")
        count = written
        joinedWords = joined
    }
}

/// Writes the match form, and through `map` its source map, into storage sized beforehand.
struct OutputWriter<Map: SourceMap> {
    let bytes: UnsafeMutablePointer<UInt8>
    let map: Map
    var count = 0
    var joinedWords: [Range<Int>] = []
    /// The one pass's count of letters that may be capitals (see ``PlainWord/capitals``).
    var capitals = 0

    @inline(__always)
    mutating func append(_ scalar: UInt32, from start: UInt32, to end: UInt32) {
        var s = scalar
        if s > 0x10FFFF || (0xD800...0xDFFF).contains(s) { s = 0xFFFD }
        if s < 0x80 {
            put(UInt8(s), start, end)
        } else if s < 0x800 {
            put(UInt8(0xC0 | s >> 6), start, end)
            put(UInt8(0x80 | s & 0x3F), start, end)
        } else if s < 0x10000 {
            put(UInt8(0xE0 | s >> 12), start, end)
            put(UInt8(0x80 | (s >> 6) & 0x3F), start, end)
            put(UInt8(0x80 | s & 0x3F), start, end)
        } else {
            put(UInt8(0xF0 | s >> 18), start, end)
            put(UInt8(0x80 | (s >> 12) & 0x3F), start, end)
            put(UInt8(0x80 | (s >> 6) & 0x3F), start, end)
            put(UInt8(0x80 | s & 0x3F), start, end)
        }
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8, _ start: UInt32, _ end: UInt32) {
        bytes[count] = byte
        map.set(count, from: start, to: end)
        count &+= 1
    }

    /// Extends the source span of the last `n` bytes to `end`.
    @inline(__always)
    mutating func extendLast(_ n: Int, to end: UInt32) {
        map.extend((count - n)..<count, to: end)
    }
}

/// Where the writers of the match form put the span of the original each output byte came from.
/// The one pass is generic over it, so that a caller who needs only the bytes (most messages hit
/// nothing, and a hit is the only use of spans) gets a pass specialized without a store for them.
protocol SourceMap {
    /// Records `start..<end` as the span of output byte `i`.
    func set(_ i: Int, from start: UInt32, to end: UInt32)
    /// Makes `end` the end of output byte `i`'s span.
    func setEnd(_ i: Int, _ end: UInt32)
    /// Records `start..<start + 1`, `start + 1..<start + 2`, … as the spans of the eight output
    /// bytes from `i`.
    func setEight(_ i: Int, from start: UInt32)
    /// Extends the spans of the output bytes `range` to end at least at `end`.
    func extend(_ range: Range<Int>, to end: UInt32)
}

/// A source map in two arrays: where each output byte's span starts, and where it ends.
struct RecordedSourceMap: SourceMap {
    let starts: UnsafeMutablePointer<UInt32>
    let ends: UnsafeMutablePointer<UInt32>

    @inline(__always)
    func set(_ i: Int, from start: UInt32, to end: UInt32) {
        starts[i] = start
        ends[i] = end
    }

    @inline(__always)
    func setEnd(_ i: Int, _ end: UInt32) { ends[i] = end }

    @inline(__always)
    func setEight(_ i: Int, from start: UInt32) {
        let spans = SIMD8<UInt32>(repeating: start) &+ SIMD8<UInt32>(0, 1, 2, 3, 4, 5, 6, 7)
        UnsafeMutableRawPointer(starts + i).storeBytes(of: spans, as: SIMD8<UInt32>.self)
        UnsafeMutableRawPointer(ends + i).storeBytes(of: spans &+ 1, as: SIMD8<UInt32>.self)
    }

    @inline(__always)
    func extend(_ range: Range<Int>, to end: UInt32) {
        for i in range where ends[i] < end { ends[i] = end }
    }
}

/// No source map: the match form's bytes only.
struct NoSourceMap: SourceMap {
    @inline(__always)
    func set(_ i: Int, from start: UInt32, to end: UInt32) {}
    @inline(__always)
    func setEnd(_ i: Int, _ end: UInt32) {}
    @inline(__always)
    func setEight(_ i: Int, from start: UInt32) {}
    @inline(__always)
    func extend(_ range: Range<Int>, to end: UInt32) {}
}

extension Array {
    /// Makes room for `capacity` elements (the storage only grows), lets `body` write through a
    /// pointer, and returns the number of elements it reports, nil when it ran out of room.
    mutating func fill(capacity: Int, _ body: (UnsafeMutablePointer<Element>, Int) -> Int?) -> Int?
    where Element: ZeroFilled {
        if count < capacity { append(contentsOf: repeatElement(Element.zero, count: capacity - count)) }
        return withUnsafeMutableBufferPointer { body($0.baseAddress!, capacity) }
    }
}

/// Element types of the scratch buffers, which are filled before being written.
protocol ZeroFilled { static var zero: Self { get } }
