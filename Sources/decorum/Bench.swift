import AhoCorasick
import ArgumentParser
import Benchmarks

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Decorum's components (build with -c release).",
        subcommands: [Matcher.self, CheckMessages.self]
    )

    struct Matcher: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the phrase matcher on the shared Aho-Corasick workload.",
            discussion: """
                Reads patterns-SET.txt and messages.txt from the workload folder and prints one JSON \
                line per (set, semantics) in the schema of the peer harnesses; a summary goes to \
                standard error.
                """
        )

        @Option(help: "The workload folder made by gen_workload.py.")
        var workload: String

        @Option(help: "Comma-separated pattern sets.")
        var sets: String = "100,1k,10k,100k"

        @Option(help: "Comma-separated semantics: overlapping, leftmost-longest, leftmost-first.")
        var semantics: String = "overlapping,leftmost-longest"

        @Option(help: "Force one engine (dfa or nfa) instead of the automatic choice.")
        var engine: String?

        @Option(help: "States up to this depth get dense rows in the NFA engine.")
        var denseDepth: Int?

        @Flag(inversion: .prefixedNo, help: "Scan ahead from the start state when few bytes leave it.")
        var prefilter = true

        func run() throws {
            let kinds = try semantics.split(separator: ",").map { name in
                guard let kind = MatchKind(rawValue: String(name)) else {
                    throw ValidationError("unknown semantics '\(name)'")
                }
                return kind
            }
            var forced: Engine? = nil
            if let engine {
                guard let e = Engine(rawValue: engine) else {
                    throw ValidationError("unknown engine '\(engine)'")
                }
                forced = e
            }
            let options = MatcherBenchmark.Options(
                workload: workload, sets: sets.split(separator: ",").map(String.init), kinds: kinds,
                engine: forced,
                denseDepth: denseDepth, prefilter: prefilter)
            try MatcherBenchmark.run(options, emit: { print($0) }, log: { printToStandardError($0) })
        }
    }

    struct CheckMessages: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Time the whole check of one message (normalize, match, verdict), per message.",
            discussion: """
                Uses the 50–300-byte messages of the shared workload, against the bundled pack (set \
                'default') and against packs made of the workload's phrase sets (e.g. '10k'); prints one \
                JSON line per set, normalization alone reported separately.
                """
        )

        @Option(help: "The workload folder made by gen_workload.py.")
        var workload: String

        @Option(help: "Comma-separated packs: default, and workload sets such as 10k.")
        var sets: String = "default,10k"

        @Option(help: "How many messages to time.")
        var messages: Int = 100_000

        func run() throws {
            let options = CheckBenchmark.Options(
                workload: workload, sets: sets.split(separator: ",").map(String.init), messages: messages)
            try CheckBenchmark.run(options, emit: { print($0) }, log: { printToStandardError($0) })
        }
    }
}
