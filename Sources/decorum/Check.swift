import ArgumentParser
import Foundation
import Policy

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check messages against the policies.",
        discussion: """
            Checks each MESSAGE, or each line of standard input when none is given. With --format json \
            prints exactly one JSON object per message, in order: {"action", "hits": [{"rule", "category", \
            "action", "start", "end", "text"}], "suggestion"}, where start and end are UTF-8 byte offsets \
            into the message as given.
            """
    )

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Argument(help: "Messages to check (default: one per line from standard input).")
    var messages: [String] = []

    func run() throws {
        let set = try policyOptions.load()
        var context = CheckContext()
        let color = Terminal.isStandardOutput
        func handle(_ bytes: [UInt8]) {
            let verdict = set.check(bytes: bytes, context: &context)
            print(format == .json ? verdict.json : CheckOutput.text(bytes, verdict, color: color))
        }
        if !messages.isEmpty {
            for m in RawInput.bytes(ofArguments: messages) { handle(m) }
            return
        }
        // Bytes, not text: offsets are into the line as given, invalid UTF-8 included.
        RawInput.forEachLine(ofDescriptor: 0) { handle($0) }
    }
}

/// Input as the bytes given, before anything replaces invalid UTF-8.
enum RawInput {
    /// The bytes of the command-line arguments that read as `arguments`, in order (arguments
    /// reach the command as text, invalid UTF-8 replaced).
    static func bytes(ofArguments arguments: [String]) -> [[UInt8]] {
        var next = 1
        return arguments.map { argument in
            guard argument.unicodeScalars.contains("\u{FFFD}") else { return Array(argument.utf8) }
            // The first argument from where the last one was found that reads the same.
            for i in next..<Int(CommandLine.argc) {
                guard let pointer = CommandLine.unsafeArgv[i] else { continue }
                let raw = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
                if String(decoding: raw, as: UTF8.self) == argument {
                    next = i + 1
                    return Array(raw)
                }
            }
            return Array(argument.utf8)
        }
    }

    /// Calls `body` with each line read from `descriptor` as it arrives, without its line feed
    /// (nor the carriage return before it); the last line also without one.
    static func forEachLine(ofDescriptor descriptor: Int32, _ body: ([UInt8]) -> Void) {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var from = 0
            for i in 0..<n where chunk[i] == 0x0A {
                pending.append(contentsOf: chunk[from..<i])
                if pending.last == 0x0D { pending.removeLast() }
                body(pending)
                pending.removeAll(keepingCapacity: true)
                from = i + 1
            }
            pending.append(contentsOf: chunk[from..<n])
        }
        if !pending.isEmpty {
            if pending.last == 0x0D { pending.removeLast() }
            body(pending)
        }
    }
}

/// The text form of a verdict: the message with its hits highlighted, the action, one line
/// per hit, and the suggestion.
enum CheckOutput {
    static func text(_ message: [UInt8], _ verdict: Verdict, color: Bool) -> String {
        let (red, yellow, bold, reset) =
            color ? ("\u{1B}[31m", "\u{1B}[33m", "\u{1B}[1m", "\u{1B}[0m") : ("", "", "", "")
        guard !verdict.hits.isEmpty else {
            return "\(bold)allow\(reset)  \(String(decoding: message, as: UTF8.self))"
        }
        var highlighted = ""
        var at = 0
        for hit in verdict.hits where hit.start >= at {
            highlighted += String(decoding: message[at..<hit.start], as: UTF8.self)
            let mark = hit.action >= .hold ? red : yellow
            highlighted += color ? mark + bold + hit.text + reset : "[" + hit.text + "]"
            at = hit.end
        }
        highlighted += String(decoding: message[at...], as: UTF8.self)
        var lines = ["\(bold)\(verdict.action)\(reset)  \(highlighted)"]
        for hit in verdict.hits { lines.append("  - \(hit.rule): \(hit.explanation)") }
        if let s = verdict.suggestion { lines.append("  suggestion: \(s)") }
        return lines.joined(separator: "\n")
    }
}
