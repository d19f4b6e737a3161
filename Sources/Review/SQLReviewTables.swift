import Foundation
import Policy

/// A value bound to, or read from, a statement of either database. Times are `Date` here; both
/// databases keep them as whole microseconds since 1970, so that both compare them alike.
enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case text(String)
    case time(Date)
    case bool(Bool)
    case blob([UInt8])

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ time: Date?) { self = time.map { .time($0) } ?? .null }
}

/// One result row, by column name.
struct SQLRecord: Sendable {
    var values: [String: SQLValue]

    func text(_ column: String) -> String? {
        if case .text(let value) = values[column] { return value }
        return nil
    }

    func integer(_ column: String) -> Int64? {
        switch values[column] {
        case .integer(let value): return value
        case .bool(let value): return value ? 1 : 0
        default: return nil
        }
    }

    func time(_ column: String) -> Date? {
        switch values[column] {
        case .time(let value): return value
        case .integer(let microseconds): return Date(reviewMicroseconds: microseconds)
        default: return nil
        }
    }

    func blob(_ column: String) -> [UInt8]? {
        switch values[column] {
        case .blob(let value): return value
        case .text(let value): return Array(value.utf8)
        default: return nil
        }
    }

    func bool(_ column: String) -> Bool? {
        switch values[column] {
        case .bool(let value): return value
        case .integer(let value): return value != 0
        default: return nil
        }
    }

    func required<T>(_ column: String, _ read: (String) -> T?) throws -> T {
        guard let value = read(column) else {
            throw ReviewStoreError.unavailable("the review database has no usable \(column) in a row")
        }
        return value
    }
}

/// A connection (inside a transaction, or not) that runs one statement. The SQL is written with
/// `?` placeholders; PostgreSQL numbers them.
protocol SQLSession: Sendable {
    @discardableResult
    func run(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRecord]
}

/// What differs between the two databases in the statements both stores share.
struct SQLDialect: Sendable {
    /// Appended to the select that reads an item before deciding it (a row lock on PostgreSQL;
    /// SQLite's `BEGIN IMMEDIATE` already holds the only write lock).
    var lockRow: String
    /// Whole seconds since 1970 (rounded down) of a time column.
    var seconds: @Sendable (String) -> String
    /// New item ids, ascending, inside the insert's transaction.
    var allocateIDs: @Sendable (any SQLSession, Int) async throws -> [Int64]
    /// Most rows one multi-row insert carries (bind parameters are limited).
    var rowsPerInsert: Int

    /// Whole seconds (rounded down) of a column of microseconds since 1970.
    static let wholeSeconds: @Sendable (String) -> String = { column in
        "((\(column) - (((\(column) % 1000000) + 1000000) % 1000000)) / 1000000)"
    }
}

extension Date {
    /// Whole microseconds since 1970, as the databases keep times.
    var reviewMicroseconds: Int64 { Int64((timeIntervalSince1970 * 1_000_000).rounded()) }

    init(reviewMicroseconds microseconds: Int64) {
        self.init(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }
}

/// The statements both stores share: the same tables (see `SQLReviewSchema`), the same rules.
/// Each function runs inside the caller's transaction where it writes.
enum SQLReviewTables {
    static let itemColumns =
        "id, time, listener, agent, conversation, action, text, hits, suggestion, deadline, on_timeout, replica, status"

    /// Inserts items and their rule and category rows; maintains the counters.
    static func insert(_ items: [NewReviewItem], in session: any SQLSession, _ dialect: SQLDialect)
        async throws
        -> [Int64]
    {
        guard !items.isEmpty else { return [] }
        let ids = try await dialect.allocateIDs(session, items.count)
        try await insert(Array(zip(ids, items)), in: session, dialect)
        return ids
    }

    /// Records items durably and cheaply: holds go into the tables at once (they are decided and
    /// expire there); flags and blocks go into the journal as one row, for `indexJournal` to
    /// move into the tables. Returns every item's id, in order, and the ids of the holds.
    static func append(_ items: [NewReviewItem], in session: any SQLSession, _ dialect: SQLDialect)
        async throws -> (ids: [Int64], inserted: [Int64])
    {
        guard !items.isEmpty else { return ([], []) }
        let ids = try await dialect.allocateIDs(session, items.count)
        // Positions rather than copies: a batch is thousands of items.
        let holds = items.indices.filter { items[$0].action == .hold }
        let journalled = items.indices.filter { items[$0].action != .hold }
        if !holds.isEmpty { try await insert(holds.map { (ids[$0], items[$0]) }, in: session, dialect) }
        // Rows of at most `journalRowLimit` items, so that moving one into the tables is short;
        // all in one statement, one round trip to the database.
        var values: [SQLValue] = []
        var start = 0
        while start < journalled.count {
            let row = journalled[start..<min(start + journalRowLimit, journalled.count)]
            values += [.integer(ids[row.last!]), .blob(ReviewJournal.encode(items, ids: ids, at: row))]
            start += row.count
        }
        if !values.isEmpty {
            let tuples = Array(repeating: "(?, ?)", count: values.count / 2).joined(separator: ", ")
            try await session.run("INSERT INTO review_journal (last_item, items) VALUES \(tuples)", values)
        }
        return (ids, holds.map { ids[$0] })
    }

    static let journalRowLimit = 1_000

    /// Moves the oldest `rows` rows of the journal into the tables; returns the ids of the items
    /// moved. `claim` is appended to the select (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so that
    /// replicas moving rows at once take different ones).
    static func indexJournal(rows: Int, claim: String, in session: any SQLSession, _ dialect: SQLDialect)
        async throws -> [Int64]
    {
        let entries = try await session.run(
            "SELECT id, items FROM review_journal ORDER BY id LIMIT ? \(claim)", [.integer(Int64(rows))])
        var moved: [Int64] = []
        for entry in entries {
            let row = try entry.required("id", entry.integer)
            let items: [(id: Int64, item: NewReviewItem)]
            do {
                items = try ReviewJournal.decode(try entry.required("items", entry.blob))
            } catch {
                throw ReviewStoreError.unavailable("journal row \(row): \(error)")
            }
            try await insert(items.map { ($0.id, $0.item) }, in: session, dialect)
            try await session.run("DELETE FROM review_journal WHERE id = ?", [.integer(row)])
            moved += items.map(\.id)
        }
        return moved
    }

    /// How many journal rows wait to be moved into the tables.
    static func journalRows(in session: any SQLSession) async throws -> Int {
        Int(try await session.run("SELECT count(*) AS n FROM review_journal", []).first?.integer("n") ?? 0)
    }

    /// Inserts items with their ids; maintains the counters.
    private static func insert(
        _ numbered: [(Int64, NewReviewItem)], in session: any SQLSession, _ dialect: SQLDialect
    )
        async throws
    {
        guard !numbered.isEmpty else { return }
        let items = numbered.map(\.1)
        var rows: [[SQLValue]] = []
        var rules: [[SQLValue]] = []
        var categories: [[SQLValue]] = []
        rows.reserveCapacity(items.count)
        for (id, item) in numbered {
            let hits = ReviewHit.json(item.hits)
            let status: ReviewStatus = item.action == .hold ? .pending : .open
            rows.append([
                .integer(id), .time(item.time), .text(item.listener), .text(item.agent),
                .text(item.conversation),
                .text(item.action.rawValue), .text(item.text), .text(hits), SQLValue(item.suggestion),
                SQLValue(item.deadline), SQLValue(item.onTimeout?.rawValue), .text(item.replica),
                .text(status.rawValue),
            ])
            for rule in item.keys(.rule) { rules.append([.integer(id), .text(rule)]) }
            for category in item.keys(.category) { categories.append([.integer(id), .text(category)]) }
        }
        try await insertRows(rows, into: "review_items (\(itemColumns))", session, dialect)
        try await insertRows(rules, into: "review_item_rules (item_id, rule)", session, dialect)
        try await insertRows(categories, into: "review_item_categories (item_id, category)", session, dialect)
        let pending = items.count(where: { $0.action == .hold })
        for (status, count) in [(ReviewStatus.pending, pending), (.open, items.count - pending)]
        where count > 0 {
            try await session.run(
                "UPDATE review_counts SET n = n + ? WHERE status = ?",
                [.integer(Int64(count)), .text(status.rawValue)])
        }
    }

    private static func insertRows(
        _ rows: [[SQLValue]], into table: String, _ session: any SQLSession, _ dialect: SQLDialect
    ) async throws {
        guard let width = rows.first?.count else { return }
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + dialect.rowsPerInsert, rows.count)]
            let values = Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            try await session.run("INSERT INTO \(table) VALUES \(values)", chunk.flatMap { $0 })
            start += chunk.count
        }
    }

    static func item(_ id: Int64, in session: any SQLSession) async throws -> ReviewItem? {
        try await session.run("SELECT * FROM review_items WHERE id = ?", [.integer(id)]).first.map(reviewItem)
    }

    static func decisions(of id: Int64, in session: any SQLSession) async throws -> [ReviewDecision] {
        try await session.run("SELECT * FROM review_decisions WHERE item_id = ? ORDER BY id", [.integer(id)])
            .map {
                row in
                guard let kind = DecisionKind(rawValue: try row.required("kind", row.text)) else {
                    throw ReviewStoreError.unavailable("the review database has an unknown decision kind")
                }
                return ReviewDecision(
                    id: try row.required("id", row.integer), itemID: try row.required("item_id", row.integer),
                    kind: kind,
                    actor: try row.required("actor", row.text), note: row.text("note"),
                    text: row.text("text"),
                    time: try row.required("time", row.time))
            }
    }

    /// One page, newest first. A rule or category filter walks that side table's index from the
    /// newest item down; other filters walk the items' own indexes.
    static func list(_ query: ReviewQuery, in session: any SQLSession) async throws -> ReviewPage {
        guard (1...500).contains(query.limit) else { throw ReviewStoreError.invalid("limit must be 1…500") }
        if query.statuses?.isEmpty == true || query.actions?.isEmpty == true {
            return ReviewPage(items: [], next: nil)
        }
        var sql = "SELECT i.* FROM review_items i"
        var conditions: [String] = []
        var binds: [SQLValue] = []
        var key = "i.id"
        if let rule = query.rule {
            sql += " JOIN review_item_rules r ON r.item_id = i.id"
            key = "r.item_id"
            conditions.append("r.rule = ?")
            binds.append(.text(rule))
        }
        if let category = query.category {
            if query.rule == nil {
                sql += " JOIN review_item_categories c ON c.item_id = i.id"
                key = "c.item_id"
                conditions.append("c.category = ?")
            } else {
                conditions.append(
                    "EXISTS (SELECT 1 FROM review_item_categories c WHERE c.item_id = i.id AND c.category = ?)"
                )
            }
            binds.append(.text(category))
        }
        if let statuses = query.statuses {
            conditions.append("i.status IN (" + statuses.map { _ in "?" }.joined(separator: ", ") + ")")
            binds += statuses.map { .text($0.rawValue) }
        }
        if let actions = query.actions {
            conditions.append("i.action IN (" + actions.map { _ in "?" }.joined(separator: ", ") + ")")
            binds += actions.map { .text($0.rawValue) }
        }
        if let agent = query.agent {
            conditions.append("i.agent = ?")
            binds.append(.text(agent))
        }
        if let since = query.since {
            conditions.append("i.time >= ?")
            binds.append(.time(since))
            // Ids grow with time (an item is written within seconds of being sent), so the
            // first id of a minute before `since` bounds the walk down the ids: a recent `since`
            // then reads one page, not every older item.
            let first = try await session.run(
                "SELECT id FROM review_items WHERE time >= ? ORDER BY time LIMIT 1",
                [.time(since.addingTimeInterval(-60))]
            ).first?.integer("id")
            guard let first else { return ReviewPage(items: [], next: nil) }
            conditions.append("\(key) >= ?")
            binds.append(.integer(first))
        }
        if let until = query.until {
            conditions.append("i.time < ?")
            binds.append(.time(until))
        }
        if let before = query.before {
            conditions.append("\(key) < ?")
            binds.append(.integer(before))
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY \(key) DESC LIMIT \(query.limit + 1)"
        var items = try await session.run(sql, binds).map(reviewItem)
        let more = items.count > query.limit
        if more { items.removeLast() }
        return ReviewPage(items: items, next: more ? items.last?.id : nil)
    }

    /// Decides an item inside the caller's transaction: reads it under the dialect's lock, checks
    /// it is still undecided, updates it only if it still is, appends the decision, moves the
    /// counters.
    static func decide(
        _ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date,
        in session: any SQLSession, _ dialect: SQLDialect
    ) async throws -> ReviewItem {
        guard
            let row = try await session.run(
                "SELECT status, action, connected FROM review_items WHERE id = ?\(dialect.lockRow)",
                [.integer(id)]
            ).first
        else { throw ReviewStoreError.notFound(id) }
        guard let status = ReviewStatus(rawValue: try row.required("status", row.text)),
            let action = Action(rawValue: try row.required("action", row.text))
        else { throw ReviewStoreError.unavailable("the review database has an unknown status or action") }
        guard status.isUndecided else { throw ReviewStoreError.alreadyDecided(id, status) }
        guard kind.applies(to: action) else { throw ReviewStoreError.notApplicable(id, kind) }
        let connected = try row.required("connected", row.bool)
        let delivery: Delivery = action == .hold ? (connected ? .pending : .undeliverable) : .none
        let finalText = kind == .edit ? text : nil
        guard
            let updated = try await session.run(
                """
                UPDATE review_items SET status = ?, delivery = ?, decided_at = ?, decided_by = ?, note = ?, \
                final_text = ? WHERE id = ? AND status IN ('open', 'pending') RETURNING *
                """,
                [
                    .text(kind.status.rawValue), .text(delivery.rawValue), .time(time), .text(actor),
                    SQLValue(note),
                    SQLValue(finalText), .integer(id),
                ]
            ).first
        else { throw ReviewStoreError.alreadyDecided(id, status) }
        try await session.run(
            "INSERT INTO review_decisions (item_id, kind, actor, note, text, time) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .integer(id), .text(kind.rawValue), .text(actor), SQLValue(note), SQLValue(finalText),
                .time(time),
            ])
        try await session.run(
            "UPDATE review_counts SET n = n + (CASE WHEN status = ? THEN 1 ELSE -1 END) WHERE status IN (?, ?)",
            [.text(kind.status.rawValue), .text(kind.status.rawValue), .text(status.rawValue)])
        return try reviewItem(updated)
    }

    /// Returns whether the item exists.
    static func setDelivery(_ id: Int64, _ delivery: Delivery, in session: any SQLSession) async throws
        -> Bool
    {
        !(try await session.run(
            "UPDATE review_items SET delivery = ? WHERE id = ? RETURNING id",
            [.text(delivery.rawValue), .integer(id)]
        ).isEmpty)
    }

    static func disconnected(_ ids: [Int64], in session: any SQLSession) async throws {
        _ = try await setConnected(false, ids, where: "", in: session)
    }

    /// See ``ReviewStore/reconnected(_:)``.
    static func reconnected(_ ids: [Int64], in session: any SQLSession) async throws -> Int {
        try await setConnected(
            true, ids, where: "action = 'hold' AND status = 'pending' AND NOT connected AND ", in: session)
    }

    /// Sets `connected` of the items `ids` that meet `condition` (empty, or ending in `AND `), 500
    /// ids a statement; how many it set.
    private static func setConnected(
        _ connected: Bool, _ ids: [Int64], where condition: String, in session: any SQLSession
    ) async throws -> Int {
        var set = 0
        var start = 0
        while start < ids.count {
            let chunk = ids[start..<min(start + 500, ids.count)]
            set += try await session.run(
                "UPDATE review_items SET connected = ? WHERE " + condition + "id IN ("
                    + chunk.map { _ in "?" }.joined(separator: ", ") + ") RETURNING id",
                [.bool(connected)] + chunk.map { .integer($0) }
            ).count
            start += chunk.count
        }
        return set
    }

    /// The replica's connections are all gone: its holds are disconnected, and its decided holds
    /// still waiting to be delivered are undeliverable. Returns the holds disconnected and those
    /// made undeliverable.
    static func disconnectAll(replica: String, in session: any SQLSession) async throws -> (
        disconnected: Int, undeliverable: [Int64]
    ) {
        let disconnected = try await session.run(
            """
            UPDATE review_items SET connected = ? WHERE replica = ? AND action = 'hold' AND connected \
            RETURNING id
            """, [.bool(false), .text(replica)]
        ).count
        let undeliverable = try await session.run(
            """
            UPDATE review_items SET delivery = 'undeliverable' WHERE replica = ? AND action = 'hold' \
            AND delivery = 'pending' RETURNING id
            """, [.text(replica)]
        ).map { try $0.required("id", $0.integer) }
        return (disconnected, undeliverable)
    }

    /// See ``ReviewStore/failedSignIn(keys:at:)``.
    static func failedSignIn(keys: [String], at time: Date, in session: any SQLSession) async throws -> Int {
        var most = 0
        for key in keys {
            let rows = try await session.run(
                """
                INSERT INTO console_sign_in_failures (key, failures, last) VALUES (?, 1, ?) \
                ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN console_sign_in_failures.last < ? \
                THEN 1 ELSE console_sign_in_failures.failures + 1 END, last = excluded.last RETURNING failures
                """, [.text(key), .time(time), .time(time.addingTimeInterval(-3_600))])
            for row in rows { most = max(most, Int(try row.required("failures", row.integer))) }
        }
        return most
    }

    static func succeededSignIn(keys: [String], in session: any SQLSession) async throws {
        for key in keys {
            try await session.run("DELETE FROM console_sign_in_failures WHERE key = ?", [.text(key)])
        }
    }

    /// Records a signed-out session, and forgets those past their expiry.
    static func signOut(_ id: String, until: Date, now: Date, in session: any SQLSession) async throws {
        try await session.run("DELETE FROM console_signed_out WHERE until <= ?", [.time(now)])
        try await session.run(
            """
            INSERT INTO console_signed_out (session, until) VALUES (?, ?) \
            ON CONFLICT (session) DO UPDATE SET until = excluded.until
            """, [.text(id), .time(until)])
    }

    static func signedOut(at time: Date, in session: any SQLSession) async throws -> [String: Date] {
        var signedOut: [String: Date] = [:]
        for row in try await session.run(
            "SELECT session, until FROM console_signed_out WHERE until > ?", [.time(time)])
        {
            signedOut[try row.required("session", row.text)] = try row.required("until", row.time)
        }
        return signedOut
    }

    /// Notes `replica` as seen at `time`; replicas last seen before `staleBefore` are gone for
    /// good: each is disconnected (``disconnectAll(replica:in:)``) and forgotten. Returns them and
    /// the holds made undeliverable.
    static func heartbeat(replica: String, at time: Date, staleBefore: Date, in session: any SQLSession)
        async throws -> (gone: [String], undeliverable: [Int64])
    {
        try await session.run(
            """
            INSERT INTO decorum_replicas (name, seen_at) VALUES (?, ?) \
            ON CONFLICT (name) DO UPDATE SET seen_at = excluded.seen_at
            """, [.text(replica), .time(time)])
        let gone = try await session.run(
            "DELETE FROM decorum_replicas WHERE seen_at < ? AND name <> ? RETURNING name",
            [.time(staleBefore), .text(replica)]
        ).map { try $0.required("name", $0.text) }
        var undeliverable: [Int64] = []
        for name in gone {
            undeliverable += try await disconnectAll(replica: name, in: session).undeliverable
        }
        return (gone, undeliverable)
    }

    static func expiredHolds(at time: Date, limit: Int, in session: any SQLSession) async throws
        -> [ReviewItem]
    {
        try await session.run(
            """
            SELECT * FROM review_items WHERE status = 'pending' AND deadline IS NOT NULL AND deadline <= ? \
            ORDER BY id LIMIT ?
            """, [.time(time), .integer(Int64(max(limit, 0)))]
        ).map(reviewItem)
    }

    static func statistics(_ query: StatisticsQuery, in session: any SQLSession, _ dialect: SQLDialect)
        async throws
        -> [StatisticsRow]
    {
        guard query.bucket > 0 else { throw ReviewStoreError.invalid("the bucket must be at least a second") }
        let seconds = dialect.seconds("i.time")
        let bucket = "(\(seconds) - ((\(seconds) % \(query.bucket)) + \(query.bucket)) % \(query.bucket))"
        let (join, key): (String, String)
        switch query.dimension {
        case .agent: (join, key) = ("", "i.agent")
        case .rule: (join, key) = (" JOIN review_item_rules k ON k.item_id = i.id", "k.rule")
        case .category: (join, key) = (" JOIN review_item_categories k ON k.item_id = i.id", "k.category")
        }
        let rows = try await session.run(
            """
            SELECT \(bucket) AS bucket, \(key) AS key, i.action AS action, count(*) AS n FROM review_items i\(join) \
            WHERE i.time >= ? AND i.time < ? GROUP BY 1, 2, 3
            """, [.time(query.since), .time(query.until)])
        return try rows.map { row in
            guard let action = Action(rawValue: try row.required("action", row.text)) else {
                throw ReviewStoreError.unavailable("the review database has an unknown action")
            }
            return StatisticsRow(
                bucket: Date(timeIntervalSince1970: Double(try row.required("bucket", row.integer))),
                key: try row.required("key", row.text), action: action,
                count: Int(try row.required("n", row.integer)))
        }
        .sorted()
    }

    /// The counters table: one row per status, so this never scans the items.
    static func counts(in session: any SQLSession) async throws -> [ReviewStatus: Int] {
        var counts: [ReviewStatus: Int] = [:]
        for row in try await session.run("SELECT status, n FROM review_counts WHERE n > 0", []) {
            guard let status = ReviewStatus(rawValue: try row.required("status", row.text)) else { continue }
            counts[status] = Int(try row.required("n", row.integer))
        }
        return counts
    }

    static func reviewItem(_ row: SQLRecord) throws -> ReviewItem {
        guard let action = Action(rawValue: try row.required("action", row.text)),
            let status = ReviewStatus(rawValue: try row.required("status", row.text)),
            let delivery = Delivery(rawValue: try row.required("delivery", row.text))
        else {
            throw ReviewStoreError.unavailable(
                "the review database has an unknown action, status or delivery")
        }
        let hits = try JSONDecoder().decode(
            [ReviewHit].self, from: Data(try row.required("hits", row.text).utf8))
        let record = NewReviewItem(
            time: try row.required("time", row.time), listener: try row.required("listener", row.text),
            agent: try row.required("agent", row.text),
            conversation: try row.required("conversation", row.text),
            action: action, text: try row.required("text", row.text), hits: hits,
            suggestion: row.text("suggestion"),
            deadline: row.time("deadline"), onTimeout: row.text("on_timeout").flatMap(Action.init(rawValue:)),
            replica: try row.required("replica", row.text))
        return ReviewItem(
            id: try row.required("id", row.integer), record: record, status: status, delivery: delivery,
            connected: try row.required("connected", row.bool), decidedAt: row.time("decided_at"),
            decidedBy: row.text("decided_by"), note: row.text("note"), finalText: row.text("final_text"))
    }
}
