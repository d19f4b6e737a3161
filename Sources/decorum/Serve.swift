import ArgumentParser
import Console
import Dispatch
import Foundation
import Logging
import NIOCore
import NIOPosix
import Policy
import Proxy
import Review

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the moderating proxy.",
        discussion: """
            One line starts a working proxy: decorum serve --listen 127.0.0.1:6697 --protocol irc \
            --upstream chat.example.com:6697 [--tls-cert F --tls-key F] [--upstream-tls] [--upstream-ca F]. \
            With --config F the listeners come from a YAML file (see the README); DECORUM_* environment \
            variables override the file and flags override both (--listen, --upstream and the TLS flags apply \
            to the first listener). Policies reload on SIGHUP and when their files change (an invalid set \
            keeps the old one and the reason is logged); SIGTERM and SIGINT stop accepting and close.
            """
    )

    @Option(help: "A YAML configuration file.")
    var config: String?

    @Flag(
        help: """
            Check the configuration, the policies, the TLS files and the console's accounts, say what \
            would run, and exit: non-zero, with the reason, when something is wrong.
            """)
    var checkConfig = false

    @Option(help: "Where agents connect: HOST:PORT (default 127.0.0.1:6697).")
    var listen: String?

    @Option(help: "The chat protocol: irc, ndjson or lines (default irc).")
    var `protocol`: String?

    @Option(help: "The chat backend: HOST:PORT.")
    var upstream: String?

    @Option(help: "PEM certificate chain for TLS towards agents.")
    var tlsCert: String?

    @Option(help: "PEM private key for TLS towards agents.")
    var tlsKey: String?

    @Option(help: "PEM file of the CAs agents' client certificates must chain to (mutual TLS).")
    var clientCa: String?

    @Flag(help: "Use TLS towards the backend.")
    var upstreamTls = false

    @Option(help: "PEM file of the CAs to trust for the backend (default: the system's).")
    var upstreamCa: String?

    @Option(help: "The nick Decorum speaks to agents as (default decorum).")
    var serviceNick: String?

    @Option(help: "NDJSON: JSON pointer to the message text (default /text).")
    var textPointer: String?

    @Option(help: "NDJSON: JSON pointer to the agent (default /agent).")
    var agentPointer: String?

    @Option(help: "NDJSON: JSON pointer to the conversation (default /conversation).")
    var conversationPointer: String?

    @Option(help: "NDJSON: JSON pointer to the message kind (default /type).")
    var kindPointer: String?

    @Option(help: "NDJSON: comma-separated kinds that are agent messages (default message).")
    var agentKinds: String?

    @Option(help: "Lines: what starts Decorum's notices (default \"[decorum] \").")
    var noticePrefix: String?

    @Option(help: "The longest line relayed, in bytes (default 8703).")
    var maxLineLength: Int?

    @Option(
        help:
            "Where /metrics, /healthz and /readyz answer: HOST:PORT, empty for nowhere (default 127.0.0.1:9464)."
    )
    var metrics: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (default info).")
    var logLevel: String?

    @Option(name: .long, help: PolicyOptions.policiesHelp)
    var policies: String?

    @Option(name: .long, help: PolicyOptions.extraPoliciesHelp)
    var extraPolicies: String?

    @Option(help: "The review store's SQLite file, empty for memory only (default decorum-review.sqlite).")
    var sqlite: String?

    @Option(help: "A PostgreSQL URL for the review store, shared by several replicas (instead of SQLite).")
    var databaseUrl: String?

    @Option(help: "This replica's name in the review store (default: the host name).")
    var replica: String?

    @Option(
        help: "Where the supervisors' console answers: HOST:PORT, empty for nowhere (default 127.0.0.1:8080)."
    )
    var console: String?

    static func split(_ address: String) -> (String, Int)? {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        return (String(address[..<colon]).trimmingCharacters(in: ["[", "]"]), port)
    }

    /// The file, then the environment, then the flags.
    func resolve(environment: [String: String]) throws -> ServeConfiguration {
        var c = try config.map { try ServeConfiguration.load(path: $0) } ?? ServeConfiguration()
        try c.apply(environment: environment)
        if c.listeners.isEmpty {
            guard upstream != nil else {
                throw ValidationError("give --upstream HOST:PORT (or --config FILE)")
            }
            c.listeners = [ServeConfiguration.Listener()]
        }
        var first = c.listeners[0]
        if let listen { first.listen = listen }
        if let p = `protocol` { first.chatProtocol = p }
        if let upstream { first.upstream = upstream }
        if let tlsCert { first.tlsCertificate = tlsCert }
        if let tlsKey { first.tlsKey = tlsKey }
        if let clientCa { first.clientCA = clientCa }
        if upstreamTls { first.upstreamTLS = true }
        if let upstreamCa { first.upstreamCA = upstreamCa }
        if let textPointer { first.textPointer = textPointer }
        if let agentPointer { first.agentPointer = agentPointer }
        if let conversationPointer { first.conversationPointer = conversationPointer }
        if let kindPointer { first.kindPointer = kindPointer }
        if let agentKinds { first.agentKinds = agentKinds.split(separator: ",").map(String.init) }
        if let noticePrefix { first.noticePrefix = noticePrefix }
        c.listeners[0] = first
        func judged(_ flag: String, _ value: String?, _ judge: (String) -> String?) throws -> String? {
            guard let value else { return nil }
            if let why = judge(value) { throw ValidationError("--\(flag) \(why)") }
            return value
        }
        if let v = try judged("service-nick", serviceNick, ServeConfiguration.nickProblem) {
            c.serviceNick = v
        }
        if let maxLineLength {
            if let why = ServeConfiguration.boundsProblem("max-line-length", maxLineLength) {
                throw ValidationError("--max-line-length \(why)")
            }
            c.maxLineLength = maxLineLength
        }
        if let v = try judged("metrics", metrics, ServeConfiguration.optionalAddressProblem) { c.metrics = v }
        if let v = try judged("log-level", logLevel, ServeConfiguration.logLevelProblem) { c.logLevel = v }
        if let v = try judged("policies", policies, ServeConfiguration.notEmpty) { c.policies = v }
        if let v = try judged("extra-policies", extraPolicies, ServeConfiguration.notEmpty) {
            c.extraPolicies = v
        }
        if let sqlite { c.sqlite = sqlite }
        if let v = try judged(
            "database-url", databaseUrl, { $0.isEmpty ? nil : ServeConfiguration.databaseURLProblem($0) })
        {
            c.databaseURL = v.isEmpty ? nil : v
        }
        if let v = try judged("replica", replica, ServeConfiguration.notEmpty) { c.replica = v }
        if let v = try judged("console", console, ServeConfiguration.optionalAddressProblem) { c.console = v }
        if (c.consoleTLSCertificate == nil) != (c.consoleTLSKey == nil) {
            throw ValidationError("the console's TLS certificate and key go together")
        }
        for l in c.listeners {
            guard Self.split(l.listen) != nil else {
                throw ValidationError("listener \(l.name): listen must be HOST:PORT")
            }
            guard Self.split(l.upstream) != nil else {
                throw ValidationError("listener \(l.name): upstream must be HOST:PORT")
            }
            guard ChatProtocol(rawValue: l.chatProtocol) != nil else {
                throw ValidationError("listener \(l.name): protocol must be irc, ndjson or lines")
            }
            if (l.tlsCertificate == nil) != (l.tlsKey == nil) {
                throw ValidationError("listener \(l.name): the TLS certificate and key go together")
            }
            if l.upstreamCA != nil && !l.upstreamTLS {
                throw ValidationError(
                    "listener \(l.name): an upstream CA is given but TLS towards the chat server is off "
                        + "(add --upstream-tls; without it the connection is not encrypted)")
            }
        }
        // Two of them on one address: the second would fail to bind.
        let addresses =
            c.listeners.map { ("listener \($0.name)", $0.listen) } + [
                ("the metrics", c.metrics), ("the console", c.console),
            ]
        for (i, (what, address)) in addresses.enumerated() {
            if let (other, otherAddress) = addresses[..<i].first(where: {
                ServeConfiguration.clash($0.1, address)
            }) {
                throw ValidationError("\(what) and \(other) both listen on \(address) (\(otherAddress))")
            }
        }
        return c
    }

    /// What `--check-config` reads, as a start would, without binding, opening the store or
    /// connecting anywhere; what would run, or the first problem.
    static func check(_ settings: ServeConfiguration) throws -> String {
        let options = PolicyOptions(policies: settings.policies, extraPolicies: settings.extraPolicies)
        let set = try options.load()
        try checkAddresses(settings)
        try ProxyServer.checkTLS(settings.proxyConfiguration)
        var lines = ["configuration OK"]
        for l in settings.listeners {
            let tls = l.tlsCertificate == nil ? "" : l.clientCA == nil ? " TLS" : " mutual TLS"
            lines.append(
                "  listener \(l.name): \(l.chatProtocol)\(tls) on \(l.listen) → \(l.upstream)"
                    + (l.upstreamTLS ? " (TLS)" : ""))
        }
        lines.append(
            "  policies: \(set.rules.count) rules, \(set.phraseCount) phrases (\(set.languages.joined(separator: " "))) "
                + "from \(options.sources)")
        lines.append(
            "  review store: "
                + (settings.databaseURL != nil
                    ? "PostgreSQL" : settings.sqlite.isEmpty ? "memory only" : "SQLite \(settings.sqlite)")
                + ", replica \(settings.replicaName)")
        if Self.consoleAddress(settings) != nil {
            let console = try ConsoleServer(
                store: MemoryReviewStore(), configuration: settings.consoleConfiguration,
                logger: Logger(label: "decorum.check"))
            _ = try console.application(host: "127.0.0.1", port: 0, tls: settings.consoleTLS)
            lines.append(
                "  console: \(settings.consoleTLS == nil ? "http" : "https")://\(settings.console)/, "
                    + "\(settings.accounts.count) account\(settings.accounts.count == 1 ? "" : "s")")
        } else {
            lines.append("  console: off")
        }
        lines += warnings(settings).map { "  warning: \($0)" }
        return lines.joined(separator: "\n")
    }

    /// Every address something would listen on must be an IP address or a host name that
    /// resolves; the first that is not is an error naming what would listen there.
    static func checkAddresses(_ settings: ServeConfiguration) throws {
        let addresses =
            settings.listeners.map { ("listener \($0.name)", $0.listen) }
            + [("the metrics", settings.metrics), ("the console", settings.console)]
        for (what, address) in addresses {
            guard let (host, port) = split(address) else { continue }
            do {
                _ = try SocketAddress.makeAddressResolvingHost(host, port: port)
            } catch {
                throw BindFailure(what: what, address: address, error: error)
            }
        }
    }

    /// What is wrong but does not stop a start.
    static func warnings(_ settings: ServeConfiguration) -> [String] {
        var warnings = ProxyServer.tlsWarnings(settings.proxyConfiguration)
        if !settings.console.isEmpty && settings.accounts.isEmpty && !settings.consoleChosen {
            warnings.append(
                "the console is off: it has no accounts (make one with decorum console hash-password; "
                    + "console listen \"\" turns it off without this warning)")
        }
        return warnings
    }

    /// Where the console answers: nowhere when it is turned off, or left at its default address
    /// with no account to sign in (one asked for without accounts is an error).
    static func consoleAddress(_ settings: ServeConfiguration) -> (host: String, port: Int)? {
        settings.accounts.isEmpty && !settings.consoleChosen ? nil : split(settings.console)
    }

    func run() async throws {
        let settings = try resolve(environment: ProcessInfo.processInfo.environment)
        if checkConfig {
            print(try Self.check(settings))
            return
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: settings.logLevel) ?? .info
            return handler
        }
        let logger = Logger(label: "decorum")
        for warning in Self.warnings(settings) {
            logger.warning("\(warning)")
            printToStandardError("decorum: warning: \(warning)")
        }
        ProxyServer.raiseFileLimit()
        let options = PolicyOptions(policies: settings.policies, extraPolicies: settings.extraPolicies)
        let set = try options.load()
        let store = PolicyStore(set, sources: options.sources)
        let group = MultiThreadedEventLoopGroup.singleton
        // A console asked for without accounts is refused before anything starts.
        if Self.consoleAddress(settings) != nil {
            let problems = settings.consoleConfiguration.problems()
            if !problems.isEmpty { throw ConsoleConfigurationError(problems: problems) }
        }
        let reviewStore = try await settings.openStore(logger: Logger(label: "decorum.review"))
        let reviews = StoreReviewSink(
            store: reviewStore,
            options: .init(
                replica: settings.replicaName, replicaTimeout: .seconds(settings.replicaTimeoutSeconds)),
            logger: Logger(label: "decorum.review"))
        try await reviews.start()
        let server = ProxyServer(
            configuration: settings.proxyConfiguration, policies: store, reviews: reviews, group: group,
            logger: logger)
        /// Undoes a start that failed partway: nothing left listening, the store closed.
        func abandon(_ console: Task<Void, Never>? = nil) async {
            await server.stop(drain: .zero)
            await reviews.stop()
            console?.cancel()
            await console?.value
            try? await reviewStore.close()
        }
        let addresses: [SocketAddress]
        do {
            addresses = try await server.start()
        } catch {
            await abandon()
            throw error
        }
        var consoleTask: Task<Void, Never>? = nil
        if let (consoleHost, consolePort) = Self.consoleAddress(settings) {
            let console = try ConsoleServer(
                store: reviewStore, configuration: settings.consoleConfiguration,
                logger: Logger(label: "decorum.console"))
            let (bound, boundContinuation) = AsyncStream<Result<Int, any Error>>.makeStream()
            let tls = settings.consoleTLS
            consoleTask = Task {
                do {
                    try await console.run(host: consoleHost, port: consolePort, tls: tls) { port in
                        boundContinuation.yield(.success(port))
                        boundContinuation.finish()
                    }
                } catch {
                    logger.critical("the console stopped", metadata: ["error": "\(error)"])
                    boundContinuation.yield(.failure(error))
                    boundContinuation.finish()
                }
            }
            for await result in bound {
                switch result {
                case .success(let port):
                    let scheme = tls == nil ? "http" : "https"
                    logger.info("console", metadata: ["address": "\(scheme)://\(consoleHost):\(port)/"])
                    printToStandardError("decorum: console on \(scheme)://\(consoleHost):\(port)/")
                case .failure(let error):
                    // A console that cannot start is a start that failed, as for the metrics.
                    await abandon()
                    throw BindFailure(what: "the console", address: settings.console, error: error)
                }
            }
        }
        var metricsServer: MetricsServer? = nil
        if let (metricsHost, metricsPort) = Self.split(settings.metrics) {
            let m = MetricsServer(metrics: server.metrics) { server.isReady }
            let address: SocketAddress
            do {
                address = try await m.start(host: metricsHost, port: metricsPort, group: group)
            } catch {
                await abandon(consoleTask)
                throw BindFailure(what: "the metrics", address: settings.metrics, error: error)
            }
            logger.info("metrics and health", metadata: ["address": "\(address)"])
            metricsServer = m
        }
        logger.info(
            "decorum is running",
            metadata: [
                "listen": "\(addresses.map { "\($0)" }.joined(separator: ", "))",
                "rules": "\(set.rules.count)",
            ])
        printToStandardError("decorum: listening on \(addresses.map { "\($0)" }.joined(separator: ", "))")

        // SIGHUP and changed files reload the policies; SIGTERM and SIGINT stop.
        signal(SIGHUP, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let watcher = PolicyWatcher(store: store) { result in
            switch result {
            case .success(let s): logger.info("policies reloaded", metadata: ["rules": "\(s.rules.count)"])
            case .failure(let e):
                logger.error("policies not reloaded; the old ones stay", metadata: ["reason": "\(e)"])
            }
        }
        watcher.start(every: .seconds(2), on: group.next())
        let reload = DispatchSource.makeSignalSource(signal: SIGHUP)
        reload.setEventHandler { watcher.reload() }
        reload.resume()
        let (stop, continuation) = AsyncStream<Void>.makeStream()
        let stopSources = [SIGTERM, SIGINT].map { sig in
            let source = DispatchSource.makeSignalSource(signal: sig)
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
        for await _ in stop { break }
        for source in stopSources { source.cancel() }
        reload.cancel()
        watcher.stop()
        logger.info("stopping")
        await server.stop()
        await reviews.stop()
        consoleTask?.cancel()
        await consoleTask?.value
        try? await reviewStore.close()
        await metricsServer?.stop()
    }
}
