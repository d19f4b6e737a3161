import Normalization

/// Words written in capitals, which read as shouting (seed rule R6): a run of at least `words`
/// words in capitals, with at least `letters` capital letters in all.
///
/// A word is in capitals when it has two capital letters or more, no small letter and no digit.
/// A word with a small letter or of a script without capitals ends a run, and so does an arrow
/// (a path through menus); a word of one capital (`I`), a number, a code with digits
/// (`ORD12345`) or an acronym (``isAcronym(_:_:)``) leaves it open. Punctuation and spaces do
/// not matter, and neither do words in quotes (`the screen says "CARD DECLINED"`). Scripts
/// without capitals (Arabic) cannot shout this way.
public struct Shouting: Sendable, Hashable {
    public var words: Int
    public var letters: Int
    /// Words in capitals that are acronyms though they have a vowel (`URL`, `FAQ`, `IBAN`), as
    /// written in the policy: like the acronyms told by their letters, they neither count in a
    /// run nor end it, and stay in capitals in a rewrite.
    public var acronyms: Set<String>

    public init(words: Int = 3, letters: Int = 10, acronyms: Set<String> = []) {
        self.words = words
        self.letters = letters
        self.acronyms = acronyms
    }

    /// Whether `bytes` may hold `letters` capitals, read off the bytes without decoding: ASCII
    /// capitals, two-byte capitals looked up, full-width Latin capitals. It never says no to a
    /// message that holds that many (other scalars past U+07FF not counted). For the messages the
    /// one pass did not count (see ``Normalizer/plainForm(_:into:at:)``).
    static func mayHold(_ bytes: UnsafeRawBufferPointer, letters: Int) -> Bool {
        guard bytes.count >= letters else { return false }
        var count = 0
        for j in bytes.indices where Shouting.isCapital(bytes, j) {
            count &+= 1
            if count >= letters { return true }
        }
        return false
    }

    /// Whether the letter that ends at `j` is a capital (ASCII, two bytes looked up, or
    /// full-width).
    @inline(__always)
    static func isCapital(_ bytes: UnsafeRawBufferPointer, _ j: Int) -> Bool {
        let b = bytes[j]
        if b < 0x80 { return b &- 0x41 < 26 }
        if b &- 0xA1 < 26 && j >= 2 && bytes[j &- 1] == 0xBC && bytes[j &- 2] == 0xEF { return true }
        guard b < 0xC0 && j > 0 && bytes[j &- 1] &- 0xC2 < 30 else { return false }
        return twoByteKinds[Int(UInt32(bytes[j &- 1] & 0x1F) << 6 | UInt32(b & 0x3F)) &- 0x80] == .capital
    }

    /// The byte ranges of `bytes` that shout, in order.
    ///
    /// Capitals are a sign of shouting that adds to others (seed rule R6). A message wholly in
    /// capitals, with no exclamation mark, may be one typed with caps lock on (`WHAT IS THE
    /// DELIVERY TIME?`): it shouts only when `company` (another rule hit it). Capitals chosen
    /// for some words of a message in small letters, or with an exclamation mark, shout alone.
    func runs(in bytes: [UInt8], company: Bool = true) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var sawSmall = false
        var runStart = -1
        var runEnd = 0
        var runWords = 0
        var runLetters = 0
        func closeRun() {
            if runWords >= words && runLetters >= letters { runs.append(runStart..<runEnd) }
            runStart = -1
            runWords = 0
            runLetters = 0
        }
        Shouting.forEachWord(in: bytes) { word in
            if word.quoted {
                return
            } else if word.small || word.breaks || word.caseless && word.capitals == 0 {
                sawSmall = sawSmall || word.small
                closeRun()
            } else if word.capitals >= 2 && !word.digit
                && !isAcronym(word, String(decoding: bytes[word.range], as: UTF8.self))
            {
                if runStart < 0 { runStart = word.range.lowerBound }
                runEnd = word.range.upperBound
                runWords += 1
                runLetters += word.capitals
            }
        }
        closeRun()
        if runs.isEmpty || company || sawSmall || Shouting.exclaims(bytes) { return runs }
        return []
    }

    /// Whether `bytes` hold an exclamation mark (ASCII or full-width).
    static func exclaims(_ bytes: [UInt8]) -> Bool {
        for (i, b) in bytes.enumerated()
        where b == 0x21 || b == 0x81 && i >= 2 && bytes[i - 1] == 0xBC && bytes[i - 2] == 0xEF {
            return true
        }
        return false
    }

    /// `run` (a range ``runs(in:)`` found) as it reads in small letters: the words in capitals
    /// and the capitals alone lowered (but `I`, and acronyms: see ``isAcronym(_:_:)``),
    /// everything else as written, and a word that starts a sentence inside the run with its
    /// first letter kept capital.
    func lowered(_ bytes: [UInt8], _ run: Range<Int>) -> String {
        var out = ""
        var written = run.lowerBound
        var sentenceStart = false
        Shouting.forEachWord(in: Array(bytes[run])) { word in
            let range = word.range.lowerBound + run.lowerBound..<word.range.upperBound + run.lowerBound
            let between = String(decoding: bytes[written..<range.lowerBound], as: UTF8.self)
            out += between
            if between.contains(where: { ".!?…؟".contains($0) }) { sentenceStart = true }
            let text = String(decoding: bytes[range], as: UTF8.self)
            // Words in capitals, and letters alone but the English "I" (`А ТИ ГРАЄШ У ФУТБОЛ`).
            if (word.capitals >= 2 || word.capitals == 1 && text != "I") && !word.small && !word.digit
                && !word.quoted && !isAcronym(word, text)
            {
                let lower = text.lowercased()
                out += sentenceStart ? Rewriter.cased(lower, capital: true) : lower
            } else {
                out += text
            }
            sentenceStart = false
            written = range.upperBound
        }
        out += String(decoding: bytes[written..<run.upperBound], as: UTF8.self)
        return out
    }

    /// Capital vowels of the scripts with capitals, Greek included (its letters look like
    /// Latin ones), with the marks the pack's languages and common look-alikes put on them.
    static let vowels = Set(
        "AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝĄĘĖĮŲŪĀĒĪŌАЕЄИІЇОУЮЯЫЭЁӨҮΑΕΗΙΟΥΩ".unicodeScalars)

    /// Whether `word` (written `text`) reads as an acronym: two to five capitals and no vowel
    /// (`VPN`, `DNS`, `PDF`, `СМС`, `ПДВ`, `PVM`), or one of ``acronyms``. It neither counts in
    /// a run nor ends it, and stays in capitals in a rewrite. Acronyms with a vowel that are not
    /// listed cannot be told from words: they count, and are lowered. Full-width letters read as
    /// their ASCII forms.
    func isAcronym(_ word: Word, _ text: String) -> Bool {
        guard !word.spaced && word.capitals >= 2 else { return false }
        // Full-width letters (EF BC A1 … EF BC BA) read as ASCII; most words have none to fold.
        let folded =
            !text.utf8.contains(0xEF)
            ? text
            : String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map { scalar in
                        (0xFF21...0xFF3A).contains(scalar.value)
                            ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar
                    }))
        if !acronyms.isEmpty && acronyms.contains(folded) { return true }
        return word.capitals <= 5 && !folded.unicodeScalars.contains { Shouting.vowels.contains($0) }
    }

    struct Word {
        var range: Range<Int>
        var capitals = 0
        var small = false
        var digit = false
        var quoted = false
        /// A letter on its own, or letters spaced apart joined.
        var spaced = false
        /// Letters of a script without capitals (Arabic): an Arabic word between two acronyms
        /// ends the run.
        var caseless = false
        /// Not a word but a mark that ends a run: an arrow or `>` between the steps of a path
        /// through menus (`SETTINGS → PRIVACY → DELETE ACCOUNT`), or `|`.
        var breaks = false
    }

    /// The words of `bytes`: letters, the marks on them, digits, and the marks that join letters
    /// into one word (``Kind/joiner``); whether each is between quotes. Letters spaced or
    /// dotted apart (`S C R E E N`, `S.C.R.E.E.N`) are one word; IRC formatting codes are not
    /// there. Invalid UTF-8 reads as U+FFFD, which is no letter.
    static func forEachWord(in bytes: [UInt8], _ body: (Word) -> Void) {
        var joined: Word? = nil
        forEachWrittenWord(in: bytes) { word in
            if var j = joined, j.spaced, word.spaced, j.quoted == word.quoted,
                word.range.lowerBound == j.range.upperBound + 1,
                bytes[j.range.upperBound] == 0x20 || bytes[j.range.upperBound] == UInt8(ascii: ".")
            {
                j.range = j.range.lowerBound..<word.range.upperBound
                j.capitals += word.capitals
                j.small = j.small || word.small
                joined = j
                return
            }
            if let j = joined { body(j) }
            joined = word
        }
        if let j = joined { body(j) }
    }

    /// The words of `bytes` as written, spaced-out letters each a word of its own.
    static func forEachWrittenWord(in bytes: [UInt8], _ body: (Word) -> Void) {
        bytes.withUnsafeBytes { forEachWrittenWord(in: $0, body) }
    }

    static func forEachWrittenWord(in bytes: UnsafeRawBufferPointer, _ body: (Word) -> Void) {
        var word: Word? = nil
        var letters = 0
        var quoted = false
        var i = 0
        while i < bytes.count {
            let (value, length) = Normalizer.decodeScalar(bytes, at: i)
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            // IRC formatting: bold, colours (with their numbers), reset, reverse, italics,
            // strike-through, underline, monospace.
            switch scalar.value {
            case 0x02, 0x0F, 0x11, 0x16, 0x1D, 0x1E, 0x1F:
                i += 1
                continue
            case 0x03:
                i += 1
                for _ in 0..<2 where i < bytes.count && bytes[i] &- 0x30 < 10 { i += 1 }
                if i + 1 < bytes.count && bytes[i] == UInt8(ascii: ",") && bytes[i + 1] &- 0x30 < 10 {
                    i += 1
                    for _ in 0..<2 where i < bytes.count && bytes[i] &- 0x30 < 10 { i += 1 }
                }
                continue
            default: break
            }
            let kind = Shouting.kind(scalar)
            let starts = kind == .capital || kind == .small || kind == .letter || kind == .digit
            if starts || word != nil && kind != .other {
                if word == nil {
                    word = Word(range: i..<i, quoted: quoted)
                    letters = 0
                }
                switch kind {
                case .capital: word!.capitals += 1
                case .small: word!.small = true
                case .digit: word!.digit = true
                case .letter: word!.caseless = true
                case .joiner, .mark, .other: break
                }
                if kind == .capital || kind == .small || kind == .letter { letters += 1 }
                // A joining mark is the word's only when a letter or digit follows.
                if kind != .joiner { word!.range = word!.range.lowerBound..<i + length }
            } else {
                if var w = word {
                    w.spaced = letters == 1 && !w.digit
                    body(w)
                    word = nil
                }
                switch scalar.value {
                case 0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x201E: quoted.toggle()
                case 0x3E, 0x7C, 0x203A, 0x25B6, 0x25B8, 0x25BA, 0x2190...0x21FF, 0x2794...0x27BF,
                    0x27F0...0x27FF, 0x2900...0x297F:
                    body(Word(range: i..<i + length, quoted: quoted, breaks: true))
                default: break
                }
            }
            i += length
        }
        if var w = word {
            w.spaced = letters == 1 && !w.digit
            body(w)
        }
    }

    enum Kind {
        case capital, small, letter, digit
        /// An apostrophe, underscore, hyphen, dot, slash, colon or at sign: between letters it
        /// joins them into one word (`DON'T`, `WI-FI`, `WWW.EXAMPLE.COM`, `ERR_TIMED_OUT`).
        case joiner
        /// A combining mark: it belongs to the letter before it.
        case mark
        case other
    }

    /// What `scalar` is to a word; ASCII and two-byte scalars without looking up their
    /// properties.
    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        let v = scalar.value
        if v < 0x80 {
            if v &- 0x41 < 26 { return .capital }
            if v &- 0x61 < 26 { return .small }
            if v &- 0x30 < 10 { return .digit }
            switch v {
            // ' _ - . / : @
            case 0x27, 0x5F, 0x2D, 0x2E, 0x2F, 0x3A, 0x40: return .joiner
            default: return .other
            }
        }
        if v < 0x800 { return twoByteKinds[Int(v &- 0x80)] }
        return v == 0x2019 ? .joiner : lookUp(scalar)
    }

    static func lookUp(_ scalar: Unicode.Scalar) -> Kind {
        let properties = scalar.properties
        if properties.isUppercase { return .capital }
        if properties.isLowercase { return .small }
        if properties.generalCategory == .decimalNumber { return .digit }
        if properties.generalCategory == .nonspacingMark { return .mark }
        return properties.isAlphabetic ? .letter : .other
    }

    /// U+0080 to U+07FF, each looked up once.
    static let twoByteKinds: [Kind] = (0x80..<0x800).map { lookUp(Unicode.Scalar(UInt32($0))!) }
}
