import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Policy
import Proxy
import Review

/// Many agent connections sending chat lines to a sink backend: straight, through HAProxy in TCP
/// mode (relaying without looking), and through Decorum (checking every message). Throughput,
/// the latency each adds at a fixed rate, and the memory of idle connections.
public enum ProxyBenchmark {
    public struct Options: Sendable {
        /// The decorum binary to run as `decorum serve`.
        public var decorum: String
        public var connections: Int
        public var messagesPerConnection: Int
        public var rate: Int
        public var seconds: Double
        public var idleConnections: Int
        /// Review stores to measure recording with (`sqlite`, or a PostgreSQL URL): each gets a
        /// run with every message flagged and the same run with nothing flagged.
        public var reviewStores: [String]

        public init(
            decorum: String, connections: Int = 50, messagesPerConnection: Int = 4_000, rate: Int = 10_000,
            seconds: Double = 5, idleConnections: Int = 10_000, reviewStores: [String] = []
        ) {
            self.reviewStores = reviewStores
            self.decorum = decorum
            self.connections = connections
            self.messagesPerConnection = messagesPerConnection
            self.rate = rate
            self.seconds = seconds
            self.idleConnections = idleConnections
        }
    }

    /// The sink backend: counts lines and, for lines ending in ` ts=<ns>`, how long they took.
    final class Sink: @unchecked Sendable {
        let count = NIOLockedValueBox(0)
        let latencies = NIOLockedValueBox<[Int]>([])
        var channel: (any Channel)?

        final class Handler: ChannelInboundHandler {
            typealias InboundIn = ByteBuffer
            let sink: Sink
            var pending: [UInt8] = []
            init(_ sink: Sink) { self.sink = sink }
            func channelRead(context: ChannelHandlerContext, data: NIOAny) {
                let buffer = unwrapInboundIn(data)
                let now = Int(NIODeadline.now().uptimeNanoseconds)
                var lines = 0
                var stamps: [Int] = []
                for byte in buffer.readableBytesView {
                    if byte == 0x0A {
                        lines += 1
                        if let ts = Sink.stamp(pending) { stamps.append(now - ts) }
                        pending.removeAll(keepingCapacity: true)
                    } else if byte != 0x0D {
                        pending.append(byte)
                    }
                }
                sink.count.withLockedValue { $0 += lines }
                if !stamps.isEmpty { sink.latencies.withLockedValue { $0 += stamps } }
            }
        }

        static func stamp(_ line: [UInt8]) -> Int? {
            guard let marker = line.lastIndex(of: UInt8(ascii: "=")), marker >= 3,
                line[marker - 3..<marker].elementsEqual(" ts".utf8)
            else { return nil }
            return Int(String(decoding: line[(marker + 1)...], as: UTF8.self))
        }

        func start() async throws -> Int {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.backlog, value: 4096)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(Handler(self))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
            self.channel = channel
            return channel.localAddress!.port!
        }
    }

    struct Result {
        var target: String
        var messagesPerSecond: Double
        var p50: Int
        var p99: Int
        var json: String {
            #"{"bench": "proxy", "target": "\#(target)", "msgs_per_s": \#(Int(messagesPerSecond)), "latency_ns_p50": \#(p50), "latency_ns_p99": \#(p99)}"#
        }
    }

    public static func run(_ options: Options, emit: (String) -> Void, log: (String) -> Void) async throws {
        ProxyServer.raiseFileLimit()
        let sink = Sink()
        let sinkPort = try await sink.start()
        let set = try PolicySet.bundled()
        // Realistic support lines that pass the policies, so every one reaches the sink.
        let texts = sampleTexts.filter { set.check($0).action == .allow }

        let haproxyPort = try freePort()
        let haproxy = try startHAProxy(port: haproxyPort, backend: sinkPort)
        defer { haproxy?.terminate() }
        let decorumPort = try freePort()
        let decorum = try startDecorum(
            options.decorum, port: decorumPort, backend: sinkPort, extra: ["--sqlite", "", "--console", ""])
        defer {
            kill(decorum.processIdentifier, SIGKILL)
            decorum.waitUntilExit()
        }
        var targets: [(String, Int)] = [("direct", sinkPort), ("decorum", decorumPort)]
        if haproxy != nil {
            targets.insert(("haproxy", haproxyPort), at: 1)
        } else {
            log("  haproxy not found: install Debian's haproxy to compare")
        }

        for (name, port) in targets {
            let throughput = try await measureThroughput(
                port: port, sink: sink, texts: texts, options: options)
            let (p50, p99) = try await measureLatency(port: port, sink: sink, texts: texts, options: options)
            let r = Result(target: name, messagesPerSecond: throughput, p50: p50, p99: p99)
            emit(r.json)
            log(
                "  \(name): \(Int(throughput)) messages/s; at \(options.rate)/s latency p50 \(p50) ns, p99 \(p99) ns"
            )
        }
        for store in options.reviewStores {
            try await measureRecording(
                store: store, sinkPort: sinkPort, sink: sink, texts: texts, options: options, emit: emit,
                log: log)
        }
        if options.idleConnections > 0 {
            // This process holds both ends of every idle connection (the agent's and the sink's).
            let room = (fileLimit() - 1_000) / 2
            let wanted = min(options.idleConnections, room)
            if wanted < options.idleConnections {
                log(
                    "  only \(wanted) idle connections fit in this machine's file descriptor limit (\(fileLimit()))"
                )
            }
            let before = residentKiB(decorum.processIdentifier)
            let channels = try await openIdle(wanted, port: decorumPort)
            try await Task.sleep(for: .seconds(1))
            let after = residentKiB(decorum.processIdentifier)
            let perConnection = channels.isEmpty ? 0 : Double(after - before) * 1024 / Double(channels.count)
            emit(
                #"{"bench": "proxy", "idle_connections": \#(channels.count), "decorum_rss_kib_before": \#(before), "decorum_rss_kib_after": \#(after), "bytes_per_connection": \#(Int(perConnection))}"#
            )
            log(
                "  \(channels.count) idle agent connections: decorum's resident memory \(before / 1024) MiB → "
                    + "\(after / 1024) MiB (\(Int(perConnection)) bytes each; 10,000 would take "
                    + "\(Int(perConnection * 10_000 / 1_048_576) + before / 1024) MiB)")
            for c in channels { c.close(promise: nil) }
        }
        try? await sink.channel?.close()
    }

    static func line(_ text: String, stamped: Bool) -> String {
        "PRIVMSG #support :\(text)" + (stamped ? " ts=\(NIODeadline.now().uptimeNanoseconds)" : "") + "\r\n"
    }

    static func connect(_ port: Int, count: Int) async throws -> [any Channel] {
        var channels: [any Channel] = []
        for _ in 0..<count {
            channels.append(
                try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .channelOption(.socketOption(.tcp_nodelay), value: 1)
                    .connect(host: "127.0.0.1", port: port).get())
        }
        return channels
    }

    static func measureThroughput(port: Int, sink: Sink, texts: [String], options: Options) async throws
        -> Double
    {
        let channels = try await connect(port, count: options.connections)
        try await Task.sleep(for: .milliseconds(200))
        let start0 = sink.count.withLockedValue { $0 }
        let total = options.connections * options.messagesPerConnection
        let started = NIODeadline.now()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (k, channel) in channels.enumerated() {
                group.addTask {
                    var i = 0
                    while i < options.messagesPerConnection {
                        var buffer = channel.allocator.buffer(capacity: 256 * 64)
                        for j in 0..<min(256, options.messagesPerConnection - i) {
                            buffer.writeString(line(texts[(k + i + j) % texts.count], stamped: false))
                        }
                        i += 256
                        try await channel.writeAndFlush(buffer).get()
                    }
                }
            }
            try await group.waitForAll()
        }
        while sink.count.withLockedValue({ $0 }) - start0 < total {
            if NIODeadline.now() - started > .seconds(120) { break }
            try await Task.sleep(for: .milliseconds(1))
        }
        let seconds = Double((NIODeadline.now() - started).nanoseconds) / 1e9
        for c in channels { try? await c.close() }
        return Double(sink.count.withLockedValue { $0 } - start0) / seconds
    }

    static func measureLatency(port: Int, sink: Sink, texts: [String], options: Options) async throws -> (
        Int, Int
    ) {
        let channels = try await connect(port, count: options.connections)
        try await Task.sleep(for: .milliseconds(200))
        sink.latencies.withLockedValue { $0.removeAll() }
        let ticks = Int(options.seconds * 1000)
        var owed = 0.0
        let perTick = Double(options.rate) / 1000
        let start = NIODeadline.now()
        for tick in 0..<ticks {
            owed += perTick
            while owed >= 1 {
                let c = channels[Int(owed * 7919 + Double(tick)) % channels.count]
                c.writeAndFlush(
                    c.allocator.buffer(string: line(texts[tick % texts.count], stamped: true)), promise: nil)
                owed -= 1
            }
            let next = start + .milliseconds(Int64(tick + 1))
            let wait = next - NIODeadline.now()
            if wait > .zero { try await Task.sleep(for: .nanoseconds(wait.nanoseconds)) }
        }
        try await Task.sleep(for: .milliseconds(500))
        for c in channels { try? await c.close() }
        var l = sink.latencies.withLockedValue { $0 }
        guard !l.isEmpty else { return (0, 0) }
        l.sort()
        return (l[l.count / 2], l[l.count * 99 / 100])
    }

    static func openIdle(_ count: Int, port: Int) async throws -> [any Channel] {
        var channels: [any Channel] = []
        for _ in 0..<count {
            guard
                let c = try? await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: port).get()
            else { break }
            channels.append(c)
        }
        return channels
    }

    /// The word that the recording runs' extra rule flags.
    static let marker = "benchmarkmarker"
    /// The word that a rule like it, which warns instead, hits: the same check, rewrite and
    /// notices, nothing recorded.
    static let warningMarker = "benchmarkwarning"

    /// Throughput with every message flagged (and so recorded in `store`) against the same
    /// Decorum, store and lines with nothing flagged, and with every message warned (the same
    /// check, rewrite and notices as a flag, without the record): what recording itself costs.
    static func measureRecording(
        store: String, sinkPort: Int, sink: Sink, texts: [String], options: Options, emit: (String) -> Void,
        log: (String) -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in PolicySet.bundledSources {
            try text.write(
                to: folder.appendingPathComponent((name as NSString).lastPathComponent), atomically: true,
                encoding: .utf8)
        }
        try """
        language: en
        rules:
          - id: bench.marker
            category: benchmark
            action: flag
            notice: Flagged so that it is recorded.
            suggestion: Thanks for waiting.
            phrases: [\(marker)]
          - id: bench.warning
            category: benchmark
            action: warn
            notice: Warned, as a flag would be, without a record.
            suggestion: Thanks for waiting.
            phrases: [\(warningMarker)]
        """.write(to: folder.appendingPathComponent("bench.yaml"), atomically: true, encoding: .utf8)
        let storeArguments =
            switch store {
            case "sqlite": ["--sqlite", folder.appendingPathComponent("review.sqlite").path]
            case "memory": ["--sqlite", ""]
            default: ["--database-url", store]
            }
        let port = try freePort()
        let decorum = try startDecorum(
            options.decorum, port: port, backend: sinkPort,
            extra: ["--policies", folder.path, "--console", ""] + storeArguments)
        defer {
            kill(decorum.processIdentifier, SIGKILL)
            decorum.waitUntilExit()
        }
        let label = store == "sqlite" || store == "memory" ? store : "postgresql"
        let records = options.connections * options.messagesPerConnection
        // Decorum's own processor time per message of each run: what the bench's side of the
        // machine (its agents and sink on the same cores) takes leaves the throughput, not this.
        let pid = decorum.processIdentifier
        func cpuPerMessage(since start: Double) -> Double {
            (cpuSeconds(pid) - start) * 1e6 / Double(records)
        }
        var cpu = cpuSeconds(pid)
        let plain = try await measureThroughput(port: port, sink: sink, texts: texts, options: options)
        let plainCPU = cpuPerMessage(since: cpu)
        cpu = cpuSeconds(pid)
        let warned = try await measureThroughput(
            port: port, sink: sink, texts: texts.map { "\($0) \(warningMarker)" }, options: options)
        let warnedCPU = cpuPerMessage(since: cpu)
        let reader: any ReviewStore =
            switch store {
            case "sqlite":
                try await SQLiteReviewStore(path: folder.appendingPathComponent("review.sqlite").path)
            // Nothing to read from outside the process: the records are its own.
            case "memory": TallyStore(records)
            default: try PostgresReviewStore(url: store)
            }
        // What an earlier run left in a database given again.
        let before = store == "memory" ? 0 : try await reader.counts().values.reduce(0, +)
        let flaggedStarted = ContinuousClock.now
        cpu = cpuSeconds(pid)
        let flagged = try await measureThroughput(
            port: port, sink: sink, texts: texts.map { "\($0) \(marker)" }, options: options)
        let relayed = ContinuousClock.now
        let flaggedCPU = cpuPerMessage(since: cpu)
        cpu = cpuSeconds(pid)
        // The records reach the console's tables behind the relay: how long after it they all do.
        var indexed = 0
        while ContinuousClock.now - relayed < .seconds(300) {
            indexed = try await reader.counts().values.reduce(0, +) - before
            if indexed >= records { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        let behind = ContinuousClock.now - relayed
        let indexingCPU = cpuPerMessage(since: cpu)
        try await reader.close()
        let behindSeconds = Double(behind.components.seconds) + Double(behind.components.attoseconds) / 1e18
        let total = ContinuousClock.now - flaggedStarted
        let totalSeconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        emit(
            #"{"bench": "proxy", "target": "decorum-recording", "store": "\#(label)", "nothing_flagged_messages_per_second": \#(Int(plain)), "all_warned_messages_per_second": \#(Int(warned)), "all_flagged_messages_per_second": \#(Int(flagged)), "ratio": \#(flagged / plain), "ratio_to_warned": \#(flagged / warned), "records": \#(records), "records_in_tables": \#(indexed), "in_tables_seconds_after_relay": \#(format(behindSeconds, 2)), "in_tables_per_second": \#(Int(Double(indexed) / totalSeconds)), "decorum_cpu_us_per_message_nothing_flagged": \#(format(plainCPU, 2)), "decorum_cpu_us_per_message_warned": \#(format(warnedCPU, 2)), "decorum_cpu_us_per_message_flagged": \#(format(flaggedCPU, 2)), "decorum_cpu_us_per_record_after_relay": \#(format(indexingCPU, 2))}"#
        )
        log(
            "  decorum recording in \(label): \(Int(plain)) messages/s with nothing flagged, \(Int(warned)) with "
                + "every message warned (the same check and notices, nothing recorded), \(Int(flagged)) with every "
                + "message flagged (\(String(format: "%.2f", flagged / plain))× nothing flagged, "
                + "\(String(format: "%.2f", flagged / warned))× warned); all \(indexed) of \(records) "
                + "records in the console's tables \(format(behindSeconds, 2)) s after the relay ended "
                + "(\(Int(Double(indexed) / totalSeconds)) records/s from the start); decorum's processor time "
                + "per message \(format(plainCPU, 2)) µs with nothing flagged, \(format(warnedCPU, 2)) warned, "
                + "\(format(flaggedCPU, 2)) flagged (recording \(format(flaggedCPU - warnedCPU, 2)) µs), and "
                + "\(format(indexingCPU, 2)) µs per record after the relay")
    }

    /// The processor time (user and system) that process `pid` has used, in seconds.
    public static func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        // After the command's closing parenthesis: state is field 3, utime 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
            return 0
        }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func startDecorum(_ binary: String, port: Int, backend: Int, extra: [String] = []) throws
        -> Process
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments =
            [
                "serve", "--listen", "127.0.0.1:\(port)", "--upstream", "127.0.0.1:\(backend)", "--metrics",
                "",
                "--log-level", "error",
            ] + extra
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        try waitForPort(port)
        return p
    }

    static func startHAProxy(port: Int, backend: Int) throws -> Process? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/haproxy") else { return nil }
        let config = """
            global
              maxconn 9000
            defaults
              mode tcp
              timeout connect 5s
              timeout client 120s
              timeout server 120s
            frontend agents
              bind 127.0.0.1:\(port)
              default_backend chat
            backend chat
              server sink 127.0.0.1:\(backend)
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-bench-haproxy.cfg")
        try (config + "\n").write(to: path, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/sbin/haproxy")
        p.arguments = ["-f", path.path, "-db"]
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-bench-haproxy.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: log)
        try p.run()
        try waitForPort(port)
        return p
    }

    static func waitForPort(_ port: Int) throws {
        for _ in 0..<200 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let ok = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(fd)
            if ok { return }
            usleep(20_000)
        }
        throw MatcherBenchmark.Failure.unreadable("127.0.0.1:\(port)", "nothing listens there")
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func residentKiB(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
            return 0
        }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func fileLimit() -> Int {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        return Int(limit.rlim_cur)
    }

    static let sampleTexts = [
        "Hello! Thanks for reaching out, I'm checking your order right now.",
        "Your parcel left our warehouse this morning and should arrive on Thursday.",
        "Could you send me the order number from your confirmation email?",
        "I've reset the password link; it is valid for the next 24 hours.",
        "Добрий день! Зараз перевірю статус вашого замовлення.",
        "Дякуємо за звернення, посилка вже в дорозі.",
        "Laba diena! Jūsų užsakymas jau išsiųstas.",
        "مرحباً، سأراجع طلبك الآن وأعود إليك خلال دقائق.",
        "Сайн байна уу! Таны захиалгыг шалгаж байна.",
        "Is there anything else I can help you with today?",
    ]
}

/// Stands for the memory store, which is not readable from outside `decorum serve`: it answers
/// that every record is there.
private struct TallyStore: ReviewStore {
    let records: Int
    init(_ records: Int) { self.records = records }
    func migrate() async throws {}
    func insert(_ items: [NewReviewItem]) async throws -> [Int64] { [] }
    func item(_ id: Int64) async throws -> ReviewItem? { nil }
    func decisions(of id: Int64) async throws -> [ReviewDecision] { [] }
    func list(_ query: ReviewQuery) async throws -> ReviewPage { ReviewPage(items: [], next: nil) }
    func decide(_ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date)
        async throws -> ReviewItem
    { throw ReviewStoreError.notFound(id) }
    func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {}
    func disconnected(_ ids: [Int64]) async throws {}
    func disconnectAll(replica: String) async throws -> Int { 0 }
    func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String] { [] }
    func signOut(session: String, until: Date) async throws {}
    func failedSignIn(keys: [String], at time: Date) async throws -> Int { 0 }
    func succeededSignIn(keys: [String]) async throws {}
    func signedOut(at time: Date) async throws -> [String: Date] { [:] }
    func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] { [] }
    func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] { [] }
    func counts() async throws -> [ReviewStatus: Int] { [.open: records] }
    func events() -> AsyncStream<ReviewEvent> { AsyncStream { $0.finish() } }
    func close() async throws {}
}
