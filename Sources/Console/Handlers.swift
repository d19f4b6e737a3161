import Foundation
import Hummingbird
import Policy
import Review

/// The console's request handlers. Every page and list call asks the store for one page of
/// items (`list`) and, for the queue, the per-status `counts()`; nothing walks the store.
struct Handlers: Sendable {
    static let csrfHeader = HTTPFields.Element.Name("X-CSRF-Token")!
    static let flashCookie = "decorum_flash"

    let server: ConsoleServer
    /// The base path without its final slash: empty at `/`.
    let prefix: String

    init(server: ConsoleServer) {
        self.server = server
        self.prefix = String(server.configuration.basePath.dropLast())
    }

    var store: any ReviewStore { server.store }

    static func isAPI(_ path: String) -> Bool { path == "/api" || path.hasPrefix("/api/") }

    /// The path below the base path.
    func relativePath(_ path: String) -> String {
        guard !prefix.isEmpty else { return path }
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// A link to a console path (which starts with `/`).
    func link(_ path: String) -> String { prefix + path }

    /// A route: a method, a path below the base path (a `:name` segment is a parameter), and
    /// the handler that answers it.
    struct Route: Sendable {
        var method: HTTPRequest.Method
        var path: String
        var handle: @Sendable (Request, ConsoleContext) async throws -> Response

        init(
            _ method: HTTPRequest.Method, _ path: String,
            _ handle: @escaping @Sendable (Request, ConsoleContext) async throws -> Response
        ) {
            self.method = method
            self.path = path
            self.handle = handle
        }

        /// Whether the route's path matches a request path's segments.
        func matches(_ segments: [Substring]) -> Bool {
            let parts = path.split(separator: "/")
            return parts.count == segments.count
                && zip(parts, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }
    }

    /// Every route of the console, pages first, then the API.
    var routes: [Route] {
        [
            Route(.get, "login") { request, context in try await self.loginPage(request, context) },
            Route(.post, "login") { request, context in try await self.signIn(request, context) },
            Route(.get, "logout") { request, context in try self.logoutPage(request, context) },
            Route(.post, "logout") { request, context in try await self.signOut(request, context) },
            Route(.get, "/") { request, context in try await self.queuePage(request, context) },
            Route(.get, "items/:id") { request, context in try await self.itemPage(request, context) },
            Route(.get, "items/:id/row") { request, context in try await self.itemRow(request, context) },
            Route(.post, "items/:id/decision") { request, context in
                try await self.decideForm(request, context)
            },
            Route(.get, "stats") { request, context in try await self.statsPage(request, context) },
            Route(.get, "assets/:name") { request, context in
                self.server.assets.response(context.parameters.get("name") ?? "", request: request)
            },
            Route(.get, "api/items") { request, context in try await self.listItems(request, context) },
            Route(.get, "api/items/:id") { request, context in try await self.getItem(request, context) },
            Route(.post, "api/items/:id/decision") { request, context in
                try await self.decideJSON(request, context)
            },
            Route(.post, "api/decisions") { request, context in try await self.decideMany(request, context) },
            Route(.get, "api/statistics") { request, context in try await self.statistics(request, context) },
            Route(.get, "api/events") { request, context in try await self.events(request, context) },
            Route(.get, "api/session") { request, context in try self.session(request, context) },
            Route(.get, "api/accounts") { request, context in try self.accounts(request, context) },
            Route(.get, "api/openapi.json") { request, _ in
                self.server.assets.response("openapi.json", request: request)
            },
        ]
    }

    func addRoutes<R: RouterMethods<ConsoleContext>>(to r: R) {
        for route in routes {
            r.on(RouterPath(route.path), method: route.method, use: route.handle)
        }
    }

    /// The methods the routes of a request path answer, in the order of ``routes``; empty when
    /// no route has the path.
    func allowedMethods(_ path: String) -> [HTTPRequest.Method] {
        guard prefix.isEmpty || path == prefix || path.hasPrefix(prefix + "/") else { return [] }
        let segments = relativePath(path).split(separator: "/")
        let methods = routes.filter { $0.matches(segments) }.map(\.method)
        // HEAD wherever GET (see `HeadAsGet`).
        return methods.flatMap { $0 == .get ? [.get, .head] : [$0] }
    }

    // MARK: Shared parsing

    func itemID(_ context: ConsoleContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else {
            throw Problem.badRequest("an item id is a positive whole number")
        }
        return id
    }

    /// The queue's filters from a query string: `status` and `action` (one or several,
    /// comma-separated, `all` for any), `rule`, `category`, `agent`, `since` and `until`
    /// (ISO 8601 as ``Timestamp/parse(_:)`` reads it), `limit` (1…500) and `before` (the
    /// previous page's `next`).
    static func query(_ fields: FormFields, defaultStatuses: [ReviewStatus]?) throws -> ReviewQuery {
        var query = ReviewQuery()
        query.statuses = defaultStatuses
        if let value = fields.nonEmpty("status") {
            query.statuses = try list(value, "status") { ReviewStatus(rawValue: $0) }
        }
        if let value = fields.nonEmpty("action") {
            query.actions = try list(value, "action") { name in
                Action(rawValue: name).flatMap { [.flag, .hold, .block].contains($0) ? $0 : nil }
            }
        }
        query.rule = fields.nonEmpty("rule")
        query.category = fields.nonEmpty("category")
        query.agent = fields.nonEmpty("agent")
        query.since = try time(fields, "since")
        query.until = try time(fields, "until")
        if let since = query.since, let until = query.until, since >= until {
            throw Problem.badRequest("since must be before until")
        }
        if let value = fields.nonEmpty("limit") {
            guard let limit = Int(value), (1...500).contains(limit) else {
                throw Problem.badRequest("limit must be a whole number from 1 to 500")
            }
            query.limit = limit
        }
        if let value = fields.nonEmpty("before") {
            guard let before = Int64(value), before > 0 else {
                throw Problem.badRequest("before must be an item id (the previous page's next)")
            }
            query.before = before
        }
        return query
    }

    private static func list<T>(_ value: String, _ name: String, _ make: (String) -> T?) throws -> [T]? {
        if value == "all" { return nil }
        return try value.split(separator: ",").map { part in
            let part = part.trimmingCharacters(in: .whitespaces)
            if part == "all" { throw Problem.badRequest("\(name) all stands alone, not in a list") }
            guard let item = make(part) else {
                throw Problem.badRequest("\(name) \(part) is not one the queue knows")
            }
            return item
        }
    }

    static func time(_ fields: FormFields, _ name: String) throws -> Date? {
        guard let value = fields.nonEmpty(name) else { return nil }
        guard let date = Timestamp.parse(value) else {
            throw Problem.badRequest("\(name) must be an ISO 8601 time such as 2025-05-01T09:00:00Z")
        }
        return date
    }

    /// The statistics query: `dimension` (agent, rule, category; default rule), `bucket` (hour
    /// or day; default day), `since` and `until` (default the seven days to now). At most 1000
    /// buckets.
    func statisticsQuery(_ fields: FormFields) throws -> StatisticsQuery {
        let dimension = try fields.nonEmpty("dimension").map { value in
            guard let dimension = StatisticsDimension(rawValue: value) else {
                throw Problem.badRequest("dimension must be agent, rule or category")
            }
            return dimension
        }
        let bucket: Int
        switch fields.nonEmpty("bucket") ?? "day" {
        case "hour": bucket = 3600
        case "day": bucket = 86400
        default: throw Problem.badRequest("bucket must be hour or day")
        }
        let until = try Self.time(fields, "until") ?? server.now()
        let since = try Self.time(fields, "since") ?? until.addingTimeInterval(-7 * 86400)
        guard since < until else { throw Problem.badRequest("since must be before until") }
        guard until.timeIntervalSince(since) / Double(bucket) <= 1000 else {
            throw Problem.badRequest("at most 1000 buckets: choose a shorter span or a wider bucket")
        }
        return StatisticsQuery(dimension: dimension ?? .rule, since: since, until: until, bucket: bucket)
    }

    /// A decision from its wire form; `expire` is the budget's alone.
    static func decisionKind(_ value: String?) throws -> DecisionKind {
        guard let value, let kind = DecisionKind(rawValue: value), kind != .expire else {
            throw Problem.badRequest("decision must be approve, reject, edit or dismiss")
        }
        return kind
    }

    /// Decides one item as the signed-in account.
    func decide(_ id: Int64, _ kind: DecisionKind, note: String?, text: String?, by principal: Principal)
        async throws -> ReviewItem
    {
        if let note, note.count > 2000 { throw Problem.badRequest("a note is at most 2000 characters") }
        if let text, text.utf8.count > 16_384 { throw Problem.badRequest("an edit is at most 16 KiB") }
        return try await store.decide(
            id, kind, actor: principal.account, note: note?.isEmpty == true ? nil : note,
            text: kind == .edit ? text : nil, at: server.now())
    }

    // MARK: Responses

    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try ConsoleJSON.data(value))))
    }

    func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy:
                    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
                .xContentTypeOptions: "nosniff", HTTPFields.Element.Name("Referrer-Policy")!: "same-origin",
            ],
            body: .init(byteBuffer: ByteBuffer(string: page.rendered)))
    }

    /// A 303 to a console path, with a message for the next page.
    func redirect(to path: String, flash: Flash? = nil) -> Response {
        var response = Response(status: .seeOther, headers: [.location: link(path)])
        if let flash {
            response.setCookie(
                flash.cookie(path: server.configuration.basePath, secure: server.configuration.secureCookies))
        }
        return response
    }

    func redirectToLogin(from request: Request, flash: String?) -> Response {
        var next = relativePath(request.uri.path)
        if let query = request.uri.query, !query.isEmpty { next += "?" + query }
        let target =
            request.method == .get && next != "/" ? "/login?next=\(FormFields.encode(next))" : "/login"
        var response = redirect(to: target, flash: flash.map { Flash(kind: .error, message: $0) })
        if request.cookies[Access.cookieName] != nil { response.setCookie(sessionCookie("", maxAge: 0)) }
        return response
    }

    /// Who sent a request, by its bearer token or else its session cookie: nil when it carries
    /// neither or its session has ended (signed out or expired); throws when its token is not
    /// recognised.
    func principal(of request: Request) throws -> Principal? {
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer",
                let bearer = server.access.bearer(parts[1].trimmingCharacters(in: .whitespaces))
            else {
                throw Problem(.unauthorized, "Not signed in", detail: "The API token was not recognised.")
            }
            return bearer
        }
        guard let cookie = request.cookies[Access.cookieName] else { return nil }
        return server.access.session(cookie.value, now: server.now())
    }

    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: Access.cookieName, value: value, maxAge: maxAge, path: server.configuration.basePath,
            secure: server.configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// A path inside the console to come back to, or the queue: never another site.
    static func localPath(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.contains("\\"),
            !value.unicodeScalars.contains(where: { $0.value < 0x20 })
        else { return "/" }
        return value
    }
}

/// A one-time message for the page after a redirect, carried in a short-lived cookie.
struct Flash: Sendable, Hashable {
    enum Kind: String, Sendable { case info, error }
    var kind: Kind
    var message: String

    /// The cookie carrying the message; `secure` as for the session cookie.
    func cookie(path: String, secure: Bool) -> Cookie {
        Cookie(
            name: Handlers.flashCookie, value: Data("\(kind.rawValue)|\(message)".utf8).base64URLEncoded,
            maxAge: 60, path: path, secure: secure, httpOnly: true, sameSite: .lax)
    }

    init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    init?(request: Request) {
        guard let value = request.cookies[Handlers.flashCookie]?.value,
            let data = Data(base64URLEncoded: value)
        else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(separator: "|", maxSplits: 1)
        guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])) else { return nil }
        self.init(kind: kind, message: String(parts[1].prefix(500)))
    }
}
