import Normalization
import Policy

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The whole check of one message (normalize, match, verdict), timed per message on realistic
/// 50–300-byte chat messages, against the default pack and against a pack of the shared
/// workload's phrases; normalization alone reported separately.
public enum CheckBenchmark {
    public struct Options: Sendable {
        public var workload: String
        public var sets: [String]
        public var messages: Int
        /// Sizes of the long messages of one violation repeated (see ``long``); none by default.
        public var longBytes: [Int] = []
        /// A folder to write the timed messages and each pack's phrases into, as a workload the
        /// shared kit's peer harnesses read (see ``export(_:_:to:)``); nil: none.
        public var export: String?

        public init(workload: String, sets: [String], messages: Int) {
            self.workload = workload
            self.sets = sets
            self.messages = messages
        }
    }

    /// What the long messages repeat: a sentence rewritten whole, a phrase rewritten alone,
    /// marks, a phrase with its exception, an opening-only phrase, slang, Ukrainian.
    static let repeated = [
        "it is your fault, ", "!!! ", "we guarantee a refund and we cannot guarantee it ",
        "sorry to bother you ",
        "np ", "Ти несеш нісенітницю. ",
    ]

    /// Times the check of one long message (a transcript line, a paste) per size and repeated
    /// text, against the bundled pack: when its time grows with the length, ten times the bytes
    /// take about ten times as long.
    static func long(sizes: [Int], emit: (String) -> Void, log: (String) -> Void) throws {
        guard !sizes.isEmpty else { return }
        let policies = try PolicySet.bundled()
        var context = CheckContext()
        for text in repeated {
            var times: [(bytes: Int, ms: Double)] = []
            for size in sizes {
                let unit = Array(text.utf8)
                let message = Array([[UInt8]](repeating: unit, count: max(1, size / unit.count)).joined())
                let start = nanoseconds()
                let verdict = policies.check(bytes: message, context: &context)
                let ms = Double(nanoseconds() - start) / 1e6
                times.append((message.count, ms))
                emit(
                    #"{"bench": "check", "long": \#(JSON.quote(text)), "bytes": \#(message.count), "hits": \#(verdict.hits.count), "ms": \#(format(ms, 2))}"#
                )
            }
            log(
                "  long message of \(JSON.quote(text)) repeated: "
                    + times.map { "\($0.bytes / 1000) KB \(format($0.ms, 1)) ms" }.joined(separator: ", "))
        }
    }

    /// Runs each pack (`default`, or a workload set such as `10k`) and hands one JSON line per
    /// pack to `emit`, a summary to `log`.
    public static func run(_ options: Options, emit: (String) -> Void, log: (String) -> Void) throws {
        let all = try Lines(path: options.workload + "/messages.txt")
        let picked = all.ranges.filter { (50...300).contains($0.count) }.prefix(options.messages)
        let messages = picked.map { Array(all.bytes[$0]) }
        if let folder = options.export { try writeLines(messages, to: folder + "/messages.txt") }
        for set in options.sets {
            let t0 = nanoseconds()
            let policies: PolicySet
            if set == "default" {
                policies = try PolicySet.bundled()
            } else if set.contains("/") {
                policies = try PolicySet.load(directory: set)
            } else {
                let phrases = try Lines(path: options.workload + "/patterns-\(set).txt")
                let rule = Rule(
                    id: "bench.\(set)", language: "xx", category: "bench", action: .flag,
                    notice: "benchmark phrase",
                    phrases: phrases.ranges.map {
                        Phrase(String(decoding: phrases.bytes[$0], as: UTF8.self))
                    },
                    suggestion: "ok")
                policies = try PolicySet(rules: [rule])
            }
            let buildMs = Double(nanoseconds() - t0) / 1e6
            if let folder = options.export { try export(set, policies, to: folder) }
            let row = measure(set: set, policies: policies, messages: messages, buildMs: buildMs)
            emit(row.json)
            log(row.summary)
        }
        try long(sizes: options.longBytes, emit: emit, log: log)
    }

    /// Writes pack `set`'s phrases and exceptions, one per line and each once, in the match form
    /// its automaton holds (without the space before those that must start a word), as
    /// `patterns-NAME.txt` in `folder`; NAME is the set's name, or a folder's last component.
    /// With the messages written beside them, the peers of the matcher benchmark match the same
    /// number of phrases over the same bytes as this check: the matching alone, in the same run.
    static func export(_ set: String, _ policies: PolicySet, to folder: String) throws {
        let name = set.split(separator: "/").last.map(String.init) ?? set
        let normalizer = Normalizer()
        var seen = Set<[UInt8]>()
        var forms: [[UInt8]] = []
        for rule in policies.rules {
            for phrase in rule.phrases + rule.exceptions {
                let form = normalizer.normalize(phrase.text).bytes
                if !form.isEmpty && seen.insert(form).inserted { forms.append(form) }
            }
        }
        try writeLines(forms, to: folder + "/patterns-\(name).txt")
    }

    static func writeLines(_ lines: [[UInt8]], to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw MatcherBenchmark.Failure.unwritable(path, String(cString: strerror(errno)))
        }
        for line in lines {
            _ = line.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fputc(0x0A, file)
        }
        let failed = ferror(file) != 0
        if fclose(file) != 0 || failed {
            throw MatcherBenchmark.Failure.unwritable(path, String(cString: strerror(errno)))
        }
    }

    struct Row {
        var set: String
        var rules: Int
        var phrases: Int
        var buildMs: Double
        var messages: Int
        var bytesMean: Double
        var normalize: (mean: Double, p50: Int, p99: Int)
        var check: (mean: Double, p50: Int, p99: Int)
        var withHits: Int
        /// p99 of the messages without hits and of those with hits, apart.
        var cleanP99: Int
        var hitP99: Int
        /// Messages that normalization takes in its one pass for plain text, and the whole
        /// check's p99 of those and of the others.
        var onePass: Int
        var onePassP99: Int
        var generalP99: Int
        var matcher: String
        /// The whole check's p50 and p99 by message length: 50–99, 100–199 and 200–300 bytes.
        var byLength: [(band: ClosedRange<Int>, messages: Int, p50: Int, p99: Int)]
        /// The p50 and p99 of the messages without hits by the script most of their letters are
        /// in: Latin, Cyrillic, Arabic.
        var cleanByScript: [(script: String, messages: Int, p50: Int, p99: Int)]

        var json: String {
            """
            {"bench": "check", "set": "\(set)", "rules": \(rules), "phrases": \(phrases), "build_ms": \(format(buildMs, 1)), \
            "msgs": \(messages), "msg_bytes_mean": \(format(bytesMean, 1)), \
            "normalize_ns_mean": \(format(normalize.mean, 1)), "normalize_ns_p50": \(normalize.p50), \
            "normalize_ns_p99": \(normalize.p99), "check_ns_mean": \(format(check.mean, 1)), \
            "check_ns_p50": \(check.p50), "check_ns_p99": \(check.p99), "msgs_with_hits": \(withHits), \
            "check_ns_p99_clean": \(cleanP99), "check_ns_p99_hits": \(hitP99), \
            "msgs_one_pass": \(onePass), "check_ns_p99_one_pass": \(onePassP99), "check_ns_p99_general": \(generalP99), \
            "by_length": [\(byLength.map { #"{"bytes": "\#($0.band.lowerBound)-\#($0.band.upperBound)", "msgs": \#($0.messages), "check_ns_p50": \#($0.p50), "check_ns_p99": \#($0.p99)}"# }.joined(separator: ", "))], \
            "clean_by_script": [\(cleanByScript.map { #"{"script": "\#($0.script)", "msgs": \#($0.messages), "check_ns_p50": \#($0.p50), "check_ns_p99": \#($0.p99)}"# }.joined(separator: ", "))]}
            """
        }

        var summary: String {
            "  check \(set) (\(rules) rules, \(phrases) phrases, \(matcher), built in \(format(buildMs, 1)) ms): \(messages) messages of "
                + "\(format(bytesMean, 0)) bytes on average; normalize p50 \(normalize.p50) ns p99 \(normalize.p99) ns; "
                + "whole check p50 \(check.p50) ns p99 \(check.p99) ns; \(withHits) with hits; "
                + "p99 without hits \(cleanP99) ns, with hits \(hitP99) ns; \(onePass) normalized in one pass, "
                + "p99 \(onePassP99) ns, the others \(generalP99) ns; by length "
                + byLength.map {
                    "\($0.band.lowerBound)–\($0.band.upperBound) bytes (\($0.messages)) p50 \($0.p50) ns p99 \($0.p99) ns"
                }.joined(separator: ", ") + "; without hits by script "
                + cleanByScript.map { "\($0.script) (\($0.messages)) p50 \($0.p50) ns p99 \($0.p99) ns" }
                .joined(separator: ", ")
        }
    }

    /// The script most of the letters of `message` are in, told from their first bytes:
    /// Latin (ASCII letters and U+0080–U+024F), Cyrillic (U+0400–U+052F) or Arabic
    /// (U+0600–U+06FF).
    static func script(_ message: [UInt8]) -> String {
        var latin = 0
        var cyrillic = 0
        var arabic = 0
        for b in message {
            if (b | 0x20) &- 0x61 < 26 || (b >= 0xC2 && b <= 0xC9) {
                latin += 1
            } else if b >= 0xD0 && b <= 0xD4 {
                cyrillic += 1
            } else if b >= 0xD8 && b <= 0xDB {
                arabic += 1
            }
        }
        if arabic > latin && arabic > cyrillic { return "arabic" }
        return cyrillic > latin ? "cyrillic" : "latin"
    }

    static func measure(set: String, policies: PolicySet, messages: [[UInt8]], buildMs: Double) -> Row {
        let normalizer = Normalizer()
        var out = NormalizedText()
        var scratch = Normalizer.Scratch()
        var context = CheckContext()
        // Warm up the tables and buffers.
        for m in messages.prefix(1_000) { _ = policies.check(bytes: m, context: &context) }

        var normalizeTimes = [Int](repeating: 0, count: messages.count)
        var total = 0
        var t = nanoseconds()
        for (i, m) in messages.enumerated() {
            let s = nanoseconds()
            m.withUnsafeBytes { normalizer.normalize(bytes: $0, into: &out, scratch: &scratch) }
            normalizeTimes[i] = nanoseconds() - s
            total &+= out.bytes.count
        }
        let normalizeMean = Double(nanoseconds() - t) / Double(messages.count)
        blackHole(total)

        var checkTimes = [Int](repeating: 0, count: messages.count)
        var withHits = 0
        var hitFlags = [Bool](repeating: false, count: messages.count)
        t = nanoseconds()
        for (i, m) in messages.enumerated() {
            let s = nanoseconds()
            let v = policies.check(bytes: m, context: &context)
            checkTimes[i] = nanoseconds() - s
            if !v.hits.isEmpty {
                withHits += 1
                hitFlags[i] = true
            }
        }
        let checkMean = Double(nanoseconds() - t) / Double(messages.count)
        let clean = checkTimes.indices.filter { !hitFlags[$0] }.map { checkTimes[$0] }.sorted()
        let hit = checkTimes.indices.filter { hitFlags[$0] }.map { checkTimes[$0] }.sorted()
        let plain = messages.map { m in m.withUnsafeBytes { normalizer.takesOnePass($0) } }
        let onePass = checkTimes.indices.filter { plain[$0] }.map { checkTimes[$0] }.sorted()
        let general = checkTimes.indices.filter { !plain[$0] }.map { checkTimes[$0] }.sorted()
        func p(_ a: [Int], _ q: Int) -> Int { a.isEmpty ? 0 : a[a.count * q / 100] }
        let byLength = [50...99, 100...199, 200...300].map { band in
            let times = checkTimes.indices.filter { band.contains(messages[$0].count) }.map { checkTimes[$0] }
                .sorted()
            return (band: band, messages: times.count, p50: p(times, 50), p99: p(times, 99))
        }
        let scripts = messages.map(script)
        let cleanByScript = ["latin", "cyrillic", "arabic"].map { name in
            let times = checkTimes.indices.filter { !hitFlags[$0] && scripts[$0] == name }.map {
                checkTimes[$0]
            }
            .sorted()
            return (script: name, messages: times.count, p50: p(times, 50), p99: p(times, 99))
        }
        normalizeTimes.sort()
        checkTimes.sort()
        return Row(
            set: set, rules: policies.rules.count, phrases: policies.phraseCount, buildMs: buildMs,
            messages: messages.count,
            bytesMean: Double(messages.map(\.count).reduce(0, +)) / Double(max(messages.count, 1)),
            normalize: (normalizeMean, p(normalizeTimes, 50), p(normalizeTimes, 99)),
            check: (checkMean, p(checkTimes, 50), p(checkTimes, 99)), withHits: withHits,
            cleanP99: p(clean, 99), hitP99: p(hit, 99), onePass: onePass.count, onePassP99: p(onePass, 99),
            generalP99: p(general, 99),
            matcher:
                "\(policies.matcher.engine) \(policies.matcher.states) states \(policies.matcher.bytes / 1024) KiB",
            byLength: byLength, cleanByScript: cleanByScript
        )
    }
}
