import Foundation
import Testing

@testable import TestHarness

/// The supervisor's side in a real browser: headless Chromium (Debian's `chromium` and
/// `chromium-driver`, driven by Selenium) signs in, sees a held message appear live, approves
/// it, and the customer's IRC client receives it through ngircd.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct BrowserTests {
    @Test(
        "a supervisor approves a held message in Chromium; the customer receives it; another queue's counts follow"
    )
    func approveInBrowser() async throws {
        try await onOwnThread {
            let chat = try NgircdServer.start()
            let rig = try DecorumRig(upstream: chat.port)
            try rig.start()
            let agent = try IRCTestClient.connect(port: rig.agentPort)
            try agent.register(nick: "anna")
            try agent.join("#support")
            let customer = try IRCTestClient.connect(port: chat.port)
            try customer.register(nick: "bob")
            try customer.join("#support")

            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("console_flow.py").path
            let browser = try ChildProcess(
                "/usr/bin/env",
                [
                    "python3", script, "--url", "http://127.0.0.1:\(rig.consolePort)", "--name",
                    DecorumRig.account,
                    "--password", DecorumRig.password, "--text", "fixed by tomorrow",
                ], name: "chromium", logURL: rig.directory.appendingPathComponent("browser.log"))
            try browser.waitForLog("READY", timeout: .seconds(90))

            try agent.send("PRIVMSG #support :I guarantee it'll be fixed by tomorrow.")
            let held = try agent.waitForMessage(command: "NOTICE") {
                $0.params.last?.contains("Held for a supervisor") == true
            }
            #expect(held.params.last?.contains("“I guarantee”") == true)

            _ = try browser.waitForLog("APPROVED", timeout: .seconds(60))
            // It goes on to watch a second queue's tab counts follow the approval.
            let browserStatus = try browser.waitForExit(timeout: .seconds(90))
            #expect(browserStatus == 0, "the browser script failed:\n\(browser.log)")
            let delivered = try customer.waitForMessage(command: "PRIVMSG")
            #expect(delivered.nick == "anna")
            #expect(delivered.params == ["#support", "I guarantee it'll be fixed by tomorrow."])
            let told = try agent.waitForMessage(command: "NOTICE") {
                $0.params.last?.contains("approved and sent") == true
            }
            #expect(told.params.last?.contains("approved") == true)
            // Stopped as an operator stops it, after serving the browser and its live feed: a clean
            // exit, with nothing logged as an error on the way.
            let (status, decorumLog) = try rig.stopGracefully()
            #expect(status == 0, "decorum exited with \(status):\n\(decorumLog)")
            let errors = decorumLog.split(separator: "\n").filter {
                $0.contains(" error ") || $0.contains(" critical ")
            }
            #expect(errors.isEmpty, "errors logged while stopping:\n\(errors.joined(separator: "\n"))")
            chat.stop()
        }
    }
}
