import Foundation
import Logging
import NIOCore
import Policy
import Proxy
import Yams

/// `decorum serve`'s configuration file: YAML, every key optional but `listeners`; environment
/// variables override the file (`DECORUM_LOG_LEVEL`, `DECORUM_METRICS`, `DECORUM_POLICIES`,
/// `DECORUM_SERVICE_NICK`, `DECORUM_MAX_LINE_LENGTH`, `DECORUM_SQLITE`, `DECORUM_DATABASE_URL`,
/// `DECORUM_REPLICA`, `DECORUM_CONSOLE`, `DECORUM_SESSION_SECRET`), and flags override both.
struct ServeConfiguration: Equatable {
    struct Listener: Equatable {
        var name = "default"
        var listen = "127.0.0.1:6697"
        var chatProtocol = "irc"
        var tlsCertificate: String?
        var tlsKey: String?
        var clientCA: String?
        var upstream = ""
        var upstreamTLS = false
        var upstreamCA: String?
        var upstreamServerName: String?
        var verifyUpstream = true
        var noticePrefix = "[decorum] "
        var textPointer = "/text"
        var agentPointer = "/agent"
        var conversationPointer = "/conversation"
        var kindPointer = "/type"
        var agentKinds = ["message"]
        var failOpen: Bool?
    }

    /// A console account: a supervisor or an admin.
    struct Account: Equatable {
        var name = ""
        var role = "supervisor"
        /// bcrypt.
        var passwordHash = ""
        /// SHA-256 (hex) of each API bearer token.
        var tokens: [String] = []
    }

    var listeners: [Listener] = []
    /// The review store: a SQLite file (the default), or PostgreSQL when a URL is given.
    var sqlite = "decorum-review.sqlite"
    var databaseURL: String?
    /// This replica's name in the store (default: the host name).
    var replica: String?
    /// How long a replica may go unseen before its held messages count as undeliverable.
    var replicaTimeoutSeconds = 30
    /// Where the supervisors' console answers: HOST:PORT, empty for nowhere.
    var console = "127.0.0.1:8080" {
        didSet { consoleChosen = true }
    }
    /// Whether `console` was set (by the file, the environment or a flag) rather than left at its
    /// default: a console asked for must have accounts; the default one is off without them.
    private(set) var consoleChosen = false
    var consoleTLSCertificate: String?
    var consoleTLSKey: String?
    /// Signs session cookies; random per start when not given (sessions then end with a
    /// restart, and replicas do not share them).
    var sessionSecret: String?
    var accounts: [Account] = []
    var serviceNick = "decorum"
    var maxLineLength = 8_703
    var closeOnOverlongLine = false
    var connectTimeoutSeconds = 5
    var holdBudgetSeconds = 600
    var idleTimeoutSeconds = 3_600
    var maxConnections = 20_000
    var drainTimeoutSeconds = 30
    var failOpen = false
    var metrics = "127.0.0.1:9464"
    var policies: String?
    /// A folder of policy files added to ``policies`` (or to the built-in pack).
    var extraPolicies: String?
    var logLevel = "info"

    struct Problem: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    /// A variable of the environment with a value that will not do.
    struct EnvironmentProblem: Error, CustomStringConvertible {
        var variable: String
        var message: String
        var description: String { "\(variable) \(message)" }
    }

    /// One year, in seconds: the longest any duration may be.
    static let year = 31_536_000

    /// The values each number may take; outside them the start would fail later or misbehave
    /// (a line limit below one IRC line, no connection allowed, every agent timed out at once).
    static let bounds: [String: ClosedRange<Int>] = [
        "max-line-length": 512...16_777_216,
        "max-connections": 1...10_000_000,
        "connect-timeout": 1...year,
        "hold-budget": 1...year,
        "idle-timeout": 1...year,
        "drain-timeout": 0...year,
        // Replicas note themselves alive every 5 s: less than two of those would find a live
        // one gone.
        "replica-timeout": 10...year,
    ]

    /// Why `value` will not do for the number `key`, or nil when it will.
    static func boundsProblem(_ key: String, _ value: Int) -> String? {
        guard let range = bounds[key], !range.contains(value) else { return nil }
        let isDuration = key.hasSuffix("-timeout") || key == "hold-budget"
        func shown(_ n: Int) -> String {
            guard isDuration else { return "\(n)" }
            return n == year ? "8760h (a year)" : "\(n)s"
        }
        guard value >= range.lowerBound else {
            return "must be at least \(shown(range.lowerBound))"
                + (key == "max-line-length" ? " bytes (an IRC line is 512)" : "")
        }
        return "must be at most \(shown(range.upperBound))"
    }

    /// Why `text` will not do as the number `key`, or nil when it will.
    static func numberProblem(_ key: String, _ text: String) -> String? {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
            return "must be a number (not '\(text)')"
        }
        return boundsProblem(key, n)
    }

    /// Why `text` will not do as a listening address that may be off, or nil when it will.
    static func optionalAddressProblem(_ text: String) -> String? {
        text.isEmpty || Serve.split(text) != nil
            ? nil : "must be HOST:PORT, or empty for none (not '\(text)')"
    }

    static func logLevelProblem(_ text: String) -> String? {
        Logger.Level(rawValue: text) != nil
            ? nil
            : "must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")) (not '\(text)')"
    }

    /// The service nick is sent as the prefix of IRC notices: one word.
    static func nickProblem(_ text: String) -> String? {
        guard !text.isEmpty else { return "must not be empty" }
        let forbidden: Set<Character> = [" ", ",", "!", "@", ":", "\t", "\r", "\n"]
        return text.contains(where: forbidden.contains) || text.hasPrefix("#")
            ? "must be one word, without spaces, commas, !, @, : or a leading # (not '\(text)')" : nil
    }

    /// The URL holds a password: it is not repeated.
    static func databaseURLProblem(_ text: String) -> String? {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
            ? nil : "must be a postgres:// or postgresql:// URL"
    }

    static func notEmpty(_ text: String) -> String? {
        text.isEmpty ? "must not be empty" : nil
    }

    /// Whether two listening addresses take the same port on the same address (a wildcard
    /// address takes the port on every address).
    static func clash(_ a: String, _ b: String) -> Bool {
        guard let (hostA, portA) = Serve.split(a), let (hostB, portB) = Serve.split(b), portA == portB,
            portA != 0
        else { return false }
        let wildcards: Set<String> = ["", "0.0.0.0", "::", "*"]
        return hostA.lowercased() == hostB.lowercased() || wildcards.contains(hostA)
            || wildcards.contains(hostB)
    }

    static let topKeys: Set<String> = [
        "listeners", "service-nick", "max-line-length", "close-on-overlong-line", "connect-timeout",
        "hold-budget",
        "metrics", "policies", "extra-policies", "log-level", "idle-timeout", "max-connections",
        "drain-timeout", "fail-open",
        "store", "console",
    ]
    static let storeKeys: Set<String> = ["sqlite", "database-url", "replica", "replica-timeout"]
    static let consoleKeys: Set<String> = ["listen", "tls", "session-secret", "accounts"]
    static let accountKeys: Set<String> = ["name", "role", "password-hash", "tokens"]
    static let listenerKeys: Set<String> = [
        "name", "listen", "protocol", "tls", "upstream", "notice-prefix", "ndjson", "fail-open",
    ]

    /// Reads a configuration file; the first problem is an error naming its line.
    static func load(path: String) throws -> ServeConfiguration {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw Problem(file: path, line: 0, message: "cannot be read")
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws -> ServeConfiguration {
        func problem(_ node: Node?, _ message: String) -> Problem {
            Problem(file: file, line: node?.mark?.line ?? 0, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Problem(file: file, line: 0, message: "YAML: \(error)")
        }
        guard let map = root?.mapping else { throw problem(root, "expected a mapping with 'listeners'") }
        for (key, _) in map where !topKeys.contains(key.string ?? "") {
            throw problem(
                key,
                "unknown key '\(key.string ?? "?")' (expected one of: \(topKeys.sorted().joined(separator: ", ")))"
            )
        }
        func string(_ m: Node.Mapping, _ key: String) throws -> String? {
            guard let v = m[key] else { return nil }
            guard let s = v.scalar?.string else { throw problem(v, "'\(key)' must be a text") }
            return s
        }
        func int(_ m: Node.Mapping, _ key: String) throws -> Int? {
            guard let v = m[key] else { return nil }
            guard let i = v.int else { throw problem(v, "'\(key)' must be a number") }
            if let why = boundsProblem(key, i) { throw problem(v, "'\(key)' \(why)") }
            return i
        }
        /// Text that `judge` finds nothing wrong with.
        func string(_ m: Node.Mapping, _ key: String, _ judge: (String) -> String?) throws -> String? {
            guard let v = try string(m, key) else { return nil }
            if let why = judge(v) { throw problem(m[key], "'\(key)' \(why)") }
            return v
        }
        func bool(_ m: Node.Mapping, _ key: String) throws -> Bool? {
            guard let v = m[key] else { return nil }
            guard let b = v.bool else { throw problem(v, "'\(key)' must be true or false") }
            return b
        }
        func seconds(_ m: Node.Mapping, _ key: String) throws -> Int? {
            guard let s = try string(m, key) else { return nil }
            guard let n = PolicyLoader.durationSeconds(s) else {
                throw problem(m[key], "'\(key)' must be a duration like 30s, 10m, 1h")
            }
            if let why = boundsProblem(key, n) { throw problem(m[key], "'\(key)' \(why)") }
            return n
        }
        var c = ServeConfiguration()
        if let v = try string(map, "service-nick", nickProblem) { c.serviceNick = v }
        if let v = try int(map, "max-line-length") { c.maxLineLength = v }
        if let v = try bool(map, "close-on-overlong-line") { c.closeOnOverlongLine = v }
        if let v = try seconds(map, "connect-timeout") { c.connectTimeoutSeconds = v }
        if let v = try seconds(map, "hold-budget") { c.holdBudgetSeconds = v }
        if let v = try seconds(map, "idle-timeout") { c.idleTimeoutSeconds = v }
        if let v = try int(map, "max-connections") { c.maxConnections = v }
        if let v = try bool(map, "fail-open") { c.failOpen = v }
        if let v = try seconds(map, "drain-timeout") { c.drainTimeoutSeconds = v }
        if let v = try string(map, "metrics", optionalAddressProblem) { c.metrics = v }
        if let v = try string(map, "policies", notEmpty) { c.policies = v }
        if let v = try string(map, "extra-policies", notEmpty) { c.extraPolicies = v }
        if let v = try string(map, "log-level", logLevelProblem) { c.logLevel = v }
        func only(_ m: Node.Mapping, _ keys: Set<String>, _ what: String) throws {
            for (key, _) in m where !keys.contains(key.string ?? "") {
                throw problem(
                    key,
                    "unknown \(what) key '\(key.string ?? "?")' (expected one of: \(keys.sorted().joined(separator: ", ")))"
                )
            }
        }
        if let node = map["store"] {
            guard let m = node.mapping else { throw problem(node, "'store' must be a mapping") }
            try only(m, storeKeys, "store")
            if let v = try string(m, "sqlite") { c.sqlite = v }
            c.databaseURL = try string(m, "database-url", databaseURLProblem)
            c.replica = try string(m, "replica", notEmpty)
            if let v = try seconds(m, "replica-timeout") { c.replicaTimeoutSeconds = v }
        }
        if let node = map["console"] {
            guard let m = node.mapping else { throw problem(node, "'console' must be a mapping") }
            try only(m, consoleKeys, "console")
            if let v = try string(m, "listen", optionalAddressProblem) { c.console = v }
            if let tls = m["tls"] {
                guard let t = tls.mapping else {
                    throw problem(tls, "'tls' must be a mapping with cert and key")
                }
                c.consoleTLSCertificate = try string(t, "cert")
                c.consoleTLSKey = try string(t, "key")
            }
            c.sessionSecret = try string(m, "session-secret", notEmpty)
            for node in m["accounts"]?.sequence ?? [] {
                guard let a = node.mapping else { throw problem(node, "an account must be a mapping") }
                try only(a, accountKeys, "account")
                var account = Account()
                guard let name = try string(a, "name"), !name.isEmpty else {
                    throw problem(node, "an account needs a 'name'")
                }
                account.name = name
                if let role = try string(a, "role") {
                    guard ["supervisor", "admin"].contains(role) else {
                        throw problem(a["role"], "'role' must be supervisor or admin")
                    }
                    account.role = role
                }
                account.passwordHash = try string(a, "password-hash") ?? ""
                account.tokens = a["tokens"]?.sequence?.compactMap(\.string) ?? []
                guard !account.passwordHash.isEmpty || !account.tokens.isEmpty else {
                    throw problem(node, "account '\(name)' needs a 'password-hash' or 'tokens'")
                }
                c.accounts.append(account)
            }
        }
        guard let list = map["listeners"]?.sequence else {
            throw problem(root, "'listeners' must be a list of listeners")
        }
        for item in list {
            guard let l = item.mapping else { throw problem(item, "a listener must be a mapping") }
            for (key, _) in l where !listenerKeys.contains(key.string ?? "") {
                throw problem(
                    key,
                    "unknown listener key '\(key.string ?? "?")' (expected one of: \(listenerKeys.sorted().joined(separator: ", ")))"
                )
            }
            var listener = Listener()
            if let v = try string(l, "name") { listener.name = v }
            if let v = try string(l, "listen") { listener.listen = v }
            if let v = try string(l, "protocol") {
                guard ChatProtocol(rawValue: v) != nil else {
                    throw problem(l["protocol"], "'protocol' must be irc, ndjson or lines")
                }
                listener.chatProtocol = v
            }
            if let v = try string(l, "notice-prefix") { listener.noticePrefix = v }
            listener.failOpen = try bool(l, "fail-open")
            if let tls = l["tls"] {
                guard let t = tls.mapping else {
                    throw problem(tls, "'tls' must be a mapping with cert and key")
                }
                try only(t, ["cert", "key", "client-ca"], "tls")
                listener.tlsCertificate = try string(t, "cert")
                listener.tlsKey = try string(t, "key")
                listener.clientCA = try string(t, "client-ca")
            }
            guard let upstream = l["upstream"] else {
                throw problem(item, "listener '\(listener.name)' needs an 'upstream'")
            }
            if let address = upstream.scalar?.string {
                listener.upstream = address
            } else if let u = upstream.mapping {
                try only(u, ["address", "tls", "ca", "server-name", "verify"], "upstream")
                guard let address = try string(u, "address") else {
                    throw problem(upstream, "'upstream' needs an 'address'")
                }
                listener.upstream = address
                listener.upstreamTLS = try bool(u, "tls") ?? false
                listener.upstreamCA = try string(u, "ca")
                listener.upstreamServerName = try string(u, "server-name")
                listener.verifyUpstream = try bool(u, "verify") ?? true
                for key in ["ca", "server-name", "verify"] where u[key] != nil && !listener.upstreamTLS {
                    throw problem(
                        u[key],
                        "'\(key)' is for TLS towards the chat server, which is off: add 'tls: true' "
                            + "(without it the connection is not encrypted)")
                }
            } else {
                throw problem(upstream, "'upstream' must be HOST:PORT or a mapping")
            }
            if let n = l["ndjson"]?.mapping {
                try only(n, ["text", "agent", "conversation", "kind", "agent-kinds"], "ndjson")
                if let v = try string(n, "text") { listener.textPointer = v }
                if let v = try string(n, "agent") { listener.agentPointer = v }
                if let v = try string(n, "conversation") { listener.conversationPointer = v }
                if let v = try string(n, "kind") { listener.kindPointer = v }
                if let kinds = n["agent-kinds"]?.sequence { listener.agentKinds = kinds.compactMap(\.string) }
            }
            for address in [listener.listen, listener.upstream] where Serve.split(address) == nil {
                throw problem(item, "'\(address)' is not HOST:PORT")
            }
            if let other = c.listeners.first(where: { clash($0.listen, listener.listen) }) {
                throw problem(
                    l["listen"] ?? item,
                    "listener '\(listener.name)' listens on \(listener.listen), as listener '\(other.name)' does"
                        + " (\(other.listen))")
            }
            c.listeners.append(listener)
        }
        guard !c.listeners.isEmpty else { throw problem(root, "'listeners' is empty") }
        return c
    }

    /// The environment's overrides; a value that will not do is an error naming its variable.
    mutating func apply(environment: [String: String]) throws {
        func value(_ variable: String, _ judge: (String) -> String?) throws -> String? {
            guard let v = environment[variable] else { return nil }
            if let why = judge(v) { throw EnvironmentProblem(variable: variable, message: why) }
            return v
        }
        if let v = try value("DECORUM_LOG_LEVEL", Self.logLevelProblem) { logLevel = v }
        if let v = try value("DECORUM_METRICS", Self.optionalAddressProblem) { metrics = v }
        if let v = try value("DECORUM_POLICIES", Self.notEmpty) { policies = v }
        if let v = try value("DECORUM_EXTRA_POLICIES", Self.notEmpty) { extraPolicies = v }
        if let v = try value("DECORUM_SERVICE_NICK", Self.nickProblem) { serviceNick = v }
        if let v = try value("DECORUM_MAX_LINE_LENGTH", { Self.numberProblem("max-line-length", $0) }),
            let n = Int(v.trimmingCharacters(in: .whitespaces))
        {
            maxLineLength = n
        }
        if let v = environment["DECORUM_SQLITE"] { sqlite = v }
        if let v = try value("DECORUM_DATABASE_URL", { $0.isEmpty ? nil : Self.databaseURLProblem($0) }) {
            databaseURL = v.isEmpty ? nil : v
        }
        if let v = try value("DECORUM_REPLICA", Self.notEmpty) { replica = v }
        if let v = try value("DECORUM_CONSOLE", Self.optionalAddressProblem) { console = v }
        if let v = try value("DECORUM_SESSION_SECRET", Self.notEmpty) { sessionSecret = v }
    }

    var proxyConfiguration: ProxyConfiguration {
        var c = ProxyConfiguration(
            listeners: listeners.map { l in
                let (host, port) = Serve.split(l.listen)!
                let (upstreamHost, upstreamPort) = Serve.split(l.upstream)!
                var c = ListenerConfiguration(
                    name: l.name, host: host, port: port,
                    chatProtocol: ChatProtocol(rawValue: l.chatProtocol) ?? .irc,
                    tlsCertificate: l.tlsCertificate, tlsKey: l.tlsKey, upstreamHost: upstreamHost,
                    upstreamPort: upstreamPort, upstreamTLS: l.upstreamTLS, upstreamCA: l.upstreamCA,
                    upstreamServerName: l.upstreamServerName, verifyUpstream: l.verifyUpstream)
                c.noticePrefix = l.noticePrefix
                c.failOpen = l.failOpen
                c.clientCA = l.clientCA
                c.ndjson = NDJSONOptions(
                    textPointer: l.textPointer, agentPointer: l.agentPointer,
                    conversationPointer: l.conversationPointer,
                    kindPointer: l.kindPointer, agentKinds: l.agentKinds)
                return c
            }, serviceNick: serviceNick, maximumLineLength: maxLineLength,
            closeOnOverlongLine: closeOnOverlongLine,
            connectTimeout: .seconds(Int64(connectTimeoutSeconds)),
            defaultHoldBudget: .seconds(Int64(holdBudgetSeconds)))
        c.idleTimeout = .seconds(Int64(idleTimeoutSeconds))
        c.maximumConnections = maxConnections
        c.drainTimeout = .seconds(Int64(drainTimeoutSeconds))
        c.failOpen = failOpen
        return c
    }
}
