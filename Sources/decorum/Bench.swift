import AhoCorasick
import ArgumentParser
import Benchmarks
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Decorum's components (build with -c release).",
        subcommands: [Matcher.self, CheckMessages.self, ProxyLoad.self, Store.self]
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
                JSON line per set, normalization alone reported separately. Then long messages of one \
                violation repeated, one of each size given, against the bundled pack: their time grows \
                with their length.
                """
        )

        @Option(help: "The workload folder made by gen_workload.py.")
        var workload: String

        @Option(
            help:
                "Comma-separated packs: default, workload sets such as 10k, and folders of policy files (a path with a '/')."
        )
        var sets: String = "default,10k"

        @Option(help: "How many messages to time.")
        var messages: Int = 100_000

        @Option(
            help: "Comma-separated sizes in bytes of the long messages of a violation repeated (empty: none)."
        )
        var longBytes: String = "100000,1000000"

        @Option(
            help: ArgumentHelp(
                "Also write the timed messages and each pack's phrases (in match form) into this folder.",
                discussion:
                    "As messages.txt and patterns-SET.txt: a workload the shared kit's peer harnesses read, for the matching alone on the same messages (see Deploy/bench/check.sh)."
            ))
        var export: String?

        func run() throws {
            var options = CheckBenchmark.Options(
                workload: workload, sets: sets.split(separator: ",").map(String.init), messages: messages)
            options.longBytes = longBytes.split(separator: ",").compactMap { Int($0) }
            options.export = export
            try CheckBenchmark.run(options, emit: { print($0) }, log: { printToStandardError($0) })
        }
    }

    struct ProxyLoad: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proxy",
            abstract:
                "Drive agent connections to a sink backend: straight, through HAProxy (TCP), through Decorum.",
            discussion: """
                Runs Debian's haproxy (when installed) and this binary's `serve` as separate processes; prints \
                one JSON line per target (messages per second, latency p50/p99 at a fixed rate) and one for \
                Decorum's memory with many idle agent connections.
                """
        )

        @Option(help: "Concurrent agent connections.")
        var connections: Int = 50

        @Option(help: "Messages each connection sends in the throughput run.")
        var messages: Int = 4_000

        @Option(help: "Messages per second in the latency run.")
        var rate: Int = 10_000

        @Option(help: "Seconds of the latency run.")
        var seconds: Double = 5

        @Option(help: "Idle agent connections for the memory figure (0: skip).")
        var idle: Int = 10_000

        @Option(
            help:
                "Comma-separated review stores (sqlite, or a PostgreSQL URL) to measure recording with: every message flagged against nothing flagged."
        )
        var review: String = ""

        func run() async throws {
            let binary =
                CommandLine.arguments[0].hasPrefix("/")
                ? CommandLine.arguments[0]
                : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
            try await ProxyBenchmark.run(
                .init(
                    decorum: binary, connections: connections, messagesPerConnection: messages, rate: rate,
                    seconds: seconds, idleConnections: idle,
                    reviewStores: review.split(separator: ",").map(String.init)),
                emit: { print($0) }, log: { printToStandardError($0) })
        }
    }

    struct Store: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a review store and time inserts and the console's reads.",
            discussion: """
                Fills a fresh SQLite file, and the PostgreSQL database given with --database-url (an empty \
                one: the tables are created), with a month of realistic items; prints one JSON line per \
                insert batch size (items per second) and per read (latency p50/p99 in microseconds).
                """
        )

        @Option(help: "Items to fill each store with.")
        var items: Int = 1_000_000

        @Option(help: "postgres://user:password@host:port/database (PostgreSQL is skipped without it).")
        var databaseURL: String?

        @Option(help: "Keep the SQLite file here instead of a temporary one.")
        var sqlitePath: String?

        @Option(help: "Timed calls per read.")
        var samples: Int = 200

        func run() async throws {
            try await StoreBenchmark.run(
                .init(items: items, databaseURL: databaseURL, sqlitePath: sqlitePath, samples: samples),
                emit: { print($0) }, log: { printToStandardError($0) })
        }
    }
}
