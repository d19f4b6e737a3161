import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import Policy

#if canImport(Glibc)
    import Glibc
#endif

/// The moderating relay: one listener per configuration entry; for each agent connection one
/// backend connection on the same event loop.
public final class ProxyServer: Sendable {
    public let configuration: ProxyConfiguration
    public let policies: PolicyStore
    public let reviews: any ReviewSink
    public let metrics = ProxyMetrics()
    let group: any EventLoopGroup
    let logger: Logger
    private let channels: NIOLockedValueBoxChannels

    public init(
        configuration: ProxyConfiguration, policies: PolicyStore, reviews: any ReviewSink,
        group: any EventLoopGroup, logger: Logger = Logger(label: "decorum.proxy")
    ) {
        self.configuration = configuration
        self.policies = policies
        self.reviews = reviews
        self.group = group
        self.logger = logger
        self.channels = NIOLockedValueBoxChannels()
    }

    /// Whether every listener is bound and the server is not stopping (draining).
    public var isReady: Bool { !channels.isStopping && channels.all.count == configuration.listeners.count }

    /// Binds every listener; returns the bound addresses (port 0 binds a free port).
    @discardableResult
    public func start() async throws -> [SocketAddress] {
        var addresses: [SocketAddress] = []
        for listener in configuration.listeners {
            let (serverTLS, clientTLS) = try ProxyServer.tlsContexts(listener)
            let configuration = self.configuration
            let policies = self.policies
            let reviews = self.reviews
            let logger = self.logger
            let metrics = self.metrics
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.autoRead, value: false)
                .childChannelOption(.allowRemoteHalfClosure, value: true)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let sync = channel.pipeline.syncOperations
                        if let serverTLS {
                            try sync.addHandler(NIOSSLServerHandler(context: serverTLS))
                        }
                        try sync.addHandler(IdleStateHandler(readTimeout: configuration.idleTimeout))
                        try sync.addHandler(
                            AgentHandler(
                                listener: listener, configuration: configuration, policies: policies,
                                reviews: reviews, upstreamTLS: clientTLS, logger: logger, metrics: metrics))
                    }
                }
                .bind(host: listener.host, port: listener.port)
                .get()
            channels.append(channel)
            if let address = channel.localAddress { addresses.append(address) }
            logger.info(
                "listening",
                metadata: [
                    "listener": .string(listener.name),
                    "address": .string("\(channel.localAddress.map { "\($0)" } ?? "?")"),
                    "upstream": .string("\(listener.upstreamHost):\(listener.upstreamPort)"),
                ])
        }
        return addresses
    }

    /// Stops accepting connections, then waits (up to the drain timeout) for the open ones to end.
    public func stop(drain: TimeAmount? = nil) async {
        channels.beginStopping()
        for channel in channels.all { try? await channel.close() }
        // Then let the open connections end, up to the drain timeout.
        let deadline = NIODeadline.now() + (drain ?? configuration.drainTimeout)
        while metrics.openConnections > 0 && NIODeadline.now() < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Raises this process's open-file limit to its maximum: each agent takes two descriptors
    /// (its connection and its backend's).
    public static func raiseFileLimit() {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// A listener's TLS towards agents and towards its chat server, each when configured.
    static func tlsContexts(_ listener: ListenerConfiguration) throws -> (
        server: NIOSSLContext?, client: NIOSSLContext?
    ) {
        let server = try listener.tlsCertificate.map { cert in
            try ProxyServer.serverTLSContext(
                certificate: cert, key: listener.tlsKey ?? cert, clientCA: listener.clientCA)
        }
        return (server, try listener.upstreamTLS ? ProxyServer.clientTLSContext(listener) : nil)
    }

    /// Reads every listener's certificates, keys and CAs as ``start()`` would, without binding
    /// anything; the first that cannot be used is an error naming its listener.
    public static func checkTLS(_ configuration: ProxyConfiguration) throws {
        for listener in configuration.listeners {
            do {
                _ = try tlsContexts(listener)
            } catch {
                throw TLSFilesError(listener: listener.name, reason: "\(error)")
            }
        }
    }

    /// With `clientCA`, agents must present a certificate that chains to it (mutual TLS).
    static func serverTLSContext(certificate: String, key: String, clientCA: String? = nil) throws
        -> NIOSSLContext
    {
        let chain = try NIOSSLCertificate.fromPEMFile(certificate).map {
            NIOSSLCertificateSource.certificate($0)
        }
        let privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain, privateKey: .privateKey(privateKey))
        if let clientCA {
            tls.trustRoots = .file(clientCA)
            tls.certificateVerification = .noHostnameVerification
        }
        return try NIOSSLContext(configuration: tls)
    }

    static func clientTLSContext(_ listener: ListenerConfiguration) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let ca = listener.upstreamCA { tls.trustRoots = .file(ca) }
        tls.certificateVerification = listener.verifyUpstream ? .fullVerification : .none
        return try NIOSSLContext(configuration: tls)
    }
}

/// A listener's certificate, key or CA cannot be used.
public struct TLSFilesError: Error, CustomStringConvertible {
    public var listener: String
    public var reason: String
    public var description: String { "listener \(listener): its TLS files cannot be used: \(reason)" }
}

/// The server channels, for stopping.
final class NIOLockedValueBoxChannels: Sendable {
    private let box = NIOLockedValueBox<(channels: [any Channel], stopping: Bool)>(([], false))
    func append(_ c: any Channel) { box.withLockedValue { $0.channels.append(c) } }
    var all: [any Channel] { box.withLockedValue { $0.channels } }
    /// Set once `stop` begins: from then on the server is not ready.
    var isStopping: Bool { box.withLockedValue { $0.stopping } }
    func beginStopping() { box.withLockedValue { $0.stopping = true } }
}
