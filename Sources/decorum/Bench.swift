import AhoCorasick
import ArgumentParser
import MatcherBenchmark

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Decorum's components (build with -c release).",
        subcommands: [Matcher.self]
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
}
