import Console
import Foundation
import NIOCore
import NIOPosix
import Policy
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
        try c.apply(environment: ["DECORUM_SERVICE_NICK": "guard", "DECORUM_LOG_LEVEL": "debug"])
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
            ("max-line-length: 0\n", 1, "'max-line-length' must be at least 512 bytes (an IRC line is 512)"),
            ("max-line-length: -1\n", 1, "'max-line-length' must be at least 512"),
            ("idle-timeout: 0s\n", 1, "'idle-timeout' must be at least 1s"),
            ("max-connections: 0\n", 1, "'max-connections' must be at least 1"),
            ("connect-timeout: 0\n", 1, "'connect-timeout' must be at least 1s"),
            ("hold-budget: 0s\n", 1, "'hold-budget' must be at least 1s"),
            ("hold-budget: 9999999999999999h\n", 1, "'hold-budget' must be a duration"),
            ("drain-timeout: 9000h\n", 1, "'drain-timeout' must be at most 8760h (a year)"),
            ("store:\n  replica-timeout: 100000h\n", 2, "'replica-timeout' must be at most 8760h"),
            ("log-level: loud\n", 1, "'log-level' must be one of trace, debug, info"),
            ("metrics: nonsense\n", 1, "'metrics' must be HOST:PORT, or empty for none (not 'nonsense')"),
            ("console:\n  listen: nowhere\n", 2, "'listen' must be HOST:PORT"),
            ("service-nick: two words\n", 1, "'service-nick' must be one word"),
            ("store:\n  database-url: mysql://x\n", 2, "'database-url' must be a postgres://"),
            (
                "listeners:\n  - name: a\n    listen: 127.0.0.1:1\n    upstream: x:1\n"
                    + "  - name: b\n    listen: 127.0.0.1:1\n    upstream: x:2\n", 6,
                "listener 'b' listens on 127.0.0.1:1, as listener 'a' does"
            ),
            (
                "listeners:\n  - name: a\n    listen: 0.0.0.0:1\n    upstream: x:1\n"
                    + "  - name: b\n    listen: 127.0.0.1:1\n    upstream: x:2\n", 6,
                "as listener 'a' does (0.0.0.0:1)"
            ),
            (
                "listeners:\n  - name: a\n    listen: 127.0.0.1:1\n    upstream: {address: x:1, ca: /ca.pem}\n",
                4, "'ca' is for TLS towards the chat server, which is off"
            ),
            (
                "listeners:\n  - name: a\n    listen: 127.0.0.1:1\n    upstream: {address: x:1, tsl: true}\n",
                4, "unknown upstream key 'tsl'"
            ),
            (
                "listeners:\n  - name: a\n    listen: 127.0.0.1:1\n    tls: {cert: c, kye: k}\n    upstream: x:1\n",
                4, "unknown tls key 'kye'"
            ),
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

    @Test(
        "an environment variable with a value that will not do is an error naming it",
        arguments: [
            ("DECORUM_MAX_LINE_LENGTH", "0", "DECORUM_MAX_LINE_LENGTH must be at least 512 bytes"),
            ("DECORUM_MAX_LINE_LENGTH", "abc", "DECORUM_MAX_LINE_LENGTH must be a number (not 'abc')"),
            ("DECORUM_METRICS", "nonsense", "DECORUM_METRICS must be HOST:PORT, or empty for none"),
            ("DECORUM_LOG_LEVEL", "loud", "DECORUM_LOG_LEVEL must be one of trace"),
            ("DECORUM_CONSOLE", "bad", "DECORUM_CONSOLE must be HOST:PORT"),
            ("DECORUM_SERVICE_NICK", "", "DECORUM_SERVICE_NICK must not be empty"),
            ("DECORUM_SERVICE_NICK", "a b", "DECORUM_SERVICE_NICK must be one word"),
            ("DECORUM_POLICIES", "", "DECORUM_POLICIES must not be empty"),
            ("DECORUM_EXTRA_POLICIES", "", "DECORUM_EXTRA_POLICIES must not be empty"),
            ("DECORUM_DATABASE_URL", "db.internal", "DECORUM_DATABASE_URL must be a postgres://"),
            ("DECORUM_REPLICA", "", "DECORUM_REPLICA must not be empty"),
            ("DECORUM_SESSION_SECRET", "", "DECORUM_SESSION_SECRET must not be empty"),
        ])
    func badEnvironment(_ variable: String, _ value: String, _ message: String) throws {
        let serve = try Serve.parse(["--upstream", "chat.example.com:6667"])
        do {
            _ = try serve.resolve(environment: [variable: value])
            Issue.record("no error for \(variable)=\(value)")
        } catch let p as ServeConfiguration.EnvironmentProblem {
            #expect(p.variable == variable)
            #expect("\(p)".hasPrefix(message), "\(p)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        // The empty values that mean "none" are not mistakes.
        var c = ServeConfiguration()
        try c.apply(environment: ["DECORUM_METRICS": "", "DECORUM_CONSOLE": "", "DECORUM_DATABASE_URL": ""])
        #expect(c.metrics.isEmpty && c.console.isEmpty && c.databaseURL == nil)
    }

    @Test(
        "a flag with a value that will not do is an error naming it",
        arguments: [
            (["--max-line-length", "0"], "--max-line-length must be at least 512 bytes"),
            (["--metrics", "nonsense"], "--metrics must be HOST:PORT"),
            (["--log-level", "loud"], "--log-level must be one of trace"),
            (["--console", "bad"], "--console must be HOST:PORT"),
            (["--upstream-ca", "/ca.pem"], "listener default: an upstream CA is given but TLS"),
            (
                ["--listen", "127.0.0.1:9464"],
                "the metrics and listener default both listen on 127.0.0.1:9464"
            ),
        ])
    func badFlags(_ flags: [String], _ message: String) throws {
        let serve = try Serve.parse(["--upstream", "chat.example.com:6667"] + flags)
        do {
            _ = try serve.resolve(environment: [:])
            Issue.record("no error for \(flags)")
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
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

    /// What `--check-config` says is wrong with `text`; nil (and an issue) when it finds nothing.
    static func checkProblem(_ text: String) throws -> String? {
        let settings = try settings(text)
        do {
            _ = try Serve.check(settings)
        } catch {
            return "\(error)"
        }
        Issue.record("no error for \(text.debugDescription)")
        return nil
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

    @Test("a missing certificate, key or CA is named, and why it cannot be used is said")
    func missingTLSFiles() throws {
        let (folder, cert, key) = try Self.expiredFiles()
        let other = folder.appendingPathComponent("other-key.pem").path
        let notPEM = folder.appendingPathComponent("notes.txt").path
        try Self.otherKey.write(toFile: other, atomically: true, encoding: .utf8)
        try "not a certificate\n".write(toFile: notPEM, atomically: true, encoding: .utf8)
        let cases: [(tls: String, upstream: String, reason: String)] = [
            (
                "{cert: /nonexistent/cert.pem, key: \(key)}", "",
                "the certificate /nonexistent/cert.pem does not exist"
            ),
            ("{cert: \(notPEM), key: \(key)}", "", "the certificate \(notPEM) is not a PEM certificate"),
            (
                "{cert: \(folder.path), key: \(key)}", "",
                "the certificate \(folder.path) is a folder, not a file"
            ),
            ("{cert: \(cert), key: /nonexistent/key.pem}", "", "the key /nonexistent/key.pem does not exist"),
            ("{cert: \(cert), key: \(notPEM)}", "", "the key \(notPEM) is not a PEM private key"),
            ("{cert: \(cert), key: \(other)}", "", "the key \(other) does not match the certificate \(cert)"),
            (
                "{cert: \(cert), key: \(key), client-ca: /nonexistent/ca.pem}", "",
                "the client CA /nonexistent/ca.pem does not exist"
            ),
            (
                "{cert: \(cert), key: \(key)}",
                "{address: chat.example.com:6697, tls: true, ca: /nonexistent/up.pem}",
                "the upstream CA /nonexistent/up.pem does not exist"
            ),
        ]
        for c in cases {
            let upstream = c.upstream.isEmpty ? "chat.example.com:6667" : c.upstream
            let problem = try Self.checkProblem(
                "listeners:\n  - name: agents\n    listen: 127.0.0.1:6697\n    upstream: \(upstream)\n"
                    + "    tls: \(c.tls)\nconsole: {listen: \"\"}\n")
            #expect(problem == "listener agents: its TLS files cannot be used: \(c.reason)")
        }
    }

    @Test("an expired certificate is a warning")
    func expiredCertificate() throws {
        let (_, cert, key) = try Self.expiredFiles()
        let settings = try Self.settings(
            Self.listener + "\n    tls: {cert: \(cert), key: \(key)}\nconsole: {listen: \"\"}\n")
        let summary = try Serve.check(settings)
        #expect(summary.hasPrefix("configuration OK"))
        #expect(
            summary.contains("warning: listener agents: the certificate \(cert) expired on 2020-01-02"),
            "\(summary)")
        #expect(Serve.warnings(settings).count == 1)
    }

    @Test("a listening address that does not resolve is an error naming what would listen there")
    func unresolvableAddress() throws {
        let problem = try Self.checkProblem(
            "listeners:\n  - name: agents\n    listen: 999.1.1.1:17771\n    upstream: chat.example.com:6667\n"
                + "console: {listen: \"\"}\n")
        #expect(
            problem
                == "listener agents cannot listen on 999.1.1.1:17771: not an IP address or a host name that resolves"
        )
    }

    @Test("a port in use is an error naming the listener and the address")
    func portInUse() async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let taken = try await ServerBootstrap(group: group).bind(host: "127.0.0.1", port: 0).get()
        let port = taken.localAddress!.port!
        let settings = try Self.settings(
            "listeners:\n  - name: agents\n    listen: 127.0.0.1:\(port)\n    upstream: chat.example.com:6667\n"
                + "console: {listen: \"\"}\nmetrics: \"\"\n")
        let server = ProxyServer(
            configuration: settings.proxyConfiguration,
            policies: PolicyStore(try PolicyOptions(policies: nil).load(), directory: nil),
            reviews: InMemoryReviewSink(), group: group)
        do {
            try await server.start()
            Issue.record("no error")
        } catch {
            #expect(
                "\(error)" == "listener agents cannot listen on 127.0.0.1:\(port): address already in use")
        }
        await server.stop(drain: .zero)
        try await taken.close()
    }

    /// ``expiredCertificate`` and ``expiredKey`` written in a folder of their own.
    static func expiredFiles() throws -> (folder: URL, certificate: String, key: String) {
        let folder = try TemporaryFiles.folder("decorum-tls")
        let cert = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        try expiredCertificate.write(toFile: cert, atomically: true, encoding: .utf8)
        try expiredKey.write(toFile: key, atomically: true, encoding: .utf8)
        return (folder, cert, key)
    }

    /// A certificate for localhost valid on 1 January 2020 only, and its key (P-256).
    static let expiredCertificate = """
        -----BEGIN CERTIFICATE-----
        MIIBDzCBtgIBAjAKBggqhkjOPQQDAjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwHhcN
        MjAwMTAxMDAwMDAwWhcNMjAwMTAyMDAwMDAwWjAUMRIwEAYDVQQDDAlsb2NhbGhv
        c3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARy6SpWD/PlPKWo45pG/Wq6m9vk
        cm7Md20O+oTOjBRm76HJih1fT6zoDjSirFaBR66GM742cluEeiUfbgpEvofuMAoG
        CCqGSM49BAMCA0gAMEUCIBMsxtDCRf3+BcjOQErQndGZDfepsxvaBkMuFoOG3/95
        AiEA1GboMQ6d/OES6C3HJJ6VM2sdSszMaWak34w8Akj2rss=
        -----END CERTIFICATE-----

        """
    static let expiredKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgArw6K/TcLW3q2DTa
        bxviG1kj+0xHcg2VJOPYy2Jlg9ChRANCAARy6SpWD/PlPKWo45pG/Wq6m9vkcm7M
        d20O+oTOjBRm76HJih1fT6zoDjSirFaBR66GM742cluEeiUfbgpEvofu
        -----END PRIVATE KEY-----

        """
    /// A key of its own, matching no certificate here.
    static let otherKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQggwYgsO6GaYkhgs2i
        zGiFWecVm01mevyAYJTJxzpzOTahRANCAARqq5iE9jRD4DSRMtP+1ZmnHW9gH3k/
        YR6pT2zjlTrg0eQpXmHSeeApGhpppWdm2PtyPaCb1E2dkmmNN+aX6s7/
        -----END PRIVATE KEY-----

        """

    @Test("a console without accounts is an error")
    func consoleWithoutAccounts() throws {
        let settings = try Self.settings(Self.listener + "\nconsole: {listen: 127.0.0.1:8080}\n")
        #expect(throws: ConsoleConfigurationError.self) { try Serve.check(settings) }
    }

    @Test(
        "a folder of the company's own rules is added to the built-in pack, from the file or the environment")
    func extraPolicies() throws {
        let template = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Deploy/config/company-policies").path
        let fromFile = try Serve.check(
            try Self.settings(Self.listener + "\nconsole: {listen: \"\"}\nextra-policies: \(template)\n"))
        let rules = try PolicySet.bundled().rules.count + 1
        #expect(fromFile.contains("policies: \(rules) rules"), "\(fromFile)")
        #expect(fromFile.contains("from the built-in pack + \(template)"), "\(fromFile)")
        let serve = try Serve.parse(["--upstream", "chat.example.com:6667"])
        let settings = try serve.resolve(environment: ["DECORUM_EXTRA_POLICIES": template])
        #expect(settings.extraPolicies == template)
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
