import Foundation
import Testing

@testable import TestHarness

/// Decorum killed with SIGKILL in the middle of traffic: every record an agent was told about is
/// there after the restart, and held messages can still be decided.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct DurabilityTests {
    static let messages = [
        "PRIVMSG #support :That's not my problem.",  // flag
        "PRIVMSG #support :It's your fault.",  // block
        "PRIVMSG #support :I guarantee it'll be fixed by tomorrow.",  // hold
        "PRIVMSG #support :Your parcel is on its way.",  // allow
    ]

    /// The record numbers in Decorum's notices, and which were holds.
    static func records(in lines: [String]) -> (all: Set<Int>, holds: Set<Int>) {
        var all = Set<Int>()
        var holds = Set<Int>()
        let pattern = /\(record (\d+)\)/
        for line in lines where line.contains("NOTICE") {
            guard let match = line.firstMatch(of: pattern), let id = Int(match.1) else { continue }
            all.insert(id)
            if line.contains("Held for a supervisor") { holds.insert(id) }
        }
        return (all, holds)
    }

    @Test("SIGKILL mid-traffic loses no record the agent was told of; holds stay decidable")
    func killed() async throws {
        try await onOwnThread {
            let chat = try NgircdServer.start()
            let rig = try DecorumRig(upstream: chat.port)
            try rig.start()
            let agent = try IRCTestClient.connect(port: rig.agentPort)
            try agent.register(nick: "anna")
            try agent.join("#support")

            // A first burst, until the agent has been told of a few records of each kind.
            for round in 0..<5 {
                for message in Self.messages {
                    try agent.send(
                        message.replacingOccurrences(of: "#support :", with: "#support :\(round) "))
                }
            }
            var seen: [String] = []
            for _ in 0..<10 {
                let notice = try agent.waitForMessage(command: "NOTICE") {
                    $0.params.last?.contains("(record ") == true
                }
                seen.append(notice.raw)
            }
            // A second burst, and the kill while it is being moderated.
            for round in 5..<25 {
                for message in Self.messages {
                    try? agent.send(
                        message.replacingOccurrences(of: "#support :", with: "#support :\(round) "))
                }
            }
            rig.kill()
            seen += (try? agent.waitForClose(timeout: .seconds(10))) ?? []
            let told = Self.records(in: seen)
            #expect(told.all.count >= 10)
            #expect(!told.holds.isEmpty)

            try rig.start()
            let console = rig.console
            for id in told.all.sorted() {
                let item = try #require(try console.item(id), "record \(id) the agent was told of is missing")
                #expect(item["agent"] as? String == "anna")
            }
            for id in told.holds.sorted() {
                let (status, item) = try console.decide(id, "approve")
                #expect(status == 200, "hold \(id) could not be decided")
                // Its agent's connection went with the killed process.
                #expect(item?["delivery"] as? String == "undeliverable")
            }
            rig.stop()
            chat.stop()
        }
    }
}
