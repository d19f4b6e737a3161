import Console
import Foundation
import Proxy
import TestSupport
import Testing

@testable import decorum

/// `decorum serve`'s configuration: the YAML file, the environment over it, flags over both.
struct ServeConfigurationTests {
    static let file = """
        service-nick: moderator
        max-line-length: 4096
        hold-budget: 5m
        metrics: 127.0.0.1:9500
        listeners:
          - name: irc
            listen: 127.0.0.1:6697
            protocol: irc
            tls: {cert: /etc/decorum/cert.pem, key: /etc/decorum/key.pem}
            upstream: {address: chat.example.com:6697, tls: true, ca: /etc/decorum/ca.pem, server-name: chat.example.com}
          - name: desk
            listen: 0.0.0.0:7000
            protocol: ndjson
            upstream: desk.internal:7000
            fail-open: true
            ndjson: {text: /body/text, agent: /from, kind: /event, agent-kinds: [message, reply]}
        """

    @Test("a file with two listeners")
    func twoListeners() throws {
        let c = try ServeConfiguration.parse(Self.file, file: "decorum.yaml")
        #expect(c.serviceNick == "moderator" && c.maxLineLength == 4096 && c.holdBudgetSeconds == 300)
        #expect(c.listeners.count == 2)
        #expect(c.listeners[0].upstreamTLS && c.listeners[0].upstreamServerName == "chat.example.com")
        #expect(c.listeners[0].tlsKey == "/etc/decorum/key.pem")
        #expect(c.listeners[1].chatProtocol == "ndjson" && c.listeners[1].textPointer == "/body/text")
        #expect(c.listeners[1].agentKinds == ["message", "reply"])
        let proxy = c.proxyConfiguration
        #expect(proxy.listeners.map(\.port) == [6697, 7000])
        #expect(proxy.listeners[1].ndjson.kindPointer == "/event")
        #expect(proxy.defaultHoldBudget == .seconds(300))
        #expect(proxy.listeners.map(\.failOpen) == [nil, true] && !proxy.failOpen)
        #expect(c.replicaTimeoutSeconds == 30)
        let timed = try ServeConfiguration.parse(
            Self.file + "\nstore:\n  replica: r2\n  replica-timeout: 2m\n", file: "decorum.yaml")
        #expect(timed.replica == "r2" && timed.replicaTimeoutSeconds == 120)
    }

    @Test("the environment overrides the file, and flags override both")
    func precedence() throws {
        var c = try ServeConfiguration.parse(Self.file, file: "decorum.yaml")
        c.apply(environment: ["DECORUM_SERVICE_NICK": "guard", "DECORUM_LOG_LEVEL": "debug"])
        #expect(c.serviceNick == "guard" && c.logLevel == "debug")
        let serve = try Serve.parse([
            "--upstream", "other:1", "--service-nick", "flagged", "--listen", "127.0.0.1:1",
        ])
        let resolved = try serve.resolve(environment: ["DECORUM_SERVICE_NICK": "guard"])
        #expect(resolved.serviceNick == "flagged")
        #expect(resolved.listeners.count == 1 && resolved.listeners[0].upstream == "other:1")
    }

    @Test(
        "mistakes name the line",
        arguments: [
            (
                "listeners:\n  - name: a\n    listen: 127.0.0.1:1\n    upstrem: x:1\n", 4,
                "unknown listener key 'upstrem'"
            ),
            ("listeners:\n  - name: a\n    listen: 127.0.0.1:1\n", 2, "needs an 'upstream'"),
            ("max-line-length: lots\nlisteners: []\n", 1, "must be a number"),
            ("colour: blue\n", 1, "unknown key 'colour'"),
            ("listeners:\n  - listen: nowhere\n    upstream: x:1\n", 2, "is not HOST:PORT"),
            ("store:\n  replica-timeout: soon\n", 2, "must be a duration"),
            ("store:\n  replica-timeout: 5s\n", 2, "must be at least 10s"),
        ])
    func mistakes(_ text: String, _ line: Int, _ message: String) {
        do {
            _ = try ServeConfiguration.parse(text, file: "bad.yaml")
            Issue.record("no error for \(text.debugDescription)")
        } catch let p as ServeConfiguration.Problem {
            #expect(p.line == line, "\(p)")
            #expect(p.message.contains(message), "\(p)")
            #expect(p.description.hasPrefix("bad.yaml:\(line):"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("the help text has no line-continuation backslashes")
    func helpText() {
        let help = Serve.helpMessage(columns: 10_000)
        #expect(!help.contains("\\"), "\(help)")
        #expect(help.contains("--protocol irc --upstream chat.example.com:6697"))
    }

    @Test("without a file, --upstream is needed")
    func needsUpstream() throws {
        let serve = try Serve.parse([])
        #expect(throws: (any Error).self) { try serve.resolve(environment: [:]) }
    }
}

/// `decorum serve --check-config`: what a start would read, read without starting.
struct CheckConfigTests {
    /// A configuration file in a folder of its own, resolved as `serve --config F --check-config`.
    static func settings(_ text: String) throws -> ServeConfiguration {
        let folder = try TemporaryFiles.folder("decorum-check")
        let file = folder.appendingPathComponent("decorum.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let serve = try Serve.parse(["--config", file.path, "--check-config"])
        #expect(serve.checkConfig)
        return try serve.resolve(environment: [:])
    }

    static let listener = """
        listeners:
          - name: agents
            listen: 127.0.0.1:6697
            upstream: chat.example.com:6667
        """

    @Test("a sound configuration says what would run")
    func sound() throws {
        let summary = try Serve.check(try Self.settings(Self.listener + "\nconsole: {listen: \"\"}\n"))
        #expect(summary.hasPrefix("configuration OK"))
        #expect(summary.contains("listener agents: irc on 127.0.0.1:6697 → chat.example.com:6667"))
        #expect(summary.contains("policies: ") && summary.contains("ar en lt mn uk"))
        #expect(summary.contains("console: off"))
    }

    @Test("a certificate that cannot be read is an error naming its listener")
    func badCertificate() throws {
        let settings = try Self.settings(
            Self.listener
                + "\n    tls: {cert: /nonexistent/cert.pem, key: /nonexistent/key.pem}\nconsole: {listen: \"\"}\n"
        )
        #expect(throws: TLSFilesError.self) { try Serve.check(settings) }
        do {
            _ = try Serve.check(settings)
        } catch {
            #expect("\(error)".hasPrefix("listener agents: its TLS files cannot be used"))
        }
    }

    @Test("a console without accounts is an error")
    func consoleWithoutAccounts() throws {
        let settings = try Self.settings(Self.listener + "\nconsole: {listen: 127.0.0.1:8080}\n")
        #expect(throws: ConsoleConfigurationError.self) { try Serve.check(settings) }
    }

    @Test("policies that do not load are an error")
    func badPolicies() throws {
        let folder = try TemporaryFiles.folder("decorum-policies")
        try "language: en\nrules: [{id: x}]\n".write(
            to: folder.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
        let settings = try Self.settings(
            Self.listener + "\nconsole: {listen: \"\"}\npolicies: \(folder.path)\n")
        #expect(throws: PolicyLoadFailure.self) { try Serve.check(settings) }
    }
}
