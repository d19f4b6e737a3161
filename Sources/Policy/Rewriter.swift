import Normalization

/// Turns a message and its hits into a suggested rewrite that itself passes the policies.
///
/// A phrase's own suggestion replaces just the words hit, in the case the sentence needs there;
/// a rule's suggestion replaces the whole sentence around the hit (it is written as a sentence).
/// Where two edits overlap, the more severe rule's wins. The result is checked again and edited
/// again, up to three rounds; a rewrite that still violates is not offered.
struct Rewriter {
    let policies: PolicySet

    /// `.`, `!`, `?` and a line break: the ends of sentences.
    @inline(__always)
    static func isTerminator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == 0x0A
    }

    /// The rewrite of `message`; each round is checked in `context`'s buffers.
    func rewrite(_ message: [UInt8], _ hits: [Hit], context: inout CheckContext) -> String? {
        var text = message
        var current = hits
        for _ in 0..<3 {
            guard let edited = apply(text, current) else { return nil }
            text = edited
            text.withUnsafeBytes {
                policies.normalizer.normalize(bytes: $0, into: &context.normalized, scratch: &context.scratch)
            }
            current = policies.findHits(text, context.normalized)
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
        for hit in hits {
            guard let replacement = hit.replacement else { return nil }
            if hit.replacesSentence {
                let range = sentence(around: hit.start..<hit.end, in: text)
                var bytes = Array(replacement.utf8)
                if let last = bytes.last, !Rewriter.isTerminator(last),
                    let terminator = text[range].last(where: {
                        $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?")
                    })
                {
                    bytes.append(terminator)
                }
                edits.append(Edit(range: range, bytes: bytes, severity: hit.action.severity))
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
        var out = text
        for e in chosen.reversed() { out.replaceSubrange(e.range, with: e.bytes) }
        return out
    }

    /// The sentence containing `range`: from after the previous terminator (and the spaces after
    /// it) to the end of the terminators that close it.
    func sentence(around range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        while start > 0 && !Rewriter.isTerminator(text[start - 1]) { start -= 1 }
        while start < range.lowerBound && (text[start] == 0x20 || text[start] == 0x0A) { start += 1 }
        var end = range.upperBound
        while end < text.count && !Rewriter.isTerminator(text[end]) { end += 1 }
        while end < text.count && Rewriter.isTerminator(text[end]) && text[end] != 0x0A { end += 1 }
        return start..<end
    }

    func isSentenceStart(_ offset: Int, in text: [UInt8]) -> Bool {
        var i = offset
        while i > 0 && text[i - 1] == 0x20 { i -= 1 }
        return i == 0 || Rewriter.isTerminator(text[i - 1])
    }

    /// ``cased(_:capital:)`` as UTF-8, read off the bytes when the first word is ASCII (most
    /// replacements), without the walk through characters.
    func casedBytes(_ s: String, capital: Bool) -> [UInt8] {
        var bytes = Array(s.utf8)
        guard let first = bytes.first, first < 0x80 else {
            // The pack's replacements were cased when it was compiled.
            if let both = policies.casedReplacements[s] { return capital ? both.capital : both.lower }
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
