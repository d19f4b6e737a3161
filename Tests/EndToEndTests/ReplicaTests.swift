import Foundation
import Testing

@testable import TestHarness

/// Two Decorum replicas on one PostgreSQL: a supervisor's decision made on replica A is
/// delivered by replica B, which holds the agent's connection.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ReplicaTests {
    @Test(
        "an approval made on replica A is delivered by replica B; the hold of a gone agent or a gone replica is undeliverable"
    )
    func approvalCrossesReplicas() async throws {
        try await onOwnThread {
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

            let id = try Self.held(agent, "I guarantee it'll be fixed by tomorrow.")

            let (status, item) = try a.console.decide(id, "approve")
            #expect(status == 200)
            #expect(item?["replica"] as? String == "b")
            let delivered = try customer.waitForMessage(command: "PRIVMSG")
            #expect(delivered.nick == "anna")
            #expect(delivered.params == ["#support", "I guarantee it'll be fixed by tomorrow."])
            try await eventually { try a.console.item(id)?["delivery"] as? String == "delivered" }

            // A second hold whose agent leaves before anyone decides.
            let secondID = try Self.held(agent, "I promise you'll get a full refund.")
            agent.close()
            try await eventually { try b.console.item(secondID)?["connected"] as? Bool == false }
            let (secondStatus, secondItem) = try a.console.decide(secondID, "approve")
            #expect(secondStatus == 200)
            #expect(secondItem?["delivery"] as? String == "undeliverable")
            #expect(!(try customer.lines(for: .seconds(2))).contains { $0.contains("full refund") })

            // A replica gone for good (killed, never started again): the hold of an agent it held,
            // approved on A, becomes undeliverable once A finds B gone.
            let cara = try IRCTestClient.connect(port: b.agentPort)
            try cara.register(nick: "cara")
            try cara.join("#support")
            let thirdID = try Self.held(cara, "I promise you'll get a full refund.")
            #expect(try a.console.item(thirdID)?["connected"] as? Bool == true)
            b.kill()
            let (thirdStatus, _) = try a.console.decide(thirdID, "approve")
            #expect(thirdStatus == 200)
            try await eventually(timeout: .seconds(40)) {
                try a.console.item(thirdID)?["delivery"] as? String == "undeliverable"
            }
            #expect(try a.console.item(thirdID)?["connected"] as? Bool == false)
            cara.close()

            a.stop()
            b.stop()
            chat.stop()
        }
    }

    /// Sends `text` to #support and returns the record number of its hold.
    static func held(_ agent: IRCTestClient, _ text: String) throws -> Int {
        try agent.send("PRIVMSG #support :\(text)")
        let notice = try agent.waitForMessage(command: "NOTICE") {
            $0.params.last?.contains("Held for a supervisor") == true
        }
        return try #require(notice.params.last?.firstMatch(of: /record (\d+)/).flatMap { Int($0.1) })
    }
}
