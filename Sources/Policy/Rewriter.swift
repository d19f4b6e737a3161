import Normalization

/// Turns a message and its hits into a suggested rewrite that itself passes the policies.
///
/// A phrase's own suggestion replaces just the words hit, in the case the sentence needs there;
/// a rule's suggestion replaces the whole sentence around the hit (it is written as a sentence).
/// Where two edits overlap, the more severe rule's wins. The result is checked again and edited
/// again, up to three rounds; a rewrite that still violates is not offered.
struct Rewriter {
    let policies: PolicySet

    /// `.`, `!`, `?` and a line break: the ends of sentences of one byte.
    @inline(__always)
    static func isTerminator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == 0x0A
    }

    /// The length of the sentence end that starts at `i`: one of ``isTerminator(_:)``, the
    /// Arabic question mark `؟` and full stop `۔`, or `…`; 0 when none does.
    static func terminatorLength(_ text: [UInt8], at i: Int) -> Int {
        let b = text[i]
        if isTerminator(b) { return 1 }
        if i + 1 < text.count && (b == 0xD8 && text[i + 1] == 0x9F || b == 0xDB && text[i + 1] == 0x94) {
            return 2
        }
        if i + 2 < text.count && b == 0xE2 && text[i + 1] == 0x80 && text[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// The length of the sentence end that ends just before `i`; 0 when none does.
    static func terminatorLength(_ text: [UInt8], endingAt i: Int) -> Int {
        if i >= 1 && isTerminator(text[i - 1]) { return 1 }
        if i >= 2
            && (text[i - 2] == 0xD8 && text[i - 1] == 0x9F || text[i - 2] == 0xDB && text[i - 1] == 0x94)
        {
            return 2
        }
        if i >= 3 && text[i - 3] == 0xE2 && text[i - 2] == 0x80 && text[i - 1] == 0xA6 { return 3 }
        return 0
    }

    /// The rewrite of `message`; each round is checked in `context`'s buffers.
    func rewrite(_ message: [UInt8], _ hits: [Hit], context: inout CheckContext) -> String? {
        var text = message
        var current = hits
        for _ in 0..<3 {
            guard let edited = apply(text, current) else { return nil }
            text = edited
            current = policies.findHits(text, context: &context)
            if current.isEmpty { return String(decoding: text, as: UTF8.self).trimmingSpaces() }
        }
        return nil
    }

    struct Edit {
        var range: Range<Int>
        var bytes: [UInt8]
        var severity: Int
    }

    func apply(_ text: [UInt8], _ hits: [Hit]) -> [UInt8]? {
        var edits: [Edit] = []
        // Many hits in one long sentence: its bounds found once, not walked to from each hit.
        let bounds = hits.count(where: \.replacesSentence) > 2 ? SentenceBounds(text) : nil
        for hit in hits {
            guard let replacement = hit.replacement else { return nil }
            if hit.replacesSentence {
                let range = sentence(around: hit.start..<hit.end, in: text, bounds: bounds)
                var bytes = Array(replacement.utf8)
                if !bytes.isEmpty, Rewriter.terminatorLength(bytes, endingAt: bytes.count) == 0,
                    let terminator = Rewriter.closingMark(of: text[range])
                {
                    bytes += terminator
                }
                edits.append(Edit(range: range, bytes: bytes, severity: hit.action.severity))
            } else if replacement.isEmpty {
                edits.append(removal(hit.start..<hit.end, in: text, severity: hit.action.severity))
            } else {
                let atStart = isSentenceStart(hit.start, in: text)
                edits.append(
                    Edit(
                        range: hit.start..<hit.end, bytes: casedBytes(replacement, capital: atStart),
                        severity: hit.action.severity))
            }
        }
        // Overlapping edits: the more severe one stays (the earlier one on a tie).
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var chosen: [Edit] = []
        for e in edits {
            if let last = chosen.last, e.range.lowerBound < last.range.upperBound {
                if e.severity > last.severity { chosen[chosen.count - 1] = e }
                continue
            }
            chosen.append(e)
        }
        // Built front to back, each edit's bytes between the text's, rather than replaced in
        // place one by one (a long message with many hits would be copied once per edit).
        var out: [UInt8] = []
        out.reserveCapacity(text.count + chosen.reduce(0) { $0 + $1.bytes.count })
        var copied = 0
        var capitalizeAt: [Int] = []
        for e in chosen {
            out += text[copied..<e.range.lowerBound]
            out += e.bytes
            copied = e.range.upperBound
            // Words removed from the start of a sentence: the next word starts it.
            if e.bytes.isEmpty && isSentenceStart(e.range.lowerBound, in: text) {
                capitalizeAt.append(out.count)
            }
        }
        out += text[copied...]
        // From the back, as each is made on what follows it in its final form.
        for offset in capitalizeAt.reversed() { capitalize(&out, at: offset) }
        return out
    }

    /// The edit that removes the words at `range` (a phrase whose suggestion is to say nothing)
    /// and what would be left dangling: the comma and spaces after them, the spaces before them
    /// when the sentence ends right after, the marks that close the sentence when nothing else is
    /// left of it.
    func removal(_ range: Range<Int>, in text: [UInt8], severity: Int) -> Edit {
        var start = range.lowerBound
        var end = range.upperBound
        func skipSpaces(_ k: inout Int) { while k < text.count && text[k] == 0x20 { k += 1 } }
        var after = end
        skipSpaces(&after)
        if after < text.count
            && (text[after] == UInt8(ascii: ",")
                || text[after] == 0xD8 && after + 1 < text.count
                    && text[after + 1] == 0x8C)
        {
            // "Sure, lol, that's fine": the comma after goes with the words.
            end = after + (text[after] == UInt8(ascii: ",") ? 1 : 2)
            skipSpaces(&end)
        } else if after == text.count || Rewriter.terminatorLength(text, at: after) > 0 {
            if isSentenceStart(start, in: text) {
                // Nothing else was in the sentence: its marks go too.
                end = after
                while end < text.count, text[end] != 0x0A,
                    case let n = Rewriter.terminatorLength(text, at: end),
                    n > 0
                {
                    end += n
                }
                skipSpaces(&end)
            } else {
                // "That's odd lol.": the space before goes, the mark stays.
                while start > 0 && text[start - 1] == 0x20 { start -= 1 }
            }
        } else {
            end = after
        }
        return Edit(range: start..<end, bytes: [], severity: severity)
    }

    /// Gives the word at `offset` of `text` a capital first letter.
    func capitalize(_ text: inout [UInt8], at offset: Int) {
        var end = offset
        while end < text.count && text[end] != 0x20 { end += 1 }
        guard end > offset else { return }
        let cased = casedBytes(String(decoding: text[offset..<end], as: UTF8.self), capital: true)
        if cased.count == end - offset {
            // In place: the rest of the text stays where it is.
            for (i, b) in cased.enumerated() { text[offset + i] = b }
        } else {
            text.replaceSubrange(offset..<end, with: cased)
        }
    }

    /// The last `.`, `?` or `؟` of a sentence, which a sentence put in its place ends with too.
    static func closingMark(of sentence: ArraySlice<UInt8>) -> [UInt8]? {
        var i = sentence.endIndex
        while i > sentence.startIndex {
            i -= 1
            let b = sentence[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") { return [b] }
            if b == 0x9F && i > sentence.startIndex && sentence[i - 1] == 0xD8 { return [0xD8, 0x9F] }
        }
        return nil
    }

    /// The sentence containing `range`: from after the previous terminator (and the spaces after
    /// it) to the end of the terminators that close it.
    /// A hit that ends with the marks that end its sentence (`!!!`) ends the sentence there.
    func sentence(around range: Range<Int>, in text: [UInt8], bounds: SentenceBounds? = nil) -> Range<Int> {
        var start = range.lowerBound
        if let bounds {
            start = bounds.start(atOrBefore: start)
        } else {
            start = Rewriter.sentenceStart(atOrBefore: start, in: text)
        }
        while start < range.lowerBound && (text[start] == 0x20 || text[start] == 0x0A) { start += 1 }
        var end = range.upperBound
        if range.isEmpty || Rewriter.terminatorLength(text, endingAt: range.upperBound) == 0 {
            if let bounds {
                end = bounds.end(atOrAfter: end)
            } else {
                end = Rewriter.sentenceEnd(atOrAfter: end, in: text)
            }
        }
        while end < text.count, text[end] != 0x0A, case let n = Rewriter.terminatorLength(text, at: end),
            n > 0
        {
            end += n
        }
        return start..<end
    }

    /// The last offset at or before `offset` that starts `text` or follows a sentence end. Most
    /// bytes cannot end one: only those are looked at further.
    static func sentenceStart(atOrBefore offset: Int, in text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { t in
            var i = offset
            while i > 0 {
                let b = t[i &- 1]
                // The last byte of each sentence end: `.`, `!`, `?`, a line end, `؟`, `۔`, `…`.
                if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x0A || b == 0x9F || b == 0x94 || b == 0xA6,
                    terminatorLength(text, endingAt: i) > 0
                {
                    return i
                }
                i &-= 1
            }
            return 0
        }
    }

    /// The first offset at or after `offset` where a sentence end starts, or the end of `text`.
    static func sentenceEnd(atOrAfter offset: Int, in text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { t in
            var i = offset
            while i < t.count {
                let b = t[i]
                // The first byte of each sentence end.
                if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x0A || b == 0xD8 || b == 0xDB || b == 0xE2,
                    terminatorLength(text, at: i) > 0
                {
                    return i
                }
                i &+= 1
            }
            return t.count
        }
    }

    /// Where sentences of a text may start and end, at every offset: what ``sentence(around:in:bounds:)``
    /// would otherwise walk to from each hit.
    struct SentenceBounds {
        /// For each offset, the last at or before it that starts the text or follows a sentence end.
        private var starts: [Int]
        /// For each offset, the first at or after it where a sentence end starts, or the text ends.
        private var ends: [Int]

        init(_ text: [UInt8]) {
            starts = [Int](repeating: 0, count: text.count + 1)
            ends = [Int](repeating: text.count, count: text.count + 1)
            var last = 0
            for i in 0...text.count {
                if i > 0 && Rewriter.terminatorLength(text, endingAt: i) > 0 { last = i }
                starts[i] = last
            }
            var next = text.count
            for i in stride(from: text.count - 1, through: 0, by: -1) {
                if Rewriter.terminatorLength(text, at: i) > 0 { next = i }
                ends[i] = next
            }
        }

        func start(atOrBefore offset: Int) -> Int { starts[offset] }
        func end(atOrAfter offset: Int) -> Int { ends[offset] }
    }

    func isSentenceStart(_ offset: Int, in text: [UInt8]) -> Bool {
        var i = offset
        while i > 0 && text[i - 1] == 0x20 { i -= 1 }
        return i == 0 || Rewriter.terminatorLength(text, endingAt: i) > 0
    }

    /// ``cased(_:capital:)`` as UTF-8, read off the bytes when the first word is ASCII (most
    /// replacements), without the walk through characters.
    func casedBytes(_ s: String, capital: Bool) -> [UInt8] {
        var bytes = Array(s.utf8)
        guard let first = bytes.first, first < 0x80 else {
            // The pack's replacements were cased when it was compiled.
            if let both = policies.casedReplacements[bytes] { return capital ? both.capital : both.lower }
            return Array(Rewriter.cased(s, capital: capital).utf8)
        }
        let isLower = first &- UInt8(ascii: "a") < 26
        let isUpper = first &- UInt8(ascii: "A") < 26
        if capital {
            if isLower { bytes[0] = first - 0x20 }
            return bytes
        }
        guard isUpper else { return bytes }
        // The first word ends at whitespace or an apostrophe; past ASCII, the character walk decides.
        var end = 0
        var hasLower = false
        while end < bytes.count {
            let b = bytes[end]
            if b == 0x20 || b == UInt8(ascii: "'") || (0x09...0x0D).contains(b) { break }
            if b >= 0x80 { return Array(Rewriter.cased(s, capital: false).utf8) }
            if b &- UInt8(ascii: "a") < 26 { hasLower = true }
            end += 1
        }
        // "I", and words in capitals (acronyms), stay as they are.
        if end == 1 && first == UInt8(ascii: "I") || end > 1 && !hasLower { return bytes }
        bytes[0] = first + 0x20
        return bytes
    }

    /// The replacement with its first letter in the case its place needs.
    static func cased(_ s: String, capital: Bool) -> String {
        guard let first = s.first else { return s }
        if capital { return first.uppercased() + s.dropFirst() }
        // Mid-sentence: lower the first letter unless the first word is all capitals (an
        // acronym) or the English "I".
        let firstWord = s.prefix { !$0.isWhitespace && $0 != "'" && $0 != "’" }
        if firstWord == "I" || (firstWord.count > 1 && firstWord == firstWord.uppercased()) { return s }
        return first.lowercased() + s.dropFirst()
    }
}
