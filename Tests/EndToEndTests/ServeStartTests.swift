import Foundation
import TestSupport
import Testing

@testable import TestHarness

/// `decorum serve` started as a user starts it, for what it does with its console. The waits are
/// off the concurrency pool: a debug build takes seconds to start on a busy machine.
@Suite(.serialized) struct ServeStartTests {
    @Test("the one-line start runs the proxy; a console without accounts is off, with a warning")
    func oneLineStart() async throws {
        try await onOwnThread { try Self.oneLineStartBody() }
    }

    static func oneLineStartBody() throws {
        let directory = try TemporaryFiles.folder("decorum-start")
        let agentPort = try HarnessSocket.freePort()
        let chat = try HarnessSocket.freePort()
        let process = try ChildProcess(
            try DecorumRig.binary,
            [
                "serve", "--listen", "127.0.0.1:\(agentPort)", "--upstream", "127.0.0.1:\(chat)",
                "--sqlite", directory.appendingPathComponent("review.sqlite").path, "--metrics", "",
            ], name: "decorum", logURL: directory.appendingPathComponent("decorum.log"))
        let log = try process.waitForLog("decorum: listening on")
        #expect(log.contains("the console is off: it has no accounts"))
        #expect(!log.contains("console on"))
        #expect(process.isRunning)
        process.stop()
    }

    @Test(
        "a console or a listener that cannot listen fails the start, naming its address",
        arguments: ["the console", "listener agents"])
    func portInUse(what: String) async throws {
        try await onOwnThread { try Self.portInUseBody(what: what) }
    }

    static func portInUseBody(what: String) throws {
        let (taken, held) = try HarnessSocket.boundSocket(listening: true)
        defer { HarnessSocket.closeDescriptor(taken) }
        let port = Int(held)
        let rig = try DecorumRig(upstream: try HarnessSocket.freePort())
        let own = what == "the console" ? rig.consolePort : rig.agentPort
        var config = try String(contentsOf: rig.configURL, encoding: .utf8)
        config = config.replacingOccurrences(
            of: "listen: 127.0.0.1:\(own)", with: "listen: 127.0.0.1:\(port)")
        try config.write(to: rig.configURL, atomically: true, encoding: .utf8)
        let process = try ChildProcess(
            try DecorumRig.binary, ["serve", "--config", rig.configURL.path], name: "decorum",
            logURL: rig.directory.appendingPathComponent("decorum.log"))
        let status = try process.waitForExit()
        #expect(status == 1, "\(process.log)")
        #expect(process.log.contains("\(what) cannot listen on 127.0.0.1:\(port): address already in use"))
        #expect(!process.log.contains("crashed"), "\(process.log)")
    }
}
