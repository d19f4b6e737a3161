import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import Policy

/// What the proxy counts, exposed in the Prometheus text format.
public final class ProxyMetrics: Sendable {
    struct State {
        var connectionsTotal = 0
        var connectionsOpen = 0
        var messagesByAction: [Action: Int] = [:]
        var hitsByRule: [String: Int] = [:]
        var backendErrors = 0
        var overlongLines = 0
        /// Moderation latency histogram: counts per upper bound in seconds, and the sum.
        var latencyBuckets = [Int](repeating: 0, count: ProxyMetrics.bounds.count)
        var latencySum = 0.0
        var latencyCount = 0
    }

    static let bounds: [Double] = [
        0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.001, 0.01, 0.1,
    ]
    private let state = NIOLockedValueBox(State())

    public init() {}

    /// Counts a new connection; returns how many are open now.
    func connectionOpened() -> Int {
        state.withLockedValue {
            $0.connectionsTotal += 1
            $0.connectionsOpen += 1
            return $0.connectionsOpen
        }
    }

    public var openConnections: Int { state.withLockedValue { $0.connectionsOpen } }
    func connectionClosed() { state.withLockedValue { $0.connectionsOpen -= 1 } }
    func backendError() { state.withLockedValue { $0.backendErrors += 1 } }
    func overlongLine() { state.withLockedValue { $0.overlongLines += 1 } }

    func moderated(_ verdict: Verdict, seconds: Double) {
        state.withLockedValue { s in
            s.messagesByAction[verdict.action, default: 0] += 1
            for hit in verdict.hits { s.hitsByRule[hit.rule, default: 0] += 1 }
            for (i, bound) in ProxyMetrics.bounds.enumerated() where seconds <= bound {
                s.latencyBuckets[i] += 1
            }
            s.latencySum += seconds
            s.latencyCount += 1
        }
    }

    /// The Prometheus text exposition.
    public var exposition: String {
        let s = state.withLockedValue { $0 }
        var out = """
            # HELP decorum_connections_total Agent connections accepted.
            # TYPE decorum_connections_total counter
            decorum_connections_total \(s.connectionsTotal)
            # HELP decorum_connections_open Agent connections open now.
            # TYPE decorum_connections_open gauge
            decorum_connections_open \(s.connectionsOpen)
            # HELP decorum_backend_errors_total Backend connections that failed or broke.
            # TYPE decorum_backend_errors_total counter
            decorum_backend_errors_total \(s.backendErrors)
            # HELP decorum_overlong_lines_total Agent lines over the length limit (never forwarded).
            # TYPE decorum_overlong_lines_total counter
            decorum_overlong_lines_total \(s.overlongLines)
            # HELP decorum_messages_total Agent messages checked, by action.
            # TYPE decorum_messages_total counter

            """
        for action in Action.allCases {
            out += "decorum_messages_total{action=\"\(action)\"} \(s.messagesByAction[action, default: 0])\n"
        }
        out += "# HELP decorum_rule_hits_total Rule hits.\n# TYPE decorum_rule_hits_total counter\n"
        for (rule, n) in s.hitsByRule.sorted(by: { $0.key < $1.key }) {
            out += "decorum_rule_hits_total{rule=\"\(rule)\"} \(n)\n"
        }
        out +=
            "# HELP decorum_moderation_seconds Time to check one message.\n# TYPE decorum_moderation_seconds histogram\n"
        for (i, bound) in ProxyMetrics.bounds.enumerated() {
            out += "decorum_moderation_seconds_bucket{le=\"\(bound)\"} \(s.latencyBuckets[i])\n"
        }
        out += "decorum_moderation_seconds_bucket{le=\"+Inf\"} \(s.latencyCount)\n"
        out +=
            "decorum_moderation_seconds_sum \(s.latencySum)\ndecorum_moderation_seconds_count \(s.latencyCount)\n"
        return out
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
