import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import Review
import ServiceLifecycle

/// The supervisors' console: the HTTP API under `/api` and the web pages, over a review store.
///
/// ```swift
/// let console = try ConsoleServer(store: store, configuration: configuration, logger: logger)
/// try await console.run(host: "0.0.0.0", port: 8443, tls: .init(certificatePath: c, keyPath: k)) { port in … }
/// ```
/// `run` shuts down gracefully and returns when its task is cancelled; `application(…)` gives a
/// Hummingbird application to put in a `ServiceGroup` instead (graceful shutdown on its signals).
public struct ConsoleServer: Sendable {
    /// Where the certificate chain and private key of the console's TLS listener are (PEM).
    public struct TLSFiles: Sendable, Hashable {
        public var certificatePath: String
        public var keyPath: String

        public init(certificatePath: String, keyPath: String) {
            self.certificatePath = certificatePath
            self.keyPath = keyPath
        }
    }

    let store: any ReviewStore
    let configuration: ConsoleConfiguration
    let logger: Logger
    let access: Access
    let throttle: SignInThrottle
    let now: @Sendable () -> Date
    let heartbeat: Duration
    let assets: Assets
    let feeds = LiveFeeds()

    /// - Parameters:
    ///   - throttle: how failed sign-ins are slowed down (inject its sleep in tests).
    ///   - now: the clock for sessions and decisions.
    ///   - heartbeat: how often the live feed sends a comment to keep proxies from closing it.
    /// - Throws: `ConsoleConfigurationError` when the configuration has problems, or when the
    ///   bundled assets cannot be read.
    public init(
        store: any ReviewStore, configuration: ConsoleConfiguration, logger: Logger,
        throttle: SignInThrottle = SignInThrottle(), now: @escaping @Sendable () -> Date = { Date() },
        heartbeat: Duration = .seconds(15)
    ) throws {
        let problems = configuration.problems()
        guard problems.isEmpty else { throw ConsoleConfigurationError(problems: problems) }
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.access = Access(configuration: configuration)
        self.throttle = throttle
        self.now = now
        self.heartbeat = heartbeat
        self.assets = try Assets.load()
    }

    /// The console's routes; the application's, and the one to test without sockets.
    public func router() -> ConsoleRouter {
        let router = Router(context: ConsoleContext.self)
        let handlers = Handlers(server: self)
        router.add(middleware: ErrorPageMiddleware(handlers: handlers))
        router.add(middleware: AccessMiddleware(handlers: handlers))
        let prefix = String(configuration.basePath.dropLast())
        if prefix.isEmpty {
            handlers.addRoutes(to: router)
        } else {
            handlers.addRoutes(to: router.group(RouterPath(prefix)))
        }
        return ConsoleRouter(router: router)
    }

    /// A Hummingbird application serving the console, to run alone or as a `Service`.
    /// `onBound` is told the port actually bound (useful with port 0).
    public func application(
        host: String, port: Int, tls: TLSFiles? = nil,
        onBound: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let configuration = ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil)
        guard let tls else {
            return Application(
                router: router(), server: .http1(), configuration: configuration,
                onServerRunning: { await onBound($0.localAddress?.port ?? port) },
                logger: logger)
        }
        let chain = try NIOSSLCertificate.fromPEMFile(tls.certificatePath)
        let key = try NIOSSLPrivateKey(file: tls.keyPath, format: .pem)
        let tlsConfiguration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        return Application(
            router: router(), server: try .tls(.http1(), tlsConfiguration: tlsConfiguration),
            configuration: configuration, onServerRunning: { await onBound($0.localAddress?.port ?? port) },
            logger: logger)
    }

    /// Ends every open `/api/events` stream, and refuses new ones: call it when shutting down
    /// (an open stream keeps its connection, and a graceful shutdown waits for it). Closing the
    /// store ends them too. Browsers reconnect to whichever server is up.
    public func endLiveFeeds() { feeds.endAll() }

    /// How often sessions signed out on other replicas are read from the store.
    public var signOutRefresh: Duration = .seconds(5)

    /// Reads the sessions signed out on any replica from the store, to refuse them here too.
    public func refreshSignOuts() async {
        let now = self.now()
        do {
            access.revoked(try await store.signedOut(at: now), now: now)
        } catch {
            logger.warning("sign-outs could not be read from the store", metadata: ["error": "\(error)"])
        }
    }

    /// Serves the console until the calling task is cancelled, then shuts down gracefully:
    /// requests under way are answered (within `drain`), live feeds end, and no connection is
    /// cut in the middle of a response.
    public func run(
        host: String, port: Int, tls: TLSFiles? = nil, drain: Duration = .seconds(5),
        onBound: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let app = try application(host: host, port: port, tls: tls, onBound: onBound)
        // Sessions signed out on other replicas' consoles are refused here within `signOutRefresh`.
        let signOuts = Task {
            while !Task.isCancelled {
                await refreshSignOuts()
                try? await Task.sleep(for: signOutRefresh)
            }
        }
        defer { signOuts.cancel() }
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        // Not a child of the calling task: its cancellation would cancel the connections.
        let serving = Task { try await group.run() }
        try await withTaskCancellationHandler {
            try await serving.value
        } onCancel: {
            endLiveFeeds()
            Task {
                await group.triggerGracefulShutdown()
                try? await Task.sleep(for: drain)
                serving.cancel()
            }
        }
    }
}

/// The console's configuration cannot be served.
public struct ConsoleConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { "console configuration: " + problems.joined(separator: "; ") }

    public init(problems: [String]) { self.problems = problems }
}
