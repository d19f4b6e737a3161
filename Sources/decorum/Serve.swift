import ArgumentParser
import Dispatch
import Glibc
import Logging
import NIOCore
import NIOPosix
import Policy
import Proxy

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the moderating proxy.",
        discussion: """
            One line starts a working proxy: decorum serve --listen 127.0.0.1:6697 --protocol irc \\
            --upstream chat.example.com:6697 [--tls-cert F --tls-key F] [--upstream-tls] [--upstream-ca F]. \\
            Policies reload on SIGHUP (an invalid set keeps the old one); SIGTERM and SIGINT stop accepting \\
            and close.
            """
    )

    @Option(help: "Where agents connect: HOST:PORT.")
    var listen: String = "127.0.0.1:6697"

    @Option(help: "The chat protocol: irc, ndjson or lines.")
    var `protocol`: String = "irc"

    @Option(help: "The chat backend: HOST:PORT.")
    var upstream: String

    @Option(help: "PEM certificate chain for TLS towards agents.")
    var tlsCert: String?

    @Option(help: "PEM private key for TLS towards agents.")
    var tlsKey: String?

    @Flag(help: "Use TLS towards the backend.")
    var upstreamTls = false

    @Option(help: "PEM file of the CAs to trust for the backend (default: the system's).")
    var upstreamCa: String?

    @Option(help: "The nick Decorum speaks to agents as.")
    var serviceNick: String = "decorum"

    @Option(help: "NDJSON: JSON pointer to the message text.")
    var textPointer: String = "/text"

    @Option(help: "NDJSON: JSON pointer to the agent.")
    var agentPointer: String = "/agent"

    @Option(help: "NDJSON: JSON pointer to the conversation.")
    var conversationPointer: String = "/conversation"

    @Option(help: "NDJSON: JSON pointer to the message kind.")
    var kindPointer: String = "/type"

    @Option(help: "NDJSON: comma-separated kinds that are agent messages.")
    var agentKinds: String = "message"

    @Option(help: "Lines: what starts Decorum's notices.")
    var noticePrefix: String = "[decorum] "

    @Option(help: "The longest line relayed, in bytes.")
    var maxLineLength: Int = 8_703

    @Option(help: "Where /metrics, /healthz and /readyz answer: HOST:PORT (empty: nowhere).")
    var metrics: String = "127.0.0.1:9464"

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    @OptionGroup var policyOptions: PolicyOptions

    func validate() throws {
        guard Self.split(listen) != nil else { throw ValidationError("--listen must be HOST:PORT") }
        guard Self.split(upstream) != nil else { throw ValidationError("--upstream must be HOST:PORT") }
        guard ChatProtocol(rawValue: `protocol`) != nil else {
            throw ValidationError("--protocol must be irc, ndjson or lines")
        }
        if (tlsCert == nil) != (tlsKey == nil) {
            throw ValidationError("--tls-cert and --tls-key go together")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level \(logLevel)")
        }
    }

    static func split(_ address: String) -> (String, Int)? {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        return (String(address[..<colon]).trimmingCharacters(in: ["[", "]"]), port)
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return handler
        }
        let logger = Logger(label: "decorum")
        ProxyServer.raiseFileLimit()
        let set = try policyOptions.load()
        let store = PolicyStore(set, directory: policyOptions.policies)
        let (host, port) = Self.split(listen)!
        let (upstreamHost, upstreamPort) = Self.split(upstream)!
        var listener = ListenerConfiguration(
            host: host, port: port, chatProtocol: ChatProtocol(rawValue: `protocol`) ?? .irc,
            tlsCertificate: tlsCert,
            tlsKey: tlsKey, upstreamHost: upstreamHost, upstreamPort: upstreamPort, upstreamTLS: upstreamTls,
            upstreamCA: upstreamCa)
        listener.noticePrefix = noticePrefix
        listener.ndjson = NDJSONOptions(
            textPointer: textPointer, agentPointer: agentPointer, conversationPointer: conversationPointer,
            kindPointer: kindPointer, agentKinds: agentKinds.split(separator: ",").map(String.init))
        let configuration = ProxyConfiguration(
            listeners: [listener], serviceNick: serviceNick, maximumLineLength: maxLineLength)
        let group = MultiThreadedEventLoopGroup.singleton
        let server = ProxyServer(
            configuration: configuration, policies: store, reviews: InMemoryReviewSink(), group: group,
            logger: logger)
        let addresses = try await server.start()
        var metricsServer: MetricsServer? = nil
        if let (metricsHost, metricsPort) = Self.split(metrics) {
            let m = MetricsServer(metrics: server.metrics) { server.isReady }
            let address = try await m.start(host: metricsHost, port: metricsPort, group: group)
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

        // SIGHUP reloads the policies; SIGTERM and SIGINT stop.
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
        stopSources.forEach { $0.cancel() }
        reload.cancel()
        watcher.stop()
        logger.info("stopping")
        await server.stop()
        await metricsServer?.stop()
    }
}
