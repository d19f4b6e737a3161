import Foundation
import Hummingbird
import HummingbirdTesting
import Review
import Testing

@testable import Console

@Suite struct AccessTests {
    static let pages = [
        "/", "/?status=open", "/items/1", "/items/1/row", "/stats", "/logout", "/assets/console.js",
        "/nowhere",
    ]
    static let apiGets = [
        "/api/items", "/api/items/1", "/api/statistics", "/api/events", "/api/session", "/api/accounts",
        "/api/openapi.json", "/api/nowhere",
    ]

    @Test func nothingIsShownWithoutSigningIn() async throws {
        let fixture = try Fixture()
        try await fixture.insert(text: "a secret held message")
        try await fixture.test { client in
            for page in Self.pages {
                let response = try await client.execute(uri: page, method: .get)
                #expect(response.status == .seeOther, "\(page)")
                #expect(response.headers[.location]?.hasPrefix("/login") == true, "\(page)")
                #expect(!response.text.contains("secret"), "\(page)")
            }
            for path in Self.apiGets {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .unauthorized, "\(path)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(path)")
                #expect(try response.object()["status"] as? Int == 401, "\(path)")
            }
            for path in ["/api/items/1/decision", "/api/decisions"] {
                let response = try await client.execute(
                    uri: path, method: .post, body: try jsonBody(["decision": "approve"]))
                #expect(response.status == .unauthorized, "\(path)")
            }
            let form = try await client.execute(
                uri: "/items/1/decision", method: .post, headers: formHeaders,
                body: formBody([("decision", "approve")]))
            #expect(form.status == .seeOther)
            #expect(try await fixture.store.item(1)?.status == .pending)
            // The sign-in page and its stylesheet are all there is.
            let login = try await client.execute(uri: "/login", method: .get)
            #expect(login.status == .ok)
            #expect(login.text.contains("<form method=\"post\" action=\"/login\""))
            #expect(!login.text.contains("console.js"))
            let css = try await client.execute(uri: "/assets/console.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test func aRejectedTokenIsNotSignedIn() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let wrong = try await client.execute(uri: "/api/items", method: .get, headers: bearer("guess"))
            #expect(wrong.status == .unauthorized)
            let basic = try await client.execute(
                uri: "/api/items", method: .get, headers: [.authorization: "Basic c3VlOnB3"])
            #expect(basic.status == .unauthorized)
            let right = try await client.execute(
                uri: "/api/items", method: .get, headers: bearer(Fixture.sueToken))
            #expect(right.status == .ok)
        }
    }

    @Test func signInSetsASignedHttpOnlyCookieAndGoesWhereItWasAsked() async throws {
        let fixture = try Fixture { $0.secureCookies = true }
        try await fixture.test { client in
            let first = try await client.execute(uri: "/stats?bucket=hour", method: .get)
            #expect(first.headers[.location] == "/login?next=%2Fstats%3Fbucket%3Dhour")
            let response = try await postSignIn(
                client,
                [
                    ("name", "sue"), ("password", Fixture.suePassword), ("next", "/stats?bucket=hour"),
                ])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/stats?bucket=hour")
            let header = try #require(response.setCookieHeader("decorum_session"))
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("Secure"))
            #expect(header.contains("SameSite=Lax"))
            #expect(header.contains("Max-Age=3600"))
            let offsite = try await postSignIn(
                client,
                [
                    ("name", "sue"), ("password", Fixture.suePassword), ("next", "//evil.example/"),
                ])
            #expect(offsite.headers[.location] == "/")
            // A signed-in visit to the sign-in page goes on to the queue.
            let cookie = "decorum_session=\(response.setCookie("decorum_session")!)"
            let again = try await client.execute(uri: "/login", method: .get, headers: [.cookie: cookie])
            #expect(again.status == .seeOther)
        }
    }

    @Test func wrongPasswordsAreRefusedEachMoreSlowly() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            for password in ["a", "b", "c", "d"] {
                let response = try await postSignIn(client, [("name", "sue"), ("password", password)])
                #expect(response.status == .unauthorized)
                #expect(response.setCookie("decorum_session") == nil)
                #expect(response.text.contains("Wrong name or password."))
                #expect(response.text.contains("value=\"sue\""))
            }
            #expect(
                await fixture.delays.delays == [
                    .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800),
                ])
            // A name that does not exist is refused the same way, and counted for the address.
            let unknown = try await postSignIn(client, [("name", "nobody"), ("password", "x")])
            #expect(unknown.status == .unauthorized)
            #expect(await fixture.delays.delays.last == .milliseconds(1600))
            // Success clears the count.
            _ = try await signIn(client)
            _ = try await postSignIn(client, [("name", "sue"), ("password", "e")])
            #expect(await fixture.delays.delays.last == .milliseconds(100))
        }
    }

    @Test func guessesAreNotCheckedFasterThanTheBackOffAllows() async throws {
        let fixture = try Fixture(waitsMoveTheClock: false)
        try await fixture.test { client in
            // Eight guesses at once: one password is checked, the others are refused unchecked.
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for guess in 0..<8 {
                    group.addTask {
                        try await postSignIn(client, [("name", "sue"), ("password", "guess \(guess)")]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count == 1)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 7)
            #expect(await fixture.delays.delays == [.milliseconds(100)])
            // The right password too, and from the same address for another account, until the
            // back-off has passed.
            for (name, password) in [("sue", Fixture.suePassword), ("ada", Fixture.adaPassword)] {
                let early = try await postSignIn(client, [("name", name), ("password", password)])
                #expect(early.status == .tooManyRequests)
                #expect(early.setCookie("decorum_session") == nil)
                #expect(early.headers[.retryAfter] == "1")
                #expect(early.text.contains("Too many sign-in attempts: try again in 1 s."))
                #expect(early.text.contains("value=\"\(name)\""))
            }
            fixture.clock.advance(0.1)
            _ = try await signIn(client)
            // Signing in starts the count again.
            let wrong = try await postSignIn(client, [("name", "sue"), ("password", "x")])
            #expect(wrong.status == .unauthorized)
            #expect(await fixture.delays.delays == [.milliseconds(100), .milliseconds(100)])
            // However many failures, the back-off is at most the cap.
            for guess in 0..<12 {
                fixture.clock.advance(10)
                let response = try await postSignIn(client, [("name", "sue"), ("password", "\(guess)")])
                #expect(response.status == .unauthorized)
            }
            let capped = try await postSignIn(client, [("name", "sue"), ("password", Fixture.suePassword)])
            #expect(capped.headers[.retryAfter] == "10")
            fixture.clock.advance(10)
            _ = try await signIn(client)
        }
    }

    @Test func anExpiredOrForgedSessionIsNotSignedIn() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let browser = try await signIn(client)
            #expect(try await client.execute(uri: "/", method: .get, headers: browser.headers).status == .ok)
            let value = String(browser.cookie.dropFirst("decorum_session=".count))
            let parts = value.split(separator: ".")
            let payload = String(decoding: Data(base64URLEncoded: parts[0])!, as: UTF8.self)
            let forgedPayload = Data(payload.replacingOccurrences(of: "sue|", with: "ada|").utf8)
                .base64URLEncoded
            let forged = "decorum_session=\(forgedPayload).\(parts[1])"
            #expect(
                try await client.execute(uri: "/api/items", method: .get, headers: [.cookie: forged]).status
                    == .unauthorized)
            #expect(
                try await client.execute(
                    uri: "/api/items", method: .get, headers: [.cookie: "decorum_session=junk"]
                ).status
                    == .unauthorized)

            fixture.clock.advance(3601)
            let api = try await client.execute(uri: "/api/items", method: .get, headers: browser.headers)
            #expect(api.status == .unauthorized)
            let page = try await client.execute(uri: "/", method: .get, headers: browser.headers)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login")
            #expect(page.setCookieHeader("decorum_session")?.contains("Max-Age=0") == true)
            let flash = try #require(page.setCookie("decorum_flash"))
            let login = try await client.execute(
                uri: "/login", method: .get, headers: [.cookie: "decorum_flash=\(flash)"])
            #expect(login.text.contains("Your session has ended; sign in again."))
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let page = try await client.execute(uri: "/logout", method: .get, headers: browser.headers)
            #expect(page.text.contains("id=\"sign-out\""))
            let (headers, body) = browser.form([])
            let out = try await client.execute(uri: "/logout", method: .post, headers: headers, body: body)
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login")
            #expect(out.setCookieHeader("decorum_session")?.contains("Max-Age=0") == true)
            // The old cookie no longer works, even if a browser kept it.
            #expect(
                try await client.execute(uri: "/api/items", method: .get, headers: browser.headers).status
                    == .unauthorized)
        }
    }

    @Test func failedSignInsOnOneReplicaSlowTheOthersDown() async throws {
        let fixture = try Fixture()
        let otherDelays = DelayLog()
        let other = try fixture.replica(delays: otherDelays)
        try await fixture.test { client in
            for password in ["a", "b"] {
                let response = try await postSignIn(client, [("name", "sue"), ("password", password)])
                #expect(response.status == .unauthorized)
            }
        }
        #expect(await fixture.delays.delays == [.milliseconds(100), .milliseconds(200)])
        // The third failure, on the other replica: the delay of a third, not of a first.
        try await Application(router: other.router()).test(.router) { client in
            let response = try await postSignIn(client, [("name", "sue"), ("password", "c")])
            #expect(response.status == .unauthorized)
            // Signing in there starts the count again, on every replica.
            let signed = try await postSignIn(client, [("name", "sue"), ("password", Fixture.suePassword)])
            #expect(signed.status == .seeOther)
        }
        #expect(await otherDelays.delays == [.milliseconds(400)])
        #expect(try await fixture.store.failedSignIn(keys: ["account:sue"], at: fixture.clock.now) == 1)
    }

    @Test func signingOutOnOneReplicaEndsTheSessionOnTheOthers() async throws {
        let fixture = try Fixture()
        let other = try fixture.replica()
        let browser = try await fixture.test { client in try await signIn(client) }
        let otherApp = Application(router: other.router())
        // The same session secret: the cookie works on the other replica too.
        try await otherApp.test(.router) { client in
            let items = try await client.execute(uri: "/api/items", method: .get, headers: browser.headers)
            #expect(items.status == .ok)
        }
        try await fixture.test { client in
            let (headers, body) = browser.form([])
            let out = try await client.execute(uri: "/logout", method: .post, headers: headers, body: body)
            #expect(out.status == .seeOther)
        }
        #expect(try await fixture.store.signedOut(at: fixture.clock.now).count == 1)
        // Once the other replica has read the store's sign-outs (every 5 s), it refuses the cookie.
        await other.refreshSignOuts()
        try await otherApp.test(.router) { client in
            let items = try await client.execute(uri: "/api/items", method: .get, headers: browser.headers)
            #expect(items.status == .unauthorized)
        }
        // Past the session's own expiry the sign-out is forgotten.
        #expect(try await fixture.store.signedOut(at: fixture.clock.now.addingTimeInterval(3_601)).isEmpty)
    }

    @Test func formPostsNeedTheSessionsCSRFToken() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let other = try await signIn(client, name: "ada", password: Fixture.adaPassword)
            for csrf in ["", "forged", other.csrf, String(browser.csrf.dropLast()) + "A"]
            where csrf != browser.csrf {
                let (headers, body) = browser.form([("decision", "approve")], csrf: csrf)
                let response = try await client.execute(
                    uri: "/items/\(id)/decision", method: .post, headers: headers, body: body)
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("CSRF token"))
            }
            let missing = try await client.execute(
                uri: "/items/\(id)/decision", method: .post,
                headers: [.cookie: browser.cookie, .contentType: "application/x-www-form-urlencoded"],
                body: formBody([("decision", "approve")]))
            #expect(missing.status == .forbidden)
            let logout = try await client.execute(
                uri: "/logout", method: .post,
                headers: [.cookie: browser.cookie, .contentType: "application/x-www-form-urlencoded"],
                body: formBody([]))
            #expect(logout.status == .forbidden)
            #expect(try await fixture.store.item(id)?.status == .pending)
            #expect(try await fixture.store.decisions(of: id).isEmpty)
        }
    }

    @Test func apiCallsByCookieNeedTheCSRFHeaderButTokensDoNot() async throws {
        let fixture = try Fixture()
        let first = try await fixture.insert()
        let second = try await fixture.insert()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let body = try jsonBody(["decision": "approve"])
            let without = try await client.execute(
                uri: "/api/items/\(first)/decision", method: .post, headers: browser.headers, body: body)
            #expect(without.status == .forbidden)
            #expect(try without.object()["type"] as? String == "https://decorum.invalid/problems/csrf")
            var headers = browser.headers
            headers[Handlers.csrfHeader] = "forged"
            #expect(
                try await client.execute(
                    uri: "/api/items/\(first)/decision", method: .post, headers: headers, body: body
                ).status
                    == .forbidden)
            headers[Handlers.csrfHeader] = browser.csrf
            let with = try await client.execute(
                uri: "/api/items/\(first)/decision", method: .post, headers: headers, body: body)
            #expect(with.status == .ok)
            let token = try await client.execute(
                uri: "/api/items/\(second)/decision", method: .post, headers: bearer(Fixture.sueToken),
                body: body)
            #expect(token.status == .ok)
            #expect(try await fixture.store.decisions(of: first).map(\.actor) == ["sue"])
            #expect(try await fixture.store.decisions(of: second).map(\.actor) == ["sue"])
        }
    }

    @Test func bulkDecisionsAndTheAccountListAreForAdmins() async throws {
        let fixture = try Fixture()
        let id = try await fixture.insert()
        try await fixture.test { client in
            let body = try jsonBody([["id": id, "decision": "approve"]])
            let sue = try await client.execute(
                uri: "/api/decisions", method: .post, headers: bearer(Fixture.sueToken), body: body)
            #expect(sue.status == .forbidden)
            #expect(try await fixture.store.item(id)?.status == .pending)
            #expect(
                try await client.execute(
                    uri: "/api/accounts", method: .get, headers: bearer(Fixture.sueToken)
                ).status == .forbidden)
            let accounts = try await client.execute(
                uri: "/api/accounts", method: .get, headers: bearer(Fixture.adaToken))
            let list = try #require(try accounts.json() as? [[String: Any]])
            #expect(list.map { $0["name"] as? String } == ["ada", "sue"])
            #expect(!accounts.text.contains("$2"))
        }
    }

    @Test func aSignInWithoutItsFormsTokenIsRefused() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let credentials = [("name", "sue"), ("password", Fixture.suePassword)]
            // Neither token nor cookie: refused, and the form comes back with new ones.
            let bare = try await client.execute(
                uri: "/login", method: .post, headers: formHeaders, body: formBody(credentials))
            #expect(bare.status == .forbidden)
            #expect(bare.setCookie("decorum_session") == nil)
            #expect(bare.text.contains("The sign-in form had expired"))
            #expect(bare.text.contains("name=\"csrf\""))
            #expect(bare.setCookie("decorum_sign_in") != nil)
            // A body over the console's limit: 413, not an internal error.
            let big = try await client.execute(
                uri: "/login", method: .post, headers: formHeaders,
                body: ByteBuffer(repeating: UInt8(ascii: "a"), count: 2 << 20))
            #expect(big.status == .contentTooLarge)
            #expect(big.text.contains("over the console&#39;s limit of 1 MiB"))
            // A token made for another browser's cookie is refused too.
            let (mine, _) = try await signInForm(client)
            let (_, theirs) = try await signInForm(client)
            let forged = try await client.execute(
                uri: "/login", method: .post, headers: mine, body: formBody(credentials + [("csrf", theirs)]))
            #expect(forged.status == .forbidden)
            #expect(forged.setCookie("decorum_session") == nil)
            #expect(await fixture.delays.delays.isEmpty, "a refused form is no password attempt")
            // The form's own token with its cookie signs in, and the cookie is spent.
            let (headers, token) = try await signInForm(client)
            let page = try await client.execute(uri: "/login", method: .get)
            let cookie = try #require(page.setCookieHeader("decorum_sign_in"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            let signed = try await client.execute(
                uri: "/login", method: .post, headers: headers,
                body: formBody(credentials + [("csrf", token)]))
            #expect(signed.status == .seeOther)
            #expect(signed.setCookie("decorum_session") != nil)
            #expect(signed.setCookieHeader("decorum_sign_in")?.contains("Max-Age=0") == true)
        }
    }

    @Test func aSignInFromAnotherSiteIsRefused() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            var headers = formHeaders
            headers[.origin] = "https://evil.example"
            let response = try await postSignIn(
                client, [("name", "sue"), ("password", Fixture.suePassword)], headers: headers)
            #expect(response.status == .forbidden)
            #expect(response.setCookie("decorum_session") == nil)
            headers[.origin] = "http://localhost"
            let same = try await postSignIn(
                client, [("name", "sue"), ("password", Fixture.suePassword)], headers: headers)
            #expect(same.status == .seeOther)
        }
    }
}
