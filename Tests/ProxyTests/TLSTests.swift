import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Policy
import TestSupport
import Testing

@testable import Proxy
@testable import TestHarness

/// A self-signed certificate for 127.0.0.1 and localhost, made with openssl for one test.
struct TestCertificate {
    let directory: URL
    var certificate: String { directory.appendingPathComponent("cert.pem").path }
    var key: String { directory.appendingPathComponent("key.pem").path }

    static func make() throws -> TestCertificate {
        let dir = try TemporaryFiles.folder("decorum-tls")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", dir.appendingPathComponent("key.pem").path, "-out",
            dir.appendingPathComponent("cert.pem").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        // ngircd drops to an unprivileged user and must still read them.
        for f in ["key.pem", "cert.pem"] {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644], ofItemAtPath: dir.appendingPathComponent(f).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        return TestCertificate(directory: dir)
    }
}

/// `openssl s_client` as an independent TLS peer: lines in on its standard input, everything it
/// prints collected.
final class OpenSSLClient: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private let received = NIOLockedValueBox("")

    init(port: Int, caFile: String, certificate: TestCertificate? = nil) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments =
            [
                "s_client", "-connect", "127.0.0.1:\(port)", "-quiet", "-CAfile", caFile,
                "-verify_return_error",
                "-servername", "localhost",
            ] + (certificate.map { ["-cert", $0.certificate, "-key", $0.key] } ?? [])
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [received] handle in
            let data = handle.availableData
            received.withLockedValue { $0 += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\r\n").utf8))
    }

    var text: String { received.withLockedValue { $0 } }

    /// NICK and USER, then waits for the welcome.
    func register(nick: String) throws {
        send("NICK \(nick)")
        send("USER \(nick) 0 * :\(nick)")
        try wait(for: " 001 \(nick)")
    }

    /// Waits (boundedly) until what it printed contains `needle`.
    func wait(for needle: String, timeout: Double = 5) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if text.contains(needle) { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("openssl s_client never printed “\(needle)”; it printed:\n\(text)")
        throw CancellationError()
    }

    /// Ends it: test threads block most signals and a child inherits that, so SIGTERM may never
    /// arrive; SIGKILL cannot be blocked.
    func stop() {
        output.fileHandleForReading.readabilityHandler = nil
        try? input.fileHandleForWriting.close()
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

@Suite(.serialized, .timeLimit(.minutes(2)))
struct TLSTests {
    /// A listener with TLS towards agents (`cert`), relaying to `irc`.
    func tlsListener(_ cert: TestCertificate, _ irc: NgircdServer) -> ListenerConfiguration {
        ListenerConfiguration(
            host: "127.0.0.1", port: 0, tlsCertificate: cert.certificate, tlsKey: cert.key,
            upstreamHost: "127.0.0.1",
            upstreamPort: Int(irc.port))
    }

    func proxy(_ listener: ListenerConfiguration, reviews: InMemoryReviewSink = InMemoryReviewSink())
        async throws
        -> (ProxyServer, Int)
    {
        let server = ProxyServer(
            configuration: ProxyConfiguration(listeners: [listener]),
            policies: PolicyStore(try PolicySet.bundled(), directory: nil), reviews: reviews,
            group: MultiThreadedEventLoopGroup.singleton)
        let port = try await server.start().first!.port!
        return (server, port)
    }

    @Test("an agent over TLS (openssl s_client) is moderated like any other")
    func agentOverTLS() async throws {
        let cert = try TestCertificate.make()
        let irc = try NgircdServer.start()
        let (server, port) = try await proxy(
            tlsListener(cert, irc))
        let customer = try IRCTestClient.connect(port: irc.port)
        try customer.register(nick: "bob")
        try customer.join("#support")
        let agent = try OpenSSLClient(port: port, caFile: cert.certificate)
        try agent.register(nick: "anna")
        agent.send("JOIN #support")
        try agent.wait(for: "JOIN")
        agent.send("PRIVMSG #support :Don't go with them, they're scammers.")
        try agent.wait(for: "Not sent")
        agent.send("PRIVMSG #support :Your parcel is on its way.")
        let m = try customer.waitForMessage(command: "PRIVMSG")
        #expect(m.params.last == "Your parcel is on its way.")
        #expect(!customer.receivedLines.joined().contains("scammers"))
        agent.stop()
        await server.stop(drain: .zero)
        irc.stop()
    }

    @Test("a client that speaks plaintext to the TLS port is dropped, and others are not affected")
    func garbage() async throws {
        let cert = try TestCertificate.make()
        let irc = try NgircdServer.start()
        let (server, port) = try await proxy(
            tlsListener(cert, irc))
        let good = try OpenSSLClient(port: port, caFile: cert.certificate)
        try good.register(nick: "anna")
        let bad = try IRCTestClient.connect(port: UInt16(port))
        try bad.send("NICK mallory")
        try bad.waitForClose()
        good.send("PRIVMSG decorum :help")
        try good.wait(for: "accept sends my last suggestion")
        good.stop()
        await server.stop(drain: .zero)
        irc.stop()
    }

    @Test("mutual TLS: an agent with a certificate from the client CA gets in, one without is refused")
    func mutualTLS() async throws {
        let server = try TestCertificate.make()
        let client = try TestCertificate.make()
        let irc = try NgircdServer.start()
        var listener = tlsListener(server, irc)
        listener.clientCA = client.certificate
        let (proxy, port) = try await proxy(listener)
        let trusted = try OpenSSLClient(port: port, caFile: server.certificate, certificate: client)
        try trusted.register(nick: "anna")
        trusted.stop()
        let stranger = try OpenSSLClient(port: port, caFile: server.certificate)
        stranger.send("NICK mallory")
        stranger.send("USER mallory 0 * :M")
        try await Task.sleep(for: .seconds(1))
        #expect(!stranger.text.contains(" 001 "), "no certificate, no relay: \(stranger.text)")
        stranger.stop()
        await proxy.stop(drain: .zero)
        irc.stop()
    }

    @Test("TLS towards the backend is verified: the right CA works, another one is refused with a reason")
    func upstreamTLS() async throws {
        let cert = try TestCertificate.make()
        let tlsPort = try HarnessSocket.freePort()
        var options = NgircdServer.Options()
        options.additionalConfig =
            "[SSL]\nCertFile = \(cert.certificate)\nKeyFile = \(cert.key)\nPorts = \(tlsPort)\n"
        let irc = try NgircdServer.start(options)
        let (server, port) = try await proxy(
            ListenerConfiguration(
                host: "127.0.0.1", port: 0, upstreamHost: "127.0.0.1", upstreamPort: Int(tlsPort),
                upstreamTLS: true,
                upstreamCA: cert.certificate, upstreamServerName: "localhost"))
        let agent = try IRCTestClient.connect(port: UInt16(port))
        try agent.register(nick: "anna")
        await server.stop(drain: .zero)

        let other = try TestCertificate.make()
        let (refusing, refusingPort) = try await proxy(
            ListenerConfiguration(
                host: "127.0.0.1", port: 0, upstreamHost: "127.0.0.1", upstreamPort: Int(tlsPort),
                upstreamTLS: true,
                upstreamCA: other.certificate, upstreamServerName: "localhost"))
        let refused = try IRCTestClient.connect(port: UInt16(refusingPort))
        let lines = try refused.waitForClose()
        #expect(
            lines == [
                "ERROR :Closing link: TLS with the chat server failed: its certificate could not be verified "
                    + "(expired, self-signed or from an authority not trusted) (Decorum)"
            ], "one line that says why, and nothing of the library's: \(lines)")
        await refusing.stop(drain: .zero)
        irc.stop()
    }

    @Test("an agent over TLS whose chat server is down is told so (openssl s_client), and not left waiting")
    func tlsAgentBackendDown() async throws {
        let cert = try TestCertificate.make()
        let closed = try HarnessSocket.freePort()
        let (server, port) = try await proxy(
            ListenerConfiguration(
                host: "127.0.0.1", port: 0, tlsCertificate: cert.certificate, tlsKey: cert.key,
                upstreamHost: "127.0.0.1", upstreamPort: Int(closed)))
        let agent = try OpenSSLClient(port: port, caFile: cert.certificate)
        try agent.wait(for: "ERROR :Closing link: the chat server is unreachable (connection refused)")
        for _ in 0..<250 where agent.process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!agent.process.isRunning, "the connection ends after the line")
        agent.stop()
        await server.stop(drain: .zero)
    }

    @Test("a TLS handshake with the chat server that never ends times out like a connection")
    func upstreamHandshakeTimesOut() async throws {
        // A server that accepts and never says a word.
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        var configuration = ProxyConfiguration(listeners: [
            ListenerConfiguration(
                host: "127.0.0.1", port: 0, upstreamHost: "127.0.0.1",
                upstreamPort: silent.localAddress!.port!,
                upstreamTLS: true, upstreamServerName: "localhost")
        ])
        configuration.connectTimeout = .seconds(1)
        let server = ProxyServer(
            configuration: configuration, policies: PolicyStore(try PolicySet.bundled(), directory: nil),
            reviews: InMemoryReviewSink(), group: MultiThreadedEventLoopGroup.singleton)
        let port = try await server.start().first!.port!
        let agent = try IRCTestClient.connect(port: UInt16(port))
        try agent.send("NICK anna")
        let lines = try agent.waitForClose(timeout: .seconds(10))
        #expect(lines == ["ERROR :Closing link: TLS with the chat server timed out (Decorum)"])
        await server.stop(drain: .zero)
        try await silent.close()
    }
}
