import Foundation
import Hummingbird
import HummingbirdTesting
import Policy
import Review
import Testing

@testable import Console

@Suite struct APITests {
    @Test func listsFilteredPagesNewestFirst() async throws {
        let fixture = try Fixture()
        var made: [Int64] = []
        for i in 0..<7 {
            made.append(
                try await fixture.insert(
                    i % 2 == 0 ? .hold : .flag, agent: i < 4 ? "ann" : "bob", minutesAgo: Double(70 - i * 10))
            )
        }
        let ids = made
        try await fixture.test { client in
            let auth = bearer(Fixture.sueToken)
            let all = try await client.execute(uri: "/api/items?limit=3", method: .get, headers: auth)
            #expect(all.status == .ok)
            let page = try all.object()
            let items = try #require(page["items"] as? [[String: Any]])
            #expect(items.map { ($0["id"] as? NSNumber)?.int64Value } == [ids[6], ids[5], ids[4]])
            #expect((page["next"] as? NSNumber)?.int64Value == ids[4])
            let second = try await client.execute(
                uri: "/api/items?limit=3&before=\(ids[4])", method: .get, headers: auth
            ).object()
            #expect(
                (second["items"] as? [[String: Any]])?.map { ($0["id"] as? NSNumber)?.int64Value } == [
                    ids[3], ids[2], ids[1],
                ])
            let last = try await client.execute(
                uri: "/api/items?limit=3&before=\(ids[1])", method: .get, headers: auth)
            #expect(last.text.contains("\"next\":null"))

            let holds = try await client.execute(
                uri: "/api/items?status=pending&agent=ann", method: .get, headers: auth
            ).object()
            #expect(
                (holds["items"] as? [[String: Any]])?.map { ($0["id"] as? NSNumber)?.int64Value } == [
                    ids[2], ids[0],
                ])
            let flags = try await client.execute(
                uri: "/api/items?action=flag,block&rule=insult&category=respect", method: .get, headers: auth
            ).object()
            #expect((flags["items"] as? [[String: Any]])?.count == 3)
            let since = Timestamp.format(fixture.clock.now.addingTimeInterval(-35 * 60))
            let until = Timestamp.format(fixture.clock.now.addingTimeInterval(-15 * 60))
            let window = try await client.execute(
                uri: "/api/items?since=\(FormFields.encode(since))&until=\(FormFields.encode(until))",
                method: .get, headers: auth
            ).object()
            #expect(
                (window["items"] as? [[String: Any]])?.map { ($0["id"] as? NSNumber)?.int64Value } == [
                    ids[5], ids[4],
                ])
            let first = try #require(items.first)
            #expect(first["agent"] as? String == "bob")
            #expect(first["status"] as? String == "pending")
            #expect(first["decisions"] as? [String] == ["approve", "reject", "edit"])
            let hit = try #require((first["hits"] as? [[String: Any]])?.first)
            #expect(hit["start"] as? Int == 11)
            #expect(hit["end"] as? Int == 16)
        }
    }

    @Test(arguments: [
        "status=held", "action=allow", "limit=0", "limit=501", "limit=ten", "before=-1", "before=x",
        "since=yesterday", "until=2025-13-01", "since=2025-05-02&until=2025-05-01", "status=all,open",
    ])
    func refusesBadFilters(query: String) async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/api/items?\(query)", method: .get, headers: bearer(Fixture.sueToken))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try response.object()
            #expect(problem["status"] as? Int == 400)
            #expect(problem["title"] as? String == "Bad request")
            #expect((problem["detail"] as? String)?.isEmpty == false)
            #expect(problem["type"] is String)
        }
    }

    /// Rows of (text, seconds after 2026-12-05T00:00Z, nil when the text is refused).
    static let times: [(String, Double?)] = [
        ("2026-12-05T19:17Z", 69_420), ("2026-12-05t19:17z", 69_420), ("2026-12-05T19:17:30Z", 69_450),
        ("2026-12-05T19:17:30.250Z", 69_450.25), ("2026-12-05T21:17+02:00", 69_420),
        ("2026-12-05T21:17+0200", 69_420), ("2026-12-05T14:17-05", 69_420),
        ("2026-12-05T21:17:30.5+02:00", 69_450.5), ("2026-12-05T00:30+01:00", -1_800),
        ("2026-12-05T19:17", 69_420), ("2026-12-05T19:17:30", 69_450), ("2026-12-05", 0),
        ("yesterday", nil), ("", nil), ("2026-13-01", nil), ("2026-02-30", nil), ("2026-12-05T24:00Z", nil),
        ("2026-12-05T19:60Z", nil), ("2026-12-05T19:17:60Z", nil), ("2026-12-05T19Z", nil),
        ("2026-12-05Z", nil), ("2026-12-05T19:17+2", nil), ("2026-12-05T19:17+24:00", nil),
        ("2026-12-05T19:17:30.Z", nil), ("12/05/2026", nil), (" 2026-12-05", nil),
        ("٢٠٢٦-١٢-٠٥", nil),
    ]

    @Test(arguments: times)
    func readsISO8601TimesWithoutSecondsAndBareDates(text: String, seconds: Double?) {
        let midnight = Date(timeIntervalSince1970: 1_796_428_800)
        #expect(Timestamp.parse(text) == seconds.map { midnight.addingTimeInterval($0) })
    }

    @Test func filtersTakeTimesWithoutSecondsAndBareDates() async throws {
        let fixture = try Fixture()
        try await fixture.insert(minutesAgo: 10)
        try await fixture.test { client in
            let auth = bearer(Fixture.sueToken)
            for query in [
                "since=2025-04-30T07:00Z&until=2025-05-01", "since=2025-04-30T09:00:00.5%2B02:00",
                "since=2025-04-30",
            ] {
                let response = try await client.execute(
                    uri: "/api/items?\(query)", method: .get, headers: auth)
                #expect(response.status == .ok, "\(query)")
                #expect((try response.object()["items"] as? [[String: Any]])?.count == 1, "\(query)")
            }
            let statistics = try await client.execute(
                uri: "/api/statistics?since=2025-04-28&until=2025-04-30T12:00Z", method: .get, headers: auth)
            #expect(statistics.status == .ok)
            // The queue's own placeholder is a time it takes.
            let page = try await client.execute(
                uri: "/?since=2025-04-30T07:00Z&until=2025-05-01", method: .get, headers: auth)
            #expect(page.status == .ok)
            #expect(page.text.contains("placeholder=\"2025-05-01T09:00Z\""))
            #expect(Timestamp.parse("2025-05-01T09:00Z") != nil)
            let garbage = try await client.execute(uri: "/api/items?since=soon", method: .get, headers: auth)
            #expect(garbage.status == .badRequest)
            #expect(
                try garbage.object()["detail"] as? String
                    == "since must be an ISO 8601 time such as 2025-05-01T09:00:00Z")
        }
    }

    @Test func showsAnItemWithItsAuditTrail() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        _ = try await fixture.store.decide(
            id, .reject, actor: "sue", note: "rude", text: nil, at: fixture.clock.now)
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/api/items/\(id)", method: .get, headers: bearer(Fixture.sueToken))
            let body = try response.object()
            let item = try #require(body["item"] as? [String: Any])
            #expect(item["status"] as? String == "rejected")
            #expect(item["delivery"] as? String == "pending")
            #expect(item["decidedBy"] as? String == "sue")
            #expect(item["decisions"] as? [String] == [])
            let trail = try #require(body["decisions"] as? [[String: Any]])
            #expect(trail.count == 1)
            #expect(trail[0]["decision"] as? String == "reject")
            #expect(trail[0]["note"] as? String == "rude")
            #expect(trail[0]["time"] as? String == Timestamp.format(fixture.clock.now))
            let missing = try await client.execute(
                uri: "/api/items/999", method: .get, headers: bearer(Fixture.sueToken))
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "application/problem+json")
            let bad = try await client.execute(
                uri: "/api/items/abc", method: .get, headers: bearer(Fixture.sueToken))
            #expect(bad.status == .badRequest)
        }
    }

    @Test func decidesOnceAsTheSignedInAccount() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/api/items/\(id)/decision", method: .post, headers: bearer(Fixture.adaToken),
                body: try jsonBody(["decision": "edit", "text": "I see your point", "note": "softened"]))
            #expect(response.status == .ok)
            let item = try #require(try response.object()["item"] as? [String: Any])
            #expect(item["status"] as? String == "edited")
            #expect(item["finalText"] as? String == "I see your point")
            #expect(item["decidedBy"] as? String == "ada")
            for decision in ["approve", "reject", "edit"] {
                let again = try await client.execute(
                    uri: "/api/items/\(id)/decision", method: .post, headers: bearer(Fixture.sueToken),
                    body: try jsonBody(["decision": decision, "text": "x"]))
                #expect(again.status == .conflict)
                #expect(try again.object()["title"] as? String == "Already decided")
            }
            let trail = try await fixture.store.decisions(of: id)
            #expect(trail.count == 1)
            #expect(trail[0].actor == "ada")
            #expect(trail[0].kind == .edit)
            #expect(trail[0].time == fixture.clock.now)
        }
    }

    @Test func refusesDecisionsThatDoNotApplyOrDoNotParse() async throws {
        let fixture = try Fixture()
        let hold = try await fixture.insert(.hold)
        let flag = try await fixture.insert(.flag)
        try await fixture.test { client in
            let auth = bearer(Fixture.sueToken)
            func post(_ id: Int64, _ body: ByteBuffer) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/items/\(id)/decision", method: .post, headers: auth, body: body)
            }
            #expect(try await post(hold, jsonBody(["decision": "dismiss"])).status == .unprocessableContent)
            #expect(try await post(flag, jsonBody(["decision": "approve"])).status == .unprocessableContent)
            #expect(try await post(hold, jsonBody(["decision": "expire"])).status == .badRequest)
            #expect(try await post(hold, jsonBody(["decision": "maybe"])).status == .badRequest)
            #expect(try await post(hold, jsonBody(["note": "no decision"])).status == .badRequest)
            #expect(try await post(hold, ByteBuffer(string: "{not json")).status == .badRequest)
            #expect(try await post(hold, jsonBody(["decision": "edit"])).status == .badRequest)
            #expect(try await post(hold, jsonBody(["decision": "edit", "text": ""])).status == .badRequest)
            #expect(
                try await post(hold, jsonBody(["decision": "edit", "text": " \r\n\t "])).status == .badRequest
            )
            let nul = try await post(
                hold, jsonBody(["decision": "edit", "text": "Refund approved\u{0} - call us"]))
            #expect(nul.status == .badRequest)
            #expect(try nul.object()["detail"] as? String == "an edit cannot contain a NUL character")
            let array = try await post(hold, ByteBuffer(string: #"[{"decision": "approve"}]"#))
            #expect(
                try array.object()["detail"] as? String
                    == "the body is not the JSON this call takes: the body as a whole has the wrong type")
            // Over the console's limit: 413 as problem details, not an internal error.
            let big = try await post(hold, ByteBuffer(repeating: UInt8(ascii: "a"), count: 2 << 20))
            #expect(big.status == .contentTooLarge)
            #expect(big.headers[.contentType] == "application/problem+json")
            #expect(try await post(999, jsonBody(["decision": "approve"])).status == .notFound)
            #expect(try await fixture.store.decisions(of: hold).isEmpty)
            #expect(try await fixture.store.decisions(of: flag).isEmpty)
            let dismissed = try await post(flag, jsonBody(["decision": "dismiss"]))
            #expect(dismissed.status == .ok)
            #expect(try await fixture.store.item(flag)?.delivery == Delivery.none)
        }
    }

    @Test func bulkDecisionsReportEachItemOnItsOwn() async throws {
        let fixture = try Fixture()
        let hold = try await fixture.insert(.hold)
        let flag = try await fixture.insert(.flag)
        let decided = try await fixture.insert(.hold)
        _ = try await fixture.store.decide(
            decided, .approve, actor: "sue", note: nil, text: nil, at: fixture.clock.now)
        try await fixture.test { client in
            let body = try jsonBody([
                ["id": hold, "decision": "reject", "note": "no"],
                ["id": flag, "decision": "approve"],
                ["id": decided, "decision": "reject"],
                ["id": 999, "decision": "dismiss"],
                ["decision": "dismiss"],
                ["id": flag, "decision": "dismiss"],
            ])
            let response = try await client.execute(
                uri: "/api/decisions", method: .post, headers: bearer(Fixture.adaToken), body: body)
            #expect(response.status == .ok)
            let results = try #require(try response.object()["results"] as? [[String: Any]])
            #expect(results.map { $0["status"] as? Int } == [200, 422, 409, 404, 400, 200])
            #expect((results[0]["item"] as? [String: Any])?["status"] as? String == "rejected")
            #expect((results[2]["problem"] as? [String: Any])?["title"] as? String == "Already decided")
            #expect(try await fixture.store.decisions(of: decided).count == 1)
            #expect(try await fixture.store.decisions(of: hold).map(\.actor) == ["ada"])
            #expect(try await fixture.store.item(flag)?.status == .dismissed)
            let notArray = try await client.execute(
                uri: "/api/decisions", method: .post, headers: bearer(Fixture.adaToken),
                body: try jsonBody(["id": 1]))
            #expect(notArray.status == .badRequest)
        }
    }

    @Test func countsPerKeyAndBucket() async throws {
        let fixture = try Fixture()
        try await fixture.insert(.hold, agent: "ann", minutesAgo: 10)
        try await fixture.insert(.flag, agent: "ann", minutesAgo: 20)
        try await fixture.insert(.flag, agent: "bob", minutesAgo: 60 * 30)
        try await fixture.test { client in
            let auth = bearer(Fixture.sueToken)
            let response = try await client.execute(
                uri: "/api/statistics?dimension=agent&bucket=day", method: .get, headers: auth)
            #expect(response.status == .ok)
            let body = try response.object()
            #expect(body["dimension"] as? String == "agent")
            #expect(body["bucket"] as? String == "day")
            let rows = try #require(body["rows"] as? [[String: Any]])
            let total = rows.reduce(0) { $0 + ($1["count"] as? Int ?? 0) }
            #expect(total == 3)
            #expect(Set(rows.compactMap { $0["key"] as? String }) == ["ann", "bob"])
            let since = FormFields.encode(Timestamp.format(fixture.clock.now.addingTimeInterval(-3600)))
            let recent = try await client.execute(
                uri: "/api/statistics?dimension=rule&since=\(since)&bucket=hour", method: .get, headers: auth
            ).object()
            let recentRows = try #require(recent["rows"] as? [[String: Any]])
            #expect(recentRows.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 2)
            #expect(recentRows.allSatisfy { $0["key"] as? String == "insult" })
            for bad in [
                "dimension=team", "bucket=week", "since=2020-01-01T00:00:00Z&bucket=hour", "since=nope",
            ] {
                let response = try await client.execute(
                    uri: "/api/statistics?\(bad)", method: .get, headers: auth)
                #expect(response.status == .badRequest, "\(bad)")
            }
        }
    }

    @Test func anUnavailableStoreIs503() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        fixture.store.setDown(true)
        try await fixture.test { client in
            let auth = bearer(Fixture.sueToken)
            for (path, method) in [
                ("/api/items", "GET"), ("/api/items/\(id)", "GET"), ("/api/statistics", "GET"),
                ("/api/items/\(id)/decision", "POST"),
            ] {
                let response = try await client.execute(
                    uri: path, method: method == "GET" ? .get : .post, headers: auth,
                    body: method == "POST" ? try jsonBody(["decision": "approve"]) : nil)
                #expect(response.status == .serviceUnavailable, "\(path)")
                #expect(try response.object()["title"] as? String == "Store unavailable")
            }
            let bulk = try await client.execute(
                uri: "/api/decisions", method: .post, headers: bearer(Fixture.adaToken),
                body: try jsonBody([["id": id, "decision": "approve"]]))
            #expect(bulk.status == .serviceUnavailable)
            let page = try await client.execute(uri: "/", method: .get, headers: auth)
            #expect(page.status == .serviceUnavailable)
            #expect(page.text.contains("id=\"problem\""))
        }
    }

    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let auth = bearer(Fixture.sueToken)
            let rows: [(HTTPRequest.Method, String, String)] = [
                (.delete, "/api/items/3", "GET, HEAD"), (.get, "/api/items/3/decision", "POST"),
                (.post, "/api/items", "GET, HEAD"), (.put, "/api/decisions", "POST"),
                (HTTPRequest.Method("PROPFIND")!, "/api/session", "GET, HEAD"),
            ]
            for (method, path, allow) in rows {
                let response = try await client.execute(uri: path, method: method, headers: auth)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(response.headers[.allow] == allow, "\(method) \(path)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(method) \(path)")
                let problem = try response.object()
                #expect(problem["status"] as? Int == 405)
                #expect(problem["title"] as? String == "Method not allowed")
                #expect((problem["detail"] as? String)?.contains(allow) == true)
            }
            // Pages answer the same status and header, as a page.
            let page = try await client.execute(uri: "/stats", method: .post, headers: auth)
            #expect(page.status == .methodNotAllowed)
            #expect(page.headers[.allow] == "GET, HEAD")
            #expect(page.text.contains("id=\"problem\""))
            let login = try await client.execute(uri: "/login", method: .delete)
            #expect(login.status == .methodNotAllowed)
            #expect(login.headers[.allow] == "GET, HEAD, POST")
            // HEAD is answered wherever GET is: its status and headers, no body.
            for (path, headers, status) in [
                ("/api/items", auth, HTTPResponse.Status.ok), ("/login", HTTPFields(), .ok),
                ("/assets/console.css", HTTPFields(), .ok), ("/api/items", HTTPFields(), .unauthorized),
                ("/api/items/999", auth, .notFound),
            ] {
                let head = try await client.execute(uri: path, method: .head, headers: headers)
                let get = try await client.execute(uri: path, method: .get, headers: headers)
                #expect(head.status == status && get.status == status, "HEAD \(path)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "HEAD \(path)")
                #expect(head.body.readableBytes == 0, "HEAD \(path)")
            }
            // A path no route has is still not found, whatever the method.
            for method in [HTTPRequest.Method.get, .delete] {
                let missing = try await client.execute(
                    uri: "/api/items/3/notes", method: method, headers: auth)
                #expect(missing.status == .notFound)
                #expect(missing.headers[.allow] == nil)
            }
        }
    }

    @Test func openAPIDocumentParsesAndListsEveryRoute() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/api/openapi.json", method: .get, headers: bearer(Fixture.sueToken))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let document = try response.object()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let expected: [String: Set<String>] = [
                "/api/items": ["get"], "/api/items/{id}": ["get"], "/api/items/{id}/decision": ["post"],
                "/api/decisions": ["post"], "/api/statistics": ["get"], "/api/events": ["get"],
                "/api/session": ["get"], "/api/accounts": ["get"], "/api/openapi.json": ["get"],
            ]
            #expect(Set(paths.keys) == Set(expected.keys))
            for (path, methods) in expected { #expect(Set(paths[path]!.keys) == methods, "\(path)") }
            // Every call documents the problems it can answer with.
            let decision = try #require(paths["/api/items/{id}/decision"]?["post"] as? [String: Any])
            let responses = try #require(decision["responses"] as? [String: Any])
            #expect(
                Set(responses.keys) == ["200", "400", "401", "403", "404", "405", "409", "413", "422", "503"])
            for (path, methods) in paths {
                for (method, operation) in methods {
                    let responses = (operation as? [String: Any])?["responses"] as? [String: Any]
                    #expect(responses?["405"] != nil, "\(method) \(path)")
                }
            }
            let etag = try #require(response.headers[.eTag])
            let cached = try await client.execute(
                uri: "/api/openapi.json", method: .get,
                headers: [.authorization: "Bearer \(Fixture.sueToken)", .ifNoneMatch: etag])
            #expect(cached.status == .notModified)
        }
    }

    @Test func sessionTellsTheAccountAndCSRFToken() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let browser = try await signIn(client, name: "ada", password: Fixture.adaPassword)
            let session = try await client.execute(
                uri: "/api/session", method: .get, headers: browser.headers
            ).object()
            #expect(session["account"] as? String == "ada")
            #expect(session["role"] as? String == "admin")
            #expect((session["csrf"] as? String)?.count ?? 0 >= 40)
        }
    }
}
