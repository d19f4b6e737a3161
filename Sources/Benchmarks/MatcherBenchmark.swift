import AhoCorasick

#if canImport(Glibc)
    import Glibc

    /// glibc's `malloc_trim`, which the Glibc module does not export.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("malloc_trim")
    private func malloc_trim(_ pad: Int) -> Int32
#elseif canImport(Darwin)
    import Darwin
#endif

/// The matcher benchmark: the workload of the shared Aho-Corasick benchmark (patterns and
/// messages as raw bytes split on newlines), measured the way the native peer harnesses measure
/// it, one JSON line per (set, semantics) in their schema.
public enum MatcherBenchmark {
    public struct Options: Sendable {
        public var workload: String
        public var sets: [String]
        public var kinds: [MatchKind]
        public var engine: Engine?
        public var denseDepth: Int?
        public var prefilter: Bool

        public init(
            workload: String, sets: [String], kinds: [MatchKind], engine: Engine?, denseDepth: Int? = nil,
            prefilter: Bool = true
        ) {
            self.workload = workload
            self.sets = sets
            self.kinds = kinds
            self.engine = engine
            self.denseDepth = denseDepth
            self.prefilter = prefilter
        }

        var configuration: (MatchKind) -> AhoCorasick.Configuration {
            { kind in
                var c = AhoCorasick.Configuration(matchKind: kind, engine: engine, prefilter: prefilter)
                if let denseDepth { c.denseDepth = denseDepth }
                return c
            }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)
        case unwritable(String, String)
        case build(String, BuildError)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
            case .unwritable(let path, let reason): return "cannot write \(path): \(reason)"
            case .build(let set, let error): return "set \(set): \(error)"
            }
        }
    }

    /// Runs every set and kind, handing each JSON line to `emit` and a human summary to `log`.
    public static func run(_ options: Options, emit: (String) -> Void, log: (String) -> Void) throws {
        let messages = try Lines(path: options.workload + "/messages.txt")
        for set in options.sets {
            let patterns = try Lines(path: options.workload + "/patterns-\(set).txt")
            for kind in options.kinds {
                let row = try measure(
                    set: set, patterns: patterns, messages: messages,
                    configuration: options.configuration(kind))
                emit(row.json)
                log(row.summary)
            }
        }
    }

    struct Row {
        var set: String
        var patterns: Int
        var kind: MatchKind
        var engine: Engine
        var buildMs: Double
        var memMiB: Double
        var engineMiB: Double
        var runs: [Double]
        var mbps: Double
        var matches: Int
        var messages: Int
        var meanNs: Double
        var p50: Int
        var p99: Int
        var messageMatches: Int
        var messagesWithMatch: Int
        var timerNs: Int

        var json: String {
            func f(_ x: Double, _ digits: Int) -> String { format(x, digits) }
            return """
                {"engine": "decorum \(engine)", "version": "0.1.0", "harness": "swift", "set": "\(set)", \
                "patterns": \(patterns), "semantics": "\(kind.rawValue)", "build_ms": \(f(buildMs, 2)), \
                "mem_mib": \(f(memMiB, 2)), "engine_mib": \(f(engineMiB, 3)), \
                "haystack_s_runs": [\(runs.map { f($0, 4) }.joined(separator: ", "))], \
                "haystack_mbps": \(f(mbps, 1)), "haystack_matches": \(matches), "msgs": \(messages), \
                "msg_ns_mean": \(f(meanNs, 1)), "msg_ns_p50": \(p50), "msg_ns_p99": \(p99), \
                "msg_matches": \(messageMatches), "msgs_with_match": \(messagesWithMatch), \
                "timer_overhead_ns": \(timerNs)}
                """
        }

        var summary: String {
            "  decorum \(engine) \(set) \(kind): build \(format(buildMs, 1)) ms, \(format(engineMiB, 2)) MiB, "
                + "\(format(mbps, 1)) MB/s, \(matches) matches, \(format(meanNs, 0)) ns/msg "
                + "(p50 \(p50), p99 \(p99))"
        }
    }

    static func measure(
        set: String, patterns: Lines, messages: Lines, configuration: AhoCorasick.Configuration
    ) throws -> Row {
        let kind = configuration.matchKind
        let rss0 = residentBytes()
        let t0 = nanoseconds()
        let matcher: AhoCorasick
        do {
            matcher = try AhoCorasick(
                patterns: patterns.ranges.lazy.map { patterns.bytes[$0] },
                configuration: configuration)
        } catch {
            throw Failure.build(set, error)
        }
        let buildMs = Double(nanoseconds() - t0) / 1e6
        let memMiB = Double(residentBytes() - rss0) / 1_048_576

        var runs: [Double] = []
        var matches = 0
        messages.bytes.withUnsafeBytes { all in
            for _ in 0..<3 {
                let t = nanoseconds()
                matches = matcher.count(in: all)
                runs.append(Double(nanoseconds() - t) / 1e9)
            }
        }
        let median = runs.sorted()[1]

        // One call per message: the mean from an untimed loop, percentiles from a timed one.
        var latencies = [Int](repeating: 0, count: messages.ranges.count)
        var messageMatches = 0
        var messagesWithMatch = 0
        var meanNs = 0.0
        let timer = timerOverhead()
        messages.bytes.withUnsafeBytes { all in
            let slices = messages.ranges.map { UnsafeRawBufferPointer(rebasing: all[$0]) }
            var total = 0
            let t = nanoseconds()
            for s in slices { total &+= matcher.count(in: s) }
            meanNs = Double(nanoseconds() - t) / Double(slices.count)
            blackHole(total)
            for (i, s) in slices.enumerated() {
                let t = nanoseconds()
                let c = matcher.count(in: s)
                latencies[i] = nanoseconds() - t
                messageMatches += c
                if c > 0 { messagesWithMatch += 1 }
            }
        }
        latencies.sort()
        return Row(
            set: set, patterns: patterns.ranges.count, kind: kind, engine: matcher.engine, buildMs: buildMs,
            memMiB: memMiB, engineMiB: Double(matcher.memoryUsage) / 1_048_576, runs: runs,
            mbps: Double(messages.bytes.count) / 1e6 / median, matches: matches,
            messages: messages.ranges.count,
            meanNs: meanNs, p50: latencies[latencies.count / 2], p99: latencies[latencies.count * 99 / 100],
            messageMatches: messageMatches, messagesWithMatch: messagesWithMatch, timerNs: timer)
    }
}

/// A whole file and the byte ranges of its newline-separated lines (a final newline is optional).
struct Lines {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(path: String) throws {
        guard let file = fopen(path, "rb") else {
            throw MatcherBenchmark.Failure.unreadable(path, String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
            ranges.append(start..<i)
            start = i + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        self.bytes = bytes
        self.ranges = ranges
    }
}

func nanoseconds() -> Int {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return t.tv_sec * 1_000_000_000 + t.tv_nsec
}

/// The median cost of a pair of clock reads, as the native harnesses report it.
func timerOverhead() -> Int {
    var samples = (0..<10_001).map { _ in
        let t = nanoseconds()
        return nanoseconds() - t
    }
    samples.sort()
    return samples[5_000]
}

/// Resident memory after giving freed heap back, so that freed memory does not hide growth.
func residentBytes() -> Int {
    #if canImport(Glibc)
        _ = malloc_trim(0)
    #endif
    guard let f = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(f) }
    var size = 0
    var rss = 0
    guard readStatm(f, &size, &rss) else { return 0 }
    return rss * 4096
}

private func readStatm(_ f: UnsafeMutablePointer<FILE>, _ size: inout Int, _ rss: inout Int) -> Bool {
    var line = [UInt8](repeating: 0, count: 256)
    let n = line.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
    let fields = String(decoding: line[0..<n], as: UTF8.self).split(separator: " ")
    guard fields.count >= 2, let s = Int(fields[0]), let r = Int(fields[1]) else { return false }
    size = s
    rss = r
    return true
}

@inline(never)
func blackHole(_ x: Int) {
    if x == -1 { print("") }
}

func format(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (x * scale).rounded() / scale
    var s = String(rounded)
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        s += "." + String(repeating: "0", count: digits)
    }
    return s
}
