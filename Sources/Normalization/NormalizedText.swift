/// A message in its match form, and the span of the original that each of its bytes came from.
///
/// The match form is UTF-8: words of letters and digits in lower case, separated by single
/// spaces, with `!`, `?` and `%` kept as words of their own. Every output byte maps back to a span
/// of the bytes given (`sourceStart[i]..<sourceEnd[i]`), so a hit in the match form always
/// points at what was actually typed.
public struct NormalizedText: Sendable, Equatable {
    public internal(set) var bytes: [UInt8] = []
    public internal(set) var sourceStart: [UInt32] = []
    public internal(set) var sourceEnd: [UInt32] = []

    public init() {}

    /// The match form as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The span of the original that the output bytes `range` came from.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty && range.upperBound <= bytes.count, "range outside the normalized text")
        return Int(sourceStart[range.lowerBound])..<Int(sourceEnd[range.upperBound - 1])
    }

    /// Whether the output bytes `range` start and end on word boundaries of the match form.
    public func isWordBounded(_ range: Range<Int>, start: Bool = true, end: Bool = true) -> Bool {
        (!start || range.lowerBound == 0 || bytes[range.lowerBound - 1] == 0x20)
            && (!end || range.upperBound == bytes.count || bytes[range.upperBound] == 0x20)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        sourceStart.removeAll(keepingCapacity: true)
        sourceEnd.removeAll(keepingCapacity: true)
    }

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
        bytes.append(byte)
        sourceStart.append(start)
        sourceEnd.append(end)
    }

    /// Extends the source span of the last `count` bytes to `end`.
    mutating func extendLast(_ count: Int, to end: UInt32) {
        for i in (bytes.count - count)..<bytes.count { sourceEnd[i] = max(sourceEnd[i], end) }
    }
}
