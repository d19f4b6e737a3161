import Foundation
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
            let bootstrap = ServerBootstrap(group: group)
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
            let channel: any Channel
            do {
                channel = try await bootstrap.bind(host: listener.host, port: listener.port).get()
            } catch {
                throw BindFailure(
                    what: "listener \(listener.name)", address: "\(listener.host):\(listener.port)",
                    error: error)
            }
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

    /// A listener's TLS towards agents and towards its chat server, each when configured; a file
    /// that cannot be used is an error naming its listener, the file and what is wrong with it.
    static func tlsContexts(_ listener: ListenerConfiguration) throws -> (
        server: NIOSSLContext?, client: NIOSSLContext?
    ) {
        do {
            let server = try listener.tlsCertificate.map { cert in
                try ProxyServer.serverTLSContext(
                    certificate: cert, key: listener.tlsKey ?? cert, clientCA: listener.clientCA)
            }
            return (server, try listener.upstreamTLS ? ProxyServer.clientTLSContext(listener) : nil)
        } catch let problem as TLSFileProblem {
            throw TLSFilesError(listener: listener.name, reason: problem.reason)
        } catch {
            throw TLSFilesError(listener: listener.name, reason: "\(error)")
        }
    }

    /// Reads every listener's certificates, keys and CAs as ``start()`` would, without binding
    /// anything; the first that cannot be used is an error naming its listener.
    public static func checkTLS(_ configuration: ProxyConfiguration) throws {
        for listener in configuration.listeners {
            _ = try tlsContexts(listener)
        }
    }

    /// What is wrong but does not stop a start: a listener certificate that has expired, or is not
    /// valid yet (agents that verify it refuse the connection).
    public static func tlsWarnings(_ configuration: ProxyConfiguration, now: Date = Date()) -> [String] {
        configuration.listeners.compactMap { listener in
            guard let path = listener.tlsCertificate,
                let certificate = (try? NIOSSLCertificate.fromPEMFile(path))?.first
            else { return nil }
            let notAfter = Date(timeIntervalSince1970: TimeInterval(certificate.notValidAfter))
            let notBefore = Date(timeIntervalSince1970: TimeInterval(certificate.notValidBefore))
            if notAfter < now {
                return "listener \(listener.name): the certificate \(path) expired on \(notAfter)"
            }
            if notBefore > now {
                return "listener \(listener.name): the certificate \(path) is not valid before \(notBefore)"
            }
            return nil
        }
    }

    /// With `clientCA`, agents must present a certificate that chains to it (mutual TLS).
    static func serverTLSContext(certificate: String, key: String, clientCA: String? = nil) throws
        -> NIOSSLContext
    {
        let chain = try certificates(certificate, "the certificate").map {
            NIOSSLCertificateSource.certificate($0)
        }
        try readable(key, "the key")
        let privateKey: NIOSSLPrivateKey
        do {
            privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        } catch {
            throw TLSFileProblem(reason: "the key \(key) is not a PEM private key")
        }
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain, privateKey: .privateKey(privateKey))
        if let clientCA {
            try trustRoots(clientCA, "the client CA")
            tls.trustRoots = .file(clientCA)
            tls.certificateVerification = .noHostnameVerification
        }
        do {
            return try NIOSSLContext(configuration: tls)
        } catch NIOSSLError.failedToLoadPrivateKey {
            throw TLSFileProblem(reason: "the key \(key) does not match the certificate \(certificate)")
        }
    }

    static func clientTLSContext(_ listener: ListenerConfiguration) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let ca = listener.upstreamCA {
            try trustRoots(ca, "the upstream CA")
            tls.trustRoots = .file(ca)
        }
        tls.certificateVerification = listener.verifyUpstream ? .fullVerification : .none
        return try NIOSSLContext(configuration: tls)
    }

    /// Fails unless `path` is a file that can be read.
    static func readable(_ path: String, _ what: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason =
                errno == ENOENT ? "does not exist" : "cannot be read (\(String(cString: strerror(errno))))"
            throw TLSFileProblem(reason: "\(what) \(path) \(reason)")
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            throw TLSFileProblem(reason: "\(what) \(path) is a folder, not a file")
        }
        guard access(path, R_OK) == 0 else {
            throw TLSFileProblem(reason: "\(what) \(path) cannot be read (permission denied)")
        }
    }

    /// The PEM certificates of `path`: at least one.
    static func certificates(_ path: String, _ what: String) throws -> [NIOSSLCertificate] {
        try readable(path, what)
        guard let chain = try? NIOSSLCertificate.fromPEMFile(path), !chain.isEmpty else {
            throw TLSFileProblem(reason: "\(what) \(path) is not a PEM certificate")
        }
        return chain
    }

    /// A CA file must hold PEM certificates; a folder of hashed ones (`c_rehash`) is taken as it is.
    static func trustRoots(_ path: String, _ what: String) throws {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
        _ = try certificates(path, what)
    }
}

/// A listener's certificate, key or CA cannot be used.
public struct TLSFilesError: Error, CustomStringConvertible {
    public var listener: String
    public var reason: String
    public var description: String { "listener \(listener): its TLS files cannot be used: \(reason)" }
}

/// What is wrong with one TLS file, before it is known whose it is.
struct TLSFileProblem: Error {
    var reason: String
}

/// A listening address that could not be bound, and why.
public struct BindFailure: Error, CustomStringConvertible {
    /// What was to listen there: "listener irc", "metrics".
    public var what: String
    public var address: String
    public var reason: String

    public init(what: String, address: String, error: any Error) {
        self.what = what
        self.address = address
        if error is SocketAddressError || error is SocketAddressError.UnknownHost {
            self.reason = "not an IP address or a host name that resolves"
            return
        }
        guard let io = error as? IOError else {
            self.reason = "\(error)"
            return
        }
        switch io.errnoCode {
        case EADDRINUSE: self.reason = "address already in use"
        case EADDRNOTAVAIL: self.reason = "the address is not one of this machine's"
        case EACCES: self.reason = "permission denied (ports below 1024 need privileges)"
        default: self.reason = String(cString: strerror(io.errnoCode)).lowercased()
        }
    }

    public var description: String { "\(what) cannot listen on \(address): \(reason)" }
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
