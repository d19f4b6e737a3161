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
    /// Whether plain messages take the one-pass path (off only to test it against the general one).
    var plainPath = true

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

    /// Whether `bytes` take the one pass for plain messages rather than the general passes (for
    /// benchmarks: the two differ in speed, never in result).
    public func takesOnePass(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var out = NormalizedText()
        return onePass(bytes, into: &out)
    }

    /// The one pass for plain messages into `out`, when this normalizer uses it; false when the
    /// message is for the general passes.
    func onePass(_ bytes: UnsafeRawBufferPointer, into out: inout NormalizedText) -> Bool {
        guard plainPath && options == Options() else { return false }
        var plain = false
        out.write(capacity: bytes.count * 3 + 16) { writer in
            plain = normalizePlain(bytes, UnicodeData.shared, into: &writer)
        }
        return plain
    }

    /// The match form of a plain message without its source map, written into `form` from
    /// `offset` on (`form` grows as needed; what is before `offset` stays); its length, or nil
    /// when the message is not one the one pass takes. Where it is given, it is the form
    /// ``normalize(bytes:into:scratch:)`` gives, for telling fast whether anything matches at all.
    /// `capitals` is at least the number of capital letters in the message (past U+0800 it also
    /// counts the small letters that fold to another), for telling fast that it has few.
    public func plainForm(_ bytes: UnsafeRawBufferPointer, into form: inout [UInt8], at offset: Int) -> (
        length: Int, capitals: Int
    )? {
        guard plainPath && options == Options() else { return nil }
        let capacity = offset + bytes.count * 3 + 16
        if form.count < capacity { form.append(contentsOf: repeatElement(0, count: capacity - form.count)) }
        return form.withUnsafeMutableBufferPointer { b in
            var writer = OutputWriter(bytes: b.baseAddress! + offset, map: NoSourceMap())
            guard normalizePlain(bytes, UnicodeData.shared, into: &writer) else { return nil }
            precondition(writer.count <= capacity - offset, "normalized text overran its capacity")
            return (writer.count, writer.capitals)
        }
    }

    /// Normalizes `bytes` into `out`, reusing the storage of `out` and `scratch`.
    public func normalize(
        bytes: UnsafeRawBufferPointer, into out: inout NormalizedText, scratch: inout Scratch
    ) {
        if onePass(bytes, into: &out) { return }
        let data = UnicodeData.shared
        var scripts = ScriptCounts()
        // Most scalars fold to one; a few compatibility forms to many (ﷺ to 18): try the usual
        // room first, and all the room there could be when that is not enough.
        var unitCount = scratch.units.fill(capacity: bytes.count * 3 + 16) {
            decode(bytes, data, into: $0, capacity: $1, scripts: &scripts)
        }
        if unitCount == nil {
            scripts = ScriptCounts()
            unitCount = scratch.units.fill(capacity: bytes.count * 18 + 16) {
                decode(bytes, data, into: $0, capacity: $1, scripts: &scripts)
            }
        }
        let n = unitCount ?? 0
        let messageScript = options.mapLookalikes ? Normalizer.majority(scripts.unambiguous) : .other
        // The stages below work on the scratch buffers through pointers: no reference counting
        // and no bounds bookkeeping per unit.
        let units = scratch.units
        let wordRoom = scratch.word.fill(capacity: n + 1) { _, room in room } ?? 0
        units.withUnsafeBufferPointer { all in
            let u = UnsafeBufferPointer(rebasing: all[0..<n])
            _ = scratch.tokens.fill(capacity: n + 1) { tokens, _ in
                var tokenCount = tokenize(u, into: tokens)
                if options.joinSpacedLetters { tokenCount = joinSpacedLetters(u, data, tokens, tokenCount) }
                let t = UnsafeBufferPointer(start: tokens, count: tokenCount)
                scratch.word.withUnsafeMutableBufferPointer { word in
                    // Each unit writes at most four bytes, and each token a space before it.
                    out.write(capacity: n * 4 + tokenCount + 1) { writer in
                        emit(u, data, t, word.baseAddress!, wordRoom, messageScript, into: &writer)
                    }
                }
                return tokenCount
            }
        }
    }
}

/// Letters of each script that have no look-alike in another: which script a message is in.
struct ScriptCounts {
    var unambiguous = (latin: 0, cyrillic: 0, greek: 0)

    @inline(__always)
    mutating func add(_ script: UnicodeData.Script) {
        switch script {
        case .latin: unambiguous.latin &+= 1
        case .cyrillic: unambiguous.cyrillic &+= 1
        case .greek: unambiguous.greek &+= 1
        case .other: break
        }
    }
}

/// One scalar of the folded message and the span of the original it came from.
struct Unit: Sendable {
    var scalar: UInt32
    /// The scalar as typed, before folding: look-alikes are judged on it (Latin `H` looks like
    /// Cyrillic `Н`, not like `н`).
    var original: UInt32
    var kind: UnicodeData.Class
    /// For letters: the script of `original` (its raw value), plus 4 when it has no look-alike
    /// in another script.
    var script: UInt8 = 0
    var start: UInt32
    var end: UInt32
}

/// A word, or a run of one kept symbol, over units `first..<last`.
struct Token: Sendable {
    enum Kind { case word, symbol }
    var kind: Kind
    var first: Int
    var last: Int
    /// For joined spaced letters: the word is the letters (and marks) of `first..<last`, without
    /// the separators between them.
    var joined = false
}

extension Normalizer {
    /// `!`, `?` and `%`: words of their own.
    @inline(__always)
    static func isKeptSymbol(_ s: UInt32) -> Bool { s == 0x21 || s == 0x3F || s == 0x25 }

    /// `@`, `$`, `€` and `|`: letters when inside a word.
    @inline(__always)
    static func isSubstituteSymbol(_ s: UInt32) -> Bool { s == 0x40 || s == 0x24 || s == 0x20AC || s == 0x7C }

    /// Decodes UTF-8, drops what is never text, and folds each scalar.
    /// Decodes into `units` (room for `capacity`); the number written, or nil when out of room.
    func decode(
        _ bytes: UnsafeRawBufferPointer, _ data: UnicodeData, into units: UnsafeMutablePointer<Unit>,
        capacity: Int,
        scripts: inout ScriptCounts, from first: Int = 0
    ) -> Int? {
        let n = bytes.count
        var count = 0
        var i = first
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
            if count + 32 > capacity { return nil }
            let s = UInt32(start)
            let e = UInt32(i)
            if scalar < 0x80 {
                let kind = data.classOf(scalar)
                switch kind {
                case .removed: continue
                case .letter:
                    let folded = scalar | 0x20
                    // ASCII letters are Latin; only some have look-alikes.
                    let clear = !data.isAmbiguous(scalar)
                    if clear { scripts.unambiguous.latin &+= 1 }
                    units[count] = Unit(
                        scalar: folded, original: scalar, kind: .letter,
                        script: UnicodeData.Script.latin.rawValue | (clear ? 4 : 0), start: s, end: e)
                case .apostrophe:
                    units[count] = Unit(scalar: 0x27, original: scalar, kind: kind, start: s, end: e)
                case .space:
                    units[count] = Unit(scalar: 0x20, original: scalar, kind: kind, start: s, end: e)
                default:
                    units[count] = Unit(scalar: scalar, original: scalar, kind: kind, start: s, end: e)
                }
                count &+= 1
                continue
            }
            let kind = data.classOf(scalar)
            if kind == .removed { continue }
            if kind == .apostrophe || kind == .space {
                units[count] = Unit(
                    scalar: kind == .apostrophe ? 0x27 : 0x20, original: scalar, kind: kind, start: s, end: e)
                count &+= 1
                continue
            }
            data.forEachFolded(scalar) { folded in
                let foldedKind = data.classOf(folded)
                if foldedKind == .removed || (foldedKind == .mark && options.stripDiacritics) { return }
                var unit = Unit(scalar: folded, original: scalar, kind: foldedKind, start: s, end: e)
                if foldedKind == .letter {
                    let script = data.script(scalar)
                    let clear = !data.isAmbiguous(scalar)
                    unit.script = script.rawValue | (clear ? 4 : 0)
                    if clear { scripts.add(script) }
                }
                units[count] = unit
                count &+= 1
            }
        }
        return count
    }

    /// Splits units into words and kept-symbol runs; everything else separates them.
    /// Writes the tokens into `tokens` (room for one more than there are units); their number.
    func tokenize(_ units: UnsafeBufferPointer<Unit>, into tokens: UnsafeMutablePointer<Token>) -> Int {
        var count = 0
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            if Normalizer.isKeptSymbol(u.scalar) {
                var j = i + 1
                while j < n && units[j].scalar == u.scalar { j += 1 }
                tokens[count] = Token(kind: .symbol, first: i, last: j)
                count &+= 1
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
            while first < last && isEdgeTrimmed(units[first], next: first + 1 < last ? units[first + 1] : nil)
            {
                first += 1
            }
            while last > first
                && isEdgeTrimmed(units[last - 1], next: last - 2 >= first ? units[last - 2] : nil)
            {
                last -= 1
            }
            if first < last {
                tokens[count] = Token(kind: .word, first: first, last: last)
                count &+= 1
            }
            i = j
        }
        return count
    }

    @inline(__always)
    func isWordUnit(_ u: Unit) -> Bool {
        switch u.kind {
        case .letter, .digit, .mark, .apostrophe: return true
        case .symbol, .punctuation: return Normalizer.isSubstituteSymbol(u.scalar)
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

    /// Whether `t` is a word of one letter (and its marks), which a run of spaced-out letters is made of.
    func isSingleLetter(_ t: Token, _ units: UnsafeBufferPointer<Unit>) -> Bool {
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

    /// Joins three or more one-letter words, each one or two separators apart, the same ones each
    /// time, into one word. (Three one-letter words in a row are rare in every language here; a
    /// run of them, as in Ukrainian "і в у", is read as a spaced-out word.)
    func joinSpacedLetters(
        _ units: UnsafeBufferPointer<Unit>, _ data: UnicodeData, _ tokens: UnsafeMutablePointer<Token>,
        _ count: Int
    ) -> Int {
        /// The separators between token `j - 1` and `j`, if there are one or two.
        func gap(_ j: Int) -> (UInt32, UInt32)? {
            let from = tokens[j - 1].last
            let to = tokens[j].first
            guard to - from == 1 || to - from == 2 else { return nil }
            return (units[from].scalar, to - from == 2 ? units[from + 1].scalar : 0)
        }
        func script(_ t: Token) -> UInt32 {
            let u = units[t.first]
            let s = data.script(u.original)
            return s == .other ? u.scalar >> 7 : UInt32(s.rawValue) | 0x8000_0000
        }
        var write = 0
        var i = 0
        while i < count {
            // Every gap of a run has the same shape, so that two spaced-out words stay two, and
            // every letter is of one script.
            var j = i
            var shape: (UInt32, UInt32)? = nil
            while j < count && isSingleLetter(tokens[j], units) {
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
                tokens[write] = Token(
                    kind: .word, first: tokens[i].first, last: tokens[j - 1].last, joined: true)
                i = j
            } else {
                tokens[write] = tokens[i]
                i += 1
            }
            write += 1
        }
        return write
    }

    /// Writes the tokens, a space between each two, folding each word.
    func emit<Map: SourceMap>(
        _ units: UnsafeBufferPointer<Unit>, _ data: UnicodeData, _ tokens: UnsafeBufferPointer<Token>,
        _ word: UnsafeMutablePointer<Int>, _ wordRoom: Int, _ messageScript: UnicodeData.Script,
        into out: inout OutputWriter<Map>
    ) {
        var previousEnd: UInt32 = 0
        for (index, token) in tokens.enumerated() {
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
                var length = 0
                for k in token.first..<token.last
                where !token.joined || units[k].kind == .letter || units[k].kind == .mark {
                    word[length] = k
                    length &+= 1
                }
                precondition(length <= wordRoom)
                let wordStart = out.count
                emitWord(
                    UnsafeBufferPointer(start: word, count: length), units, data,
                    messageScript: messageScript,
                    into: &out)
                if token.joined { out.joinedWords.append(wordStart..<out.count) }
            }
            previousEnd = units[token.last - 1].end
        }
    }

    static func majority(_ c: (latin: Int, cyrillic: Int, greek: Int)) -> UnicodeData.Script {
        if c.latin + c.cyrillic + c.greek == 0 { return .other }
        return c.cyrillic >= c.latin && c.cyrillic >= c.greek
            ? .cyrillic : c.latin >= c.greek ? .latin : .greek
    }

    func emitWord<Map: SourceMap>(
        _ word: UnsafeBufferPointer<Int>, _ units: UnsafeBufferPointer<Unit>, _ data: UnicodeData,
        messageScript: UnicodeData.Script, into out: inout OutputWriter<Map>
    ) {
        // One pass: letters and digits, and letters per script tag (script | 4 when unambiguous).
        var letters = 0
        var digits = 0
        var others = 0
        var tags = (0, 0, 0, 0, 0, 0, 0, 0)
        for k in word {
            let u = units[k]
            switch u.kind {
            case .letter:
                letters &+= 1
                switch u.script {
                case 1: tags.1 &+= 1
                case 2: tags.2 &+= 1
                case 3: tags.3 &+= 1
                case 5: tags.5 &+= 1
                case 6: tags.6 &+= 1
                case 7: tags.7 &+= 1
                default: tags.0 &+= 1
                }
            case .digit: digits &+= 1
            case .mark: break
            default: others &+= 1
            }
        }
        let unambiguous = (latin: tags.5, cyrillic: tags.6, greek: tags.7)
        let total = (latin: tags.1 + tags.5, cyrillic: tags.2 + tags.6, greek: tags.3 + tags.7)
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

        // Look-alikes only matter in a word whose letters are of more than one script (or a lone
        // letter in another script than the message's); substitutes only where there are any.
        let scriptsInWord =
            (total.latin > 0 ? 1 : 0) + (total.cyrillic > 0 ? 1 : 0) + (total.greek > 0 ? 1 : 0)
        let mapLookalikes =
            options.mapLookalikes && main != .other
            && (scriptsInWord > 1
                || (scriptsInWord == 1
                    && UnicodeData.Script(
                        rawValue: UInt8(
                            total.latin > 0 ? 1 : total.cyrillic > 0 ? 2 : 3)) != main))
        let mapSubstitutes =
            options.mapSubstitutes && (digits > 0 || others > 0) && letters >= 1 && letters >= digits
        var lastScalar: UInt32 = 0
        var lastBytes = 0
        for (position, k) in word.enumerated() {
            let u = units[k]
            var scalar = u.scalar
            var kind = u.kind
            if kind == .letter && mapLookalikes {
                let script = UnicodeData.Script(rawValue: u.script & 3) ?? .other
                if script != main && script != .other,
                    let twin = data.lookalike(u.original, in: main) ?? data.lookalike(u.scalar, in: main)
                {
                    // Folded as its own script folds it (ї to і when diacritics are stripped).
                    var folded: UInt32 = twin
                    var first = true
                    data.forEachFolded(twin) { f in
                        if first && (data.classOf(f) != .mark || !options.stripDiacritics) {
                            folded = f
                            first = false
                        }
                    }
                    scalar = folded
                }
            } else if (kind == .digit || kind == .symbol || kind == .punctuation) && mapSubstitutes
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
            let before = out.count
            out.append(scalar, from: u.start, to: u.end)
            lastBytes = out.count - before
            lastScalar = kind == .letter ? scalar : 0
        }
    }

    /// Whether the unit at `position` has a letter before and after it within the word, with at
    /// most one other non-letter in between on either side.
    func isBetweenLetters(
        _ position: Int, _ word: UnsafeBufferPointer<Int>, _ units: UnsafeBufferPointer<Unit>
    ) -> Bool {
        func letter(_ p: Int) -> Bool { p >= 0 && p < word.count && units[word[p]].kind == .letter }
        let before =
            letter(position - 1) || (letter(position - 2) && units[word[position - 1]].kind != .apostrophe)
        let after =
            letter(position + 1) || (letter(position + 2) && units[word[position + 1]].kind != .apostrophe)
        return before && after
    }

    /// Whether the unit at `position` begins or ends the word, next to a letter (`1t`, `fau1t`).
    func isAtEdgeNextToLetter(
        _ position: Int, _ word: UnsafeBufferPointer<Int>, _ units: UnsafeBufferPointer<Unit>
    )
        -> Bool
    {
        func letter(_ p: Int) -> Bool { p >= 0 && p < word.count && units[word[p]].kind == .letter }
        // Up to two substitutes at either edge (`3@ймаємося`, `проблем@`).
        let last = word.count - 1
        return (position == 0 && (letter(1) || letter(2))) || (position == 1 && !letter(0) && letter(2))
            || (position == last && (letter(last - 1) || letter(last - 2)))
            || (position == last - 1 && !letter(last) && letter(last - 2))
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
    public static func decodeScalar(_ b: UnsafeRawBufferPointer, at i: Int) -> (UInt32, Int) {
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

extension Unit: ZeroFilled {
    static let zero = Unit(scalar: 0, original: 0, kind: .removed, start: 0, end: 0)
}

extension Token: ZeroFilled {
    static let zero = Token(kind: .word, first: 0, last: 0)
}

extension Int: ZeroFilled {}
