import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Policy
import Review
import Testing

@testable import Console

@Suite struct LiveFeedTests {
    @Test func eventsStreamTheNewItemAndItsChanges() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let streamed = await openFeed(fixture, client)
            let id = try await fixture.insert(text: "you are an idiot")
            _ = try await fixture.store.decide(
                id, .approve, actor: "sue", note: nil, text: nil, at: fixture.clock.now)
            try await fixture.store.setDelivery(id, .delivered)
            try await Task.sleep(for: .milliseconds(150))
            try await fixture.store.close()
            let response = try await streamed.value
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            let events = response.text.components(separatedBy: "\n\n").filter { $0.hasPrefix("event: ") }
            #expect(
                events.map { $0.prefix { $0 != "\n" } } == [
                    "event: recorded", "event: decided", "event: delivery",
                ])
            let data = try #require(events.first?.components(separatedBy: "\ndata: ").last)
            let payload = try #require(
                try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
            #expect((payload["id"] as? NSNumber)?.int64Value == id)
            let item = try #require(payload["item"] as? [String: Any])
            #expect(item["text"] as? String == "you are an idiot")
            #expect(events.last?.contains("\"delivery\":\"delivered\"") == true)
            #expect(response.text.hasPrefix("retry: 3000\n\n"))
            #expect(response.text.contains(": heartbeat\n\n"))
        }
    }
}

/// Requests `/api/events` and returns once the handler listens to the store.
private func openFeed(
    _ fixture: Fixture, _ client: any TestClientProtocol, headers: HTTPFields = bearer(Fixture.sueToken)
) async -> Task<TestResponse, any Error> {
    let feed = Task { try await client.execute(uri: "/api/events", method: .get, headers: headers) }
    await fixture.store.waitForListener()
    return feed
}

extension LiveFeedTests {
    @Test func endingLiveFeedsEndsOpenStreamsAndRefusesNewOnes() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let streamed = await openFeed(fixture, client)
            fixture.server.endLiveFeeds()
            let response = try await streamed.value
            #expect(response.text == "retry: 3000\n\n")
            let later = try await client.execute(
                uri: "/api/events", method: .get, headers: bearer(Fixture.sueToken))
            #expect(later.status == .ok)
            #expect(later.text.isEmpty)
        }
    }
}

/// A feed opened with a session that is then signed out.
private func feedThenSignOut(_ fixture: Fixture, _ client: any TestClientProtocol) async throws
    -> Task<TestResponse, any Error>
{
    let browser = try await signIn(client)
    let feed = await openFeed(fixture, client, headers: browser.headers)
    let (headers, body) = browser.form([])
    let out = try await client.execute(uri: "/logout", method: .post, headers: headers, body: body)
    #expect(out.status == .seeOther)
    return feed
}

extension LiveFeedTests {
    @Test func aFeedOpenedWithASessionEndsWhenItIsSignedOut() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let feed = try await feedThenSignOut(fixture, client)
            try await fixture.insert(text: "after signing out")
            let (response, endedByItself) = try await ending(feed, fixture)
            #expect(endedByItself)
            #expect(response.status == .ok)
            #expect(!response.text.contains("event: "))
            #expect(!response.text.contains("after signing out"))
        }
    }

    @Test func aQuietFeedEndsWithinSecondsOfSigningOutNotAtItsNextHeartbeat() async throws {
        let fixture = try Fixture(heartbeat: .seconds(120))
        try await fixture.test { client in
            let feed = try await feedThenSignOut(fixture, client)
            // Nothing happens in the store, and no heartbeat is due for two minutes.
            let (response, endedByItself) = try await ending(feed, fixture, limit: .seconds(30))
            #expect(endedByItself)
            #expect(response.text == "retry: 3000\n\n")
        }
    }

    @Test func aFeedOpenedWithASessionEndsWhenItExpiresButATokensStaysOpen() async throws {
        let fixture = try Fixture()
        try await fixture.test { client in
            let browser = try await signIn(client)
            let feed = await openFeed(fixture, client, headers: browser.headers)
            fixture.clock.advance(3_601)
            let (response, endedByItself) = try await ending(feed, fixture)
            #expect(endedByItself)
            #expect(response.text.hasPrefix("retry: 3000\n\n"))
            // A token has no expiry: its feed goes on past the session's, heartbeat after heartbeat.
            let tokenFeed = Task {
                try await client.execute(uri: "/api/events", method: .get, headers: bearer(Fixture.sueToken))
            }
            // Open until the store is closed, 10 s on: time for heartbeats on a busy machine.
            let (tokenResponse, tokenEndedByItself) = try await ending(
                tokenFeed, fixture, limit: .seconds(10))
            #expect(!tokenEndedByItself)
            #expect(tokenResponse.text.contains(": heartbeat\n\n"))
        }
    }
}

/// A feed's response once it ends, and whether it ended by itself: the store is closed (which
/// ends every feed) when it is still open after `limit`.
private func ending(_ feed: Task<TestResponse, any Error>, _ fixture: Fixture, limit: Duration = .seconds(60))
    async throws -> (TestResponse, endedByItself: Bool)
{
    let timer = Task {
        do { try await Task.sleep(for: limit) } catch { return false }
        try? await fixture.store.close()
        return true
    }
    let response = try await feed.value
    timer.cancel()
    return (response, !(await timer.value))
}

/// Runs a program and returns what it wrote to standard output.
func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
        process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
        do { try process.run() } catch { continuation.resume(throwing: error) }
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return (status, output)
}

@Suite struct LiveTLSTests {
    @Test func servesOverTLSOnAnAskedForPortAndStopsWhenCancelled() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "console-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let certificate = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        let made = try await run(
            "/usr/bin/env",
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out",
                certificate,
                "-days", "1", "-subj", "/CN=localhost", "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ])
        #expect(made.status == 0)

        let fixture = try Fixture { $0.secureCookies = true }
        let id = try await fixture.insert(text: "held over TLS", hits: [])
        let (ports, bound) = AsyncStream<Int>.makeStream()
        let server = Task {
            try await fixture.server.run(
                host: "127.0.0.1", port: 0, tls: .init(certificatePath: certificate, keyPath: key),
                onBound: { port in bound.yield(port) })
        }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        #expect(port > 0)
        let base = "https://localhost:\(port)"

        let login = try await run(
            "/usr/bin/env", ["curl", "-s", "-i", "--cacert", certificate, "\(base)/login"])
        #expect(login.status == 0)
        #expect(login.output.hasPrefix("HTTP/1.1 200"))
        #expect(login.output.contains("<form method=\"post\" action=\"/login\""))
        // The form's token goes back with its sign-in cookie, as a browser sends them.
        let signInCookieLine = try #require(
            login.output.split(separator: "\r\n").first {
                $0.lowercased().hasPrefix("set-cookie: decorum_sign_in=")
            })
        #expect(signInCookieLine.contains("Secure"))
        let signInCookie = signInCookieLine.dropFirst("set-cookie: ".count).prefix { $0 != ";" }
        let token = try #require(
            login.output.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) })

        let signedIn = try await run(
            "/usr/bin/env",
            [
                "curl", "-s", "-i", "--cacert", certificate, "-H", "Cookie: \(signInCookie)",
                "--data-urlencode",
                "name=sue", "--data-urlencode", "password=\(Fixture.suePassword)", "--data-urlencode",
                "csrf=\(token)", "\(base)/login",
            ])
        #expect(signedIn.output.hasPrefix("HTTP/1.1 303"))
        let cookieLine = try #require(
            signedIn.output.split(separator: "\r\n").first {
                $0.lowercased().hasPrefix("set-cookie: decorum_session=")
            })
        #expect(cookieLine.contains("Secure"))
        let cookie = cookieLine.dropFirst("set-cookie: ".count).prefix { $0 != ";" }

        let queue = try await run(
            "/usr/bin/env", ["curl", "-s", "--cacert", certificate, "-H", "Cookie: \(cookie)", "\(base)/"])
        #expect(queue.output.contains("data-item-id=\"\(id)\""))
        #expect(queue.output.contains("held over TLS"))

        // Plain HTTP is not answered.
        let plain = try await run(
            "/usr/bin/env",
            ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/login"])
        #expect(plain.output != "200")

        server.cancel()
        let stopped = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                _ = await server.result
                return true
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(10))
                return false
            }
            let first = await group.next()!
            group.cancelAll()
            return first
        }
        #expect(stopped)
        let after = try await run("/usr/bin/env", ["curl", "-s", "--cacert", certificate, "\(base)/login"])
        #expect(after.status != 0)
    }
}
