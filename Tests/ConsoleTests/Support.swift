import Console
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Policy
import Review
import Testing

@testable import TestHarness

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_746_000_000)) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: Double) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}

/// What the sign-in throttle asked to sleep, instead of sleeping.
actor DelayLog {
    private(set) var delays: [Duration] = []
    func record(_ delay: Duration) { delays.append(delay) }
}

/// A console over a test store, with two accounts: `sue` (supervisor) and `ada` (admin).
struct Fixture {
    static let suePassword = "correct horse"
    static let adaPassword = "battery staple"
    static let sueToken = "sue-api-token-0123456789"
    static let adaToken = "ada-api-token-0123456789"

    let store = TestStore()
    let clock = TestClock()
    let delays = DelayLog()
    let server: ConsoleServer
    let configuration: ConsoleConfiguration

    /// - Parameter waitsMoveTheClock: whether the sign-in throttle's waits move the clock on,
    ///   as real waits would; the waits are recorded in `delays` either way.
    init(
        waitsMoveTheClock: Bool = true, heartbeat: Duration = .milliseconds(50),
        configure: (inout ConsoleConfiguration) -> Void = { _ in }
    ) throws {
        var configuration = ConsoleConfiguration(
            accounts: [
                .init(
                    name: "sue", role: .supervisor,
                    passwordHash: Console.hashPassword(Self.suePassword, cost: 4),
                    tokenHashes: [Console.tokenDigest(Self.sueToken)]),
                .init(
                    name: "ada", role: .admin, passwordHash: Console.hashPassword(Self.adaPassword, cost: 4),
                    tokenHashes: [Console.tokenDigest(Self.adaToken)]),
            ],
            sessionSecret: "a test secret of enough length", sessionLifetime: 3600)
        configure(&configuration)
        self.configuration = configuration
        let delays = self.delays
        let clock = self.clock
        server = try ConsoleServer(
            store: store, configuration: configuration, logger: Logger(label: "console-test"),
            throttle: SignInThrottle(sleep: { delay in
                await delays.record(delay)
                if waitsMoveTheClock { clock.advance(delay / .seconds(1)) }
            }),
            now: { clock.now }, heartbeat: heartbeat)
    }

    /// Another replica's console: the same configuration over the same store; its sign-in delays
    /// go to `delays`.
    func replica(delays: DelayLog = DelayLog()) throws -> ConsoleServer {
        let clock = self.clock
        return try ConsoleServer(
            store: store, configuration: configuration, logger: Logger(label: "console-test-replica"),
            throttle: SignInThrottle(sleep: { delay in
                await delays.record(delay)
                clock.advance(delay / .seconds(1))
            }),
            now: { clock.now })
    }

    /// Runs a test against the router, without sockets.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws
        -> Value
    {
        let app = Application(router: server.router())
        return try await app.test(.router) { client in try await body(client) }
    }

    @discardableResult
    func insert(
        _ action: Action = .hold, agent: String = "ann", text: String = "you are an idiot",
        hits: [ReviewHit]? = nil,
        suggestion: String? = "I see what you mean", minutesAgo: Double = 10
    ) async throws -> Int64 {
        let hits =
            hits ?? [
                ReviewHit(
                    rule: "insult", category: "respect", action: action, start: 11, end: 16, text: "idiot",
                    explanation: "Name-calling")
            ]
        let record = NewReviewItem(
            time: clock.now.addingTimeInterval(-minutesAgo * 60), listener: "irc", agent: agent,
            conversation: "#support", action: action, text: text, hits: hits, suggestion: suggestion,
            deadline: action == .hold ? clock.now.addingTimeInterval(600) : nil,
            onTimeout: action == .hold ? .block : nil, replica: "r1")
        return try await store.insert([record])[0]
    }
}

/// A signed-in browser: the session cookie and its CSRF token.
struct Browser: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }

    func form(_ fields: [(String, String)], csrf: String? = nil) -> (HTTPFields, ByteBuffer) {
        var all = fields
        if let csrf = csrf ?? Optional(self.csrf) { all.append(("csrf", csrf)) }
        return ([.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], formBody(all))
    }
}

func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    let allowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    return ByteBuffer(
        string: fields.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&"))
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(buffer: body)) }

    func object() throws -> [String: Any] { try #require(try json() as? [String: Any]) }

    /// The value a `Set-Cookie` header gives a cookie, nil when none does.
    func setCookie(_ name: String) -> String? {
        for header in headers[values: .setCookie] where header.hasPrefix("\(name)=") {
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }

    func setCookieHeader(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix("\(name)=") }
    }
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

/// The sign-in form as a browser gets it: the headers to post it with (its sign-in cookie) and
/// its CSRF token.
func signInForm(_ client: any TestClientProtocol) async throws -> (headers: HTTPFields, token: String) {
    let page = try await client.execute(uri: "/login", method: .get)
    let cookie = try #require(page.setCookie("decorum_sign_in"))
    let token = try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) })
    var headers = formHeaders
    headers[.cookie] = "decorum_sign_in=\(cookie)"
    return (headers, token)
}

/// Posts the sign-in form as a browser would, with the form's token and cookie.
func postSignIn(
    _ client: any TestClientProtocol, _ fields: [(String, String)], headers extra: HTTPFields = [:]
)
    async throws -> TestResponse
{
    var (headers, token) = try await signInForm(client)
    for field in extra { headers[field.name] = field.value }
    return try await client.execute(
        uri: "/login", method: .post, headers: headers, body: formBody(fields + [("csrf", token)]))
}

func signIn(_ client: any TestClientProtocol, name: String = "sue", password: String = Fixture.suePassword)
    async throws -> Browser
{
    let response = try await postSignIn(client, [("name", name), ("password", password)])
    #expect(response.status == .seeOther)
    let value = try #require(response.setCookie("decorum_session"))
    let cookie = "decorum_session=\(value)"
    let session = try await client.execute(uri: "/api/session", method: .get, headers: [.cookie: cookie])
    let csrf = try #require(try session.object()["csrf"] as? String)
    return Browser(cookie: cookie, csrf: csrf)
}

func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

func jsonBody(_ object: Any) throws -> ByteBuffer {
    ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
}
