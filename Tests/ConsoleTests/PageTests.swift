import Foundation
import Hummingbird
import HummingbirdTesting
import Policy
import Review
import Testing

@testable import Console

@Suite struct PageTests {
    @Test func queueShowsPendingHoldsWithTabsHighlightsAndActions() async throws {
        let fixture = try Fixture()
        let text = "Ти справжній ідіот <script>"
        let start = "Ти справжній ".utf8.count
        let hold = try await fixture.insert(
            .hold, agent: "ann<b>", text: text,
            hits: [
                .init(
                    rule: "insult-uk", category: "respect", action: .hold, start: start,
                    end: start + "ідіот".utf8.count,
                    text: "ідіот", explanation: "Образа")
            ],
            suggestion: "Я розумію <вас>")
        let flag = try await fixture.insert(.flag)
        try await fixture.insert(.block)
        try await fixture.test { client in
            let browser = try await signIn(client)
            let response = try await client.execute(uri: "/", method: .get, headers: browser.headers)
            #expect(response.status == .ok)
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            let page = response.text
            #expect(page.contains("id=\"item-\(hold)\" data-item-id=\"\(hold)\""))
            #expect(!page.contains("data-item-id=\"\(flag)\""))
            #expect(
                page.contains(
                    "<mark data-rule=\"insult-uk\" title=\"insult-uk: Образа\">ідіот</mark> &lt;script&gt;"))
            #expect(page.contains("ann&lt;b&gt;"))
            #expect(!page.contains("<script>"))
            #expect(
                page.contains(
                    "<textarea name=\"text\" rows=\"3\" dir=\"auto\" required>Я розумію &lt;вас&gt;</textarea>"
                ))
            #expect(page.contains("button type=\"submit\" name=\"decision\" value=\"approve\""))
            #expect(page.contains("name=\"decision\" value=\"reject\""))
            #expect(!page.contains("value=\"dismiss\""))
            #expect(page.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(browser.csrf)\">"))
            #expect(
                page.contains(
                    "data-status=\"pending\" aria-current=\"page\">Pending <span class=\"count\" data-count=\"1\">1</span>"
                ))
            #expect(
                page.contains("data-status=\"open\">Open <span class=\"count\" data-count=\"2\">2</span>"))
            #expect(page.contains("data-status=\"all\">All <span class=\"count\" data-count=\"3\">3</span>"))
            #expect(page.contains("src=\"/assets/console.js\""))

            let open = try await client.execute(uri: "/?status=open", method: .get, headers: browser.headers)
                .text
            #expect(open.contains("data-item-id=\"\(flag)\""))
            #expect(open.contains("name=\"decision\" value=\"dismiss\""))
            #expect(!open.contains("value=\"approve\""))
            let bad = try await client.execute(
                uri: "/?status=nonsense", method: .get, headers: browser.headers)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("status nonsense"))
        }
    }

    @Test(arguments: [true, false])
    func theFlashCookieIsSecureWhenTheSessionCookieIs(secureCookies: Bool) async throws {
        let fixture = try Fixture { $0.secureCookies = secureCookies }
        let id = try await fixture.insert()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let (headers, body) = browser.form([("decision", "approve")])
            let response = try await client.execute(
                uri: "/items/\(id)/decision", method: .post, headers: headers, body: body)
            let set = try #require(response.setCookieHeader("decorum_flash"))
            #expect(set.contains("; Secure") == secureCookies)
            #expect(set.contains("HttpOnly") && set.contains("SameSite=Lax"))
            let flash = try #require(response.setCookie("decorum_flash"))
            let next = try await client.execute(
                uri: "/", method: .get, headers: [.cookie: "\(browser.cookie); decorum_flash=\(flash)"])
            let cleared = try #require(next.setCookieHeader("decorum_flash"))
            #expect(cleared.contains("Max-Age=0"))
            #expect(cleared.contains("; Secure") == secureCookies)
        }
    }

    @Test func decidingThroughTheFormRedirectsWithAMessage() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let (headers, body) = browser.form([
                ("decision", "approve"), ("note", "fine"), ("back", "/?status=pending&agent=ann"),
            ])
            let response = try await client.execute(
                uri: "/items/\(id)/decision", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/?status=pending&agent=ann")
            let flash = try #require(response.setCookie("decorum_flash"))
            let next = try await client.execute(
                uri: "/?status=approved", method: .get,
                headers: [.cookie: "\(browser.cookie); decorum_flash=\(flash)"])
            #expect(
                next.text.contains(
                    "<p class=\"flash flash-info\" id=\"flash\" role=\"status\">Item \(id): approved.</p>"))
            #expect(next.setCookieHeader("decorum_flash")?.contains("Max-Age=0") == true)
            #expect(next.text.contains("approved by <span class=\"actor\">sue</span>"))
            #expect(next.text.contains("data-delivery=\"pending\""))
            let trail = try await fixture.store.decisions(of: id)
            #expect(trail.map(\.actor) == ["sue"])
            #expect(trail.map(\.note) == ["fine"])

            // A second decision changes nothing and says why.
            let (headers2, body2) = browser.form([("decision", "reject")])
            let again = try await client.execute(
                uri: "/items/\(id)/decision", method: .post, headers: headers2, body: body2)
            #expect(again.status == .seeOther)
            #expect(again.headers[.location] == "/")
            let message = String(
                decoding: Data(base64URLEncoded: try #require(again.setCookie("decorum_flash")))!,
                as: UTF8.self)
            #expect(message == "error|item \(id) was already decided (approved)")
            #expect(try await fixture.store.decisions(of: id).count == 1)

            let (headers3, body3) = browser.form([("decision", "approve"), ("back", "https://evil.example/")])
            let offsite = try await client.execute(
                uri: "/items/\(id)/decision", method: .post, headers: headers3, body: body3)
            #expect(offsite.headers[.location] == "/")
        }
    }

    @Test func editAndSendSendsTheSupervisorsText() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let (headers, body) = browser.form([("decision", "edit"), ("text", "Thanks for your patience")])
            let response = try await client.execute(
                uri: "/items/\(id)/decision", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            let item = try #require(try await fixture.store.item(id))
            #expect(item.status == .edited)
            #expect(item.finalText == "Thanks for your patience")
            let detail = try await client.execute(uri: "/items/\(id)", method: .get, headers: browser.headers)
                .text
            #expect(
                detail.contains(
                    "<span class=\"label\">Sent instead</span> <p dir=\"auto\">Thanks for your patience</p>"))
        }
    }

    @Test func detailPageShowsTheAuditTrailAndDelivery() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        _ = try await fixture.store.decide(
            id, .reject, actor: "ada", note: "<not ok>", text: nil, at: fixture.clock.now)
        try await fixture.store.setDelivery(id, .undeliverable)
        try await fixture.test { client in
            let browser = try await signIn(client)
            let page = try await client.execute(uri: "/items/\(id)", method: .get, headers: browser.headers)
            #expect(page.status == .ok)
            #expect(
                page.text.contains("<dd id=\"delivery\" data-delivery=\"undeliverable\">undeliverable</dd>"))
            #expect(page.text.contains("<tr data-decision=\"reject\">"))
            #expect(page.text.contains("<td class=\"actor\">ada</td><td>&lt;not ok&gt;</td>"))
            #expect(!page.text.contains("name=\"decision\""))
            #expect(page.text.contains("<dt>Agent connected</dt><dd id=\"connected\">yes</dd>"))
            // A flag waits for no delivery: whether its agent is connected is not shown.
            let flag = try await fixture.insert(.flag)
            let flagPage = try await client.execute(
                uri: "/items/\(flag)", method: .get, headers: browser.headers)
            #expect(flagPage.status == .ok && !flagPage.text.contains("id=\"connected\""))
            let missing = try await client.execute(uri: "/items/404", method: .get, headers: browser.headers)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("There is no review item 404."))
            let row = try await client.execute(
                uri: "/items/\(id)/row?back=/%3Fstatus%3Drejected", method: .get, headers: browser.headers)
            #expect(row.text.hasPrefix("<li class=\"item action-hold status-rejected\" id=\"item-\(id)\""))
            #expect(!row.text.contains("<html"))
        }
    }

    @Test func paginationLinksKeepTheFilters() async throws {
        let fixture = try Fixture()
        var made: [Int64] = []
        for i in 0..<5 {
            made.append(try await fixture.insert(.flag, agent: "ann", minutesAgo: Double(50 - i)))
        }
        let ids = made
        try await fixture.test { client in
            let browser = try await signIn(client)
            let first = try await client.execute(
                uri: "/?status=open&agent=ann&limit=2", method: .get, headers: browser.headers
            ).text
            #expect(
                first.contains(
                    "<a rel=\"next\" id=\"older\" href=\"/?status=open&amp;agent=ann&amp;limit=2&amp;before=\(ids[3])\">Older</a>"
                ))
            #expect(!first.contains("rel=\"first\""))
            // The tabs keep the filters (not the page), and say their counts are the whole queue's.
            #expect(
                first.contains("href=\"/?status=pending&amp;agent=ann&amp;limit=2\" data-status=\"pending\""))
            #expect(first.contains("href=\"/?status=all&amp;agent=ann&amp;limit=2\" data-status=\"all\""))
            #expect(first.contains("id=\"counts-note\""))
            let unfiltered = try await client.execute(uri: "/", method: .get, headers: browser.headers).text
            #expect(unfiltered.contains("href=\"/?status=open\" data-status=\"open\""))
            #expect(!unfiltered.contains("id=\"counts-note\""))
            let second = try await client.execute(
                uri: "/?status=open&agent=ann&limit=2&before=\(ids[3])", method: .get,
                headers: browser.headers
            ).text
            #expect(second.contains("data-item-id=\"\(ids[2])\""))
            #expect(second.contains("data-item-id=\"\(ids[1])\""))
            #expect(!second.contains("data-item-id=\"\(ids[3])\""))
            #expect(
                second.contains(
                    "<a rel=\"first\" id=\"newest\" href=\"/?status=open&amp;agent=ann&amp;limit=2\">Newest</a>"
                ))
            #expect(second.contains("before=\(ids[1])\">Older</a>"))
            let last = try await client.execute(
                uri: "/?status=open&agent=ann&limit=2&before=\(ids[1])", method: .get,
                headers: browser.headers
            ).text
            #expect(last.contains("data-item-id=\"\(ids[0])\""))
            #expect(!last.contains("rel=\"next\""))
        }
    }

    @Test func statisticsPageDrawsBarsPerRuleAndAgent() async throws {
        let fixture = try Fixture()
        try await fixture.insert(.hold, agent: "ann", minutesAgo: 30)
        try await fixture.insert(.flag, agent: "<bob>", minutesAgo: 60 * 26)
        try await fixture.test { client in
            let browser = try await signIn(client)
            let response = try await client.execute(uri: "/stats", method: .get, headers: browser.headers)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("<section class=\"stats\" id=\"stats-rule\">"))
            #expect(page.contains("<figure class=\"chart\" data-key=\"insult\">"))
            #expect(page.contains("<figure class=\"chart\" data-key=\"&lt;bob&gt;\">"))
            #expect(page.components(separatedBy: "<rect ").count - 1 == 4)
            #expect(page.contains("class=\"bar-hold\""))
            #expect(
                page.contains(
                    "<tr><th scope=\"row\">insult</th><td>1</td><td>1</td><td>0</td><td>2</td></tr>"))
            let hourly = try await client.execute(
                uri: "/stats?bucket=hour", method: .get, headers: browser.headers
            ).text
            #expect(hourly.contains("h: 1 hold</title>"))
            let bad = try await client.execute(
                uri: "/stats?bucket=year", method: .get, headers: browser.headers)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func bucketsAlignAsTheStoreAlignsThem() {
        let query = StatisticsQuery(
            dimension: .rule, since: Date(timeIntervalSince1970: 86400 + 3000),
            until: Date(timeIntervalSince1970: 3 * 86400),
            bucket: 86400)
        #expect(
            Handlers.buckets(query) == [
                Date(timeIntervalSince1970: 86400), Date(timeIntervalSince1970: 2 * 86400),
            ])
    }

    @Test func consoleWorksUnderABasePath() async throws {
        let fixture = try Fixture { $0.basePath = "/console/" }
        let id = try await fixture.insert()
        try await fixture.test { client in
            let login = try await client.execute(uri: "/console/login", method: .get)
            #expect(login.text.contains("action=\"/console/login\""))
            #expect(login.text.contains("href=\"/console/assets/console.css\""))
            #expect(login.setCookieHeader("decorum_sign_in")?.contains("Path=/console/") == true)
            let token = try #require(
                login.text.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) })
            var headers = formHeaders
            headers[.cookie] = "decorum_sign_in=\(try #require(login.setCookie("decorum_sign_in")))"
            let response = try await client.execute(
                uri: "/console/login", method: .post, headers: headers,
                body: formBody([("name", "sue"), ("password", Fixture.suePassword), ("csrf", token)]))
            #expect(response.headers[.location] == "/console/")
            #expect(response.setCookieHeader("decorum_session")?.contains("Path=/console/") == true)
            let cookie = "decorum_session=\(try #require(response.setCookie("decorum_session")))"
            let queue = try await client.execute(uri: "/console/", method: .get, headers: [.cookie: cookie])
            #expect(queue.text.contains("action=\"/console/items/\(id)/decision\""))
            #expect(
                try await client.execute(uri: "/console/stats", method: .get).headers[.location]
                    == "/console/login?next=%2Fstats")
            // A route's path under the base path takes its methods only; outside it there is none.
            let auth = bearer(Fixture.sueToken)
            let wrong = try await client.execute(
                uri: "/console/api/items/\(id)", method: .delete, headers: auth)
            #expect(wrong.status == .methodNotAllowed)
            #expect(wrong.headers[.allow] == "GET, HEAD")
            let outside = try await client.execute(uri: "/api/items", method: .post, headers: auth)
            #expect(outside.status == .notFound)
        }
    }

    @Test func assetsAreServed() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let script = try await client.execute(
                uri: "/assets/console.js", method: .get, headers: browser.headers)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("new EventSource(base + \"/api/events\")"))
            let missing = try await client.execute(
                uri: "/assets/nothing.css", method: .get, headers: browser.headers)
            #expect(missing.status == .notFound)
        }
    }
}

@Suite struct StoreCallTests {
    /// Each page and list call asks the store for one page and what is on it, never more, so
    /// its cost does not grow with the size of the store.
    @Test func eachCallAsksTheStoreOnlyForWhatItShows() async throws {
        let fixture = try Fixture()
        for _ in 0..<60 { try await fixture.insert() }
        try await fixture.test { client in
            let browser = try await signIn(client)
            let expected: [(String, [String: Int])] = [
                ("/", ["list": 1, "counts": 1]),
                ("/?status=all&agent=ann&before=30", ["list": 1, "counts": 1]),
                ("/api/items?limit=500", ["list": 1]),
                ("/api/items/7", ["item": 1, "decisions": 1]),
                ("/items/7", ["item": 1, "decisions": 1]),
                ("/items/7/row", ["item": 1]),
                ("/stats", ["statistics": 2]),
                ("/api/statistics", ["statistics": 1]),
            ]
            for (path, calls) in expected {
                fixture.store.resetCalls()
                let response = try await client.execute(uri: path, method: .get, headers: browser.headers)
                #expect(response.status == .ok, "\(path)")
                #expect(fixture.store.callCounts == calls, "\(path)")
            }
            let page = try await client.execute(uri: "/", method: .get, headers: browser.headers).text
            #expect(page.components(separatedBy: "<li class=\"item ").count - 1 == 50)
            #expect(page.contains("before=11\">Older</a>"))
        }
    }
}
