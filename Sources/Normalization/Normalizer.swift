/// Folds a message to its match form, the form policy phrases are matched in, so that a phrase
/// written plainly matches the forms agents actually type.
///
/// One pass over the message:
/// - invalid UTF-8 is read as U+FFFD, one per bad byte (offsets stay in the bytes given);
/// - IRC formatting codes (bold, colour with its numbers, hex colour, italics, underline,
///   strike-through, monospace, reverse, reset), invisible and format characters, tatweel and
///   variation selectors are dropped;
/// - each character becomes its compatibility decomposition (NFKD) with full case folding;
///   digits of every script become ASCII digits; Arabic letter variants fold (alef with hamza or
///   madda or wasla to alef, alef maksura and Farsi yeh to yeh, ta marbuta to heh);
/// - combining marks are dropped with `stripDiacritics` (accents, Arabic tashkeel);
/// - inside a word: letters of Latin, Cyrillic or Greek that look like a letter of the word's
///   main script become that letter (Unicode's confusables data); digits and symbols standing for
///   letters become them between letters or at the edge of a word that has at least as many
///   letters as digits (`r3fund`, `gu@rantee`, `н0мер`, `1t`); letters repeated for
///   emphasis become one (`guaaarantee`; both sides are folded alike, so `good` reads `god`);
/// - letters spaced or dotted apart (`g u a r a n t e e`, `g.u.a.r.a.n.t.e.e`) join into a word;
/// - apostrophes inside words are dropped (`you're` reads as `youre`, `зв'язок` as `звязок`);
/// - punctuation and spacing become single spaces between words; `!`, `?` and `%` stay, as words
///   of their own, runs of one of them kept up to three (`!!!`).
public struct Normalizer: Sendable {
    /// Which of the folds run; all of them by default.
    public struct Options: Sendable, Hashable {
        public var stripDiacritics: Bool
        public var mapLookalikes: Bool
        public var mapSubstitutes: Bool
        public var collapseRepeats: Bool
        public var joinSpacedLetters: Bool

        public init(
            stripDiacritics: Bool = true, mapLookalikes: Bool = true, mapSubstitutes: Bool = true,
            collapseRepeats: Bool = true, joinSpacedLetters: Bool = true
        ) {
            self.stripDiacritics = stripDiacritics
            self.mapLookalikes = mapLookalikes
            self.mapSubstitutes = mapSubstitutes
            self.collapseRepeats = collapseRepeats
            self.joinSpacedLetters = joinSpacedLetters
        }
    }

    public let options: Options

    public init(_ options: Options = Options()) {
        self.options = options
    }

    /// Reusable buffers, so that normalizing many messages does not allocate for each.
    public struct Scratch: Sendable {
        var units: [Unit] = []
        var tokens: [Token] = []
        var word: [Int] = []
        public init() {}
    }

    public func normalize(_ text: String) -> NormalizedText {
        var text = text
        return text.withUTF8 { normalize(bytes: UnsafeRawBufferPointer($0)) }
    }

    public func normalize(bytes: [UInt8]) -> NormalizedText {
        bytes.withUnsafeBytes { normalize(bytes: $0) }
    }

    public func normalize(bytes: UnsafeRawBufferPointer) -> NormalizedText {
        var out = NormalizedText()
        var scratch = Scratch()
        normalize(bytes: bytes, into: &out, scratch: &scratch)
        return out
    }

    /// Normalizes `bytes` into `out`, reusing the storage of `out` and `scratch`.
    public func normalize(
        bytes: UnsafeRawBufferPointer, into out: inout NormalizedText, scratch: inout Scratch
    ) {
        out.removeAll()
        scratch.units.removeAll(keepingCapacity: true)
        scratch.tokens.removeAll(keepingCapacity: true)
        decode(bytes, into: &scratch.units)
        tokenize(scratch.units, into: &scratch.tokens)
        if options.joinSpacedLetters { joinSpacedLetters(scratch.units, &scratch.tokens) }
        emit(&scratch, into: &out)
    }
}

/// One scalar of the folded message and the span of the original it came from.
struct Unit: Sendable {
    var scalar: UInt32
    /// The scalar as typed, before folding: look-alikes are judged on it (Latin `H` looks like
    /// Cyrillic `Н`, not like `н`).
    var original: UInt32
    var kind: UnicodeData.Class
    var start: UInt32
    var end: UInt32
}

/// A word, or a run of one kept symbol, over units `first..<last` (or, once spaced letters are
/// joined, over the listed letter units).
struct Token: Sendable {
    enum Kind { case word, symbol }
    var kind: Kind
    var first: Int
    var last: Int
    /// For joined spaced letters: the units of the word, which are not contiguous.
    var joined: [Int]? = nil
}

extension Normalizer {
    static let keptSymbols: Set<UInt32> = [0x21, 0x3F, 0x25]
    static let substituteSymbols: Set<UInt32> = [0x40, 0x24, 0x20AC, 0x7C]

    /// Decodes UTF-8, drops what is never text, and folds each scalar.
    func decode(_ bytes: UnsafeRawBufferPointer, into units: inout [Unit]) {
        let data = UnicodeData.shared
        let n = bytes.count
        var i = 0
        while i < n {
            let start = i
            var (scalar, length) = Normalizer.decodeScalar(bytes, at: i)
            i += length
            switch scalar {
            case 0x03:  // IRC colour: up to two digits, optionally a comma and up to two more
                i = Normalizer.skipColour(bytes, from: i, digits: 2, isDigit: Normalizer.isDecimal)
                continue
            case 0x04:  // IRC hex colour: six hex digits, optionally a comma and six more
                i = Normalizer.skipColour(bytes, from: i, digits: 6, isDigit: Normalizer.isHex)
                continue
            case 0x61F:
                scalar = 0x3F  // Arabic question mark
            default:
                break
            }
            let kind = data.classOf(scalar)
            if kind == .removed { continue }
            let s = UInt32(start)
            let e = UInt32(i)
            if kind == .apostrophe || kind == .space {
                units.append(
                    Unit(
                        scalar: kind == .apostrophe ? 0x27 : 0x20, original: scalar, kind: kind, start: s,
                        end: e))
                continue
            }
            data.forEachFolded(scalar) { folded in
                let foldedKind = data.classOf(folded)
                if foldedKind == .removed || (foldedKind == .mark && options.stripDiacritics) { return }
                units.append(Unit(scalar: folded, original: scalar, kind: foldedKind, start: s, end: e))
            }
        }
    }

    /// Splits units into words and kept-symbol runs; everything else separates them.
    func tokenize(_ units: [Unit], into tokens: inout [Token]) {
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            if Normalizer.keptSymbols.contains(u.scalar) {
                var j = i + 1
                while j < n && units[j].scalar == u.scalar { j += 1 }
                tokens.append(Token(kind: .symbol, first: i, last: j))
                i = j
                continue
            }
            guard isWordUnit(u) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n && isWordUnit(units[j]) { j += 1 }
            // Apostrophes and substitute symbols at the edges are not part of the word.
            var first = i
            var last = j
            while first < last && isEdgeTrimmed(units[first], next: first + 1 < last ? units[first + 1] : nil) {
                first += 1
            }
            while last > first && isEdgeTrimmed(units[last - 1], next: last - 2 >= first ? units[last - 2] : nil) {
                last -= 1
            }
            if first < last { tokens.append(Token(kind: .word, first: first, last: last)) }
            i = j
        }
    }

    @inline(__always)
    func isWordUnit(_ u: Unit) -> Bool {
        switch u.kind {
        case .letter, .digit, .mark, .apostrophe: return true
        case .symbol, .punctuation: return Normalizer.substituteSymbols.contains(u.scalar)
        default: return false
        }
    }

    /// Apostrophes at the edges of a word are quotes; a substitute symbol there stays when a
    /// letter is next to it (`@bout`).
    @inline(__always)
    func isEdgeTrimmed(_ u: Unit, next: Unit?) -> Bool {
        if u.kind == .apostrophe { return true }
        if u.kind == .letter || u.kind == .digit || u.kind == .mark { return false }
        return next?.kind != .letter
    }

    /// Joins three or more one-letter words, each one or two separators apart, the same ones each
    /// time, into one word. (Three one-letter words in a row are rare in every language here; a
    /// run of them, as in Ukrainian "і в у", is read as a spaced-out word.)
    func joinSpacedLetters(_ units: [Unit], _ tokens: inout [Token]) {
        func isSingleLetter(_ t: Token) -> Bool {
            guard t.kind == .word else { return false }
            var letters = 0
            for k in t.first..<t.last {
                switch units[k].kind {
                case .letter: letters += 1
                case .mark: continue
                default: return false
                }
            }
            return letters == 1
        }
        /// The separators between token `j - 1` and `j`, if there are one or two.
        func gap(_ j: Int) -> (UInt32, UInt32)? {
            let from = tokens[j - 1].last
            let to = tokens[j].first
            guard to - from == 1 || to - from == 2 else { return nil }
            return (units[from].scalar, to - from == 2 ? units[from + 1].scalar : 0)
        }
        func script(_ t: Token) -> UInt32 {
            let u = units[t.first]
            let s = UnicodeData.shared.script(u.original)
            return s == .other ? u.scalar >> 7 : UInt32(s.rawValue) | 0x8000_0000
        }
        var result: [Token] = []
        var i = 0
        while i < tokens.count {
            // Every gap of a run has the same shape, so that two spaced-out words stay two, and
            // every letter is of one script.
            var j = i
            var shape: (UInt32, UInt32)? = nil
            while j < tokens.count && isSingleLetter(tokens[j]) {
                if j > i {
                    guard let g = gap(j), shape == nil || shape! == g, script(tokens[j]) == script(tokens[i])
                    else {
                        break
                    }
                    shape = g
                }
                j += 1
            }
            if j - i >= 3 {
                var joined: [Int] = []
                for t in tokens[i..<j] { joined.append(contentsOf: t.first..<t.last) }
                result.append(
                    Token(kind: .word, first: tokens[i].first, last: tokens[j - 1].last, joined: joined))
                i = j
            } else {
                result.append(tokens[i])
                i += 1
            }
        }
        tokens = result
    }

    /// Writes the tokens, a space between each two, folding each word.
    func emit(_ scratch: inout Scratch, into out: inout NormalizedText) {
        let units = scratch.units
        let messageScript = options.mapLookalikes ? messageScript(units) : .other
        var previousEnd: UInt32 = 0
        for (index, token) in scratch.tokens.enumerated() {
            let tokenStart = units[token.first].start
            // The space between two words spans what separated them (nothing, when one character
            // decomposed into both, as ½ into 1⁄2).
            if index > 0 { out.append(0x20, from: min(previousEnd, tokenStart), to: tokenStart) }
            switch token.kind {
            case .symbol:
                let count = min(token.last - token.first, 3)
                for k in 0..<count {
                    let u = units[token.first + k]
                    let end = k == count - 1 ? units[token.last - 1].end : u.end
                    out.append(u.scalar, from: u.start, to: end)
                }
            case .word:
                scratch.word.removeAll(keepingCapacity: true)
                if let joined = token.joined {
                    scratch.word.append(contentsOf: joined)
                } else {
                    scratch.word.append(contentsOf: token.first..<token.last)
                }
                emitWord(scratch.word, units, messageScript: messageScript, into: &out)
            }
            previousEnd = units[token.last - 1].end
        }
    }

    /// The script most of the message's unambiguous letters are in: the script of a word whose
    /// letters all have look-alikes elsewhere (Cyrillic `а` alone, `іs`).
    func messageScript(_ units: [Unit]) -> UnicodeData.Script {
        let data = UnicodeData.shared
        var counts = (latin: 0, cyrillic: 0, greek: 0)
        for u in units where u.kind == .letter && !data.isAmbiguous(u.original) {
            switch data.script(u.original) {
            case .latin: counts.latin += 1
            case .cyrillic: counts.cyrillic += 1
            case .greek: counts.greek += 1
            case .other: break
            }
        }
        return Normalizer.majority(counts)
    }

    static func majority(_ c: (latin: Int, cyrillic: Int, greek: Int)) -> UnicodeData.Script {
        if c.latin + c.cyrillic + c.greek == 0 { return .other }
        return c.cyrillic >= c.latin && c.cyrillic >= c.greek ? .cyrillic : c.latin >= c.greek ? .latin : .greek
    }

    func emitWord(
        _ word: [Int], _ units: [Unit], messageScript: UnicodeData.Script, into out: inout NormalizedText
    ) {
        let data = UnicodeData.shared
        var letters = 0
        var digits = 0
        var unambiguous = (latin: 0, cyrillic: 0, greek: 0)
        var total = (latin: 0, cyrillic: 0, greek: 0)
        for k in word where units[k].kind == .letter {
            letters += 1
            let o = units[k].original
            let clear = !data.isAmbiguous(o)
            switch data.script(o) {
            case .latin:
                total.latin += 1
                if clear { unambiguous.latin += 1 }
            case .cyrillic:
                total.cyrillic += 1
                if clear { unambiguous.cyrillic += 1 }
            case .greek:
                total.greek += 1
                if clear { unambiguous.greek += 1 }
            case .other:
                break
            }
        }
        for k in word where units[k].kind == .digit { digits += 1 }
        // The word's script: most of its unambiguous letters. A word of look-alike letters only
        // keeps its own script when it has one (Lithuanian "ir" in a Cyrillic message); when it
        // mixes scripts or is a single letter, it takes the message's.
        var main = Normalizer.majority(unambiguous)
        if main == .other {
            let scripts = (total.latin > 0 ? 1 : 0) + (total.cyrillic > 0 ? 1 : 0) + (total.greek > 0 ? 1 : 0)
            if scripts > 1 || (scripts == 1 && letters == 1 && messageScript != .other) {
                main = messageScript != .other ? messageScript : Normalizer.majority(total)
            } else {
                main = Normalizer.majority(total)
            }
        }

        var lastScalar: UInt32 = 0
        var lastBytes = 0
        for (position, k) in word.enumerated() {
            let u = units[k]
            var scalar = u.scalar
            var kind = u.kind
            if kind == .letter && options.mapLookalikes && main != .other {
                let script = data.script(u.original)
                if script != main && script != .other, let twin = data.lookalike(u.original, in: main) {
                    scalar = twin
                }
            } else if (kind == .digit || kind == .symbol || kind == .punctuation) && options.mapSubstitutes
                && letters >= 1 && letters >= digits
                && (isBetweenLetters(position, word, units) || isAtEdgeNextToLetter(position, word, units)),
                let letter = Normalizer.substitute(u.scalar, main)
            {
                scalar = letter
                kind = .letter
            }
            // Inside a word an apostrophe is dropped: "you're" reads as the common "youre".
            if kind == .apostrophe { continue }
            if options.collapseRepeats && kind == .letter && scalar == lastScalar && lastBytes > 0 {
                out.extendLast(lastBytes, to: u.end)
                continue
            }
            let before = out.bytes.count
            out.append(scalar, from: u.start, to: u.end)
            lastBytes = out.bytes.count - before
            lastScalar = kind == .letter ? scalar : 0
        }
    }

    /// Whether the unit at `position` has a letter before and after it within the word, with at
    /// most one other non-letter in between on either side.
    func isBetweenLetters(_ position: Int, _ word: [Int], _ units: [Unit]) -> Bool {
        func letter(_ p: Int) -> Bool { p >= 0 && p < word.count && units[word[p]].kind == .letter }
        let before =
            letter(position - 1) || (letter(position - 2) && units[word[position - 1]].kind != .apostrophe)
        let after =
            letter(position + 1) || (letter(position + 2) && units[word[position + 1]].kind != .apostrophe)
        return before && after
    }

    /// Whether the unit at `position` begins or ends the word, next to a letter (`1t`, `fau1t`).
    func isAtEdgeNextToLetter(_ position: Int, _ word: [Int], _ units: [Unit]) -> Bool {
        func letter(_ p: Int) -> Bool { p >= 0 && p < word.count && units[word[p]].kind == .letter }
        return (position == 0 && letter(1)) || (position == word.count - 1 && letter(position - 1))
    }

    /// The letter a digit or symbol stands for inside a word of `script`.
    static func substitute(_ scalar: UInt32, _ script: UnicodeData.Script) -> UInt32? {
        switch script {
        case .cyrillic:
            switch scalar {
            case 0x30: return 0x43E  // 0 -> о
            case 0x33: return 0x437  // 3 -> з
            case 0x34: return 0x447  // 4 -> ч
            case 0x36: return 0x431  // 6 -> б
            case 0x31: return 0x456  // 1 -> і
            case 0x40: return 0x430  // @ -> а
            default: return nil
            }
        case .latin, .other:
            switch scalar {
            case 0x30: return 0x6F  // 0 -> o
            case 0x31, 0x7C: return 0x69  // 1, | -> i
            case 0x33, 0x20AC: return 0x65  // 3, € -> e
            case 0x34, 0x40: return 0x61  // 4, @ -> a
            case 0x35, 0x24: return 0x73  // 5, $ -> s
            case 0x37: return 0x74  // 7 -> t
            case 0x38: return 0x62  // 8 -> b
            case 0x39: return 0x67  // 9 -> g
            default: return nil
            }
        case .greek:
            return scalar == 0x30 ? 0x3BF : nil
        }
    }

    static func isDecimal(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isHex(_ b: UInt8) -> Bool { isDecimal(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }

    static func skipColour(_ bytes: UnsafeRawBufferPointer, from: Int, digits: Int, isDigit: (UInt8) -> Bool)
        -> Int
    {
        var i = from
        var k = 0
        while k < digits && i < bytes.count && isDigit(bytes[i]) {
            i += 1
            k += 1
        }
        if k > 0 && i + 1 < bytes.count && bytes[i] == 0x2C && isDigit(bytes[i + 1]) {
            i += 1
            k = 0
            while k < digits && i < bytes.count && isDigit(bytes[i]) {
                i += 1
                k += 1
            }
        }
        return i
    }

    /// The scalar at `i` and its length; an invalid or truncated sequence is U+FFFD of length 1.
    @inline(__always)
    static func decodeScalar(_ b: UnsafeRawBufferPointer, at i: Int) -> (UInt32, Int) {
        let n = b.count
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        if b0 >= 0xC2 && b0 <= 0xDF, let c1 = cont(1) {
            return (UInt32(b0 & 0x1F) << 6 | c1, 2)
        }
        if b0 >= 0xE0 && b0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) {
            let s = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
            if s >= 0x800 && !(0xD800...0xDFFF).contains(s) { return (s, 3) }
        }
        if b0 >= 0xF0 && b0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let s = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if s >= 0x10000 && s <= 0x10FFFF { return (s, 4) }
        }
        return (0xFFFD, 1)
    }
}
