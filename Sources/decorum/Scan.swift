import ArgumentParser
import Foundation
import Policy

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit chat transcripts: a summary per rule, category and agent.",
        discussion: """
            Each FILE holds one message per line, or one JSON object per line with --text-field (and \
            optionally --agent-field; a dot separates nested keys).

            A progress bar is drawn on standard error when it is a terminal.
            """
    )

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "For NDJSON transcripts: the key of the message text.")
    var textField: String?

    @Option(help: "For NDJSON transcripts: the key of the agent.")
    var agentField: String?

    @Option(help: "How many flagged messages to list.")
    var show: Int = 20

    @Argument(help: "Transcript files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one transcript file") }
        if agentField != nil && textField == nil { throw ValidationError("--agent-field needs --text-field") }
    }

    func run() throws {
        let set = try policyOptions.load()
        var scan = TranscriptScan()
        let fileFormat: TranscriptScan.Format =
            textField.map { .ndjson(textField: $0, agentField: agentField) } ?? .lines
        var progress =
            Terminal.isStandardError
            ? ProgressBar(columns: standardErrorColumns, write: writeToStandardError) : nil
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                progress?.clear()
                throw ValidationError("cannot read \(file)")
            }
            scan.scan(data, file: file, format: fileFormat, policies: set) { done in
                progress?.update(file: file, done: done, total: data.count)
            }
        }
        progress?.clear()
        if format == .json {
            print(scan.json)
            return
        }
        print(ScanOutput.text(scan, show: show))
    }
}

/// A progress bar that only ever rewrites its own line: each drawing goes back to the start of
/// the line (CR), clears it (ESC[2K) and writes the bar without a line feed, so the lines above
/// stay as they were; `clear()` leaves the line empty for what is printed next.
struct ProgressBar {
    /// Cells in the bar.
    let width: Int
    /// The terminal's width: the line is kept shorter, since a line that wraps could not be
    /// cleared whole.
    let columns: Int
    let write: (String) -> Void
    /// The line on screen, if any.
    private var shown: String? = nil

    init(width: Int = 30, columns: Int, write: @escaping (String) -> Void) {
        self.width = width
        self.columns = columns
        self.write = write
    }

    static let redraw = "\r\u{1B}[2K"

    mutating func update(file: String, done: Int, total: Int) {
        let (part, whole) = total > 0 ? (min(max(done, 0), total), total) : (1, 1)
        let filled = width * part / whole
        let cells = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let bar = " [\(cells)] \(100 * part / whole)%"
        let room = columns - 1 - bar.count
        var name = file
        if name.count > room { name = room > 1 ? "…" + name.suffix(room - 1) : "" }
        let line = String((name + bar).prefix(max(columns - 1, 0)))
        guard line != shown else { return }
        write(ProgressBar.redraw + line)
        shown = line
    }

    mutating func clear() {
        guard shown != nil else { return }
        write(ProgressBar.redraw)
        shown = nil
    }
}

enum ScanOutput {
    static func text(_ scan: TranscriptScan, show: Int) -> String {
        var lines: [String] = []
        let share = scan.messages == 0 ? 0 : 100 * Double(scan.messagesWithHits) / Double(scan.messages)
        lines.append(
            "\(scan.messages) messages in \(scan.files) file(s); \(scan.messagesWithHits) with hits ("
                + String(format: "%.2f", share) + "%)")
        if !scan.byAction.isEmpty {
            lines.append(
                "by action: "
                    + scan.byAction.sorted { $0.key > $1.key }.map { "\($0.key) \($0.value)" }.joined(
                        separator: ", "))
        }
        func section(_ title: String, _ d: [String: Int]) {
            guard !d.isEmpty else { return }
            lines.append("\(title):")
            for (k, v) in d.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                lines.append("  \(v)\t\(k)")
            }
        }
        section("by category", scan.byCategory)
        section("by rule", scan.byRule)
        let agents = scan.byAgent.filter { $0.key != "(unknown)" }
        if !agents.isEmpty {
            lines.append("by agent (hits / messages):")
            for (k, v) in agents.sorted(by: { ($1.value.hits, $0.key) < ($0.value.hits, $1.key) }) {
                lines.append("  \(v.hits) / \(v.messages)\t\(k)")
            }
        }
        if !scan.skipped.isEmpty {
            lines.append("skipped \(scan.skipped.count) line(s):")
            for s in scan.skipped.prefix(show) { lines.append("  \(s.file):\(s.line): \(s.reason)") }
        }
        if !scan.flagged.isEmpty && show > 0 {
            lines.append("flagged messages:")
            for f in scan.flagged.prefix(show) {
                let rules = f.verdict.hits.map { "\($0.rule) “\($0.text)”" }.joined(separator: "; ")
                lines.append("  \(f.file):\(f.line) [\(f.verdict.action)] \(rules)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
