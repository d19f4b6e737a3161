import Foundation

/// Audits chat transcripts: every message checked, counted per rule, category and agent.
public struct TranscriptScan: Sendable {
    public struct Counts: Sendable, Codable {
        public var messages = 0
        public var hits = 0
    }

    public struct Flagged: Sendable {
        public var file: String
        public var line: Int
        public var agent: String?
        /// The verdict with its first ``keptHits`` hits.
        public var verdict: Verdict
        /// How many hits the message has in all.
        public var hits: Int
        public var text: String
    }

    /// The messages with hits listed, by default (the text report keeps only those it prints).
    public static let keptFlagged = 1_000
    /// The hits kept of one listed message: a transcript line of thousands of hits is listed with
    /// its first hundred (every hit is counted in the tables).
    public static let keptHits = 100
    /// The bytes of text, rewrite and hits kept for the listed messages in all, by default: past
    /// them, no more are listed, so that a transcript of long lines full of hits is scanned in
    /// bounded memory.
    public static let keptBytes = 64 << 20
    /// The unreadable lines listed with their reasons; all are counted.
    public static let keptSkipped = 1_000

    public var files = 0
    public var messages = 0
    /// Messages with at least one hit.
    public var messagesWithHits = 0
    public var byAction: [Action: Int] = [:]
    public var byRule: [String: Int] = [:]
    public var byCategory: [String: Int] = [:]
    public var byAgent: [String: Counts] = [:]
    /// Lines that could not be read (bad JSON, missing field), with why: the first
    /// ``keptSkipped``, and how many in all.
    public var skipped: [(file: String, line: Int, reason: String)] = []
    public var skippedLines = 0
    /// The messages with hits, listed: the first `keepFlagged` of the reader's (``keptFlagged`` by
    /// default) within its `keepBytes` (``keptBytes`` by default).
    public var flagged: [Flagged] = []
    /// The bytes that `flagged` holds, as ``keptBytes`` counts them.
    public private(set) var flaggedBytes = 0

    public init() {}

    /// How to read each line of a transcript.
    public enum Format: Sendable {
        /// One message per line.
        case lines
        /// One JSON object per line; the text and, optionally, the agent at these keys (a dot
        /// separates nested keys).
        case ndjson(textField: String, agentField: String?)
    }

    /// Checks every message of `data`, calling `progress` with the bytes read so far.
    public mutating func scan(
        _ data: Data, file: String, format: Format, policies: PolicySet,
        keepFlagged: Int = TranscriptScan.keptFlagged,
        progress: (Int) -> Void = { _ in }
    ) {
        var reader = Reader(file: file, format: format, policies: policies, keepFlagged: keepFlagged)
        data.withUnsafeBytes { reader.feed($0, into: &self, progress: progress) }
        reader.finish(into: &self, progress: progress)
    }

    /// Reads one transcript a piece at a time (as it comes from a file), so that only its current
    /// line is held, whatever its size: lines that span pieces are put together.
    public struct Reader {
        let file: String
        let format: Format
        let policies: PolicySet
        let keepFlagged: Int
        let keepBytes: Int
        var context = CheckContext()
        var lineNumber = 0
        /// The start of a line whose end is in a later piece.
        var pending: [UInt8] = []
        /// Bytes read, and those when `progress` was last called.
        var done = 0
        var lastReport = 0
        var started = false

        public init(
            file: String, format: Format, policies: PolicySet, keepFlagged: Int = TranscriptScan.keptFlagged,
            keepBytes: Int = TranscriptScan.keptBytes
        ) {
            self.file = file
            self.format = format
            self.policies = policies
            self.keepFlagged = keepFlagged
            self.keepBytes = keepBytes
        }

        /// Counts the transcript once, when its first piece (or its end) comes.
        private mutating func begin(_ scan: inout TranscriptScan) {
            guard !started else { return }
            started = true
            scan.files += 1
        }

        /// Checks the lines that `piece` ends; keeps the start of the one it leaves open.
        public mutating func feed(
            _ piece: UnsafeRawBufferPointer, into scan: inout TranscriptScan, progress: (Int) -> Void
        ) {
            begin(&scan)
            var start = 0
            while start < piece.count {
                guard let newline = piece[start...].firstIndex(of: 0x0A) else {
                    pending.append(contentsOf: piece[start...])
                    done += piece.count - start
                    return
                }
                var line = pending
                pending = []
                line.append(contentsOf: piece[start..<newline])
                done += newline + 1 - start
                start = newline + 1
                scan.check(line: line, reader: &self)
                if done - lastReport > 1 << 16 {
                    progress(done)
                    lastReport = done
                }
            }
        }

        /// Checks the last line, if the transcript does not end with a line feed.
        public mutating func finish(into scan: inout TranscriptScan, progress: (Int) -> Void) {
            begin(&scan)
            if !pending.isEmpty {
                let line = pending
                pending = []
                scan.check(line: line, reader: &self)
            }
            if done > 0 && done != lastReport { progress(done) }
        }
    }

    /// Checks one line of a transcript (its line feed taken off) and counts it.
    mutating func check(line: [UInt8], reader: inout Reader) {
        reader.lineNumber += 1
        let (file, lineNumber) = (reader.file, reader.lineNumber)
        var line = line
        if line.last == 0x0D { line.removeLast() }
        if line.isEmpty { return }
        var text = line
        var agent: String? = nil
        if case .ndjson(let textField, let agentField) = reader.format {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                skip(file, lineNumber, "not a JSON object")
                return
            }
            guard let value = TranscriptScan.lookup(object, textField) as? String else {
                skip(file, lineNumber, "no text at '\(textField)'")
                return
            }
            text = Array(value.utf8)
            if let agentField { agent = TranscriptScan.lookup(object, agentField).map { "\($0)" } }
        }
        let verdict = reader.policies.check(bytes: text, context: &reader.context)
        messages += 1
        let agentKey = agent ?? "(unknown)"
        byAgent[agentKey, default: Counts()].messages += 1
        guard !verdict.hits.isEmpty else { return }
        messagesWithHits += 1
        byAction[verdict.action, default: 0] += 1
        byAgent[agentKey, default: Counts()].hits += verdict.hits.count
        for hit in verdict.hits {
            byRule[hit.rule, default: 0] += 1
            byCategory[hit.category, default: 0] += 1
        }
        guard flagged.count < reader.keepFlagged else { return }
        var kept = verdict
        if kept.hits.count > TranscriptScan.keptHits { kept.hits.removeSubrange(TranscriptScan.keptHits...) }
        // The hits' strings: the rule's own are shared, the text and replacement are the message's.
        let bytes =
            text.count + (kept.suggestion?.utf8.count ?? 0)
            + kept.hits.reduce(0) { $0 + 64 + $1.text.utf8.count + ($1.replacement?.utf8.count ?? 0) }
        guard flaggedBytes + bytes <= reader.keepBytes else { return }
        flaggedBytes += bytes
        flagged.append(
            Flagged(
                file: file, line: lineNumber, agent: agent, verdict: kept, hits: verdict.hits.count,
                text: String(decoding: text, as: UTF8.self)))
    }

    /// Counts a line that could not be read, listing the first ``keptSkipped``.
    mutating func skip(_ file: String, _ line: Int, _ reason: String) {
        skippedLines += 1
        if skipped.count < TranscriptScan.keptSkipped { skipped.append((file, line, reason)) }
    }

    static func lookup(_ object: [String: Any], _ path: String) -> Any? {
        var current: Any? = object
        for key in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(key)]
        }
        return current
    }

    /// The report as one JSON object.
    public var json: String {
        func table(_ d: [String: Int]) -> String {
            "{"
                + d.sorted { $0.key < $1.key }.map { "\(JSON.quote($0.key)): \($0.value)" }.joined(
                    separator: ", ") + "}"
        }
        let agents = byAgent.sorted { $0.key < $1.key }.map {
            "\(JSON.quote($0.key)): {\"messages\": \($0.value.messages), \"hits\": \($0.value.hits)}"
        }.joined(separator: ", ")
        let actions = table(Dictionary(uniqueKeysWithValues: byAction.map { ($0.key.rawValue, $0.value) }))
        let flaggedJSON = flagged.map { f in
            "{\"file\": \(JSON.quote(f.file)), \"line\": \(f.line), \"agent\": \(f.agent.map(JSON.quote) ?? "null"), "
                + "\"text\": \(JSON.quote(f.text)), \"hits\": \(f.hits), \"verdict\": \(f.verdict.json)}"
        }.joined(separator: ", ")
        let skippedJSON = skipped.map {
            "{\"file\": \(JSON.quote($0.file)), \"line\": \($0.line), \"reason\": \(JSON.quote($0.reason))}"
        }.joined(separator: ", ")
        return
            "{\"files\": \(files), \"messages\": \(messages), \"messages_with_hits\": \(messagesWithHits), "
            + "\"by_action\": \(actions), \"by_rule\": \(table(byRule)), \"by_category\": \(table(byCategory)), "
            + "\"by_agent\": {\(agents)}, \"flagged\": [\(flaggedJSON)], \"skipped_lines\": \(skippedLines), "
            + "\"skipped\": [\(skippedJSON)]}"
    }
}
