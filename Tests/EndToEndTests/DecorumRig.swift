import Console
import Foundation

@testable import TestHarness

/// `decorum serve` as a user runs it: the built binary, a configuration file, a chat server
/// in front of which it moderates, its review store and console on loopback ports.
final class DecorumRig: @unchecked Sendable {
    static let password = "correct horse battery staple"
    static let passwordHash = Console.hashPassword(password, cost: 4)
    static let token = "e2e-" + UUID().uuidString
    static let account = "sue"

    let directory: URL
    let agentPort: UInt16
    let consolePort: UInt16
    let metricsPort: UInt16
    let configURL: URL
    private(set) var process: ChildProcess?
    private var runs = 0

    /// - Parameters:
    ///   - store: `sqlite` (a file in the rig's folder) or a PostgreSQL URL.
    init(upstream: UInt16, databaseURL: String? = nil, replica: String = "e2e", directory: URL? = nil) throws
    {
        self.directory =
            directory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "decorum-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        agentPort = try HarnessSocket.freePort()
        consolePort = try HarnessSocket.freePort()
        metricsPort = try HarnessSocket.freePort()
        configURL = self.directory.appendingPathComponent("decorum-\(replica).yaml")
        let store =
            databaseURL.map { "  database-url: \"\($0)\"" }
            ?? "  sqlite: \(self.directory.appendingPathComponent("review.sqlite").path)"
        let config = """
            listeners:
              - name: agents
                listen: 127.0.0.1:\(agentPort)
                protocol: irc
                upstream: 127.0.0.1:\(upstream)
            metrics: 127.0.0.1:\(metricsPort)
            drain-timeout: 1s
            store:
            \(store)
              replica: \(replica)
              replica-timeout: 10s
            console:
              listen: 127.0.0.1:\(consolePort)
              session-secret: "e2e session secret, shared by the replicas"
              accounts:
                - name: \(Self.account)
                  role: admin
                  password-hash: "\(Self.passwordHash)"
                  tokens: ["\(Console.tokenDigest(Self.token))"]

            """
        try config.write(to: configURL, atomically: true, encoding: .utf8)
    }

    /// Runs `executable` to its end: what it wrote to standard output, and its exit status.
    static func output(of executable: String, _ arguments: [String]) throws -> (text: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    /// The `decorum` binary built beside the tests.
    static var binary: String {
        get throws {
            let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            for candidate in [here, here.deletingLastPathComponent()] {
                let path = candidate.appendingPathComponent("decorum").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
            throw ChildProcess.Failure(
                description: "no decorum binary beside \(here.path): run swift build first")
        }
    }

    /// Starts Decorum and waits until its console answers.
    func start() throws {
        runs += 1
        let process = try ChildProcess(
            try Self.binary, ["serve", "--config", configURL.path], name: "decorum",
            logURL: directory.appendingPathComponent("decorum-\(runs).log"))
        self.process = process
        try process.waitForLog("decorum: console on")
    }

    var console: ConsoleClient { ConsoleClient(base: "http://127.0.0.1:\(consolePort)", token: Self.token) }

    /// SIGKILL: no draining, no last writes.
    func kill() { process?.signal(SIGKILL) }

    func stop() { process?.stop() }

    /// SIGTERM, as an operator stops it: its exit status and everything it logged.
    func stopGracefully() throws -> (status: Int32, log: String) {
        guard let process else { throw ConsoleClient.Failure(description: "decorum was not started") }
        process.signal(SIGTERM)
        let status = try process.waitForExit(timeout: .seconds(30))
        return (status, process.log)
    }

    deinit {
        process?.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The console's HTTP API with a bearer token.
struct ConsoleClient: Sendable {
    let base: String
    let token: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends a request; the status and the JSON body (nil when the body is not JSON).
    func call(_ method: String, _ path: String, body: [String: Any]? = nil) throws -> (
        status: Int, json: Any?
    ) {
        var arguments = [
            "-s", "-o", "-", "-w", "\n%{http_code}", "-X", method, "-H", "Authorization: Bearer \(token)",
            "--max-time", "10",
        ]
        if let body {
            let data = try JSONSerialization.data(withJSONObject: body)
            arguments += [
                "-H", "Content-Type: application/json", "--data-binary",
                String(decoding: data, as: UTF8.self),
            ]
        }
        arguments.append(base + path)
        let text = try DecorumRig.output(of: "/usr/bin/curl", arguments).text
        guard let newline = text.lastIndex(of: "\n"), let status = Int(text[text.index(after: newline)...])
        else {
            throw Failure(description: "\(method) \(path): no answer (\(text))")
        }
        let json = try? JSONSerialization.jsonObject(with: Data(text[..<newline].utf8))
        return (status, json)
    }

    /// `GET /api/items/{id}`'s item, nil on 404.
    func item(_ id: Int) throws -> [String: Any]? {
        let (status, json) = try call("GET", "/api/items/\(id)")
        if status == 404 { return nil }
        guard status == 200, let detail = json as? [String: Any], let item = detail["item"] as? [String: Any]
        else {
            throw Failure(description: "GET /api/items/\(id): \(status) \(String(describing: json))")
        }
        return item
    }

    /// Decides an item; the status and the item as it is afterwards.
    func decide(_ id: Int, _ decision: String, text: String? = nil) throws -> (Int, [String: Any]?) {
        var body: [String: Any] = ["decision": decision]
        if let text { body["text"] = text }
        let (status, json) = try call("POST", "/api/items/\(id)/decision", body: body)
        return (status, (json as? [String: Any])?["item"] as? [String: Any])
    }
}
