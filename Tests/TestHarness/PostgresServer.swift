import Foundation

/// A real PostgreSQL server for the tests: `initdb` in a fresh temporary directory, `postgres`
/// on a free loopback port (its socket in that directory), stopped and removed at the end. Run
/// as the `postgres` OS user when the tests run as root (initdb refuses root). Needs Debian's
/// `postgresql` package (`Deploy/test.sh` installs it).
final class PostgresServer: @unchecked Sendable {
    let directory: URL
    let port: Int
    private let lock = NSLock()
    private var process: Process?

    /// One server for the whole suite, started on first use, stopped when the tests exit.
    static let shared: Task<PostgresServer, any Error> = Task {
        let server = try await PostgresServer.start()
        sharedForExit.withLock { $0 = server }
        atexit { sharedForExit.withLock { $0 }?.remove() }
        return server
    }

    private static let sharedForExit = HarnessLocked<PostgresServer?>(nil)

    private init(directory: URL, port: Int) {
        self.directory = directory
        self.port = port
    }

    /// A new cluster, running.
    static func start() async throws -> PostgresServer {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("decorum-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let server = PostgresServer(directory: directory, port: try freePort())
        do {
            try await server.asServerUser(["chown", "-R", "postgres", directory.path], asRoot: true)
            try await server.asServerUser([
                bin("initdb"), "-D", server.data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8",
                "--locale=C",
            ])
            try await server.run()
        } catch {
            server.remove()
            throw error
        }
        return server
    }

    var data: String { directory.appendingPathComponent("data").path }

    /// `postgres://postgres@127.0.0.1:PORT/NAME?sslmode=disable`
    func url(_ database: String) -> String {
        "postgres://postgres@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// A new, empty database; returns its URL.
    func createDatabase() async throws -> String {
        let name =
            "decorum_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "_"))"
        try await asServerUser([
            Self.bin("psql"), "-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "-d", "postgres", "-q",
            "-c",
            "CREATE DATABASE \(name)",
        ])
        return url(name)
    }

    /// Starts the server (again) and waits until it accepts connections.
    func run() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.runAs.first!)
        process.arguments =
            Array(Self.runAs.dropFirst()) + [
                Self.bin("postgres"), "-D", data, "-p", "\(port)", "-h", "127.0.0.1", "-k", directory.path,
                "-c", "fsync=off", "-c", "max_connections=500", "-c", "log_min_messages=fatal",
            ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try runWithSignalsUnblocked(process)
        lock.withLock { self.process = process }
        for _ in 0..<300 {
            if (try? await asServerUser([Self.bin("pg_isready"), "-q", "-h", "127.0.0.1", "-p", "\(port)"]))
                != nil
            {
                return
            }
            guard process.isRunning else {
                throw ServerError("postgres exited at start (\(process.terminationStatus))")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerError("postgres did not accept connections within 30 s")
    }

    /// Stops the server: a fast shutdown (SIGINT, which ends the sessions, where SIGTERM would
    /// wait for every client to leave), then SIGKILL after ten seconds.
    func stop() async {
        guard let process = lock.withLock({ self.process }) else { return }
        lock.withLock { self.process = nil }
        // The postmaster itself (runuser, its parent, does not pass signals on), told to stop
        // at once: SIGINT is PostgreSQL's fast shutdown.
        let postmaster = postmasterPID
        kill(postmaster ?? process.processIdentifier, SIGINT)
        for _ in 0..<100 where process.isRunning { try? await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning {
            if let postmaster { kill(postmaster, SIGKILL) }
            kill(process.processIdentifier, SIGKILL)
        }
        for _ in 0..<100 where process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
    }

    /// The running postmaster's process id, from its pid file.
    private var postmasterPID: Int32? {
        guard let text = try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8) else {
            return nil
        }
        return text.split(separator: "\n").first.flatMap { Int32($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Kills the server if it runs and deletes its directory (at exit: no waiting politely).
    func remove() {
        if let process = lock.withLock({ self.process }), process.isRunning {
            if let postmaster = postmasterPID { kill(postmaster, SIGINT) }
            kill(process.processIdentifier, SIGINT)
            for _ in 0..<50 where process.isRunning { usleep(100_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Helpers

    private static let binDirectory: String = {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let newest = versions.compactMap(Int.init).max().map(String.init) ?? "15"
        return "\(root)/\(newest)/bin"
    }()

    static func bin(_ name: String) -> String { "\(binDirectory)/\(name)" }

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: bin("postgres")) }

    private static var runAs: [String] {
        getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : ["/usr/bin/env"]
    }

    /// Runs a command to its end (as the server's user unless `asRoot`); throws with its output
    /// when it fails. The wait is on a thread of its own: `initdb` can take many seconds on a busy
    /// machine, and tests waiting in the concurrency pool's few threads would hold up every other
    /// test's work.
    private func asServerUser(_ command: [String], asRoot: Bool = false) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread {
                do {
                    try self.runToEnd(command, asRoot: asRoot)
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    private func runToEnd(_ command: [String], asRoot: Bool) throws {
        let full = asRoot ? ["/usr/bin/env"] + command : Self.runAs + command
        let process = Process()
        process.executableURL = URL(fileURLWithPath: full[0])
        process.arguments = Array(full.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try runWithSignalsUnblocked(process)
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ServerError("\(command.joined(separator: " ")) failed: \(text)")
        }
    }

    /// A loopback port nobody listens on now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw ServerError("bind() failed") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw ServerError("getsockname() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct ServerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
