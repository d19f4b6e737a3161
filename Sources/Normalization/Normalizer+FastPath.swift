/// One pass for plain messages, which are most of them: words of letters of at most one of Latin,
/// Cyrillic and Greek (any number of other scripts) and, when it has words of two of those, no
/// word of one letter of another than most of its letters (the general passes give such a
/// letter the message's script), no spaced-out letters, no IRC colour codes, no character that
/// folds to more than one letter. A word of ASCII with digits or symbols among its letters (an
/// address, an order number) is handed to the general passes alone. Anything else makes it give
/// up, and the general passes run instead; for the messages it takes, its output is the general
/// one, byte for byte and span for span (a test holds it to that).
extension Normalizer {
    /// Where ``plainRun(_:_:_:_:_:)`` stopped.
    enum PlainStop: Equatable {
        /// At the end of the bytes it was given.
        case end
        /// At something that makes the message one for the general passes.
        case notPlain
        /// At a digit or a symbol standing for a letter in a word with letters (an address, an
        /// order number, `y0u`), which the general passes read word by word; at this offset.
        case word(Int)
    }

    /// Writes the match form of `bytes` into `out`; false when the message is not plain.
    ///
    /// A word of ASCII with digits or symbols that may stand for letters among its letters
    /// (`anna@example.com`, `ORD-894Y93`, `y0u`) is read by the general passes alone, with the
    /// message's script, between the one pass's words: its words stand apart from the others
    /// (it is what a space delimits), unless one is a single letter next to another, which could
    /// be one of spaced-out letters; then the whole message is for the general passes.
    func normalizePlain<Map: SourceMap>(
        _ bytes: UnsafeRawBufferPointer, _ data: UnicodeData, into out: inout OutputWriter<Map>
    ) -> Bool {
        var i = 0
        // The word being written, and the token before it.
        var w = PlainWord()
        // Where the one pass stood after the last word read by the general passes.
        var resume = (at: 0, word: PlainWord(), count: 0)
        var messageScript: UnicodeData.Script? = nil
        while true {
            let stop = plainRun(bytes, data, &i, &w, &out)
            if stop == .end { break }
            guard case .word(let at) = stop, let segment = Normalizer.asciiWord(bytes, around: at),
                segment.lowerBound >= resume.at
            else { return false }
            // The one pass again from where it stood, up to the word: what it wrote of it goes.
            (i, w, out.count) = resume
            let before = UnsafeRawBufferPointer(start: bytes.baseAddress, count: segment.lowerBound)
            guard plainRun(before, data, &i, &w, &out) == .end else { return false }
            guard generalWord(bytes, segment, &messageScript, data, &w, &out) else { return false }
            i = segment.upperBound
            resume = (i, w, out.count)
        }
        guard w.endWord() else { return false }
        out.capitals = w.capitals
        // Words of two look-alike scripts and a word of one such letter: the general passes give
        // the letter the script of most of the message. Taken when it has that script already.
        if w.messageScripts & (w.messageScripts &- 1) == 0 || w.loneLetterScripts == 0 { return true }
        let bit: UInt8
        switch messageScript ?? Normalizer.majority(Normalizer.unambiguousLetters(bytes, data)) {
        case .latin: bit = 1
        case .cyrillic: bit = 2
        case .greek: bit = 4
        case .other: return true
        }
        return w.loneLetterScripts & ~bit == 0
    }

    /// The one pass from `i` to the end of `bytes`, with `w` the state it goes on from.
    func plainRun<Map: SourceMap>(
        _ bytes: UnsafeRawBufferPointer, _ data: UnicodeData, _ i: inout Int, _ w: inout PlainWord,
        _ out: inout OutputWriter<Map>
    ) -> PlainStop {
        let n = bytes.count
        // The folds of the scalars of one and two bytes (ASCII, Latin with diacritics, Greek,
        // Cyrillic, Arabic), looked up once each instead of through the general tables.
        let folds = PlainFold.belowU800
        while i < n {
            let b0 = bytes[i]
            // Letters and the single spaces between words, most of any message, in a tight loop.
            if w.symbolCount == 0 && !(w.inWord && w.wordHasDigit)
                && ((b0 | 0x20) &- 0x61 < 26 || b0 == 0x20 || (b0 >= 0xC2 && b0 < 0xE0))
            {
                let before = i
                if !Normalizer.plainWords(bytes, &i, &w, &out, folds) { return .notPlain }
                if i != before { continue }
            }
            let start = UInt32(i)
            var scalar: UInt32
            var length: Int
            if b0 < 0x80 {
                scalar = UInt32(b0)
                length = 1
            } else {
                (scalar, length) = Normalizer.decodeScalar(bytes, at: i)
            }
            i &+= length
            let end = UInt32(i)
            if scalar == 0x03 || scalar == 0x04 { return .notPlain }  // IRC colours take digits after them
            if scalar == 0x61F { scalar = 0x3F }
            let fold = scalar < 0x800 ? PlainFold(packed: folds[Int(scalar)]) : PlainFold(scalar, data)
            let kind = fold.kind
            switch kind {
            case .removed:
                continue
            case .letter, .mark, .digit:
                // The folded form: one letter or digit, marks dropped.
                let folded = fold.folded
                let foldedKind = fold.foldedKind
                if fold.pieces == 0 { continue }  // a combining mark on its own
                if fold.capital { w.capitals &+= 1 }
                if fold.pieces > 1 || (foldedKind != .letter && foldedKind != .digit) { return .notPlain }
                if w.symbolCount > 0 { w.endSymbol() }
                if !w.inWord {
                    w.startToken(at: start, &out)
                    w.inWord = true
                    w.scripts = 0
                    w.wordLetters = 0
                    w.wordHasDigit = false
                    w.lastLetter = 0
                    w.lastLetterBytes = 0
                }
                if foldedKind == .digit {
                    if w.wordLetters > 0 { return .word(Int(start)) }
                    w.wordHasDigit = true
                    w.lastLetter = 0
                    let before = out.count
                    out.append(folded, from: start, to: end)
                    w.lastLetterBytes = out.count - before
                } else {
                    if w.wordHasDigit { return .word(Int(start)) }
                    switch fold.script {
                    case .latin: w.scripts |= 1
                    case .cyrillic: w.scripts |= 2
                    case .greek: w.scripts |= 4
                    case .other: break
                    }
                    // Two of the look-alike scripts.
                    if w.scripts & (w.scripts &- 1) != 0 { return .notPlain }
                    w.wordLetters &+= 1
                    if folded == w.lastLetter && w.lastLetterBytes > 0 {
                        out.extendLast(w.lastLetterBytes, to: end)
                    } else {
                        let before = out.count
                        out.append(folded, from: start, to: end)
                        w.lastLetterBytes = out.count - before
                        w.lastLetter = folded
                    }
                }
                w.lastUnitEnd = end
            case .apostrophe:
                // Inside a word it is dropped; at its edges it separates, as quotes.
                if w.inWord {
                    let nextKind = Normalizer.nextKind(bytes, from: i, data)
                    if nextKind == .letter || nextKind == .mark { continue }
                    if nextKind == .digit || nextKind == .apostrophe { return .word(Int(start)) }
                }
                if !w.endWord() { return .notPlain }
            default:
                // A symbol, space or punctuation that folds to something else (a circled letter,
                // the Arabic percent sign, a full-width mark): the general passes class it by what
                // it folds to.
                if scalar >= 0x80 && data.changesWhenFolded(scalar) { return .notPlain }
                if kind == .symbol || kind == .punctuation, Normalizer.isSubstituteSymbol(scalar) {
                    // A w.symbol standing for a letter next to one: the general passes decide.
                    if w.inWord { return .word(Int(start)) }
                    let k = Normalizer.nextKind(bytes, from: i, data)
                    if k == .letter || k == .digit || k == .mark { return .word(Int(start)) }
                }
                if !w.endWord() { return .notPlain }
                if Normalizer.isKeptSymbol(scalar) {
                    if w.symbolCount > 0 && w.symbol == scalar {
                        w.symbolCount &+= 1
                        if w.symbolCount <= 3 {
                            out.append(scalar, from: start, to: end)
                        } else {
                            out.extendLast(1, to: end)
                        }
                    } else {
                        w.endSymbol()
                        w.startToken(at: start, &out)
                        w.symbol = scalar
                        w.symbolCount = 1
                        out.append(scalar, from: start, to: end)
                    }
                    w.lastUnitEnd = end
                    w.singleLetterRun = 0
                } else {
                    w.endSymbol()
                }
            }
        }
        return .end
    }

    /// The word around offset `at`, from the space before it to the space after it (or the
    /// message's ends), when all of it is printable ASCII.
    static func asciiWord(_ bytes: UnsafeRawBufferPointer, around at: Int) -> Range<Int>? {
        var start = at
        while start > 0 && bytes[start &- 1] != 0x20 { start &-= 1 }
        var end = at
        while end < bytes.count && bytes[end] != 0x20 { end &+= 1 }
        for k in start..<end where bytes[k] < 0x21 || bytes[k] > 0x7E { return nil }
        return start..<end
    }

    /// Writes the match form of `bytes[range]`, a word of ASCII between spaces, as the general
    /// passes write it in the whole message, and updates `w` as the one pass would after its
    /// words; false, with nothing written, when one of its words is a single letter that could
    /// be one of spaced-out letters.
    /// `messageScript`: the message's script, found here when first needed (only a word of one
    /// letter among digits or symbols takes it).
    func generalWord<Map: SourceMap>(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, _ messageScript: inout UnicodeData.Script?,
        _ data: UnicodeData, _ w: inout PlainWord, _ out: inout OutputWriter<Map>
    ) -> Bool {
        // ASCII: a unit a byte.
        let room = range.count + 33
        return withUnsafeTemporaryAllocation(of: Unit.self, capacity: room) { units in
            var scripts = ScriptCounts()
            let upTo = UnsafeRawBufferPointer(start: bytes.baseAddress, count: range.upperBound)
            guard
                let count = decode(
                    upTo, data, into: units.baseAddress!, capacity: room, scripts: &scripts,
                    from: range.lowerBound)
            else { return false }
            let u = UnsafeBufferPointer(rebasing: units[0..<count])
            return withUnsafeTemporaryAllocation(of: Token.self, capacity: count + 1) { tokens in
                let tokenCount = tokenize(u, into: tokens.baseAddress!)
                let t = UnsafeBufferPointer(rebasing: tokens[0..<tokenCount])
                // A word of one letter could be one of spaced-out letters, with a word of one
                // letter beside it: the one pass's last before the first, the words after the last
                // (not read yet), the word's own between.
                for k in t.indices where isSingleLetter(t[k], u) {
                    let before = k == 0 ? w.singleLetterRun > 0 : isSingleLetter(t[k &- 1], u)
                    if before || k == t.count &- 1 || isSingleLetter(t[k &+ 1], u) { return false }
                }
                guard let first = t.first, let last = t.last else { return true }
                // A word of one letter among digits and symbols reads as the message's script; a
                // word of more letters, as its own (see ``emitWord``).
                var script = UnicodeData.Script.other
                let oneLetter = t.contains { token in
                    token.kind == .word
                        && (token.first..<token.last).count(where: { u[$0].kind == .letter }) == 1
                }
                if oneLetter {
                    script = messageScript ?? Normalizer.majority(Normalizer.unambiguousLetters(bytes, data))
                    messageScript = script
                }
                let start = u[first.first].start
                if w.tokens > 0 { out.append(0x20, from: min(w.previousTokenEnd, start), to: start) }
                withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { word in
                    emit(u, data, t, word.baseAddress!, count + 1, script, into: &out)
                }
                let end = u[last.last &- 1].end
                w.tokens &+= tokenCount
                w.previousTokenEnd = end
                w.lastUnitEnd = end
                w.inWord = false
                w.symbolCount = 0
                w.symbol = 0
                w.singleLetterRun = 0
                if u.contains(where: { $0.kind == .letter }) { w.messageScripts |= 1 }
                for k in range where (bytes[k] &- 0x41) < 26 { w.capitals &+= 1 }
                return true
            }
        }
    }

    /// The letters of each look-alike script without a look-alike in another, counted as the
    /// general passes count them (``decode(_:_:into:capacity:scripts:from:)``) for the message's script;
    /// for a message without IRC colour codes.
    static func unambiguousLetters(_ bytes: UnsafeRawBufferPointer, _ data: UnicodeData) -> (
        latin: Int, cyrillic: Int, greek: Int
    ) {
        var counts = ScriptCounts()
        var i = 0
        while i < bytes.count {
            let (scalar, length) = decodeScalar(bytes, at: i)
            i += length
            let kind = data.classOf(scalar)
            if kind == .removed || kind == .apostrophe || kind == .space { continue }
            if scalar < 0x80 {
                if kind == .letter && !data.isAmbiguous(scalar) { counts.add(.latin) }
                continue
            }
            let clear = !data.isAmbiguous(scalar)
            data.forEachFolded(scalar) { folded in
                if clear && data.classOf(folded) == .letter { counts.add(data.script(scalar)) }
            }
        }
        return counts.unambiguous
    }

    /// The class of the next scalar from `i` that is not dropped (invisible, format, control).
    static func nextKind(_ bytes: UnsafeRawBufferPointer, from i: Int, _ data: UnicodeData) -> UnicodeData
        .Class?
    {
        var j = i
        while j < bytes.count {
            let (scalar, length) = bytes[j] < 0x80 ? (UInt32(bytes[j]), 1) : decodeScalar(bytes, at: j)
            if scalar == 0x03 || scalar == 0x04 { return .removed }
            let k = data.classOf(scalar)
            if k != .removed { return k }
            j += length
        }
        return nil
    }
}

extension Normalizer {
    /// The high bit of each byte of `chunk` that is an ASCII letter, in either case. Per byte
    /// below 0x80, in small letters, the sums set the high bit once it reaches `a` (0x61) and
    /// once it is past `z` (0x7B), and no carry crosses into the next byte; past ASCII one may,
    /// but only into the bytes after it, which the caller does not take.
    @inlinable @inline(__always)
    public static func asciiLetters(_ chunk: UInt64) -> UInt64 {
        let lower = chunk | 0x2020_2020_2020_2020
        return (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
    }

    /// The bytes of the eight from `p` that are ASCII letters and single spaces, up to the first
    /// that is not or that is the same letter as the one before it: in the match form they are
    /// themselves (letters in small case), each byte its own span, so they are written in three
    /// stores, and the words they end are counted without a branch per byte. The letter loop
    /// would leave the same output and `w`. How many bytes it took, 0 to 8 (the letter loop goes
    /// on from there); -1 when the message is not plain (a run of words of one letter). Not at
    /// the first token, nor inside a word of another script. Out of line: inlined into the letter
    /// loop, which then kept less of its state in registers, the one pass measured no faster for
    /// taking the bytes before the first it cannot take than for taking none.
    @inline(never)
    static func asciiChunk<Map: SourceMap>(
        _ base: UnsafeRawPointer, _ p: Int, _ w: inout PlainWord, _ outBytes: UnsafeMutablePointer<UInt8>,
        _ map: Map, _ count: inout Int
    ) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let v = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: p, as: UInt64.self))
        // Per byte below 0x80 no carry crosses a byte in the sums below; past ASCII one may, but
        // only into the bytes after it, which are not taken.
        let lower = v | 0x2020_2020_2020_2020
        let letters = Normalizer.asciiLetters(v)
        let x = v ^ 0x2020_2020_2020_2020
        var spaces = ~((x &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & high
        // A letter after the same letter: the letter loop makes one of the two.
        let previous: UInt64 = w.inWord ? (w.lastLetter < 0x80 ? UInt64(w.lastLetter) : 0) : 0x20
        let d = lower ^ (lower << 8 | previous)
        let repeated = ~((d &+ 0x7F7F_7F7F_7F7F_7F7F) | d) & letters
        // The first byte not taken: past ASCII, neither letter nor space, a second space, a
        // repeated letter.
        let stop = (v & high) | (~(letters | spaces) & high) | (spaces & (spaces << 8)) | repeated
        let taken = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
        if taken == 0 { return 0 }
        // A space first: after another (the letter loop makes one space of the two), or after
        // something dropped at the word's end (the space's span starts where the word ends).
        if spaces & 0x80 != 0 && (!w.inWord || w.lastUnitEnd != UInt32(truncatingIfNeeded: p)) { return 0 }
        let taking: UInt64 = taken == 8 ? ~0 : (1 << UInt64(taken &* 8)) &- 1
        spaces &= taking
        // Capitals: letters without bit 5 (0x20), in the bytes taken; their sum in the top byte.
        let capitals = letters & ~(v << 2) & taking
        w.capitals &+= Int(truncatingIfNeeded: ((capitals >> 7) &* 0x0101_0101_0101_0101) >> 56)

        let start = UInt32(truncatingIfNeeded: p)
        var c = count
        var carried = 0
        if w.inWord {
            carried = w.wordLetters
        } else {
            // The space before this word, as the letter loop writes it when the word starts.
            outBytes[c] = 0x20
            map.set(c, from: min(w.previousTokenEnd, start), to: start)
            c &+= 1
            w.tokens &+= 1
        }
        // All eight are written; the count takes those taken.
        UnsafeMutableRawPointer(outBytes + c).storeBytes(of: lower.littleEndian, as: UInt64.self)
        map.setEight(c, from: start)
        // The words that end at the spaces, as `endWord` ends them.
        var wordStart = 0
        var m = spaces
        while m != 0 {
            let k = m.trailingZeroBitCount >> 3
            m &= m &- 1
            let wordLetters = carried &+ k &- wordStart
            w.previousTokenEnd = start &+ UInt32(truncatingIfNeeded: k)
            w.messageScripts |= 1
            if wordLetters == 1 {
                w.loneLetterScripts |= 1
                w.singleLetterRun &+= 1
                if w.singleLetterRun >= 3 { return -1 }
            } else {
                w.singleLetterRun = 0
            }
            carried = 0
            wordStart = k &+ 1
            if k < taken &- 1 { w.tokens &+= 1 }
        }
        let last = taken &- 1
        if (spaces >> UInt64(last &* 8)) & 0x80 != 0 {
            // The space is written when the next token starts.
            w.inWord = false
            w.lastUnitEnd = start &+ UInt32(truncatingIfNeeded: last)
            count = c &+ last
        } else {
            w.inWord = true
            w.scripts = 1
            w.wordLetters = carried &+ taken &- wordStart
            w.wordHasDigit = false
            w.lastLetter = UInt32(truncatingIfNeeded: lower >> UInt64(last &* 8)) & 0xFF
            w.lastLetterBytes = 1
            w.lastUnitEnd = start &+ UInt32(truncatingIfNeeded: taken)
            count = c &+ taken
        }
        return taken
    }
}

/// The state of the one pass between scalars: the word being written and the token before it.
struct PlainWord {
    var inWord = false
    var wordLetters = 0
    var wordHasDigit = false
    var lastLetter: UInt32 = 0
    var lastLetterBytes = 0
    var lastUnitEnd: UInt32 = 0
    var tokens = 0
    /// Letters that may be capitals: the capitals below U+0800 and, past them, every letter that
    /// folds to another; at least as many as the message's capitals. Not the small letters that
    /// fold to another (`é`, `أ`): a long message in Arabic or Lithuanian has ten of them, and
    /// would then be looked through for capitals it does not have.
    var capitals = 0
    var previousTokenEnd: UInt32 = 0
    var singleLetterRun = 0
    /// The look-alike scripts (bit 1 Latin, 2 Cyrillic, 4 Greek) of the current word, of the
    /// whole message, and of its words of one letter.
    var scripts: UInt8 = 0
    var messageScripts: UInt8 = 0
    var loneLetterScripts: UInt8 = 0
    // A run of a kept symbol (! ? %).
    var symbol: UInt32 = 0
    var symbolCount = 0

    @inline(__always)
    mutating func startToken<Map: SourceMap>(at start: UInt32, _ out: inout OutputWriter<Map>) {
        if tokens > 0 { out.append(0x20, from: min(previousTokenEnd, start), to: start) }
        tokens &+= 1
    }

    /// Ends the current word; false when a run of one-letter words might be spaced-out letters.
    @inline(__always)
    mutating func endWord() -> Bool {
        guard inWord else { return true }
        inWord = false
        previousTokenEnd = lastUnitEnd
        messageScripts |= scripts
        if wordLetters == 1 { loneLetterScripts |= scripts }
        if wordLetters == 1 && !wordHasDigit {
            singleLetterRun &+= 1
            if singleLetterRun >= 3 { return false }
        } else {
            singleLetterRun = 0
        }
        return !(wordHasDigit && wordLetters > 0)
    }

    @inline(__always)
    mutating func endSymbol() {
        if symbolCount > 0 {
            symbolCount = 0
            symbol = 0
            previousTokenEnd = lastUnitEnd
            singleLetterRun = 0
        }
    }
}

extension Normalizer {
    /// The one pass over letters that fold to one letter (ASCII, and two-byte scalars through
    /// `folds`), the marks and invisible characters dropped between them, and single spaces: the
    /// bulk of any message, in a loop of its own. Stops at anything else, with `word` as the
    /// general loop would have left it; false when the message is not plain. Not for a word with
    /// a digit, nor after a kept symbol.
    @inline(never)
    static func plainWords<Map: SourceMap>(
        _ bytes: UnsafeRawBufferPointer, _ i: inout Int, _ word: inout PlainWord,
        _ out: inout OutputWriter<Map>,
        _ folds: UnsafePointer<UInt32>
    ) -> Bool {
        let n = bytes.count
        var w = word
        var p = i
        // The output through local pointers, so that its count stays in a register.
        let outBytes = out.bytes
        let map = out.map
        var count = out.count
        defer {
            i = p
            word = w
            out.count = count
        }
        while p < n {
            // Eight bytes at a time while they are ASCII letters and single spaces.
            while p &+ 8 <= n && w.tokens > 0 && (!w.inWord || w.scripts == 1) {
                let taken = Normalizer.asciiChunk(
                    bytes.baseAddress!, p, &w, outBytes, map, &count)
                if taken < 0 { return false }
                p &+= taken
                if taken < 8 { break }
            }
            if p >= n { break }
            let b = bytes[p]
            var letter: UInt32
            var script: UInt8 = 1
            let start = UInt32(truncatingIfNeeded: p)
            if (b | 0x20) &- 0x61 < 26 {
                letter = UInt32(b | 0x20)
                w.capitals &+= Int(truncatingIfNeeded: ~b >> 5 & 1)
                p &+= 1
            } else if b == 0x20 {
                // The end of a word; no symbol run is open.
                if !w.endWord() { return false }
                p &+= 1
                continue
            } else if b >= 0xC2 && b < 0xE0 && p &+ 1 < n && bytes[p &+ 1] & 0xC0 == 0x80 {
                let scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[p &+ 1] & 0x3F)
                let fold = PlainFold(packed: folds[Int(scalar)])
                switch fold.kind {
                case .removed:
                    p &+= 2
                    continue
                case .letter, .mark, .digit:
                    if fold.pieces == 0 {  // a combining mark on its own
                        p &+= 2
                        continue
                    }
                    guard fold.pieces == 1 && fold.foldedKind == .letter else { return true }
                default:
                    return true
                }
                letter = fold.folded
                if fold.capital { w.capitals &+= 1 }
                script = (1 << fold.script.rawValue) >> 1
                p &+= 2
            } else {
                return true
            }
            let end = UInt32(truncatingIfNeeded: p)
            if !w.inWord {
                if w.tokens > 0 {
                    outBytes[count] = 0x20
                    map.set(count, from: min(w.previousTokenEnd, start), to: start)
                    count &+= 1
                }
                w.tokens &+= 1
                w.inWord = true
                w.scripts = 0
                w.wordLetters = 0
                w.wordHasDigit = false
                w.lastLetter = 0
                w.lastLetterBytes = 0
            }
            w.scripts |= script
            if w.scripts & (w.scripts &- 1) != 0 { return false }  // two of the look-alike scripts
            w.wordLetters &+= 1
            if letter == w.lastLetter && w.lastLetterBytes > 0 {
                map.extend((count &- w.lastLetterBytes)..<count, to: end)
            } else if letter < 0x80 {
                outBytes[count] = UInt8(truncatingIfNeeded: letter)
                map.set(count, from: start, to: end)
                count &+= 1
                w.lastLetterBytes = 1
                w.lastLetter = letter
            } else {
                out.count = count
                out.append(letter, from: start, to: end)
                w.lastLetterBytes = out.count &- count
                count = out.count
                w.lastLetter = letter
            }
            w.lastUnitEnd = end
            // The rest of the word: letters of the word's script that fold to one letter
            // below U+0800, with no word to start and no script to note.
            var lastLetter = w.lastLetter
            var lastLetterBytes = w.lastLetterBytes
            var letters = 0
            var capitals = 0
            while p < n {
                let b = bytes[p]
                var l: UInt32
                var length = 1
                if (b | 0x20) &- 0x61 < 26 {
                    if w.scripts & 1 == 0 { break }  // Latin in a word of another script
                    l = UInt32(b | 0x20)
                    capitals &+= Int(truncatingIfNeeded: ~b >> 5 & 1)
                } else if b >= 0xC2 && b < 0xE0 && p &+ 1 < n && bytes[p &+ 1] & 0xC0 == 0x80 {
                    let scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[p &+ 1] & 0x3F)
                    let packed = folds[Int(scalar)]
                    if packed & PlainFold.simple == 0 { break }
                    let bit = UInt8(truncatingIfNeeded: (1 << (packed >> 29 & 3)) >> 1)
                    if bit & ~w.scripts != 0 { break }
                    l = packed & 0xF_FFFF
                    capitals &+= Int(truncatingIfNeeded: packed >> 20 & 1)
                    length = 2
                } else {
                    break
                }
                let s = UInt32(truncatingIfNeeded: p)
                p &+= length
                let e = UInt32(truncatingIfNeeded: p)
                letters &+= 1
                if l == lastLetter {
                    map.setEnd(count &- 1, e)
                    if lastLetterBytes == 2 { map.setEnd(count &- 2, e) }
                } else if l < 0x80 {
                    outBytes[count] = UInt8(truncatingIfNeeded: l)
                    map.set(count, from: s, to: e)
                    count &+= 1
                    lastLetter = l
                    lastLetterBytes = 1
                } else {
                    outBytes[count] = UInt8(truncatingIfNeeded: 0xC0 | l >> 6)
                    outBytes[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | l & 0x3F)
                    map.set(count, from: s, to: e)
                    map.set(count &+ 1, from: s, to: e)
                    count &+= 2
                    lastLetter = l
                    lastLetterBytes = 2
                }
            }
            w.capitals &+= capitals
            if letters > 0 {
                w.wordLetters &+= letters
                w.lastLetter = lastLetter
                w.lastLetterBytes = lastLetterBytes
                w.lastUnitEnd = UInt32(truncatingIfNeeded: p)
            }
        }
        return true
    }
}

/// What the one pass needs of a scalar: its class, and its folded form when that is one letter or
/// digit (marks dropped).
struct PlainFold {
    var kind: UnicodeData.Class
    /// The folded scalar, when `pieces` is 1.
    var folded: UInt32
    var foldedKind: UnicodeData.Class
    /// How many scalars it folds to, marks dropped: 0, 1, or 2 for more.
    var pieces: UInt8
    var script: UnicodeData.Script
    /// Whether it counts toward ``PlainWord/capitals``: a capital below U+0800, or past it any
    /// letter that folds to another.
    var capital: Bool

    init(_ scalar: UInt32, _ data: UnicodeData) {
        kind = data.classOf(scalar)
        folded = 0
        foldedKind = .removed
        pieces = 0
        script = data.script(scalar)
        capital = false
        guard kind == .letter || kind == .mark || kind == .digit else { return }
        if scalar < 0x80 {
            folded = kind == .letter ? scalar | 0x20 : scalar
            foldedKind = kind
            pieces = 1
            capital = folded != scalar
            return
        }
        var count = 0
        var folded: UInt32 = 0
        var foldedKind = UnicodeData.Class.removed
        data.forEachFolded(scalar) { f in
            let k = data.classOf(f)
            if k == .mark || k == .removed { return }
            folded = f
            foldedKind = k
            count &+= 1
        }
        self.folded = folded
        self.foldedKind = foldedKind
        pieces = UInt8(min(count, 2))
        capital =
            scalar < 0x800
            ? Unicode.Scalar(scalar)?.properties.isUppercase ?? false : count > 0 && folded != scalar
    }

    /// Bits 0–19 the folded scalar (of a scalar below U+0800: in the Basic Multilingual Plane),
    /// 20 `capital`, 21–23 the folded scalar's class, 24–25 the pieces, 26–28 the class, 29–30
    /// the script, 31 `simple`.
    @inline(__always)
    init(packed p: UInt32) {
        folded = p & 0xF_FFFF
        capital = p >> 20 & 1 != 0
        foldedKind = UnicodeData.Class(rawValue: UInt8(truncatingIfNeeded: p >> 21) & 7) ?? .symbol
        pieces = UInt8(truncatingIfNeeded: p >> 24) & 3
        kind = UnicodeData.Class(rawValue: UInt8(truncatingIfNeeded: p >> 26) & 7) ?? .symbol
        script = UnicodeData.Script(rawValue: UInt8(truncatingIfNeeded: p >> 29) & 3) ?? .other
    }

    var packed: UInt32 {
        let isSimple =
            (kind == .letter || kind == .mark || kind == .digit) && pieces == 1 && foldedKind == .letter
            && folded < 0x800
        precondition(folded < 1 << 20, "a folded scalar past the twenty bits of a packed fold")
        return folded | (capital ? 1 << 20 : 0) | UInt32(foldedKind.rawValue) << 21 | UInt32(pieces) << 24
            | UInt32(kind.rawValue) << 26
            | UInt32(script.rawValue) << 29 | (isSimple ? PlainFold.simple : 0)
    }

    /// The bit of a packed fold that says it is a letter (or a mark or digit) folding to one letter
    /// below U+0800.
    static let simple: UInt32 = 1 << 31

    /// The scalars below U+0800, packed: made once, never freed, and read through a pointer, so
    /// that the threads checking messages at once do not contend for an array's reference count.
    nonisolated(unsafe) static let belowU800: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x800)
        for scalar in 0..<0x800 { table[scalar] = PlainFold(UInt32(scalar), UnicodeData.shared).packed }
        return UnsafePointer(table)
    }()
}
