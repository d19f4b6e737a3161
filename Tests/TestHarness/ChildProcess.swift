import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A program the test runs (Decorum itself, a browser driver script), its output in a log file;
/// SIGKILLed by a watchdog if the test process dies first.
final class ChildProcess: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let name: String
    let logURL: URL
    private let process: Process
    private let watchdog: Watchdog?
    private let stopped = HarnessLocked(false)

    /// Starts `executable` with `arguments`; its output (both streams) goes to `logURL`.
    init(
        _ executable: String, _ arguments: [String], name: String, logURL: URL,
        environment: [String: String]? = nil
    )
        throws
    {
        self.name = name
        self.logURL = logURL
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        log.seekToEndOfFile()
        defer { try? log.close() }
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try runWithSignalsUnblocked(process)
        watchdog = Watchdog.start(for: process.processIdentifier)
    }

    deinit { stop() }

    var isRunning: Bool { process.isRunning }
    var terminationStatus: Int32 { process.terminationStatus }
    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Waits until the log holds `text` (checking the process is still up); returns the log.
    @discardableResult
    func waitForLog(_ text: String, timeout: Duration = .seconds(60)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let log = self.log
            if log.contains(text) { return log }
            guard process.isRunning else {
                throw Failure(
                    description:
                        "\(name) exited (\(process.terminationStatus)) before printing “\(text)”:\n\(log)")
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "\(name) did not print “\(text)” within \(timeout):\n\(log)")
            }
            usleep(20_000)
        }
    }

    /// Waits for the process to end by itself; its exit status.
    func waitForExit(timeout: Duration = .seconds(60)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "\(name) still runs after \(timeout):\n\(log)")
            }
            usleep(20_000)
        }
        return process.terminationStatus
    }

    /// Sends a signal and, for SIGKILL and SIGTERM, waits for the process to be gone.
    func signal(_ signal: Int32) {
        guard process.isRunning else { return }
        _ = kill(process.processIdentifier, signal)
        if signal == SIGKILL || signal == SIGTERM { _ = try? waitForExit(timeout: .seconds(30)) }
    }

    /// SIGTERM, then SIGKILL if it lingers; ends the watchdog.
    func stop() {
        let first = stopped.withLock { stopped -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        if process.isRunning {
            _ = kill(process.processIdentifier, SIGTERM)
            if (try? waitForExit(timeout: .seconds(10))) == nil {
                _ = kill(process.processIdentifier, SIGKILL)
                _ = try? waitForExit(timeout: .seconds(5))
            }
        }
        watchdog?.release()
    }
}

/// A `/bin/sh` that SIGKILLs a process when its stdin, a pipe whose write end only this process
/// holds, reaches EOF: that is, when the test process dies without stopping what it started.
/// `release()` ends the watchdog with SIGTERM before closing the pipe, so it never fires after a
/// normal stop.
struct Watchdog {
    let process: Process
    let input: Int32

    static func start(for pid: Int32) -> Watchdog? {
        var ends: [Int32] = [-1, -1]
        // (pipe2 with O_CLOEXEC is not exported by the Glibc module; the window until fcntl is harmless:
        // a child spawned in it only delays the watchdog until that child exits.)
        guard pipe(&ends) == 0 else { return nil }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/bin/sh")
        watchdog.arguments = ["-c", "read -r word; kill -KILL \"$1\" 2>/dev/null", "watchdog", String(pid)]
        watchdog.standardInput = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false)
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        defer { HarnessSocket.closeDescriptor(ends[0]) }
        do {
            try runWithSignalsUnblocked(watchdog)
        } catch {
            HarnessSocket.closeDescriptor(ends[1])
            return nil
        }
        return Watchdog(process: watchdog, input: ends[1])
    }

    /// Ends the watchdog without letting it fire: SIGTERM first (it dies inside `read`), then close
    /// the pipe. (Writing to the pipe instead could raise SIGPIPE in the test process.)
    func release() {
        if process.isRunning { process.terminate() }
        HarnessSocket.closeDescriptor(input)
    }
}

/// Runs `body`, which blocks (waiting for a process, a socket, a browser), with a thread of its
/// own: the concurrency pool has as many threads as cores, and a test waiting in one holds up
/// every other test's work, such as the heartbeats of replicas tested alongside. `body` stays in
/// the test's task, so what it expects is told of the test.
func onOwnThread<T>(_ body: () async throws -> T) async throws -> T {
    try await withTaskExecutorPreference(SerialQueueExecutor()) { try await body() }
}

/// Runs the jobs of the tasks that prefer it on one serial dispatch queue, whose thread is its
/// own (serial queues do not wait for the concurrency pool's threads).
final class SerialQueueExecutor: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "decorum.tests.own-thread")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
