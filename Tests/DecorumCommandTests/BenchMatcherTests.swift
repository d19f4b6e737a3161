import AhoCorasick
import Benchmarks
import Foundation
import Testing

@testable import decorum

/// `decorum bench matcher` on a small workload made here: one JSON line per (set, semantics)
/// in the peers' schema, with counts that an independent count confirms.
struct BenchMatcherTests {
    static func makeWorkload() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-wl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let patterns = ["refund", "guarantee", "гарантуємо", "نضمن", "garantuojame", "баталгаа", "fund"]
        let messages = [
            "we guarantee a full refund today",
            "ми гарантуємо повернення",
            "نحن نضمن لك ذلك",
            "nothing to see here",
            "mes garantuojame grąžinimą ir refund",
            "баталгаа өгнө",
        ]
        try (patterns.joined(separator: "\n") + "\n").write(
            to: dir.appendingPathComponent("patterns-tiny.txt"), atomically: true, encoding: .utf8)
        try (messages.joined(separator: "\n") + "\n").write(
            to: dir.appendingPathComponent("messages.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test("prints one JSON line per set and semantics with the schema's keys and true counts")
    func jsonLines() throws {
        let dir = try Self.makeWorkload()
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines: [String] = []
        try MatcherBenchmark.run(
            .init(workload: dir.path, sets: ["tiny"], kinds: [.overlapping, .leftmostLongest], engine: nil),
            emit: { lines.append($0) }, log: { _ in })
        #expect(lines.count == 2)
        let keys = [
            "engine", "version", "harness", "set", "patterns", "semantics", "build_ms", "mem_mib",
            "engine_mib",
            "haystack_s_runs", "haystack_mbps", "haystack_matches", "msgs", "msg_ns_mean", "msg_ns_p50",
            "msg_ns_p99", "msg_matches", "msgs_with_match",
        ]
        for (line, semantics) in zip(lines, ["overlapping", "leftmost-longest"]) {
            let row = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in keys { #expect(row[key] != nil, "missing \(key)") }
            #expect(row["semantics"] as? String == semantics)
            #expect(row["patterns"] as? Int == 7)
            #expect(row["msgs"] as? Int == 6)
            #expect((row["haystack_s_runs"] as? [Double])?.count == 3)
            // overlapping: guarantee, refund+fund, гарантуємо, نضمن, garantuojame, refund+fund, баталгаа
            // leftmost-longest drops "fund" inside "refund".
            let expected = semantics == "overlapping" ? 9 : 7
            #expect(row["haystack_matches"] as? Int == expected)
            #expect(row["msg_matches"] as? Int == expected)
            #expect(row["msgs_with_match"] as? Int == 5)
        }
    }

    @Test("a missing workload file is a clear error naming the path")
    func missingWorkload() throws {
        let error = #expect(throws: MatcherBenchmark.Failure.self) {
            try MatcherBenchmark.run(
                .init(workload: "/nonexistent/wl", sets: ["1k"], kinds: [.overlapping], engine: nil),
                emit: { _ in }, log: { _ in })
        }
        #expect(error?.description.contains("/nonexistent/wl/messages.txt") == true)
    }

    @Test("the command parses its options and rejects unknown semantics and engines")
    func parsing() throws {
        let command = try Decorum.parseAsRoot([
            "bench", "matcher", "--workload", "/tmp/wl", "--sets", "100,1k", "--semantics", "leftmost-first",
        ])
        let matcher = try #require(command as? Bench.Matcher)
        #expect(matcher.sets == "100,1k")
        #expect(matcher.semantics == "leftmost-first")
        var bad = try #require(
            try Decorum.parseAsRoot(["bench", "matcher", "--workload", "/tmp/wl", "--semantics", "shortest"])
                as? Bench.Matcher)
        #expect(throws: (any Error).self) { try bad.run() }
        bad = try #require(
            try Decorum.parseAsRoot(["bench", "matcher", "--workload", "/tmp/wl", "--engine", "gpu"])
                as? Bench.Matcher)
        #expect(throws: (any Error).self) { try bad.run() }
    }

    @Test("help names the subcommands and the workload option")
    func help() {
        let root = Decorum.helpMessage()
        #expect(root.contains("bench"))
        let help = Decorum.helpMessage(for: Bench.Matcher.self)
        #expect(help.contains("--workload"))
        #expect(help.contains("--sets"))
        #expect(help.contains("patterns-SET.txt"))
    }
}

/// `decorum bench check` on a small workload made here: the messages counted right, hits found
/// by the default pack, and the length bands adding up.
struct BenchCheckTests {
    @Test("prints one JSON line per pack, with hits and the messages by length")
    func jsonLines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-wl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let clean = "Thanks for waiting, I have checked your order and it left our warehouse today."
        let messages = [
            "short",  // under 50 bytes: not timed
            clean,
            clean + " " + clean,
            clean + " " + clean + " " + clean,
            "That is your fault, you should have read the instructions before ordering it.",
        ]
        try (messages.joined(separator: "\n") + "\n").write(
            to: dir.appendingPathComponent("messages.txt"), atomically: true, encoding: .utf8)
        try "warehouse\n".write(
            to: dir.appendingPathComponent("patterns-tiny.txt"), atomically: true, encoding: .utf8)
        var lines: [String] = []
        try CheckBenchmark.run(
            .init(workload: dir.path, sets: ["default", "tiny"], messages: 100), emit: { lines.append($0) },
            log: { _ in })
        #expect(lines.count == 2)
        for (line, set) in zip(lines, ["default", "tiny"]) {
            let row = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(row["set"] as? String == set)
            #expect(row["msgs"] as? Int == 4)
            // The default pack blames; the tiny pack finds its one phrase in the three clean ones.
            #expect(row["msgs_with_hits"] as? Int == (set == "default" ? 1 : 3))
            let p50 = try #require(row["check_ns_p50"] as? Int)
            let p99 = try #require(row["check_ns_p99"] as? Int)
            #expect(p50 > 0 && p50 <= p99)
            let bands = try #require(row["by_length"] as? [[String: Any]])
            #expect(bands.compactMap { $0["bytes"] as? String } == ["50-99", "100-199", "200-300"])
            #expect(bands.compactMap { $0["msgs"] as? Int } == [2, 1, 1])
        }
    }
}

/// The proxy benchmark's processor time of a process, read from `/proc`: a process that
/// spins uses about its wall time; one that sleeps, next to none.
struct BenchProcessorTimeTests {
    func timed(_ script: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        try process.run()
        defer {
            // SIGKILL: the test's threads may block SIGTERM, and a child inherits the mask.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        Thread.sleep(forTimeInterval: 1)
        return ProxyBenchmark.cpuSeconds(process.processIdentifier)
    }

    @Test func spinningAndSleeping() throws {
        let spinning = try timed("while :; do :; done")
        let sleeping = try timed("sleep 3")
        // A second of wall time on a shared machine: at least a few tenths of it on a core.
        #expect(spinning > 0.2 && spinning < 1.5, "spinning: \(spinning) s")
        #expect(sleeping < 0.05, "sleeping: \(sleeping) s")
        #expect(ProxyBenchmark.cpuSeconds(-1) == 0)
    }
}
