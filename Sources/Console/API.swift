import Foundation
import Hummingbird
import Review

/// The JSON API under `/api`, described in `Assets/openapi.json`.
extension Handlers {
    struct ItemsPage: Encodable {
        var items: [ItemJSON]
        var next: Int64?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(items, forKey: .items)
            try c.encode(next, forKey: .next)
        }

        enum CodingKeys: String, CodingKey { case items, next }
    }

    struct ItemDetail: Encodable {
        var item: ItemJSON
        var decisions: [DecisionJSON]?
    }

    struct BulkResult: Encodable {
        var id: Int64?
        var status: Int
        var item: ItemJSON?
        var problem: ProblemJSON?
    }

    /// `GET /api/items`: one `list` call.
    func listItems(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let query = try Self.query(FormFields(request.uri.query ?? ""), defaultStatuses: nil)
        let page = try await store.list(query)
        return try json(ItemsPage(items: page.items.map(ItemJSON.init), next: page.next))
    }

    /// `GET /api/items/{id}`: the item and its audit trail.
    func getItem(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let id = try itemID(context)
        async let decisions = store.decisions(of: id)
        guard let item = try await store.item(id) else { throw Problem.notFound("no review item \(id)") }
        return try json(
            ItemDetail(item: ItemJSON(item), decisions: try await decisions.map(DecisionJSON.init)))
    }

    func decodeBody<T: Decodable>(_ type: T.Type, _ request: Request, _ context: ConsoleContext) async throws
        -> T
    {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        do {
            return try ConsoleJSON.decoder.decode(T.self, from: Data(buffer: body))
        } catch {
            throw Problem.badRequest("the body is not the JSON this call takes: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "\(key.stringValue) is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            if c.codingPath.isEmpty { return "the body as a whole has the wrong type" }
            return "\(c.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        default: return "it does not parse"
        }
    }

    /// `POST /api/items/{id}/decision`.
    func decideJSON(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try itemID(context)
        let body = try await decodeBody(DecisionRequest.self, request, context)
        let kind = try Self.decisionKind(body.decision)
        let item = try await decide(id, kind, note: body.note, text: body.text, by: principal)
        return try json(ItemDetail(item: ItemJSON(item), decisions: nil))
    }

    /// `POST /api/decisions` (admins): each entry decided on its own; the answer lists what
    /// became of each, in order, with the status a single call would have had.
    func decideMany(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.role == .admin else {
            throw Problem(.forbidden, "Forbidden", detail: "Bulk decisions are for admin accounts.")
        }
        let entries = try await decodeBody([DecisionRequest].self, request, context)
        guard entries.count <= 500 else { throw Problem.badRequest("at most 500 decisions in one call") }
        var results: [BulkResult] = []
        for entry in entries {
            do {
                guard let id = entry.id, id > 0 else {
                    throw Problem.badRequest("each decision needs the item's id")
                }
                let kind = try Self.decisionKind(entry.decision)
                let item = try await decide(id, kind, note: entry.note, text: entry.text, by: principal)
                results.append(BulkResult(id: id, status: 200, item: ItemJSON(item)))
            } catch {
                let problem = Problem.from(error)
                if problem.status == .serviceUnavailable { throw problem }
                results.append(
                    BulkResult(id: entry.id, status: problem.status.code, problem: ProblemJSON(problem)))
            }
        }
        return try json(["results": results])
    }

    struct StatisticsJSON: Encodable {
        struct Row: Encodable {
            var bucket: Date
            var key: String
            var action: String
            var count: Int
        }
        var dimension: StatisticsDimension
        var bucket: String
        var since: Date
        var until: Date
        var rows: [Row]
    }

    /// `GET /api/statistics`: one `statistics` call.
    func statistics(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let query = try statisticsQuery(FormFields(request.uri.query ?? ""))
        let rows = try await store.statistics(query)
        return try json(
            StatisticsJSON(
                dimension: query.dimension, bucket: query.bucket == 3600 ? "hour" : "day", since: query.since,
                until: query.until,
                rows: rows.map {
                    .init(bucket: $0.bucket, key: $0.key, action: $0.action.rawValue, count: $0.count)
                }))
    }

    /// `GET /api/session`: who is signed in, and the CSRF token for unsafe calls by cookie.
    func session(_ request: Request, _ context: ConsoleContext) throws -> Response {
        let principal = try context.requirePrincipal()
        return try json([
            "account": principal.account, "role": principal.role.rawValue, "csrf": principal.csrf,
        ])
    }

    struct AccountJSON: Encodable {
        var name: String
        var role: ConsoleConfiguration.Role
        var tokens: Int
    }

    /// `GET /api/accounts` (admins): names, roles and how many tokens each has.
    func accounts(_ request: Request, _ context: ConsoleContext) throws -> Response {
        guard try context.requirePrincipal().role == .admin else {
            throw Problem(.forbidden, "Forbidden", detail: "The list of accounts is for admin accounts.")
        }
        return try json(
            server.access.allAccounts.map {
                AccountJSON(name: $0.name, role: $0.role, tokens: $0.tokenHashes.count)
            })
    }

    /// `GET /api/events`: Server-Sent Events. Each change is an event named `recorded`,
    /// `decided` or `delivery` whose data is `{"id": …, "item": {…}}` (the item as it is now,
    /// one `item` call per event); a comment line every heartbeat keeps the connection open.
    /// The stream ends, without writing again, once the request's session has ended (signed
    /// out on any replica, or expired): its credentials are checked before every write and every
    /// second. A token's stream lasts while the token is valid.
    func events(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let handlers = self
        let signedIn: @Sendable () -> Bool = {
            (try? handlers.principal(of: request))?.account == principal.account
        }
        let events = store.events()
        let store = self.store
        let heartbeat = server.heartbeat
        let feeds = server.feeds
        let (ticks, continuation) = AsyncStream<LiveTick>.makeStream()
        let key = feeds.open { continuation.finish() }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/event-stream", .cacheControl: "no-store",
                HTTPFields.Element.Name("X-Accel-Buffering")!: "no",
            ],
            body: .init { writer in
                guard let key else {
                    try await writer.finish(nil)
                    return
                }
                defer { feeds.close(key) }
                try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await event in events { continuation.yield(.event(event)) }
                        continuation.finish()
                    }
                    group.addTask {
                        // The session is looked at every second, the connection kept open every
                        // heartbeat.
                        let clock = ContinuousClock()
                        var nextBeat = clock.now + heartbeat
                        while true {
                            try await Task.sleep(for: min(.seconds(1), heartbeat))
                            if clock.now >= nextBeat {
                                nextBeat = clock.now + heartbeat
                                continuation.yield(.heartbeat)
                            } else {
                                continuation.yield(.check)
                            }
                        }
                    }
                    for await tick in ticks {
                        guard signedIn() else { break }
                        switch tick {
                        case .check: continue
                        case .heartbeat:
                            try await writer.write(ByteBuffer(string: ": heartbeat\n\n"))
                        case .event(let event):
                            try await writer.write(
                                ByteBuffer(string: try await Self.serverSentEvent(event, store: store)))
                        }
                    }
                    group.cancelAll()
                }
                try await writer.finish(nil)
            })
    }

    static func serverSentEvent(_ event: ReviewEvent, store: any ReviewStore) async throws -> String {
        struct Payload: Encodable {
            var id: Int64
            var item: ItemJSON?
        }
        let (name, id): (String, Int64) =
            switch event {
            case .recorded(let id): ("recorded", id)
            case .decided(let id): ("decided", id)
            case .delivery(let id): ("delivery", id)
            }
        let item = try? await store.item(id)
        let data = try ConsoleJSON.data(Payload(id: id, item: item.map(ItemJSON.init)))
        return "event: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}

/// What the live feed writes next.
enum LiveTick: Sendable {
    /// Time to look at the session again.
    case check
    case event(ReviewEvent)
    case heartbeat
}
