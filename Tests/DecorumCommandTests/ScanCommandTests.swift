import Foundation
import Policy
import TestSupport
import Testing

@testable import decorum

/// `decorum scan`'s progress bar: the exact bytes it writes to the terminal.
struct ProgressBarTests {
    /// A bar writing into a buffer, and the buffer.
    final class Screen {
        var written = ""
        var writes = 0
        func bar(width: Int = 10, columns: Int = 80) -> ProgressBar {
            ProgressBar(width: width, columns: columns) {
                self.written += $0
                self.writes += 1
            }
        }
    }

    @Test("each update rewrites only the bar's own line, and the end clears it")
    func bytes() {
        let screen = Screen()
        var bar = screen.bar()
        bar.update(file: "chat.txt", done: 250, total: 1000)
        #expect(screen.written == "\r\u{1B}[2Kchat.txt [##........] 25%")
        bar.update(file: "chat.txt", done: 251, total: 1000)
        #expect(screen.writes == 1, "an update that changes nothing on screen writes nothing")
        bar.update(file: "chat.txt", done: 500, total: 1000)
        bar.update(file: "chat.txt", done: 1000, total: 1000)
        bar.clear()
        bar.clear()
        #expect(
            screen.written
                == "\r\u{1B}[2Kchat.txt [##........] 25%"
                + "\r\u{1B}[2Kchat.txt [#####.....] 50%"
                + "\r\u{1B}[2Kchat.txt [##########] 100%"
                + "\r\u{1B}[2K")
        #expect(screen.writes == 4)
        #expect(!screen.written.contains("\u{1B}[1A"), "never moves to the line above")
        #expect(!screen.written.contains("\n"), "never leaves its line")
    }

    @Test("a bar never drawn writes nothing when cleared; an empty file shows as done")
    func nothingDrawn() {
        let screen = Screen()
        var bar = screen.bar()
        bar.clear()
        #expect(screen.written == "")
        bar.update(file: "empty.txt", done: 0, total: 0)
        #expect(screen.written == "\r\u{1B}[2Kempty.txt [##########] 100%")
    }

    @Test("the line stays narrower than the terminal, shortening the file name from the left")
    func narrowTerminal() {
        let screen = Screen()
        var bar = screen.bar(columns: 30)
        bar.update(file: "/var/log/chat/transcripts-2026-12.ndjson", done: 1, total: 2)
        #expect(screen.written == "\r\u{1B}[2K…6-12.ndjson [#####.....] 50%")
        #expect(screen.written.dropFirst(ProgressBar.redraw.count).count == 29)
    }
}

/// `decorum scan` over files some of which cannot be read: the others are scanned, each
/// unreadable one is reported once the progress bar is cleared.
struct ScanUnreadableFileTests {
    @Test("an unreadable file is reported and skipped; the files around it are scanned")
    func skipsUnreadableFiles() throws {
        let dir = try TemporaryFiles.folder("decorum-scan")
        let first = dir.appendingPathComponent("first.txt").path
        let second = dir.appendingPathComponent("second.txt").path
        let missing = dir.appendingPathComponent("missing.txt").path
        try "It is your fault\nall good here\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "fine\n".write(toFile: second, atomically: true, encoding: .utf8)

        var events: [String] = []
        var progress: ProgressBar? = ProgressBar(width: 4, columns: 200) { events.append("screen " + $0) }
        let (scan, unreadable) = Scan.scan(
            [first, missing, second], format: .lines, policies: try PolicySet.bundled(), progress: &progress,
            reportError: { events.append("error " + $0) })
        #expect(scan.files == 2)
        #expect(scan.messages == 3)
        #expect(scan.messagesWithHits == 1)
        #expect(unreadable == [missing])
        #expect(
            events == [
                "screen \r\u{1B}[2K\(first) [####] 100%",
                "screen \r\u{1B}[2K",
                "error decorum scan: cannot read \(missing): No such file or directory",
                "screen \r\u{1B}[2K\(second) [####] 100%",
                "screen \r\u{1B}[2K",
            ])
    }

    @Test("the files' flagged messages are kept up to the number asked for, all counted")
    func keepsWhatIsShown() throws {
        let dir = try TemporaryFiles.folder("decorum-scan")
        let file = dir.appendingPathComponent("t.txt").path
        try String(repeating: "It is your fault\n", count: 30).write(
            toFile: file, atomically: true, encoding: .utf8)
        var progress: ProgressBar? = nil
        for keep in [0, 5, 1_000] {
            let (scan, _) = Scan.scan(
                [file], format: .lines, policies: try PolicySet.bundled(), keepFlagged: keep,
                progress: &progress,
                reportError: { _ in })
            #expect(scan.messagesWithHits == 30)
            #expect(scan.flagged.count == min(keep, 30))
        }
    }
}

/// A transcript read a piece at a time, as `decorum scan` reads files: the same report as the
/// whole transcript at once, wherever the pieces cut its lines.
struct ScanPiecesTests {
    static let transcript = Data(
        """
        Hi Anna, your parcel left today.\r
        It is your fault, you should have read the manual.

        {"text": "Ти несеш нісенітницю.", "agent": "oksana"}
        not json at all
        lol, np, I'll check it
        PLEASE READ MY PREVIOUS MESSAGE!
        no line feed at the end: it is your fault
        """.utf8)

    static func report(_ scan: TranscriptScan) -> String {
        scan.json + " \(scan.flagged.map(\.line)) \(scan.skipped.map(\.line))"
    }

    @Test(
        "pieces of every size give the report of the whole",
        arguments: [TranscriptScan.Format.lines, .ndjson(textField: "text", agentField: "agent")])
    func pieces(format: TranscriptScan.Format) throws {
        let policies = try PolicySet.bundled()
        var whole = TranscriptScan()
        whole.scan(Self.transcript, file: "t", format: format, policies: policies)
        #expect(whole.messages > 0)
        let bytes = Array(Self.transcript)
        for size in [1, 2, 3, 7, 64, bytes.count] {
            var scan = TranscriptScan()
            var reader = TranscriptScan.Reader(file: "t", format: format, policies: policies)
            var reported: [Int] = []
            var start = 0
            while start < bytes.count {
                let end = min(start + size, bytes.count)
                bytes[start..<end].withUnsafeBytes { reader.feed($0, into: &scan) { reported.append($0) } }
                start = end
            }
            reader.finish(into: &scan) { reported.append($0) }
            #expect(Self.report(scan) == Self.report(whole), "pieces of \(size) bytes")
            #expect(reported == [bytes.count], "small: one report, at the end")
        }
    }

    @Test("a file of unknown size shows how much is read rather than a share")
    func unknownSize() {
        var written = ""
        var bar = ProgressBar(width: 10, columns: 80) { written += $0 }
        bar.update(file: "/dev/stdin", read: 1_500)
        bar.update(file: "/dev/stdin", read: 12_345_678)
        #expect(written == "\r\u{1B}[2K/dev/stdin 1 KB read\r\u{1B}[2K/dev/stdin 12 MB read")
    }
}

/// A transcript that would fill memory if every verdict were kept whole: the tables count
/// everything, the list keeps a bounded part, and the JSON says how much there was.
struct ScanBoundsTests {
    @Test("a line of thousands of hits is listed with its first hundred, and counted whole")
    func manyHits() throws {
        let policies = try PolicySet.bundled()
        let line = String(repeating: "it is your fault, ", count: 400)
        var scan = TranscriptScan()
        scan.scan(Data((line + "\nall good here\n").utf8), file: "t", format: .lines, policies: policies)
        #expect(scan.messages == 2)
        let flagged = try #require(scan.flagged.first)
        #expect(flagged.hits == 400)
        #expect(flagged.verdict.hits.count == TranscriptScan.keptHits)
        #expect(scan.byRule.values.reduce(0, +) == 400)
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(scan.json.utf8)) as? [String: Any])
        let listed = try #require((json["flagged"] as? [[String: Any]])?.first)
        #expect(listed["hits"] as? Int == 400)
        #expect(((listed["verdict"] as? [String: Any])?["hits"] as? [Any])?.count == 100)
    }

    @Test("the list stops at its bytes; every message is still counted")
    func byteBudget() throws {
        let policies = try PolicySet.bundled()
        // 200 lines of about 20 KB each with a hit, against a list of a megabyte.
        let line = String(repeating: "fine words ", count: 1_800) + "it is your fault"
        var scan = TranscriptScan()
        var reader = TranscriptScan.Reader(file: "t", format: .lines, policies: policies, keepBytes: 1 << 20)
        let bytes = Array((line + "\n").utf8)
        for _ in 0..<200 { bytes.withUnsafeBytes { reader.feed($0, into: &scan) { _ in } } }
        reader.finish(into: &scan) { _ in }
        #expect(scan.messagesWithHits == 200)
        #expect(scan.byRule.values.reduce(0, +) == 200)
        // About 20 KB a message (its rewrite is one short sentence): about 52 fill the megabyte,
        // and the next one would not fit.
        let each = scan.flaggedBytes / max(scan.flagged.count, 1)
        #expect(each >= bytes.count - 1)
        #expect((40...60).contains(scan.flagged.count), "\(scan.flagged.count)")
        #expect(scan.flaggedBytes + each > 1 << 20)
        #expect(scan.flaggedBytes <= 1 << 20)
    }

    @Test("unreadable lines are all counted, the first thousand listed")
    func skipped() throws {
        let policies = try PolicySet.bundled()
        let transcript =
            String(repeating: "not json\n", count: 1_500) + #"{"text": "it is your fault"}"# + "\n"
        var scan = TranscriptScan()
        scan.scan(
            Data(transcript.utf8), file: "t", format: .ndjson(textField: "text", agentField: nil),
            policies: policies)
        #expect(scan.skippedLines == 1_500)
        #expect(scan.skipped.count == TranscriptScan.keptSkipped)
        #expect(scan.messagesWithHits == 1)
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(scan.json.utf8)) as? [String: Any])
        #expect(json["skipped_lines"] as? Int == 1_500)
        #expect((json["skipped"] as? [Any])?.count == 1_000)
    }
}
