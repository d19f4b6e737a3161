// A throwaway ngIRCd (Debian package `ngircd`) for integration tests: own config, own free loopback port,
// started and stopped by the test itself. Never touches a system ngircd or /etc/ngircd.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private ngIRCd listening on `127.0.0.1:port`, run as a child process with a generated config in a
/// fresh temporary directory.
///
///     let server = try NgircdServer.start()
///     defer { server.stop() }
///     let alice = try IRCTestClient.connect(port: server.port)
///
/// `stop()` (also run by `deinit`) sends SIGTERM, then SIGKILL if needed, and removes nothing until the
/// object goes away, so `log` stays readable after a stop. `kill()` SIGKILLs the server to imitate a
/// backend that dies. A small watchdog (`/bin/sh`) SIGKILLs the server if the test process itself dies
/// first, so a crashed test run leaves no ngircd behind.
final class NgircdServer: @unchecked Sendable {
    /// A pre-defined ("persistent", mode +P) channel that exists from startup.
    struct Channel: Sendable {
        var name: String
        var topic: String = ""
        /// Initial modes as in a MODE command, e.g. "+nt".
        var modes: String = ""
    }

    struct Options: Sendable {
        /// The server name (needs a dot); it is the prefix of the server's numerics.
        var serverName = "irc.decorum.test"
        var channels: [Channel] = []
        /// One-line message of the day (sent as 375/372/376 on registration).
        var motd = "Decorum integration-test server"
        var maxNickLength = 30
        /// Seconds of client silence before the server PINGs, and then before it gives up.
        var pingTimeout = 120
        var pongTimeout = 20
        /// Raw ngircd.conf text appended at the end (it may open new sections).
        var additionalConfig = ""
        /// How long to wait for the port to accept connections.
        var startupTimeout: Duration = .seconds(10)
    }

    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound(searched: [String])
        case launchFailed(binary: String, reason: String)
        case exitedDuringStartup(port: UInt16, status: Int32, log: String)
        case startupTimedOut(port: UInt16, after: Duration, log: String)

        var description: String {
            switch self {
            case .binaryNotFound(let searched):
                return "ngircd not found (looked at \(searched.joined(separator: ", "))); install the Debian "
                    + "package: apt-get install -y ngircd (or set \(NgircdServer.binaryEnvironmentVariable))"
            case .launchFailed(let binary, let reason):
                return "cannot launch \(binary): \(reason)"
            case .exitedDuringStartup(let port, let status, let log):
                return
                    "ngircd exited with status \(status) before accepting connections on 127.0.0.1:\(port)."
                    + " Its output:\n\(log)"
            case .startupTimedOut(let port, let after, let log):
                return
                    "ngircd did not accept connections on 127.0.0.1:\(port) within \(after). Its output:\n\(log)"
            }
        }

        /// Another process took the port between picking it and ngircd binding it: worth a retry.
        var isLostPortRace: Bool {
            if case .exitedDuringStartup(_, _, let log) = self {
                return log.contains("Can't bind") || log.contains("Address already in use")
            }
            return false
        }
    }

    /// Credentials of the one [Operator] block every generated config has (for `IRCTestClient.oper`).
    static let operatorName = "decorum"
    static let operatorPassword = "decorum-test-oper"
    /// Overrides the ngircd binary's path.
    static let binaryEnvironmentVariable = "DECORUM_NGIRCD"
    static let searchedPaths = ["/usr/sbin/ngircd", "/usr/local/sbin/ngircd", "/usr/bin/ngircd"]

    let host = "127.0.0.1"
    let port: UInt16
    let serverName: String
    /// The temporary directory with ngircd.conf, conf.d/ (empty include dir) and ngircd.log.
    let directory: URL
    let configURL: URL
    let logURL: URL

    private let process: Process
    private let watchdog: HarnessLocked<Watchdog?>
    private let stopped = HarnessLocked(false)

    private init(
        port: UInt16, serverName: String, directory: URL, process: Process, watchdog: Watchdog?
    ) {
        self.port = port
        self.serverName = serverName
        self.directory = directory
        self.configURL = directory.appendingPathComponent("ngircd.conf")
        self.logURL = directory.appendingPathComponent("ngircd.log")
        self.process = process
        self.watchdog = HarnessLocked(watchdog)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Starting

    /// The ngircd binary: `$DECORUM_NGIRCD`, else the first executable of `searchedPaths`.
    static func findBinary() throws -> String {
        if let path = ProcessInfo.processInfo.environment[binaryEnvironmentVariable], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw Failure.binaryNotFound(searched: [path])
            }
            return path
        }
        guard let path = searchedPaths.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            throw Failure.binaryNotFound(searched: searchedPaths)
        }
        return path
    }

    /// Starts a server on a free loopback port and returns once the port accepts connections (typically
    /// within a few milliseconds). Retries with a new port if another process grabbed the chosen one.
    static func start(_ options: Options = Options()) throws -> NgircdServer {
        let binary = try findBinary()
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try launch(binary: binary, options: options)
            } catch let failure as Failure where failure.isLostPortRace && attempt < 3 {
                continue
            }
        }
    }

    /// The ngircd.conf text for a server on `port` whose include directory is `includeDirectory`.
    static func configuration(port: UInt16, includeDirectory: String, options: Options) -> String {
        var text = """
            # Generated by Decorum's integration-test harness (Tests/ProxyTests/Support/Ngircd.swift).
            [Global]
            \tName = \(options.serverName)
            \tInfo = Decorum integration-test server
            \tAdminInfo1 = Decorum integration tests
            \tAdminInfo2 = 127.0.0.1
            \tAdminEMail = tests@decorum.invalid
            \tListen = 127.0.0.1
            \tPorts = \(port)
            \tMotdPhrase = \(options.motd)
            [Limits]
            \tMaxConnections = 0
            \tMaxConnectionsIP = 0
            \tMaxJoins = 0
            \tMaxNickLength = \(options.maxNickLength)
            \tMaxPenaltyTime = 0
            \tPingTimeout = \(options.pingTimeout)
            \tPongTimeout = \(options.pongTimeout)
            [Options]
            \tDNS = no
            \tIdent = no
            \tPAM = no
            \tIncludeDir = \(includeDirectory)
            \tOperCanUseMode = yes
            [Operator]
            \tName = \(operatorName)
            \tPassword = \(operatorPassword)

            """
        for channel in options.channels {
            text += "[Channel]\n\tName = \(channel.name)\n"
            if !channel.topic.isEmpty { text += "\tTopic = \(channel.topic)\n" }
            if !channel.modes.isEmpty { text += "\tModes = \(channel.modes)\n" }
        }
        if !options.additionalConfig.isEmpty { text += options.additionalConfig + "\n" }
        return text
    }

    private static func launch(binary: String, options: Options) throws -> NgircdServer {
        let files = FileManager.default
        let directory = files.temporaryDirectory.appendingPathComponent(
            "decorum-ngircd-\(UUID().uuidString)", isDirectory: true)
        let includeDirectory = directory.appendingPathComponent("conf.d", isDirectory: true)
        try files.createDirectory(at: includeDirectory, withIntermediateDirectories: true)
        var launched = false
        defer { if !launched { try? files.removeItem(at: directory) } }

        let port = try HarnessSocket.freePort()
        let configURL = directory.appendingPathComponent("ngircd.conf")
        try configuration(port: port, includeDirectory: includeDirectory.path, options: options)
            .write(to: configURL, atomically: true, encoding: .utf8)
        let logURL = directory.appendingPathComponent("ngircd.log")
        guard files.createFile(atPath: logURL.path, contents: nil) else {
            throw Failure.launchFailed(binary: binary, reason: "cannot create \(logURL.path)")
        }
        let log = try FileHandle(forWritingTo: logURL)
        defer { try? log.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        // --passive: never dial other servers. ngircd logs to stdout/stderr with --nodaemon.
        process.arguments = ["--nodaemon", "--passive", "--config", configURL.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        do {
            try runWithSignalsUnblocked(process)
        } catch {
            throw Failure.launchFailed(binary: binary, reason: "\(error)")
        }
        launched = true
        let server = NgircdServer(
            port: port, serverName: options.serverName, directory: directory, process: process,
            watchdog: Watchdog.start(for: process.processIdentifier))
        do {
            try server.waitUntilAccepting(timeout: options.startupTimeout)
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    private func waitUntilAccepting(timeout: Duration) throws {
        let started = ContinuousClock.now
        let deadline = started + timeout
        while true {
            guard process.isRunning else {
                throw Failure.exitedDuringStartup(port: port, status: process.terminationStatus, log: log)
            }
            if let probe = try? HarnessSocket.openConnection(
                host: host, port: port, timeout: .milliseconds(250))
            {
                HarnessSocket.closeDescriptor(probe)
                // Be sure it is our ngircd that answered (it logs "... ready." once it listens), not some
                // process that took the port first; without that line, trust a listener that stays up.
                if process.isRunning
                    && (log.contains("ready.") || ContinuousClock.now - started > .seconds(1))
                {
                    return
                }
            }
            if ContinuousClock.now >= deadline {
                throw Failure.startupTimedOut(port: port, after: timeout, log: log)
            }
            usleep(5_000)
        }
    }

    // MARK: - Running

    var pid: Int32 { process.processIdentifier }

    var isRunning: Bool { process.isRunning }

    /// Everything ngircd wrote to stdout/stderr so far.
    var log: String {
        (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    }

    /// Stops the server: SIGTERM (ngircd sends each client `ERROR :Server going down` and closes), up to
    /// 3 s for it to exit, then SIGKILL. Idempotent; returns once the process is gone.
    func stop() {
        let first = stopped.withLock { stopped -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        if process.isRunning {
            deliver(SIGTERM, to: process.processIdentifier)
            if !waitForExit(timeout: .seconds(3)) {
                deliver(SIGKILL, to: process.processIdentifier)
                _ = waitForExit(timeout: .seconds(3))
            }
        }
        releaseWatchdog()
    }

    /// SIGKILLs the server at once, as a crashing backend would (no ERROR line; the kernel closes the
    /// sockets). Returns once the process is gone.
    func kill() {
        guard process.isRunning else { return }
        deliver(SIGKILL, to: process.processIdentifier)
        _ = waitForExit(timeout: .seconds(3))
    }

    private func waitForExit(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { return false }
            usleep(2_000)
        }
        return true
    }

    private func releaseWatchdog() {
        watchdog.withLock { watchdog -> Watchdog? in
            defer { watchdog = nil }
            return watchdog
        }?.release()
    }
}

/// Runs `process` with an empty signal mask. A child inherits its spawning thread's mask, and the threads
/// tests run on (libdispatch workers, the Swift concurrency pool) block nearly every signal: a child
/// spawned from one would never see SIGTERM, so `stop()` would always end in SIGKILL after a wait.
/// Foundation spawns on the calling thread, so the mask is cleared just around `run()`.
func runWithSignalsUnblocked(_ process: Process) throws {
    var empty = sigset_t()
    var saved = sigset_t()
    sigemptyset(&empty)
    pthread_sigmask(SIG_SETMASK, &empty, &saved)
    defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
    try process.run()
}

private func deliver(_ signal: Int32, to pid: Int32) {
    _ = kill(pid, signal)
}
