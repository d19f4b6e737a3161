import Foundation
import Testing

@testable import TestHarness

/// Two Decorum replicas on one PostgreSQL: a supervisor's decision made on replica A is
/// delivered by replica B, which holds the agent's connection.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ReplicaTests {
    @Test("an approval made on replica A is delivered by replica B; a gone agent's hold is undeliverable")
    func approvalCrossesReplicas() async throws {
        let chat = try NgircdServer.start()
        let database = try await PostgresServer.shared.value
        let url = try await database.createDatabase()
        let a = try DecorumRig(upstream: chat.port, databaseURL: url, replica: "a")
        let b = try DecorumRig(upstream: chat.port, databaseURL: url, replica: "b")
        try a.start()
        try b.start()

        let agent = try IRCTestClient.connect(port: b.agentPort)
        try agent.register(nick: "anna")
        try agent.join("#support")
        let customer = try IRCTestClient.connect(port: chat.port)
        try customer.register(nick: "bob")
        try customer.join("#support")

        try agent.send("PRIVMSG #support :I guarantee it'll be fixed by tomorrow.")
        let held = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("Held for a supervisor") == true
        }
        let id = try #require(held.params.last?.firstMatch(of: /record (\d+)/).flatMap { Int($0.1) })

        let (status, item) = try a.console.decide(id, "approve")
        #expect(status == 200)
        #expect(item?["replica"] as? String == "b")
        let delivered = try customer.waitForMessage(command: "PRIVMSG")
        #expect(delivered.nick == "anna")
        #expect(delivered.params == ["#support", "I guarantee it'll be fixed by tomorrow."])
        try await eventually { try a.console.item(id)?["delivery"] as? String == "delivered" }

        // A second hold whose agent leaves before anyone decides.
        try agent.send("PRIVMSG #support :I promise you'll get a full refund.")
        let second = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("Held for a supervisor") == true
        }
        let secondID = try #require(second.params.last?.firstMatch(of: /record (\d+)/).flatMap { Int($0.1) })
        agent.close()
        try await eventually { try b.console.item(secondID)?["connected"] as? Bool == false }
        let (secondStatus, secondItem) = try a.console.decide(secondID, "approve")
        #expect(secondStatus == 200)
        #expect(secondItem?["delivery"] as? String == "undeliverable")
        #expect(!(try customer.lines(for: .seconds(2))).contains { $0.contains("full refund") })

        a.stop()
        b.stop()
        chat.stop()
    }
}
