import AhoCorasick
import Normalization

/// The compiled policies: every phrase and exception of every rule of every language in one
/// automaton over the match form, and the checks that turn its matches into a verdict.
///
/// Immutable and `Sendable`: one set serves every connection; a reload builds a new one.
public final class PolicySet: Sendable {
    public let rules: [Rule]
    let automaton: AhoCorasick
    /// The phrases of more than one word without their spaces, for words joined from
    /// spaced-out letters (`y o u r f a u l t`), and the pattern each stands for.
    let joinedAutomaton: AhoCorasick?
    let joinedPatterns: [Int]
    let patterns: [PatternInfo]
    let normalizer = Normalizer()
    let keepingDiacritics = Normalizer(.init(stripDiacritics: false))

    struct PatternInfo: Sendable {
        var rule: Int
        var isException: Bool
        var openStart: Bool
        var openEnd: Bool
        var suggestion: String?
        /// For rules whose diacritics matter: the phrase's match form with them, and how.
        var withDiacritics: (form: [UInt8], mode: Diacritics)?
        /// No letter in it (`!!!`, `100%`): it reads the same in every language.
        var neutral: Bool
    }

    /// For each rule, the rules of the other languages from the same seed rule and of the same
    /// category, by language: a hit on marks every language shares is told in the message's
    /// language.
    let counterparts: [[String: Int]]

    /// The rules that hit words in capitals, and the fewest capitals any of them needs.
    let shoutingRules: [Int]
    let shoutingLetters: Int

    /// Phrases that start a word are searched for at word starts only (see `init`); false: at
    /// every position, as a reference for tests.
    let wordStarts: Bool

    /// The phrases' suggestions that start past ASCII, as UTF-8 with their first letter in
    /// capitals and in small letters: casing them for each rewrite walks through characters. By
    /// their UTF-8: a text's lookup compares bytes, where one by `String` would compare its
    /// characters, normalizing them, each time.
    let casedReplacements: [[UInt8]: (capital: [UInt8], lower: [UInt8])]

    /// Compiles `rules`; fails, naming the rule and phrase, when a phrase folds to nothing.
    public convenience init(rules: [Rule]) throws(PolicyError) {
        try self.init(rules: rules, wordStarts: true)
    }

    init(rules: [Rule], wordStarts: Bool) throws(PolicyError) {
        self.wordStarts = wordStarts
        var phrases: [[UInt8]] = []
        var patterns: [PatternInfo] = []
        var joinedPhrases: [[UInt8]] = []
        var joinedPatterns: [Int] = []
        var problems: [PolicyProblem] = []
        for (index, rule) in rules.enumerated() {
            for (list, isException) in [(rule.phrases, false), (rule.exceptions, true)] {
                for phrase in list {
                    let form = normalizer.normalize(phrase.text).bytes
                    if form.isEmpty {
                        problems.append(
                            PolicyProblem(
                                file: rule.file, line: phrase.line,
                                message: "rule '\(rule.id)': phrase '\(phrase.written)' normalizes to nothing"
                            ))
                        continue
                    }
                    // A phrase that must start a word is compiled with the space before it, and
                    // the text is searched with a space before it: the automaton then leaves a
                    // word as soon as the word cannot begin a phrase, for the start state, whose
                    // row stays in the cache, until the next space.
                    phrases.append(phrase.openStart || !wordStarts ? form : [0x20] + form)
                    if form.contains(0x20) {
                        let spaceless = form.filter { $0 != 0x20 }
                        if spaceless.count >= 3 {
                            joinedPhrases.append(spaceless)
                            joinedPatterns.append(patterns.count)
                        }
                    }
                    patterns.append(
                        PatternInfo(
                            rule: index, isException: isException, openStart: phrase.openStart,
                            openEnd: phrase.openEnd, suggestion: phrase.suggestion,
                            withDiacritics: rule.diacritics == .strip
                                ? nil : (keepingDiacritics.normalize(phrase.text).bytes, rule.diacritics),
                            neutral: form.allSatisfy { $0 < 0x80 && ($0 | 0x20) &- 0x61 >= 26 }))
                }
            }
        }
        if !problems.isEmpty { throw PolicyError(problems) }
        do {
            // Without the scan ahead to the next space that the one start byte would bring:
            // stepping through the start state's row measured faster on chat messages, whose
            // words are short.
            automaton = try AhoCorasick(
                patterns: phrases, configuration: .init(matchKind: .overlapping, prefilter: false))
        } catch {
            throw PolicyError([PolicyProblem(file: "policies", line: 0, message: "cannot compile: \(error)")])
        }
        self.rules = rules
        languages = Array(Set(rules.map(\.language))).sorted()
        self.patterns = patterns
        shoutingRules = rules.indices.filter { rules[$0].shouting != nil }
        shoutingLetters = shoutingRules.map { rules[$0].shouting!.letters }.min() ?? 0
        self.joinedPatterns = joinedPatterns
        joinedAutomaton =
            joinedPhrases.isEmpty
            ? nil
            : try? AhoCorasick(
                patterns: joinedPhrases, configuration: .init(matchKind: .overlapping, prefilter: false))
        var bySeed: [String: [String: Int]] = [:]
        for (index, rule) in rules.enumerated() {
            guard let seed = rule.seed else { continue }
            // The first rule of a language, should it have several.
            let key = seed + " " + rule.category
            if bySeed[key]?[rule.language] == nil { bySeed[key, default: [:]][rule.language] = index }
        }
        counterparts = rules.map { rule in rule.seed.flatMap { bySeed[$0 + " " + rule.category] } ?? [:] }
        var cased: [[UInt8]: (capital: [UInt8], lower: [UInt8])] = [:]
        for replacement in patterns.compactMap(\.suggestion) where (replacement.utf8.first ?? 0) >= 0x80 {
            let key = Array(replacement.utf8)
            guard cased[key] == nil else { continue }
            cased[key] = (
                Array(Rewriter.cased(replacement, capital: true).utf8),
                Array(Rewriter.cased(replacement, capital: false).utf8)
            )
        }
        casedReplacements = cased
    }

    /// Loads and compiles the policy files under `directory`.
    public static func load(directory: String) throws(PolicyError) -> PolicySet {
        try PolicySet(rules: PolicyLoader.load(directory: directory))
    }

    /// The policies that ship with Decorum.
    public static func bundled() throws(PolicyError) -> PolicySet {
        try PolicySet(rules: PolicyLoader.load(sources: BundledPolicies.files))
    }

    /// The bundled pack's files (name and text), as in `Policies/`.
    public static var bundledSources: [(name: String, text: String)] { BundledPolicies.files }

    public var phraseCount: Int { patterns.count }
    /// The matcher engine the phrases compiled to, and its size in bytes.
    public var matcher: (engine: Engine, bytes: Int, states: Int) {
        (automaton.engine, automaton.memoryUsage, automaton.stateCount)
    }
    /// The languages of the rules, sorted.
    public let languages: [String]

    /// Checks one message.
    public func check(_ message: String) -> Verdict {
        check(bytes: Array(message.utf8))
    }

    /// Checks one message given as bytes; invalid UTF-8 is read as U+FFFD and offsets stay in
    /// the bytes given.
    public func check(bytes: [UInt8]) -> Verdict {
        var context = CheckContext()
        return check(bytes: bytes, context: &context)
    }

    /// Checks one message reusing `context`'s buffers.
    public func check(bytes: [UInt8], context: inout CheckContext) -> Verdict {
        let hits = findHits(bytes, context: &context)
        guard !hits.isEmpty else { return .allow }
        let action = hits.map(\.action).max() ?? .allow
        let suggestion = Rewriter(policies: self).rewrite(bytes, hits, context: &context)
        return Verdict(action: action, hits: hits, suggestion: suggestion)
    }

    /// A phrase's match: the rule, the pattern, and where in the match form.
    typealias Candidate = (rule: Int, pattern: Int, range: Range<Int>)
    /// An exception's match: the rule it is an exception of, and where in the match form.
    typealias Exception = (rule: Int, range: Range<Int>)

    /// The hits in `message`, normalized in `context`'s buffers.
    ///
    /// Most messages are plain (see ``Normalization/Normalizer/plainForm(_:into:at:)``) and match
    /// nothing: for them the match form is written without the source map, which only a hit
    /// needs, and searched once; only when a phrase matches is the message normalized again with
    /// its source map, and the matches already found are checked on it.
    func findHits(_ message: [UInt8], context: inout CheckContext) -> [Hit] {
        if let (candidates, exceptions, capitals) = plainMatches(message, &context.form) {
            // Too few capitals to shout: most messages.
            var scores: LanguageScores? = nil
            let cover = ExceptionCover(exceptions, candidates: candidates.count)
            guard !candidates.isEmpty, !noneCanHit(candidates, cover, message, scores: &scores) else {
                return shouting(message, capitals: capitals, company: false)
            }
            message.withUnsafeBytes {
                normalizer.normalize(bytes: $0, into: &context.normalized, scratch: &context.scratch)
            }
            return hits(candidates, cover, message, context.normalized, capitals: capitals, scores: scores)
        }
        message.withUnsafeBytes {
            normalizer.normalize(bytes: $0, into: &context.normalized, scratch: &context.scratch)
        }
        return findHits(message, context.normalized)
    }

    /// Whether none of `candidates` can be a hit, whatever the source map would say: each is
    /// within an exception of its rule (`cover`), or is a phrase of letters of a rule told only in its own
    /// language while the message reads as another (as ``hits(_:_:_:_:capitals:)`` and
    /// ``keepMessageLanguage(_:_:)`` decide). Then the message is not normalized again for its
    /// map: a Ukrainian `ок`, Mongolian slang, costs what a message without matches does.
    /// `scores`: the message's language scores, when they were needed.
    func noneCanHit(
        _ candidates: [Candidate], _ cover: ExceptionCover, _ message: [UInt8],
        scores: inout LanguageScores?
    ) -> Bool {
        for c in candidates where !cover.covers(c.rule, c.range) {
            // A hit on marks may be told by another language's rule instead.
            guard rules[c.rule].ownLanguage, !patterns[c.pattern].neutral else { return false }
            let s = scores ?? LanguageScores(message)
            scores = s
            if !readsAsAnother(c.rule, s) { return false }
        }
        return true
    }

    /// Whether the message of `scores` reads as another language of the set than rule `rule`'s:
    /// a rule told only in its own language (``Rule/ownLanguage``) then has no hit in it.
    func readsAsAnother(_ rule: Int, _ scores: LanguageScores) -> Bool {
        let own = scores.score(rules[rule].language)
        return languages.contains { scores.score($0) > own }
    }

    /// The matches `findHits(_:_:)` considers in a plain message, found in its match form without
    /// the source map, written into `form` after a space; nil when the message is not plain.
    /// A plain message has no words joined from spaced-out letters, so a match is bounded as its
    /// phrase asks when it ends a word or may end inside one: a phrase that must start a word is
    /// matched with the space before it. With them, at least how many capitals the message has.
    func plainMatches(_ message: [UInt8], _ form: inout [UInt8]) -> (
        candidates: [Candidate], exceptions: [Exception], capitals: Int
    )? {
        guard wordStarts,
            let (length, capitals) = message.withUnsafeBytes({ normalizer.plainForm($0, into: &form, at: 1) })
        else { return nil }
        form[0] = 0x20
        var candidates: [Candidate] = []
        var exceptions: [Exception] = []
        form.withUnsafeBytes { form in
            patterns.withUnsafeBufferPointer { patterns in
                let end = 1 + length
                automaton.forEachMatch(in: UnsafeRawBufferPointer(rebasing: form[0..<end])) { m in
                    let p = m.pattern.index
                    guard m.end == end || form[m.end] == 0x20 || patterns[p].openEnd else { return true }
                    // Offsets in `form` are one more than in the match form.
                    let range = m.start - (patterns[p].openStart ? 1 : 0)..<m.end - 1
                    if patterns[p].isException {
                        exceptions.append((patterns[p].rule, range))
                    } else {
                        candidates.append((patterns[p].rule, p, range))
                    }
                    return true
                }
            }
        }
        return (candidates, exceptions, capitals)
    }

    /// Hits of the rules in a normalized message: word boundaries, exceptions, position and
    /// diacritics applied, overlapping hits of one rule merged.
    func findHits(_ original: [UInt8], _ n: NormalizedText) -> [Hit] {
        var candidates: [Candidate] = []
        var exceptions: [Exception] = []
        n.withUnsafeBytes { normalized in
            patterns.withUnsafeBufferPointer { patterns in
                /// A match of pattern `p` over `range` of the normalized text, kept when it is
                /// bounded as the phrase asks. Field by field, not retaining the pattern's
                /// suggestion for every match.
                func consider(_ p: Int, _ range: Range<Int>) {
                    guard n.isWordBounded(range, start: !patterns[p].openStart, end: !patterns[p].openEnd)
                    else { return }
                    if patterns[p].isException {
                        exceptions.append((patterns[p].rule, range))
                    } else {
                        candidates.append((patterns[p].rule, p, range))
                    }
                }
                // A phrase of several words is also found in a word joined from spaced-out
                // letters without its spaces (`yourfault`).
                if let joinedAutomaton {
                    for word in n.joinedWords where word.count > 1 {
                        joinedAutomaton.forEachMatch(in: UnsafeRawBufferPointer(rebasing: normalized[word])) {
                            m in
                            consider(
                                joinedPatterns[m.pattern.index],
                                word.lowerBound + m.start..<word.lowerBound + m.end)
                            return true
                        }
                    }
                }
                guard wordStarts else {
                    automaton.forEachMatch(in: normalized) { m in
                        consider(m.pattern.index, m.range)
                        return true
                    }
                    return
                }
                /// The matches in `text` preceded by a space, at offset `offset` of the normalized
                /// text; only those starting a word at `offset` itself when `onlyAtStart`.
                func search(_ text: UnsafeRawBufferPointer, at offset: Int, onlyAtStart: Bool) {
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + 1) { spaced in
                        spaced[0] = 0x20
                        if let base = text.baseAddress {
                            UnsafeMutableRawPointer(spaced.baseAddress! + 1).copyMemory(
                                from: base, byteCount: text.count)
                        }
                        automaton.forEachMatch(in: UnsafeRawBufferPointer(spaced)) { m in
                            let p = m.pattern.index
                            let open = patterns[p].openStart
                            if onlyAtStart && (open || m.start != 0) { return true }
                            // Offsets in `spaced` are one more than in the text; a phrase that
                            // starts a word is matched with the space before it.
                            consider(p, offset + m.start - (open ? 1 : 0)..<offset + m.end - 1)
                            return true
                        }
                    }
                }
                search(normalized, at: 0, onlyAtStart: false)
                // In a word joined from spaced-out letters a phrase may start anywhere.
                for word in n.joinedWords where word.count > 1 {
                    for start in word.lowerBound + 1..<word.upperBound {
                        let end = min(normalized.count, start + automaton.maxPatternLength)
                        search(
                            UnsafeRawBufferPointer(rebasing: normalized[start..<end]), at: start,
                            onlyAtStart: true)
                    }
                }
            }
        }
        return hits(candidates, ExceptionCover(exceptions, candidates: candidates.count), original, n)
    }

    /// The hits from the matches of phrases in `n`, the match form of `original`, and the
    /// exceptions matched there (`cover`):
    /// exceptions, position and diacritics applied, overlapping hits of one rule merged; and the
    /// words in capitals of `original` (`capitals` as in ``shouting(_:capitals:company:)``).
    func hits(
        _ candidates: [Candidate], _ cover: ExceptionCover, _ original: [UInt8], _ n: NormalizedText,
        capitals: Int? = nil, scores: LanguageScores? = nil
    ) -> [Hit] {
        guard !candidates.isEmpty else { return shouting(original, capitals: capitals, company: false) }
        var kept: [Candidate] = []
        var openingLimit: Int? = nil
        for c in candidates {
            if cover.covers(c.rule, c.range) { continue }
            if rules[c.rule].position == .opening {
                let limit = openingLimit ?? PolicySet.openingLimit(original)
                openingLimit = limit
                if !PolicySet.isOpening(original, n, c.range, limit: limit) { continue }
            }
            if let (form, mode) = patterns[c.pattern].withDiacritics {
                let span = n.sourceRange(of: c.range)
                let again = keepingDiacritics.normalize(bytes: Array(original[span])).bytes
                if !PolicySet.diacriticsAgree(again, form, mode) { continue }
            }
            kept.append(c)
        }
        // One hit per rule and overlapping region; the earliest pattern's suggestion.
        kept.sort {
            ($0.rule, $0.range.lowerBound, -$0.range.upperBound) < (
                $1.rule, $1.range.lowerBound, -$1.range.upperBound
            )
        }
        var merged: [(rule: Int, pattern: Int, range: Range<Int>)] = []
        for c in kept {
            if let last = merged.last, last.rule == c.rule, c.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1].range =
                    last.range.lowerBound..<max(last.range.upperBound, c.range.upperBound)
            } else {
                merged.append(c)
            }
        }
        merged.sort { ($0.range.lowerBound, $0.rule) < ($1.range.lowerBound, $1.rule) }
        // A stem's hit is the whole word it starts (or ends), so that its span and its rewrite
        // never cut a word in two; what the stem itself matched is kept, for its replacement.
        var stems: [StemWord: Range<Int>] = [:]
        for i in merged.indices {
            let info = patterns[merged[i].pattern]
            var r = merged[i].range
            let stem = r
            if info.openEnd {
                while r.upperBound < n.count && n[r.upperBound] != 0x20 {
                    r = r.lowerBound..<r.upperBound + 1
                }
            }
            if info.openStart {
                while r.lowerBound > 0 && n[r.lowerBound - 1] != 0x20 { r = r.lowerBound - 1..<r.upperBound }
            }
            merged[i].range = r
            if r != stem { stems[StemWord(pattern: merged[i].pattern, word: r)] = stem }
        }
        keepMessageLanguage(&merged, original, scores: scores)
        // Field by field: a copy of the whole rule would retain all of it.
        let hits = rules.withUnsafeBufferPointer { rules in
            merged.map { c in
                let span = n.sourceRange(of: c.range)
                let text = String(decoding: original[span], as: UTF8.self)
                var own = patterns[c.pattern].suggestion
                // A stem's own suggestion replaces the stem: the ending typed after it (or the
                // start before it) stays (`pafiksinsim` → `ištaisysim`, `السيستم` → `النظام`).
                if let word = own, !word.isEmpty,
                    let stem = stems[StemWord(pattern: c.pattern, word: c.range)]
                {
                    let stemSpan = n.sourceRange(of: stem)
                    own =
                        String(decoding: original[span.lowerBound..<stemSpan.lowerBound], as: UTF8.self)
                        + word
                        + String(decoding: original[stemSpan.upperBound..<span.upperBound], as: UTF8.self)
                }
                return Hit(
                    rule: rules[c.rule].id, category: rules[c.rule].category, action: rules[c.rule].action,
                    start: span.lowerBound, end: span.upperBound, text: text,
                    replacement: own ?? rules[c.rule].suggestion, notice: rules[c.rule].notice,
                    replacesSentence: own == nil)
            }
        }
        let shouted = shouting(original, capitals: capitals, company: !hits.isEmpty)
        guard !shouted.isEmpty else { return hits }
        return (hits + shouted).sorted { ($0.start, $0.rule) < ($1.start, $1.rule) }
    }

    /// The hits of words in capitals, told by the rule of the language the message reads as
    /// (on a tie, the first in the rules' order). `capitals`: the one pass's count, when it took
    /// the message; too few of them, and most messages, end here, before the count of the
    /// capitals themselves (the one pass also counts the letters that fold to another, such as é).
    func shouting(_ original: [UInt8], capitals: Int? = nil, company: Bool) -> [Hit] {
        guard !shoutingRules.isEmpty, (capitals ?? shoutingLetters) >= shoutingLetters,
            original.withUnsafeBytes({ Shouting.mayHold($0, letters: shoutingLetters) })
        else { return [] }
        var index = shoutingRules[0]
        if shoutingRules.count > 1 {
            let scores = LanguageScores(original)
            for i in shoutingRules.dropFirst()
            where scores.score(rules[i].language) > scores.score(rules[index].language) {
                index = i
            }
        }
        let rule = rules[index]
        return rule.shouting!.runs(in: original, company: company).map { run in
            Hit(
                rule: rule.id, category: rule.category, action: rule.action, start: run.lowerBound,
                end: run.upperBound, text: String(decoding: original[run], as: UTF8.self),
                replacement: rule.shouting!.lowered(original, run), notice: rule.notice,
                replacesSentence: false)
        }
    }

    /// Hits told in the language the message reads as: where rules of several languages hit the
    /// same words, only that language's stay; a hit on marks that read the same in every
    /// language (`!!!`, `???`) goes to that language's rule from the same seed rule, so that its
    /// notice and suggestion are in the message's language. `hits` are sorted by where they start;
    /// `scores`, the message's language scores when they are known already.
    func keepMessageLanguage(
        _ hits: inout [(rule: Int, pattern: Int, range: Range<Int>)], _ original: [UInt8],
        scores known: LanguageScores? = nil
    ) {
        var scores = known
        func counted() -> LanguageScores {
            let s = scores ?? LanguageScores(original)
            scores = s
            return s
        }
        func score(_ language: String) -> Int { counted().score(language) }
        var dropped = Set<Int>()
        var groupStart = 0
        while groupStart < hits.count {
            // The hits that overlap one another from here.
            var groupEnd = groupStart + 1
            var upper = hits[groupStart].range.upperBound
            while groupEnd < hits.count && hits[groupEnd].range.lowerBound < upper {
                upper = max(upper, hits[groupEnd].range.upperBound)
                groupEnd += 1
            }
            let group = groupStart..<groupEnd
            for i in group where patterns[hits[i].pattern].neutral {
                let others = counterparts[hits[i].rule]
                guard others.count > 1 else { continue }
                // On a tie, the rule's own language.
                let own = rules[hits[i].rule].language
                let best = others.keys.sorted().max { score($0) < score($1) }!
                if score(best) > score(own), let other = others[best] { hits[i].rule = other }
            }
            let languages = group.count > 1 ? group.map { rules[hits[$0].rule].language } : []
            if languages.contains(where: { $0 != languages[0] }) {
                // On a tie, the language of the first rule, in the rules' order.
                let top = languages.map { score($0) }.max() ?? 0
                let chosen = languages.first { score($0) == top }
                for i in group where rules[hits[i].rule].language != chosen { dropped.insert(i) }
            }
            groupStart = groupEnd
        }
        // A rule's own language only: dropped where the message reads as another of the set's.
        for i in hits.indices where !dropped.contains(i) && rules[hits[i].rule].ownLanguage {
            if readsAsAnother(hits[i].rule, counted()) { dropped.insert(i) }
        }
        if !dropped.isEmpty {
            hits = hits.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        }
    }

    /// Whether a hit is in the opening of a message: in its first sentence, or in the second after a
    /// greeting of at most three words ("Hi Anna!" or "Hi Anna,"), and among the first five words
    /// of that sentence.
    static func isOpening(
        _ original: [UInt8], _ n: NormalizedText, _ range: Range<Int>, limit: Int = Int.max
    ) -> Bool {
        let start = n.sourceRange(of: range).lowerBound
        // Past `limit`, too many words come before it (and the walk below would read them all,
        // for each hit of a long message).
        if start > limit { return false }
        var sentenceStart = 0
        var sentences = 0
        var i = 0
        while i < start {
            // The marks that end sentences, the Arabic question mark and full stop among them.
            if Rewriter.terminatorLength(original, at: i) > 0 {
                while i < start,
                    case let n = max(Rewriter.terminatorLength(original, at: i), original[i] == 0x20 ? 1 : 0),
                    n > 0
                {
                    i += n
                }
                sentences += 1
                if sentences == 1 {
                    let greeting = original[0..<i].split(separator: 0x20).count
                    if greeting > 3 { return false }
                } else {
                    return false
                }
                sentenceStart = i
                continue
            }
            i += 1
        }
        // A greeting closed by a comma ("Hi Anna, …", "Сайн байна уу, …", the five words of
        // "السلام عليكم ورحمة الله وبركاته، …") does not count either.
        var k = sentenceStart
        while k < start {
            // "," or the Arabic comma U+060C (D8 8C).
            let width =
                original[k] == UInt8(ascii: ",")
                ? 1 : (original[k] == 0xD8 && k + 1 < start && original[k + 1] == 0x8C) ? 2 : 0
            if width > 0 {
                if original[sentenceStart..<k].split(separator: 0x20).count <= 5 { sentenceStart = k + width }
                break
            }
            k += 1
        }
        let words = original[sentenceStart..<start].split(separator: 0x20).count
        return words < 5
    }

    /// Where the sixteenth word of `original` starts (words as ``isOpening(_:_:_:limit:)``
    /// counts them: between spaces), or `Int.max`: a hit past it has more words before it than the
    /// opening holds (a greeting of three, one of five closed by a comma, then four), so
    /// ``isOpening(_:_:_:limit:)`` need not walk there.
    static func openingLimit(_ original: [UInt8]) -> Int {
        var words = 0
        var inWord = false
        for (i, b) in original.enumerated() {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words == 16 { return i }
            }
        }
        return Int.max
    }

    /// Whether the words hit (`text`, in the match form that keeps diacritics) carry the
    /// diacritics `mode` asks of the phrase's (`phrase`): letter by letter, the marks after each
    /// must be the phrase's (`keep`), or the phrase's or none (`typed`). Where the letters do not
    /// pair up one to one, the phrase is looked for in the words, not followed by a mark.
    static func diacriticsAgree(_ text: [UInt8], _ phrase: [UInt8], _ mode: Diacritics) -> Bool {
        /// Letters with the combining marks after them.
        func clusters(_ bytes: [UInt8]) -> [(base: Unicode.Scalar, marks: [Unicode.Scalar])] {
            var out: [(base: Unicode.Scalar, marks: [Unicode.Scalar])] = []
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                if (0x300...0x36F).contains(scalar.value), !out.isEmpty {
                    out[out.count - 1].marks.append(scalar)
                } else {
                    out.append((scalar, []))
                }
            }
            return out
        }
        let a = clusters(text)
        let b = clusters(phrase)
        guard a.count == b.count, zip(a, b).allSatisfy({ $0.base == $1.base }) else {
            if mode == .typed { return true }
            return contains(text, phrase)
        }
        return zip(a, b).allSatisfy { t, p in t.marks == p.marks || (mode == .typed && t.marks.isEmpty) }
    }

    /// Whether `needle` is in `haystack` and not followed there by a combining mark (U+0300 to
    /// U+036F: it would belong to the needle's last letter).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for i in 0...(haystack.count - needle.count)
        where haystack[i..<i + needle.count].elementsEqual(needle) {
            let end = i + needle.count
            let markFollows =
                end + 1 < haystack.count
                && (haystack[end] == 0xCC || haystack[end] == 0xCD && haystack[end + 1] < 0xB0)
            if !markFollows { return true }
        }
        return false
    }
}

/// A stem's hit, widened to the word it is in: the pattern and the word.
struct StemWord: Hashable {
    var pattern: Int
    var word: Range<Int>
}

/// Whether an exception of a rule covers a match of it (starts at or before it and ends at or
/// after it). With few of either, each match looks at every exception; with many (a long message
/// of repeated phrases), the exceptions are sorted once and each match is a binary search.
struct ExceptionCover {
    let exceptions: [PolicySet.Exception]
    /// Per rule, its exceptions' starts in order, and the furthest end among those up to each.
    let byRule: [Int: (starts: [Int], furthest: [Int])]?

    init(_ exceptions: [PolicySet.Exception], candidates: Int) {
        self.exceptions = exceptions
        guard exceptions.count * candidates > 256 else {
            byRule = nil
            return
        }
        var grouped: [Int: [Range<Int>]] = [:]
        for e in exceptions { grouped[e.rule, default: []].append(e.range) }
        byRule = grouped.mapValues { ranges in
            let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
            var furthest: [Int] = []
            furthest.reserveCapacity(sorted.count)
            for r in sorted { furthest.append(max(furthest.last ?? Int.min, r.upperBound)) }
            return (sorted.map(\.lowerBound), furthest)
        }
    }

    func covers(_ rule: Int, _ range: Range<Int>) -> Bool {
        guard let byRule else {
            return exceptions.contains {
                $0.rule == rule && $0.range.contains(range.lowerBound)
                    && $0.range.upperBound >= range.upperBound
            }
        }
        guard let (starts, furthest) = byRule[rule] else { return false }
        // The exceptions starting at or before the match: does any reach its end (and past its
        // start, which a non-empty match's end implies)?
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return false }
        let end = furthest[low - 1]
        return end >= range.upperBound && end > range.lowerBound
    }
}

/// Buffers reused across checks on one thread or connection.
public struct CheckContext: Sendable {
    var normalized = NormalizedText()
    var scratch = Normalizer.Scratch()
    /// The match form without its source map, after a space (see `PolicySet.plainMatches`).
    var form: [UInt8] = []
    public init() {}
}

/// How much a message reads as each language of the pack: its letters of the language's script,
/// and more for the letters that only that language of the pack uses. Mongolian written without
/// ө, ү and the letters Ukrainian lacks still has its long vowels (`баярлалаа`, `одоо`, `уу`: two
/// of a vowel, where Ukrainian hardly ever writes two) and its genitive `-ийн` at a word's end:
/// each counts half as much as one of its letters.
struct LanguageScores {
    var latin = 0
    var cyrillic = 0
    var arabic = 0
    var lithuanian = 0
    var ukrainian = 0
    var mongolian = 0
    /// Mongolian's long vowels and `-ийн`: weaker evidence than its letters.
    var mongolianEndings = 0

    /// Counts the letters of each script straight from the UTF-8 bytes: every letter it counts
    /// is of two bytes, or one, and a byte sequence that is not one is passed over (decoded, it
    /// would be U+FFFD, which counts for no language).
    init(_ message: [UInt8]) {
        let n = message.count
        var i = 0
        // The run of one Cyrillic letter (in small letters) being read, and the last three
        // Cyrillic letters of the word: for the long vowels and `-ийн`.
        var last: UInt32 = 0
        var run = 0
        var (first, second, third): (UInt32, UInt32, UInt32) = (0, 0, 0)
        while i <= n {
            // Eight ASCII bytes at a time: their letters counted at once. Each of them ends a run
            // of Cyrillic letters as a space would, and after the first there is nothing to end.
            if i &+ 8 <= n {
                let chunk = message.withUnsafeBytes {
                    UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                }
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    latin &+= Normalizer.asciiLetters(chunk).nonzeroBitCount
                    if run == 2 && LanguageScores.isLongVowel(last) { mongolianEndings &+= 1 }
                    if first == 0x438 && second == 0x439 && third == 0x43D { mongolianEndings &+= 1 }
                    (last, run, first, second, third) = (0, 1, 0, 0, 0)
                    i &+= 8
                    continue
                }
            }
            var v: UInt32 = 0
            if i < n {
                let b: UInt8 = message[i]
                if b < 0x80 {
                    if (b | 0x20) &- 0x61 < 26 { latin &+= 1 }
                    i &+= 1
                } else if b < 0xC2 || b >= 0xE0 || i &+ 1 >= n || message[i &+ 1] & 0xC0 != 0x80 {
                    i &+= 1
                } else {
                    v = UInt32(b & 0x1F) << 6 | UInt32(message[i &+ 1] & 0x3F)
                    i &+= 2
                    count(v)
                }
            } else {
                i &+= 1  // the end, read as a space
            }
            let letter = LanguageScores.isCyrillicLetter(v)
            let small = !letter ? 0 : v >= 0x410 && v < 0x430 ? v &+ 0x20 : v
            if small == last && small != 0 {
                run &+= 1
            } else {
                // Two of a vowel, no more: three or more are typed for emphasis, in any language.
                if run == 2 && LanguageScores.isLongVowel(last) { mongolianEndings &+= 1 }
                last = small
                run = 1
            }
            if letter {
                (first, second, third) = (second, third, small)
            } else {
                // `-ийн` ends its word: `прийняти` is Ukrainian.
                if first == 0x438 && second == 0x439 && third == 0x43D { mongolianEndings &+= 1 }
                (first, second, third) = (0, 0, 0)
            }
        }
    }

    /// A letter of the Cyrillic block (U+0400 to U+04FF, its marks and signs aside).
    @inline(__always)
    static func isCyrillicLetter(_ v: UInt32) -> Bool {
        (v >= 0x400 && v <= 0x481) || (v >= 0x48A && v <= 0x4FF)
    }

    /// Counts one scalar of two bytes.
    @inline(__always)
    private mutating func count(_ v: UInt32) {
        if v >= 0xC0 && v <= 0x24F {
            latin &+= 1
            if LanguageScores.isLithuanian(v) { lithuanian &+= 1 }
        } else if v >= 0x400 && v <= 0x4FF {
            cyrillic &+= 1
            if LanguageScores.isUkrainian(v) {
                ukrainian &+= 1
            } else if LanguageScores.isMongolian(v) {
                mongolian &+= 1
            }
        } else if (v >= 0x620 && v <= 0x64A) || (v >= 0x671 && v <= 0x6D3) {
            arabic &+= 1
        }
    }

    /// а, о, у, э: doubled, Mongolian's long vowels.
    @inline(__always)
    static func isLongVowel(_ small: UInt32) -> Bool {
        small == 0x430 || small == 0x43E || small == 0x443 || small == 0x44D
    }

    /// ą č ę ė į š ų ū ž, either case.
    static func isLithuanian(_ v: UInt32) -> Bool {
        switch v {
        case 0x104, 0x105, 0x10C, 0x10D, 0x116, 0x117, 0x118, 0x119, 0x12E, 0x12F, 0x160, 0x161, 0x16A, 0x16B,
            0x172, 0x173, 0x17D, 0x17E:
            return true
        default: return false
        }
    }

    /// І і Ї ї Є є Ґ ґ.
    static func isUkrainian(_ v: UInt32) -> Bool {
        switch v {
        case 0x406, 0x456, 0x407, 0x457, 0x404, 0x454, 0x490, 0x491: return true
        default: return false
        }
    }

    /// Ө ө Ү ү Ы ы Э э Ё ё Ъ ъ.
    static func isMongolian(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E8, 0x4E9, 0x4AE, 0x4AF, 0x42B, 0x44B, 0x42D, 0x44D, 0x401, 0x451, 0x42A, 0x44A: return true
        default: return false
        }
    }

    func score(_ language: String) -> Int {
        switch language {
        case "en": return latin
        case "lt": return latin + 4 * lithuanian
        case "uk": return cyrillic + 4 * ukrainian
        // Mongolian writes ө, ү or a long vowel in almost every sentence: Cyrillic without any
        // reads as Ukrainian rather than Mongolian.
        // A long vowel counts half a letter of its own: `Я пообіцяв` stays Ukrainian.
        case "mn":
            return mongolian + mongolianEndings > 0
                ? cyrillic + 4 * mongolian + 2 * mongolianEndings : cyrillic - 1
        case "ar": return arabic
        default: return 0
        }
    }
}
