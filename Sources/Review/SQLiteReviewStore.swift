import Foundation
import NIOConcurrencyHelpers
import Policy
import SQLiteNIO

/// The embedded review store: one SQLite file, no setup. The file is in WAL mode with
/// `synchronous=FULL`, so a transaction that returned is on disk; writes go through one
/// connection in turn, reads through their own connections beside them.
///
/// Events reach the streams of this store object only: two processes sharing one file do not
/// see each other's events (use PostgreSQL for replicas). To back the file up while Decorum runs,
/// use `sqlite3 FILE ".backup COPY"` (or `VACUUM INTO`), never a plain copy of the file alone
/// (its `-wal` file holds the latest transactions).
public final class SQLiteReviewStore: ReviewStore {
    public let path: String
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let nextReader = NIOLockedValueBox(0)
    private let writeLock = AsyncSerialLock()
    private let hub = EventHub()

    private static let dialect = SQLDialect(
        lockRow: "",
        seconds: SQLDialect.wholeSeconds,
        allocateIDs: { session, count in
            let next =
                // Journalled items are not in the table yet.
                try await session.run(
                    "SELECT max(coalesce((SELECT max(id) FROM review_items), 0), "
                        + "coalesce((SELECT max(last_item) FROM review_journal), 0)) + 1 AS next", []
                )
                .first?.integer("next") ?? 1
            return (0..<Int64(count)).map { next + $0 }
        },
        rowsPerInsert: 500)

    /// Opens (creating it if need be) the database file at `path`. Throws `unavailable` saying
    /// why when the file cannot be opened or is not a database.
    public init(path: String) async throws {
        self.path = path
        writer = try await Self.open(path, readOnly: false)
        do {
            var readers: [SQLiteConnection] = []
            for _ in 0..<2 { readers.append(try await Self.open(path, readOnly: true)) }
            self.readers = readers
        } catch {
            try? await writer.close()
            throw error
        }
    }

    private static func open(_ path: String, readOnly: Bool) async throws -> SQLiteConnection {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: .singleton, on: ReviewStoreLoop.group.next()
            ).get()
        } catch {
            throw ReviewStoreError.unavailable("cannot open the review database \(path): \(describe(error))")
        }
        do {
            // Setting the busy timeout replaces the driver's handler, which would wait forever.
            _ = try await connection.query("PRAGMA busy_timeout = 5000")
            if readOnly {
                _ = try await connection.query("PRAGMA query_only = 1")
            } else {
                let mode = try await connection.query("PRAGMA journal_mode = WAL").first?.column(
                    "journal_mode")?
                    .string
                guard mode == "wal" else {
                    throw ReviewStoreError.unavailable(
                        "the review database \(path) cannot use WAL mode (it is \(mode ?? "unknown"))")
                }
                _ = try await connection.query("PRAGMA synchronous = FULL")
                _ = try await connection.query("PRAGMA foreign_keys = ON")
            }
            _ = try await connection.query("SELECT count(*) FROM sqlite_schema")
        } catch {
            try? await connection.close()
            if let error = error as? ReviewStoreError { throw error }
            throw ReviewStoreError.unavailable("cannot use the review database \(path): \(describe(error))")
        }
        return connection
    }

    private static func describe(_ error: any Error) -> String {
        (error as? SQLiteError)?.message ?? "\(error)"
    }

    /// Runs `body` as one write transaction (`BEGIN IMMEDIATE`: the file's write lock is taken
    /// up front, so another process waits for the busy timeout instead of failing midway).
    private func transaction<T>(_ what: String, _ body: (any SQLSession) async throws -> T) async throws -> T
    {
        try await guarded(what) {
            try await writeLock.withLock {
                let session = SQLiteSession(connection: writer)
                do {
                    try await session.run("BEGIN IMMEDIATE", [])
                    let value = try await body(session)
                    try await session.run("COMMIT", [])
                    return value
                } catch {
                    // In a task of its own: when the caller was cancelled, the statements it
                    // queues are cancelled too, and a transaction left open would refuse every
                    // later one on this connection. (SQLite runs it on this machine: it ends.)
                    await Task { _ = try? await session.run("ROLLBACK", []) }.value
                    throw error
                }
            }
        }
    }

    private func read<T>(_ what: String, _ body: (any SQLSession) async throws -> T) async throws -> T {
        let index = nextReader.withLockedValue { n in
            defer { n = (n + 1) % readers.count }
            return n
        }
        return try await guarded(what) { try await body(SQLiteSession(connection: readers[index])) }
    }

    private func guarded<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ReviewStoreError {
            throw error
        } catch {
            throw ReviewStoreError.unavailable("\(what) in \(path) failed: \(Self.describe(error))")
        }
    }

    public func migrate() async throws {
        _ = try await transaction("migrating") {
            try await SQLReviewSchema.apply(SQLReviewSchema.sqlite, in: $0)
        }
        try await guarded("optimizing") { _ = try await writer.query("PRAGMA optimize") }
    }

    public func insert(_ items: [NewReviewItem]) async throws -> [Int64] {
        let ids = try await transaction("recording items") {
            try await SQLReviewTables.insert(items, in: $0, Self.dialect)
        }
        hub.publish(ids.map { .recorded($0) })
        return ids
    }

    public func append(_ items: [NewReviewItem]) async throws -> [Int64] {
        let (ids, inserted) = try await transaction("recording items") {
            try await SQLReviewTables.append(items, in: $0, Self.dialect)
        }
        hub.publish(inserted.map { .recorded($0) })
        return ids
    }

    public func indexJournal() async throws -> Int {
        let moved = try await transaction("moving journalled items into the tables") {
            try await SQLReviewTables.indexJournal(rows: 1, claim: "", in: $0, Self.dialect)
        }
        hub.publish(moved.map { .recorded($0) })
        return moved.count
    }

    public func item(_ id: Int64) async throws -> ReviewItem? {
        try await read("reading an item") { try await SQLReviewTables.item(id, in: $0) }
    }

    public func decisions(of id: Int64) async throws -> [ReviewDecision] {
        try await read("reading decisions") { try await SQLReviewTables.decisions(of: id, in: $0) }
    }

    public func list(_ query: ReviewQuery) async throws -> ReviewPage {
        try await read("listing items") { try await SQLReviewTables.list(query, in: $0) }
    }

    public func decide(
        _ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date
    ) async throws -> ReviewItem {
        try ReviewStoreError.checkEdit(kind, text)
        let item = try await transaction("deciding an item") {
            try await SQLReviewTables.decide(
                id, kind, actor: actor, note: note, text: text, at: time, in: $0, Self.dialect)
        }
        hub.publish(.decided(id))
        return item
    }

    public func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {
        guard
            try await transaction(
                "recording a delivery", { try await SQLReviewTables.setDelivery(id, delivery, in: $0) })
        else { throw ReviewStoreError.notFound(id) }
        hub.publish(.delivery(id))
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
        let (disconnected, undeliverable) = try await transaction("recording a restart") {
            try await SQLReviewTables.disconnectAll(replica: replica, in: $0)
        }
        hub.publish(undeliverable.map { .delivery($0) })
        return disconnected
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
        try await read("reading sign-outs") { try await SQLReviewTables.signedOut(at: time, in: $0) }
    }

    public func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String] {
        let (gone, undeliverable) = try await transaction("noting this replica alive") {
            try await SQLReviewTables.heartbeat(replica: replica, at: time, staleBefore: staleBefore, in: $0)
        }
        hub.publish(undeliverable.map { .delivery($0) })
        return gone
    }

    public func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] {
        try await read("finding expired holds") {
            try await SQLReviewTables.expiredHolds(at: time, limit: limit, in: $0)
        }
    }

    public func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] {
        try await read("counting statistics") {
            try await SQLReviewTables.statistics(query, in: $0, Self.dialect)
        }
    }

    public func counts() async throws -> [ReviewStatus: Int] {
        try await read("counting items") { try await SQLReviewTables.counts(in: $0) }
    }

    public func events() -> AsyncStream<ReviewEvent> { hub.stream() }
    public func decisions() -> AsyncStream<ReviewEvent> { hub.stream(decisionsOnly: true) }

    /// A store let go without ``close()`` (its caller failed on the way) still closes its
    /// connections, each once what it is running ends, rather than leaving the file open.
    deinit {
        for connection in readers + [writer] where !connection.isClosed { _ = connection.close() }
    }

    public func close() async throws {
        hub.finish()
        try await writeLock.withLock {
            for connection in readers + [writer] where !connection.isClosed { try await connection.close() }
        }
    }
}

/// Statements on one SQLite connection.
private struct SQLiteSession: SQLSession {
    let connection: SQLiteConnection

    @discardableResult
    func run(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRecord] {
        let rows = try await connection.query(sql, binds.map(\.sqlite))
        return rows.map { row in
            SQLRecord(
                values: Dictionary(
                    row.columns.map { ($0.name, SQLValue($0.data)) }, uniquingKeysWith: { first, _ in first })
            )
        }
    }
}

extension SQLValue {
    fileprivate var sqlite: SQLiteData {
        switch self {
        case .null: return .null
        case .integer(let value): return .integer(Int(value))
        case .text(let value): return .text(value)
        case .time(let value): return .integer(Int(value.reviewMicroseconds))
        case .bool(let value): return .integer(value ? 1 : 0)
        case .blob(let value): return .blob(ByteBuffer(bytes: value))
        }
    }

    fileprivate init(_ data: SQLiteData) {
        switch data {
        case .integer(let value): self = .integer(Int64(value))
        case .text(let value): self = .text(value)
        case .float(let value): self = .integer(Int64(value))
        case .blob(let value): self = .blob(Array(value.readableBytesView))
        case .null: self = .null
        }
    }
}
