import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL
import Policy
import PostgresNIO

/// The shared review store: one PostgreSQL database behind any number of Decorum replicas.
///
/// The database URL is `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE` (user and
/// password percent-encoded; port 5432 when left out). `sslmode` is as for libpq: `disable`;
/// `prefer` (the default: TLS when the server offers it, certificate not checked); `require`
/// (TLS, certificate not checked); `verify-ca`; `verify-full` (TLS, certificate and host name
/// checked against the system's trusted roots).
///
/// Every change is announced, in its own transaction, on the channel `decorum_review` with a
/// payload `recorded:ID`, `recorded:FIRST-LAST`, `decided:ID` or `delivery:ID`; each store
/// listens on a dedicated connection (reconnecting when the database comes back) and hands
/// them to its `events()` streams, so a replica sees the changes of every replica. A change
/// made while the listening connection was down is not announced again. Back the database up
/// with `pg_dump` as usual; the tables are listed in `SQLReviewSchema`.
public final class PostgresReviewStore: ReviewStore {
    /// The notification channel every replica listens on.
    public static let channel = "decorum_review"

    private let client: PostgresClient
    private let listenConfiguration: PostgresConnection.Configuration
    private let logger: Logger
    /// How long a call waits for a connection before it throws `unavailable`.
    private let connectionWait: Duration
    private let hub = EventHub()
    private let tasks = NIOLockedValueBox<[Task<Void, Never>]>([])
    private let listening = NIOLockedValueBox<PostgresConnection?>(nil)
    private let closed = NIOLockedValueBox(false)
    private let location: String

    private static let dialect = SQLDialect(
        lockRow: " FOR UPDATE",
        seconds: SQLDialect.wholeSeconds,
        allocateIDs: { session, count in
            // One row with every id, not a row each: a batch is thousands of ids.
            let list =
                try await session.run(
                    "SELECT string_agg(nextval('review_items_id_seq')::text, ',') AS ids FROM generate_series(1, ?)",
                    [.integer(Int64(count))]
                ).first?.text("ids") ?? ""
            let ids = list.utf8.split(separator: UInt8(ascii: ",")).compactMap { Int64(Substring($0)) }
            guard ids.count == count else {
                throw ReviewStoreError.unavailable("the database gave \(ids.count) ids for \(count) items")
            }
            return ids.sorted()
        },
        rowsPerInsert: 1000)

    /// Starts a connection pool and the listening connection for `url` (see the type's
    /// documentation); nothing is connected yet when this returns. Call `migrate()` next: it
    /// creates the tables and waits until events are being received.
    public init(url: String, connectionWait: Duration = .seconds(5), logger: Logger? = nil) throws {
        let target = try PostgresTarget(url: url)
        self.logger = logger ?? Logger(label: "decorum.review.postgres")
        self.connectionWait = connectionWait
        location = "\(target.host):\(target.port)/\(target.database)"
        var configuration = PostgresClient.Configuration(
            host: target.host, port: target.port, username: target.user, password: target.password,
            database: target.database, tls: target.clientTLS)
        configuration.options.connectTimeout = .seconds(5)
        client = PostgresClient(
            configuration: configuration, eventLoopGroup: ReviewStoreLoop.group, backgroundLogger: self.logger
        )
        listenConfiguration = PostgresConnection.Configuration(
            host: target.host, port: target.port, username: target.user, password: target.password,
            database: target.database, tls: try target.connectionTLS())
        let client = client
        tasks.withLockedValue {
            $0 = [Task { await client.run() }, Task { [weak self] in await self?.listen() }]
        }
    }

    // MARK: Events

    /// Keeps one connection listening on the channel; when it fails, connects again after a
    /// pause that grows to five seconds.
    private func listen() async {
        var pause = Duration.milliseconds(100)
        while !closed.withLockedValue({ $0 }) {
            do {
                let connection = try await PostgresConnection.connect(
                    on: ReviewStoreLoop.group.next(), configuration: listenConfiguration, id: 0,
                    logger: logger)
                listening.withLockedValue { $0 = connection }
                defer { listening.withLockedValue { $0 = nil } }
                if closed.withLockedValue({ $0 }) {
                    try await connection.close()
                    return
                }
                pause = .milliseconds(100)
                do {
                    try await connection.listen(on: Self.channel) { notifications in
                        for try await notification in notifications {
                            hub.publish(Self.events(notification.payload))
                        }
                    }
                } catch {
                    logger.debug(
                        "review events: the listening connection broke", metadata: ["error": "\(error)"])
                }
                // Closed whichever way listening ended (a connection must be closed before it goes).
                try? await connection.close()
            } catch {
                logger.debug("review events: listening failed", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: pause)
            pause = min(pause * 2, .seconds(5))
        }
    }

    /// The events of one notification payload.
    static func events(_ payload: String) -> [ReviewEvent] {
        let parts = payload.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return [] }
        let bounds = parts[1].split(separator: "-").compactMap { Int64($0) }
        guard let first = bounds.first, let last = bounds.last, first <= last else { return [] }
        switch parts[0] {
        case "recorded": return (first...last).map { .recorded($0) }
        case "decided": return [.decided(first)]
        case "delivery": return [.delivery(first)]
        default: return []
        }
    }

    /// Announces, in the caller's transaction; consecutive recorded ids go as one range.
    private static func notify(_ payloads: [String], in session: any SQLSession) async throws {
        var start = 0
        while start < payloads.count {
            let chunk = payloads[start..<min(start + 100, payloads.count)]
            try await session.run(
                "SELECT " + chunk.map { _ in "pg_notify('\(channel)', ?)" }.joined(separator: ", "),
                chunk.map { .text($0) })
            start += chunk.count
        }
    }

    private static func recordedPayloads(_ ids: [Int64]) -> [String] {
        var payloads: [String] = []
        var index = 0
        while index < ids.count {
            var end = index
            while end + 1 < ids.count, ids[end + 1] == ids[end] + 1 { end += 1 }
            payloads.append(index == end ? "recorded:\(ids[index])" : "recorded:\(ids[index])-\(ids[end])")
            index = end + 1
        }
        return payloads
    }

    // MARK: Calls

    private func transaction<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable (any SQLSession) async throws -> T
    ) async throws -> T {
        try await connected(what) { session in
            try await session.run("BEGIN", [])
            do {
                let value = try await body(session)
                try await session.run("COMMIT", [])
                return value
            } catch {
                _ = try? await session.run("ROLLBACK", [])
                throw error
            }
        }
    }

    /// Runs `body` on a pooled connection. When no connection comes within `connectionWait`,
    /// throws `unavailable`; once `body` has started it is never cut short (a write that may
    /// have committed is not reported as failed for being slow).
    private func connected<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable (any SQLSession) async throws -> T
    ) async throws -> T {
        let started = NIOLockedValueBox(false)
        let client = client
        let logger = logger
        let wait = connectionWait
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    try await client.withConnection { connection in
                        started.withLockedValue { $0 = true }
                        return try await body(PostgresSession(connection: connection, logger: logger))
                    }
                }
                group.addTask {
                    try await Task.sleep(for: wait)
                    return nil
                }
                defer { group.cancelAll() }
                while let result = try await group.next() {
                    if let result { return result }
                    if !started.withLockedValue({ $0 }) {
                        throw ReviewStoreError.unavailable(
                            "\(what): no connection to the review database \(location) within \(wait)")
                    }
                }
                throw ReviewStoreError.unavailable("\(what): the review database \(location) did not answer")
            }
        } catch let error as ReviewStoreError {
            throw error
        } catch {
            throw ReviewStoreError.unavailable("\(what) in \(location) failed: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            var parts = ["\(error.code)"]
            if let message = error.serverInfo?[.message] { parts.append(message) }
            if let underlying = error.underlying { parts.append("\(underlying)") }
            return parts.joined(separator: ": ")
        }
        return "\(error)"
    }

    public func migrate() async throws {
        _ = try await transaction("migrating") { session in
            // Replicas starting together take turns; the lock ends with the transaction.
            try await session.run("SELECT pg_advisory_xact_lock(4672001)", [])
            return try await SQLReviewSchema.apply(SQLReviewSchema.postgres, in: session)
        }
        let deadline = ContinuousClock.now + connectionWait
        while listening.withLockedValue({ $0 == nil }) {
            guard ContinuousClock.now < deadline else {
                throw ReviewStoreError.unavailable("cannot listen for review events on \(location)")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        // The connection exists a moment before its LISTEN is in place.
        try await Task.sleep(for: .milliseconds(50))
    }

    public func insert(_ items: [NewReviewItem]) async throws -> [Int64] {
        try await transaction("recording items") { session in
            let ids = try await SQLReviewTables.insert(items, in: session, Self.dialect)
            try await Self.notify(Self.recordedPayloads(ids), in: session)
            return ids
        }
    }

    public func append(_ items: [NewReviewItem]) async throws -> [Int64] {
        try await transaction("recording items") { session in
            let (ids, inserted) = try await SQLReviewTables.append(items, in: session, Self.dialect)
            try await Self.notify(Self.recordedPayloads(inserted), in: session)
            return ids
        }
    }

    public func indexJournal() async throws -> Int {
        try await transaction("moving journalled items into the tables") { session in
            let moved = try await SQLReviewTables.indexJournal(
                rows: 1, claim: "FOR UPDATE SKIP LOCKED", in: session, Self.dialect)
            try await Self.notify(Self.recordedPayloads(moved), in: session)
            return moved.count
        }
    }

    public func item(_ id: Int64) async throws -> ReviewItem? {
        try await connected("reading an item") { try await SQLReviewTables.item(id, in: $0) }
    }

    public func decisions(of id: Int64) async throws -> [ReviewDecision] {
        try await connected("reading decisions") { try await SQLReviewTables.decisions(of: id, in: $0) }
    }

    public func list(_ query: ReviewQuery) async throws -> ReviewPage {
        try await connected("listing items") { try await SQLReviewTables.list(query, in: $0) }
    }

    public func decide(
        _ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date
    ) async throws -> ReviewItem {
        try ReviewStoreError.checkEdit(kind, text)
        return try await transaction("deciding an item") { session in
            let item = try await SQLReviewTables.decide(
                id, kind, actor: actor, note: note, text: text, at: time, in: session, Self.dialect)
            try await Self.notify(["decided:\(id)"], in: session)
            return item
        }
    }

    public func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {
        try await transaction("recording a delivery") { session in
            guard try await SQLReviewTables.setDelivery(id, delivery, in: session) else {
                throw ReviewStoreError.notFound(id)
            }
            try await Self.notify(["delivery:\(id)"], in: session)
        }
    }

    public func disconnected(_ ids: [Int64]) async throws {
        try await transaction("recording disconnections") {
            try await SQLReviewTables.disconnected(ids, in: $0)
        }
    }

    @discardableResult
    public func reconnected(_ ids: [Int64]) async throws -> Int {
        try await transaction("recording reconnections") {
            try await SQLReviewTables.reconnected(ids, in: $0)
        }
    }

    @discardableResult
    public func disconnectAll(replica: String) async throws -> Int {
        try await transaction("recording a restart") { session in
            let (disconnected, undeliverable) = try await SQLReviewTables.disconnectAll(
                replica: replica, in: session)
            try await Self.notify(undeliverable.map { "delivery:\($0)" }, in: session)
            return disconnected
        }
    }

    public func failedSignIn(keys: [String], at time: Date) async throws -> Int {
        try await transaction("counting a failed sign-in") {
            try await SQLReviewTables.failedSignIn(keys: keys, at: time, in: $0)
        }
    }

    public func succeededSignIn(keys: [String]) async throws {
        try await transaction("recording a sign-in") {
            try await SQLReviewTables.succeededSignIn(keys: keys, in: $0)
        }
    }

    public func signOut(session: String, until: Date) async throws {
        try await transaction("recording a sign-out") {
            try await SQLReviewTables.signOut(session, until: until, now: Date(), in: $0)
        }
    }

    public func signedOut(at time: Date) async throws -> [String: Date] {
        try await connected("reading sign-outs") { try await SQLReviewTables.signedOut(at: time, in: $0) }
    }

    public func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String] {
        try await transaction("noting this replica alive") { session in
            let (gone, undeliverable) = try await SQLReviewTables.heartbeat(
                replica: replica, at: time, staleBefore: staleBefore, in: session)
            try await Self.notify(undeliverable.map { "delivery:\($0)" }, in: session)
            return gone
        }
    }

    public func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] {
        try await connected("finding expired holds") {
            try await SQLReviewTables.expiredHolds(at: time, limit: limit, in: $0)
        }
    }

    public func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] {
        try await connected("counting statistics") {
            try await SQLReviewTables.statistics(query, in: $0, Self.dialect)
        }
    }

    public func counts() async throws -> [ReviewStatus: Int] {
        try await connected("counting items") { try await SQLReviewTables.counts(in: $0) }
    }

    public func events() -> AsyncStream<ReviewEvent> { hub.stream() }
    public func decisions() -> AsyncStream<ReviewEvent> { hub.stream(decisionsOnly: true) }

    public func close() async throws {
        closed.withLockedValue { $0 = true }
        hub.finish()
        if let connection = listening.withLockedValue({ $0 }) { try? await connection.close() }
        for task in tasks.withLockedValue({ $0 }) {
            task.cancel()
            await task.value
        }
    }
}

/// Statements on one PostgreSQL connection; `?` placeholders become `$1`, `$2`, ….
private struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger

    @discardableResult
    func run(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRecord] {
        var numbered = ""
        numbered.reserveCapacity(sql.utf8.count + binds.count * 2)
        var next = 0
        for character in sql {
            if character == "?" {
                next += 1
                numbered += "$\(next)"
            } else {
                numbered.append(character)
            }
        }
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            case .time(let value): bindings.append(value.reviewMicroseconds)
            case .bool(let value): bindings.append(value)
            case .blob(let value): bindings.append(ByteBuffer(bytes: value))
            }
        }
        var records: [SQLRecord] = []
        for try await row in try await connection.query(
            PostgresQuery(unsafeSQL: numbered, binds: bindings), logger: logger)
        {
            var values: [String: SQLValue] = [:]
            for cell in row {
                guard let bytes = cell.bytes else {
                    values[cell.columnName] = .null
                    continue
                }
                switch cell.dataType {
                case .int2, .int4, .int8: values[cell.columnName] = .integer(try cell.decode(Int64.self))
                case .bool: values[cell.columnName] = .bool(try cell.decode(Bool.self))
                case .timestamptz, .timestamp: values[cell.columnName] = .time(try cell.decode(Date.self))
                case .bytea: values[cell.columnName] = .blob(Array(bytes.readableBytesView))
                default: values[cell.columnName] = .text(String(buffer: bytes))
                }
            }
            records.append(SQLRecord(values: values))
        }
        return records
    }
}

/// What a database URL names.
struct PostgresTarget: Sendable {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String
    var sslmode: String

    init(url: String) throws {
        guard let components = URLComponents(string: url),
            components.scheme == "postgres" || components.scheme == "postgresql",
            let host = components.host, !host.isEmpty
        else {
            throw ReviewStoreError.invalid(
                "a database URL looks like postgres://user:password@host:5432/database (got \(Self.redacted(url)))"
            )
        }
        self.host = host
        port = components.port ?? 5432
        user = components.user ?? "postgres"
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : path
        sslmode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslmode) else {
            throw ReviewStoreError.invalid("unknown sslmode \(sslmode) in the database URL")
        }
    }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "…"
        return components.string ?? "the URL"
    }

    private var tlsConfiguration: TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch sslmode {
        case "verify-full": break
        case "verify-ca": tls.certificateVerification = .noHostnameVerification
        default: tls.certificateVerification = .none
        }
        return tls
    }

    var clientTLS: PostgresClient.Configuration.TLS {
        switch sslmode {
        case "disable": return .disable
        case "allow", "prefer": return .prefer(tlsConfiguration)
        default: return .require(tlsConfiguration)
        }
    }

    func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch sslmode {
        case "disable": return .disable
        case "allow", "prefer": return .prefer(try NIOSSLContext(configuration: tlsConfiguration))
        default: return .require(try NIOSSLContext(configuration: tlsConfiguration))
        }
    }
}
