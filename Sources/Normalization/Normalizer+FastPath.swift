/// One pass for plain messages, which are most of them: letters of at most one of Latin,
/// Cyrillic and Greek (any number of other scripts), no digits or symbols inside words, no
/// spaced-out letters, no IRC colour codes, no character that folds to more than one letter.
/// Anything else makes it give up, and the general passes run instead; for the messages it
/// takes, its output is the general one, byte for byte and span for span (a test holds it to
/// that).
extension Normalizer {
    /// Writes the match form of `bytes` into `out`; false when the message is not plain.
    func normalizePlain(_ bytes: UnsafeRawBufferPointer, _ data: UnicodeData, into out: inout OutputWriter)
        -> Bool
    {
        let n = bytes.count
        var i = 0
        // The word being written, and the token before it.
        var inWord = false
        var wordLetters = 0
        var wordHasDigit = false
        var lastLetter: UInt32 = 0
        var lastLetterBytes = 0
        var lastUnitEnd: UInt32 = 0
        var tokens = 0
        var previousTokenEnd: UInt32 = 0
        var singleLetterRun = 0
        var scripts: UInt8 = 0
        // A run of a kept symbol (! ? %).
        var symbol: UInt32 = 0
        var symbolCount = 0

        @inline(__always)
        func startToken(at start: UInt32, _ out: inout OutputWriter) {
            if tokens > 0 { out.append(0x20, from: min(previousTokenEnd, start), to: start) }
            tokens &+= 1
        }
        /// Ends the current word; false when a run of one-letter words might be spaced-out letters.
        @inline(__always)
        func endWord() -> Bool {
            guard inWord else { return true }
            inWord = false
            previousTokenEnd = lastUnitEnd
            if wordLetters == 1 && !wordHasDigit {
                singleLetterRun &+= 1
                if singleLetterRun >= 3 { return false }
            } else {
                singleLetterRun = 0
            }
            return !(wordHasDigit && wordLetters > 0)
        }
        @inline(__always)
        func endSymbol() {
            if symbolCount > 0 {
                symbolCount = 0
                symbol = 0
                previousTokenEnd = lastUnitEnd
                singleLetterRun = 0
            }
        }

        while i < n {
            let start = UInt32(i)
            var scalar: UInt32
            var length: Int
            let b0 = bytes[i]
            if b0 < 0x80 {
                scalar = UInt32(b0)
                length = 1
            } else {
                (scalar, length) = Normalizer.decodeScalar(bytes, at: i)
            }
            i &+= length
            let end = UInt32(i)
            if scalar == 0x03 || scalar == 0x04 { return false }  // IRC colours take digits after them
            if scalar == 0x61F { scalar = 0x3F }
            let kind = data.classOf(scalar)
            switch kind {
            case .removed:
                continue
            case .letter, .mark, .digit:
                // The folded form: one letter or digit, marks dropped.
                var folded: UInt32 = 0
                var foldedKind = UnicodeData.Class.removed
                var pieces = 0
                if scalar < 0x80 {
                    folded = kind == .letter ? scalar | 0x20 : scalar
                    foldedKind = kind
                    pieces = 1
                } else {
                    data.forEachFolded(scalar) { f in
                        let k = data.classOf(f)
                        if k == .mark || k == .removed { return }
                        folded = f
                        foldedKind = k
                        pieces &+= 1
                    }
                }
                if pieces == 0 { continue }  // a combining mark on its own
                if pieces > 1 || (foldedKind != .letter && foldedKind != .digit) { return false }
                if symbolCount > 0 { endSymbol() }
                if !inWord {
                    startToken(at: start, &out)
                    inWord = true
                    wordLetters = 0
                    wordHasDigit = false
                    lastLetter = 0
                    lastLetterBytes = 0
                }
                if foldedKind == .digit {
                    if wordLetters > 0 { return false }
                    wordHasDigit = true
                    lastLetter = 0
                    let before = out.count
                    out.append(folded, from: start, to: end)
                    lastLetterBytes = out.count - before
                } else {
                    if wordHasDigit { return false }
                    switch data.script(scalar) {
                    case .latin: scripts |= 1
                    case .cyrillic: scripts |= 2
                    case .greek: scripts |= 4
                    case .other: break
                    }
                    if scripts & (scripts &- 1) != 0 { return false }  // two of the look-alike scripts
                    wordLetters &+= 1
                    if folded == lastLetter && lastLetterBytes > 0 {
                        out.extendLast(lastLetterBytes, to: end)
                    } else {
                        let before = out.count
                        out.append(folded, from: start, to: end)
                        lastLetterBytes = out.count - before
                        lastLetter = folded
                    }
                }
                lastUnitEnd = end
            case .apostrophe:
                // Inside a word it is dropped; at its edges it separates, as quotes.
                if inWord {
                    let nextKind = Normalizer.nextKind(bytes, from: i, data)
                    if nextKind == .letter || nextKind == .mark { continue }
                    if nextKind == .digit || nextKind == .apostrophe { return false }
                }
                if !endWord() { return false }
            default:
                if kind == .symbol || kind == .punctuation, Normalizer.isSubstituteSymbol(scalar) {
                    // A symbol standing for a letter next to one: the general passes decide.
                    if inWord { return false }
                    let k = Normalizer.nextKind(bytes, from: i, data)
                    if k == .letter || k == .digit || k == .mark { return false }
                }
                if !endWord() { return false }
                if Normalizer.isKeptSymbol(scalar) {
                    if symbolCount > 0 && symbol == scalar {
                        symbolCount &+= 1
                        if symbolCount <= 3 {
                            out.append(scalar, from: start, to: end)
                        } else {
                            out.extendLast(1, to: end)
                        }
                    } else {
                        endSymbol()
                        startToken(at: start, &out)
                        symbol = scalar
                        symbolCount = 1
                        out.append(scalar, from: start, to: end)
                    }
                    lastUnitEnd = end
                    singleLetterRun = 0
                } else {
                    endSymbol()
                }
            }
        }
        return endWord()
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
