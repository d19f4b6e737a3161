import Atomics
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import Policy

/// What the proxy counts, exposed in the Prometheus text format. Counters are atomics (every
/// message touches them); only rule hits, which are rare, take a lock.
public final class ProxyMetrics: Sendable {
    static let bounds: [Double] = [
        0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.001, 0.01, 0.1,
    ]

    private let connectionsTotal = ManagedAtomic(0)
    private let connectionsOpen = ManagedAtomic(0)
    private let backendErrors = ManagedAtomic(0)
    private let overlongLines = ManagedAtomic(0)
    private let reviewErrors = ManagedAtomic(0)
    private let messagesByAction = Action.allCases.map { _ in ManagedAtomic(0) }
    private let latencyBuckets = ProxyMetrics.bounds.map { _ in ManagedAtomic(0) }
    private let latencyCount = ManagedAtomic(0)
    private let latencyNanoseconds = ManagedAtomic(0)
    private let hitsByRule = NIOLockedValueBox<[String: Int]>([:])

    public init() {}

    /// Counts a new connection; returns how many are open now.
    func connectionOpened() -> Int {
        connectionsTotal.wrappingIncrement(ordering: .relaxed)
        return connectionsOpen.wrappingIncrementThenLoad(ordering: .relaxed)
    }

    public var openConnections: Int { connectionsOpen.load(ordering: .relaxed) }
    func connectionClosed() { connectionsOpen.wrappingDecrement(ordering: .relaxed) }
    func backendError() { backendErrors.wrappingIncrement(ordering: .relaxed) }
    func overlongLine() { overlongLines.wrappingIncrement(ordering: .relaxed) }
    func reviewError(_ count: Int = 1) { reviewErrors.wrappingIncrement(by: count, ordering: .relaxed) }

    /// Adds what one connection counted, and starts its tally again.
    func add(_ tally: inout ModerationTally) {
        guard tally.count > 0 else { return }
        for (severity, n) in tally.byAction.enumerated() where n > 0 {
            messagesByAction[severity].wrappingIncrement(by: n, ordering: .relaxed)
        }
        // The histogram's buckets are cumulative: a time counts in its own and every wider one.
        var within = 0
        for i in latencyBuckets.indices {
            within += tally.byBucket[i]
            if within > 0 { latencyBuckets[i].wrappingIncrement(by: within, ordering: .relaxed) }
        }
        latencyCount.wrappingIncrement(by: tally.count, ordering: .relaxed)
        latencyNanoseconds.wrappingIncrement(by: tally.nanoseconds, ordering: .relaxed)
        if !tally.rulesHit.isEmpty {
            hitsByRule.withLockedValue { for rule in tally.rulesHit { $0[rule, default: 0] += 1 } }
        }
        tally.clear()
    }

    /// The Prometheus text exposition.
    public var exposition: String {
        let connectionsTotal = connectionsTotal.load(ordering: .relaxed)
        let connectionsOpen = connectionsOpen.load(ordering: .relaxed)
        let backendErrors = backendErrors.load(ordering: .relaxed)
        let overlongLines = overlongLines.load(ordering: .relaxed)
        let reviewErrors = reviewErrors.load(ordering: .relaxed)
        let hits = hitsByRule.withLockedValue { $0 }
        var out = """
            # HELP decorum_connections_total Agent connections accepted.
            # TYPE decorum_connections_total counter
            decorum_connections_total \(connectionsTotal)
            # HELP decorum_connections_open Agent connections open now.
            # TYPE decorum_connections_open gauge
            decorum_connections_open \(connectionsOpen)
            # HELP decorum_backend_errors_total Backend connections that failed or broke.
            # TYPE decorum_backend_errors_total counter
            decorum_backend_errors_total \(backendErrors)
            # HELP decorum_overlong_lines_total Agent lines over the length limit (never forwarded).
            # TYPE decorum_overlong_lines_total counter
            decorum_overlong_lines_total \(overlongLines)
            # HELP decorum_review_errors_total Flags, holds and blocks the review store could not record.
            # TYPE decorum_review_errors_total counter
            decorum_review_errors_total \(reviewErrors)
            # HELP decorum_messages_total Agent messages checked, by action.
            # TYPE decorum_messages_total counter

            """
        for action in Action.allCases {
            out +=
                "decorum_messages_total{action=\"\(action)\"} \(messagesByAction[action.severity].load(ordering: .relaxed))\n"
        }
        out += "# HELP decorum_rule_hits_total Rule hits.\n# TYPE decorum_rule_hits_total counter\n"
        for (rule, n) in hits.sorted(by: { $0.key < $1.key }) {
            out += "decorum_rule_hits_total{rule=\"\(rule)\"} \(n)\n"
        }
        out +=
            "# HELP decorum_moderation_seconds Time to check one message.\n# TYPE decorum_moderation_seconds histogram\n"
        for (i, bound) in ProxyMetrics.bounds.enumerated() {
            out +=
                "decorum_moderation_seconds_bucket{le=\"\(bound)\"} \(latencyBuckets[i].load(ordering: .relaxed))\n"
        }
        let count = latencyCount.load(ordering: .relaxed)
        let sum = Double(latencyNanoseconds.load(ordering: .relaxed)) / 1e9
        out += "decorum_moderation_seconds_bucket{le=\"+Inf\"} \(count)\n"
        out += "decorum_moderation_seconds_sum \(sum)\ndecorum_moderation_seconds_count \(count)\n"
        return out
    }
}

/// The messages one connection checked, counted on its own and added to ``ProxyMetrics`` once
/// per read: connections on different threads do not contend for the shared counters on every
/// message.
struct ModerationTally {
    private(set) var count = 0
    private(set) var nanoseconds = 0
    /// By the action's severity.
    private(set) var byAction = [Int](repeating: 0, count: Action.allCases.count)
    /// By the first bound of ``ProxyMetrics/bounds`` the time is within (the last for none).
    private(set) var byBucket = [Int](repeating: 0, count: ProxyMetrics.bounds.count + 1)
    /// The rule of every hit.
    private(set) var rulesHit: [String] = []

    mutating func moderated(_ verdict: Verdict, nanoseconds: Int) {
        count += 1
        self.nanoseconds += nanoseconds
        byAction[verdict.action.severity] += 1
        let seconds = Double(nanoseconds) / 1e9
        byBucket[ProxyMetrics.bounds.firstIndex { seconds <= $0 } ?? ProxyMetrics.bounds.count] += 1
        // By index: a copy of each hit would retain all its strings for the one it needs.
        for i in verdict.hits.indices { rulesHit.append(verdict.hits[i].rule) }
    }

    /// Back to nothing counted, keeping the storage.
    mutating func clear() {
        count = 0
        nanoseconds = 0
        for i in byAction.indices { byAction[i] = 0 }
        for i in byBucket.indices { byBucket[i] = 0 }
        rulesHit.removeAll()
    }
}

/// `/metrics`, `/healthz` and `/readyz` over HTTP.
public final class MetricsServer: Sendable {
    let metrics: ProxyMetrics
    let ready: @Sendable () -> Bool
    private let channel = NIOLockedValueBox<(any Channel)?>(nil)

    public init(metrics: ProxyMetrics, ready: @escaping @Sendable () -> Bool) {
        self.metrics = metrics
        self.ready = ready
    }

    final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let server: MetricsServer
        var path = ""
        init(_ server: MetricsServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head): path = head.uri
            case .body: break
            case .end:
                let (status, body): (HTTPResponseStatus, String)
                switch path {
                case "/metrics": (status, body) = (.ok, server.metrics.exposition)
                case "/healthz": (status, body) = (.ok, "ok\n")
                case "/readyz":
                    (status, body) = server.ready() ? (.ok, "ready\n") : (.serviceUnavailable, "not ready\n")
                default: (status, body) = (.notFound, "not found\n")
                }
                var headers = HTTPHeaders()
                headers.add(
                    name: "Content-Type",
                    value: path == "/metrics" ? "text/plain; version=0.0.4" : "text/plain")
                headers.add(name: "Content-Length", value: "\(body.utf8.count)")
                headers.add(name: "Connection", value: "close")
                context.write(
                    wrapOutboundOut(
                        .head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
                    promise: nil)
                context.write(
                    wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))),
                    promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
                    context.close(promise: nil)
                }
            }
        }
    }

    /// Binds the HTTP listener; returns its address.
    public func start(host: String, port: Int, group: any EventLoopGroup) async throws -> SocketAddress {
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(self))
                }
            }
            .bind(host: host, port: port).get()
        self.channel.withLockedValue { $0 = channel }
        return channel.localAddress!
    }

    public func stop() async {
        let c = channel.withLockedValue { $0 }
        try? await c?.close()
    }
}
