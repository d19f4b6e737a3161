import Foundation
import Logging
import NIOCore
import NIOPosix
import Policy
import Proxy
import Review
import TestSupport

/// `decorum bench store`: fills a review store with a realistic queue and times inserts (per
/// batch size) and the console's reads (list pages under each filter, a deep keyset page,
/// counts, one item), for SQLite and, given a database URL, PostgreSQL.
public enum StoreBenchmark {
    public struct Options: Sendable {
        public var items: Int
        public var databaseURL: String?
        public var sqlitePath: String?
        public var samples: Int

        public init(items: Int, databaseURL: String?, sqlitePath: String?, samples: Int) {
            self.items = items
            self.databaseURL = databaseURL
            self.sqlitePath = sqlitePath
            self.samples = samples
        }
    }

    public static func run(
        _ options: Options, emit: @Sendable (String) -> Void, log: @Sendable (String) -> Void
    ) async throws {
        let path = options.sqlitePath ?? NSTemporaryDirectory() + "decorum-bench-\(UUID().uuidString).sqlite"
        let sqlite = try await SQLiteReviewStore(path: path)
        try await measure("sqlite", sqlite, options, emit: emit, log: log)
        if options.sqlitePath == nil {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        guard let url = options.databaseURL else {
            log("postgresql: skipped (no --database-url given)")
            return
        }
        let postgres = try PostgresReviewStore(url: url)
        try await measure("postgresql", postgres, options, emit: emit, log: log)
    }

    private static func measure(
        _ name: String, _ store: any ReviewStore, _ options: Options, emit: (String) -> Void,
        log: (String) -> Void
    ) async throws {
        try await store.migrate()
        var generator = Workload(seed: 7)
        var inserted = 0
        log("\(name): inserting \(options.items) items")
        for (batch, count) in [(1, 2_000), (100, 50_000), (1_000, max(options.items - 52_000, 10_000))] {
            let start = ContinuousClock.now
            var done = 0
            while done < count {
                let items = (0..<min(batch, count - done)).map { _ in generator.next() }
                _ = try await store.insert(items)
                done += items.count
            }
            let rate = Double(done) / seconds(ContinuousClock.now - start)
            inserted += done
            emit(
                #"{"bench": "store", "db": "\#(name)", "op": "insert", "batch": \#(batch), "items_per_s": \#(Int(rate))}"#
            )
            log("  insert batch \(batch): \(Int(rate)) items/s (\(done) items)")
        }
        // The proxy's path: batches appended to the journal, then moved into the tables behind.
        let journalled = max(options.items / 10, 10_000)
        var start = ContinuousClock.now
        var done = 0
        while done < journalled {
            let items = (0..<min(1_000, journalled - done)).map { _ in generator.next() }
            _ = try await store.append(items)
            done += items.count
        }
        let appendRate = Double(done) / seconds(ContinuousClock.now - start)
        start = ContinuousClock.now
        var moved = 0
        while true {
            let n = try await store.indexJournal()
            if n == 0 { break }
            moved += n
        }
        let indexRate = Double(moved) / seconds(ContinuousClock.now - start)
        inserted += done
        emit(
            #"{"bench": "store", "db": "\#(name)", "op": "append", "batch": 1000, "items_per_s": \#(Int(appendRate)), "indexed_per_s": \#(Int(indexRate))}"#
        )
        log(
            "  append batch 1000: \(Int(appendRate)) items/s (\(done) items); moved into the tables behind: "
                + "\(Int(indexRate)) items/s")
        // What the relay sees: flags recorded through the review sink, as fast as it takes them
        // (as a replica of its own, which has no holds of an earlier run to let go).
        let verdict = try PolicySet.bundled().check("It's your fault, you typed the wrong password.")
        let sink = StoreReviewSink(
            store: store, options: .init(replica: "bench-sink"), logger: Logger(label: "bench"))
        try await sink.start()
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let recordCount = 50_000
        start = ContinuousClock.now
        var futures: [EventLoopFuture<UInt64>] = []
        futures.reserveCapacity(recordCount)
        for i in 0..<recordCount {
            let record = ReviewRecord(
                time: Date().timeIntervalSince1970, listener: "irc", agent: "agent-\(i % 300)",
                conversation: "#support", action: .flag,
                text: "It's your fault, you typed the wrong password.",
                hits: verdict.hits, suggestion: verdict.suggestion)
            futures.append(sink.record(record, on: loop))
        }
        _ = try await EventLoopFuture.whenAllSucceed(futures, on: loop).get()
        let sinkRate = Double(recordCount) / seconds(ContinuousClock.now - start)
        await sink.stop()
        inserted += recordCount
        emit(
            #"{"bench": "store", "db": "\#(name)", "op": "record", "items_per_s": \#(Int(sinkRate))}"#
        )
        log("  recorded through the review sink: \(Int(sinkRate)) records/s (\(recordCount) flags)")
        while try await store.indexJournal() > 0 {}
        let last = try await store.list(ReviewQuery(limit: 1)).items.first?.id ?? 1
        var cursor: Int64? = nil
        for _ in 0..<49 { cursor = try await store.list(ReviewQuery(limit: 50, before: cursor)).next }
        let deep = cursor
        let recent = Workload.start.addingTimeInterval(Workload.span - 3600)
        let reads: [(String, @Sendable (any ReviewStore, inout Workload) async throws -> Void)] = [
            ("list", { s, _ in _ = try await s.list(ReviewQuery()) }),
            ("list-status", { s, _ in _ = try await s.list(ReviewQuery(statuses: [.pending])) }),
            ("list-action", { s, _ in _ = try await s.list(ReviewQuery(actions: [.block])) }),
            ("list-agent", { s, w in _ = try await s.list(ReviewQuery(agent: w.agent())) }),
            ("list-rule", { s, w in _ = try await s.list(ReviewQuery(rule: w.rule().name)) }),
            ("list-category", { s, w in _ = try await s.list(ReviewQuery(category: w.rule().category)) }),
            ("list-since", { s, _ in _ = try await s.list(ReviewQuery(since: recent)) }),
            ("list-page50", { s, _ in _ = try await s.list(ReviewQuery(before: deep)) }),
            (
                "list-page50-status",
                { s, _ in _ = try await s.list(ReviewQuery(statuses: [.open], before: deep)) }
            ),
            ("counts", { s, _ in _ = try await s.counts() }),
            ("item", { s, w in _ = try await s.item(Int64.random(in: 1...last, using: &w.random)) }),
        ]
        log("  \(inserted) items; reads (\(options.samples) samples each):")
        log("  " + "read".padding(toLength: 20, withPad: " ", startingAt: 0) + "   p50 µs    p99 µs")
        for (op, read) in reads {
            var durations: [Double] = []
            for n in 0..<(options.samples + 10) {
                let start = ContinuousClock.now
                try await read(store, &generator)
                if n >= 10 { durations.append(seconds(ContinuousClock.now - start) * 1_000_000) }
            }
            durations.sort()
            let p50 = Int(durations[durations.count / 2])
            let p99 = Int(durations[min(durations.count - 1, durations.count * 99 / 100)])
            emit(
                #"{"bench": "store", "db": "\#(name)", "op": "\#(op)", "items": \#(inserted), "latency_us_p50": \#(p50), "latency_us_p99": \#(p99)}"#
            )
            log(
                "  " + op.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: "%9d %9d", p50, p99))
        }
        try await store.close()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// A month of a support team's flagged messages: 300 agents, 40 rules in 8 categories, mostly
/// flags, some blocks and holds, one to three hits each.
struct Workload {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)
    static let span = 30.0 * 86_400

    struct Rule {
        var name: String
        var category: String
        var phrase: String
    }

    static let categories = [
        "abuse", "privacy", "legal", "promises", "competitors", "profanity", "security", "tone",
    ]
    static let rules: [Rule] = (0..<40).map { n in
        Rule(name: "rule-\(n)", category: categories[n % categories.count], phrase: "phrase \(n)")
    }
    static let sentences = [
        "I understand your frustration and I am looking into it right now.",
        "Your card number ends in 4242, could you confirm the expiry date?",
        "We guarantee a full refund within 24 hours, no questions asked.",
        "Honestly the other provider is cheaper, you should switch.",
        "Ça ne marche pas? Je vérifie tout de suite. 😀",
        "هل يمكنك إرسال رقم الطلب من فضلك؟",
    ]

    var random: SeededRandom
    var clock = 0.0

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func agent() -> String { "agent-\(Int.random(in: 0..<300, using: &random))" }
    mutating func rule() -> Rule { Self.rules.randomElement(using: &random)! }

    mutating func next() -> NewReviewItem {
        clock += Double.random(in: 0...5, using: &random)
        let time = Self.start.addingTimeInterval(clock.truncatingRemainder(dividingBy: Self.span))
        let roll = Int.random(in: 0..<100, using: &random)
        let action: Action = roll < 60 ? .flag : roll < 85 ? .block : .hold
        let text = Self.sentences.randomElement(using: &random)!
        let hits = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            let rule = rule()
            return ReviewHit(
                rule: rule.name, category: rule.category, action: action, start: 0, end: 10,
                text: rule.phrase,
                explanation: "matched \(rule.phrase)")
        }
        return NewReviewItem(
            time: time, listener: "irc", agent: agent(),
            conversation: "#support-\(Int.random(in: 0..<50, using: &random))",
            action: action, text: text, hits: hits, suggestion: action == .block ? "Please rephrase." : nil,
            deadline: action == .hold ? time.addingTimeInterval(120) : nil,
            onTimeout: action == .hold ? .block : nil,
            replica: "bench")
    }
}
