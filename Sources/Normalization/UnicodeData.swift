/// The generated Unicode tables, decoded once on first use.
final class UnicodeData: Sendable {
    enum Class: UInt8 {
        case letter = 0
        case mark, digit, removed, space, punctuation, apostrophe, symbol
    }

    enum Script: UInt8 {
        case other = 0
        case latin, cyrillic, greek
    }

    static let shared = UnicodeData()

    private let stage1: [UInt16]
    private let classes: [UInt8]
    private let mappings: [UInt32]
    private let pool: [UInt32]
    /// Look-alikes keyed by `scalar << 2 | target script`.
    private let lookalikes: [UInt64: UInt32]
    /// Scalars below U+2000 that have a look-alike in another script, one bit each (all the
    /// Latin, Cyrillic and Greek letters the tables know are below it).
    private let ambiguous: [UInt64]

    private init() {
        stage1 = Base64.decode(UnicodeTables.stage1).littleEndianUInt16s()
        classes = Base64.decode(UnicodeTables.classes)
        mappings = Base64.decode(UnicodeTables.mappings).littleEndianUInt32s()
        pool = Base64.decode(UnicodeTables.pool).littleEndianUInt32s()
        let triples = Base64.decode(UnicodeTables.lookalikes).littleEndianUInt32s()
        var lookalikes: [UInt64: UInt32] = [:]
        var ambiguous = [UInt64](repeating: 0, count: 0x2000 / 64)
        for i in stride(from: 0, to: triples.count, by: 3) {
            lookalikes[UInt64(triples[i]) << 2 | UInt64(triples[i + 1])] = triples[i + 2]
            if triples[i] < 0x2000 { ambiguous[Int(triples[i] >> 6)] |= 1 << UInt64(triples[i] & 63) }
        }
        self.lookalikes = lookalikes
        self.ambiguous = ambiguous
    }

    @inline(__always)
    private func slot(_ scalar: UInt32) -> Int {
        Int(stage1[Int(scalar >> 8)]) << 8 | Int(scalar & 0xFF)
    }

    @inline(__always)
    func classOf(_ scalar: UInt32) -> Class {
        if scalar < 0x80 { return asciiClasses[Int(scalar)] }
        return Class(rawValue: classes[slot(scalar)]) ?? .symbol
    }

    /// Whether `scalar` folds to anything but itself (a scalar of U+0080 and above).
    @inline(__always)
    func changesWhenFolded(_ scalar: UInt32) -> Bool {
        mappings[slot(scalar)] != 0
    }

    /// Calls `body` with each scalar of the match form of `scalar` (NFKD, case folded, digits
    /// as ASCII, Arabic letter variants folded).
    @inline(__always)
    func forEachFolded(_ scalar: UInt32, _ body: (UInt32) -> Void) {
        if scalar < 0x80 {
            body(scalar >= 0x41 && scalar <= 0x5A ? scalar | 0x20 : scalar)
            return
        }
        let m = mappings[slot(scalar)]
        if m == 0 {
            body(scalar)
            return
        }
        let start = Int(m >> 5)
        for i in start..<start + Int(m & 31) { body(pool[i]) }
    }

    @inline(__always)
    func script(_ scalar: UInt32) -> Script {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        default: return .other
        }
    }

    @inline(__always)
    func isAmbiguous(_ scalar: UInt32) -> Bool {
        scalar < 0x2000 && ambiguous[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }

    /// The lowercase letter of `script` that looks like `scalar`, if any.
    func lookalike(_ scalar: UInt32, in script: Script) -> UInt32? {
        lookalikes[UInt64(scalar) << 2 | UInt64(script.rawValue)]
    }

    private let asciiClasses: [Class] = (0..<128).map { c -> Class in
        switch c {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return .space
        case 0..<0x20, 0x7F: return .removed
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x27, 0x60: return .apostrophe
        case 0x24, 0x2B, 0x3C...0x3E, 0x5E, 0x7C, 0x7E: return .symbol
        default: return .punctuation
        }
    }
}

/// A small base64 decoder for the generated tables (the target depends on nothing).
enum Base64 {
    static func decode(_ text: String) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(i)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for c in text.utf8 {
            let v = table[Int(c)]
            if v == 0xFF { continue }
            buffer = buffer << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }
}

extension Array where Element == UInt8 {
    func littleEndianUInt16s() -> [UInt16] {
        stride(from: 0, to: count - 1, by: 2).map { UInt16(self[$0]) | UInt16(self[$0 + 1]) << 8 }
    }

    func littleEndianUInt32s() -> [UInt32] {
        stride(from: 0, to: count - 3, by: 4).map { (i: Int) -> UInt32 in
            let low = UInt32(self[i]) | UInt32(self[i + 1]) << 8
            let high = UInt32(self[i + 2]) << 16 | UInt32(self[i + 3]) << 24
            return low | high
        }
    }
}
