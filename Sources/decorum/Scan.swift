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

            A FILE that cannot be read is named on standard error and left out; the report covers \
            the files that were read, and the command then exits with status 66 (EX_NOINPUT) \
            rather than 0.
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

    /// The exit status when some FILE could not be read (EX_NOINPUT of sysexits.h).
    static let unreadableFileStatus: Int32 = 66

    func run() throws {
        let set = try policyOptions.load()
        let fileFormat: TranscriptScan.Format =
            textField.map { .ndjson(textField: $0, agentField: agentField) } ?? .lines
        var progress =
            Terminal.isStandardError
            ? ProgressBar(columns: standardErrorColumns, write: writeToStandardError) : nil
        // The text lists `show` flagged messages: only those are kept.
        let (scan, unreadable) = Scan.scan(
            files, format: fileFormat, policies: set,
            keepFlagged: format == .json ? TranscriptScan.keptFlagged : max(show, 0),
            progress: &progress, reportError: printToStandardError)
        print(format == .json ? scan.json : ScanOutput.text(scan, show: show))
        if !unreadable.isEmpty { throw ExitCode(Scan.unreadableFileStatus) }
    }

    /// Scans every file of `files` that can be read; each one that cannot is passed to
    /// `reportError` (after the progress bar is cleared) and returned in `unreadable`.
    static func scan(
        _ files: [String], format: TranscriptScan.Format, policies: PolicySet,
        keepFlagged: Int = TranscriptScan.keptFlagged,
        progress: inout ProgressBar?, reportError: (String) -> Void
    ) -> (scan: TranscriptScan, unreadable: [String]) {
        var scan = TranscriptScan()
        var unreadable: [String] = []
        for file in files {
            do {
                var reader = TranscriptScan.Reader(
                    file: file, format: format, policies: policies, keepFlagged: keepFlagged)
                try TranscriptFile.read(file) { piece, size in
                    reader.feed(piece, into: &scan) { done in
                        if size > 0 {
                            progress?.update(file: file, done: done, total: max(size, done))
                        } else {
                            progress?.update(file: file, read: done)
                        }
                    }
                }
                reader.finish(into: &scan) { done in progress?.update(file: file, done: done, total: done) }
            } catch {
                progress?.clear()
                reportError("decorum scan: \(error)")
                unreadable.append(file)
            }
        }
        progress?.clear()
        return (scan, unreadable)
    }
}

/// Reading a transcript, with the system's reason when it cannot be read.
enum TranscriptFile {
    struct Unreadable: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot read \(path): \(reason)" }
    }

    /// Hands `body` the file a piece at a time, with its size (0 when it has none, as a pipe),
    /// so that a transcript of any size is read in the memory of one piece.
    static func read(
        _ path: String, _ body: (UnsafeRawBufferPointer, _ size: Int) -> Void
    ) throws(Unreadable) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        let size =
            fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw Unreadable(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { return }
            chunk.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<n]), size) }
        }
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
        draw(file: file, " [\(cells)] \(100 * part / whole)%")
    }

    /// For a file of unknown size (a pipe): how much of it is read.
    mutating func update(file: String, read done: Int) {
        draw(file: file, done < 1_000_000 ? " \(done / 1_000) KB read" : " \(done / 1_000_000) MB read")
    }

    /// The file's name, shortened from the left as the line needs, then `bar`.
    private mutating func draw(file: String, _ bar: String) {
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
            lines.append("skipped \(scan.skippedLines) line(s):")
            for s in scan.skipped.prefix(show) { lines.append("  \(s.file):\(s.line): \(s.reason)") }
        }
        if !scan.flagged.isEmpty && show > 0 {
            lines.append("flagged messages:")
            for f in scan.flagged.prefix(show) {
                var rules = f.verdict.hits.prefix(10).map { "\($0.rule) “\($0.text)”" }.joined(
                    separator: "; ")
                if f.hits > 10 { rules += "; and \(f.hits - 10) more" }
                lines.append("  \(f.file):\(f.line) [\(f.verdict.action)] \(rules)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
