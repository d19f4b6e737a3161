import ArgumentParser
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
            for m in messages { handle(Array(m.utf8)) }
            return
        }
        while let line = readLine(strippingNewline: true) {
            handle(Array(line.utf8))
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
