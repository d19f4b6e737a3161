import Foundation

/// The review store's tables, as numbered migrations for each database. `migrate()` applies, in
/// one transaction, those above the highest number in `decorum_schema_version`; a migration is
/// never edited once released, a change is a new number.
///
/// - `review_items`: every recorded message with where it stands; `hits` is the JSON array of its
///   hits. Times are whole microseconds since 1970 in both databases.
/// - `review_item_rules`, `review_item_categories`: one row per distinct rule (category) of an
///   item's hits, for the rule and category filters and statistics.
/// - `review_decisions`: the append-only audit trail.
/// - `review_counts`: items per status, moved in the same transactions as the items.
/// - `review_journal`: recorded flags and blocks not in the tables above yet, a batch per row
///   (see `ReviewJournal`); `indexJournal` moves them in and deletes the row.
/// - `decorum_replicas`: when each replica was last seen (`heartbeat`), so that the connections
///   of one gone for good are known to be gone.
/// - `console_signed_out`: console sessions signed out before they expire, until they would have.
/// - `console_sign_in_failures`: failed console sign-ins in a row per account and per address.
enum SQLReviewSchema {
    /// Migrations as (version, statements).
    typealias Migration = (version: Int, statements: [String])

    static let sqlite: [Migration] = [
        (
            1,
            [
                """
                CREATE TABLE review_items (
                    id INTEGER PRIMARY KEY,
                    time INTEGER NOT NULL,
                    listener TEXT NOT NULL,
                    agent TEXT NOT NULL,
                    conversation TEXT NOT NULL,
                    action TEXT NOT NULL,
                    text TEXT NOT NULL,
                    hits TEXT NOT NULL,
                    suggestion TEXT,
                    deadline INTEGER,
                    on_timeout TEXT,
                    replica TEXT NOT NULL,
                    status TEXT NOT NULL,
                    delivery TEXT NOT NULL DEFAULT 'none',
                    connected INTEGER NOT NULL DEFAULT 1,
                    decided_at INTEGER,
                    decided_by TEXT,
                    note TEXT,
                    final_text TEXT
                )
                """,
                """
                CREATE TABLE review_item_rules (
                    item_id INTEGER NOT NULL REFERENCES review_items (id),
                    rule TEXT NOT NULL,
                    PRIMARY KEY (item_id, rule)
                ) WITHOUT ROWID
                """,
                """
                CREATE TABLE review_item_categories (
                    item_id INTEGER NOT NULL REFERENCES review_items (id),
                    category TEXT NOT NULL,
                    PRIMARY KEY (item_id, category)
                ) WITHOUT ROWID
                """,
                """
                CREATE TABLE review_decisions (
                    id INTEGER PRIMARY KEY,
                    item_id INTEGER NOT NULL REFERENCES review_items (id),
                    kind TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    note TEXT,
                    text TEXT,
                    time INTEGER NOT NULL
                )
                """,
                "CREATE TABLE review_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
            ] + commonIndexes + counterRows
        ),
        (
            2,
            [
                """
                CREATE TABLE review_journal (
                    id INTEGER PRIMARY KEY,
                    last_item INTEGER NOT NULL,
                    items BLOB NOT NULL
                )
                """
            ]
        ),
        (
            3,
            ["CREATE TABLE decorum_replicas (name TEXT PRIMARY KEY, seen_at INTEGER NOT NULL) WITHOUT ROWID"]
        ),
        (
            4,
            [
                "CREATE TABLE console_signed_out (session TEXT PRIMARY KEY, until INTEGER NOT NULL) WITHOUT ROWID"
            ]
        ),
        (
            5,
            [
                """
                CREATE TABLE console_sign_in_failures (
                    key TEXT PRIMARY KEY, failures INTEGER NOT NULL, last INTEGER NOT NULL
                ) WITHOUT ROWID
                """
            ]
        ),
    ]

    static let postgres: [Migration] = [
        (
            1,
            [
                """
                CREATE TABLE review_items (
                    id bigserial PRIMARY KEY,
                    time bigint NOT NULL,
                    listener text NOT NULL,
                    agent text NOT NULL,
                    conversation text NOT NULL,
                    action text NOT NULL,
                    text text NOT NULL,
                    hits text NOT NULL,
                    suggestion text,
                    deadline bigint,
                    on_timeout text,
                    replica text NOT NULL,
                    status text NOT NULL,
                    delivery text NOT NULL DEFAULT 'none',
                    connected boolean NOT NULL DEFAULT true,
                    decided_at bigint,
                    decided_by text,
                    note text,
                    final_text text
                )
                """,
                """
                CREATE TABLE review_item_rules (
                    item_id bigint NOT NULL REFERENCES review_items (id),
                    rule text NOT NULL,
                    PRIMARY KEY (item_id, rule)
                )
                """,
                """
                CREATE TABLE review_item_categories (
                    item_id bigint NOT NULL REFERENCES review_items (id),
                    category text NOT NULL,
                    PRIMARY KEY (item_id, category)
                )
                """,
                """
                CREATE TABLE review_decisions (
                    id bigserial PRIMARY KEY,
                    item_id bigint NOT NULL REFERENCES review_items (id),
                    kind text NOT NULL,
                    actor text NOT NULL,
                    note text,
                    text text,
                    time bigint NOT NULL
                )
                """,
                "CREATE TABLE review_counts (status text PRIMARY KEY, n bigint NOT NULL)",
            ] + commonIndexes + counterRows
        ),
        (
            2,
            [
                """
                CREATE TABLE review_journal (
                    id bigserial PRIMARY KEY,
                    last_item bigint NOT NULL,
                    items bytea NOT NULL
                )
                """
            ]
        ),
        (3, ["CREATE TABLE decorum_replicas (name text PRIMARY KEY, seen_at bigint NOT NULL)"]),
        (4, ["CREATE TABLE console_signed_out (session text PRIMARY KEY, until bigint NOT NULL)"]),
        (
            5,
            [
                "CREATE TABLE console_sign_in_failures (key text PRIMARY KEY, failures bigint NOT NULL, last bigint NOT NULL)"
            ]
        ),
        // A journal row lives until the indexer moves it (seconds): compressing it cost more of
        // the server's time than writing it.
        (6, ["ALTER TABLE review_journal ALTER COLUMN items SET STORAGE EXTERNAL"]),
    ]

    /// Each single filter of `list` walks one of these newest first (`id < before ORDER BY id
    /// DESC`); the partial ones serve expiry and a replica's restart.
    private static let commonIndexes = [
        "CREATE INDEX review_items_status ON review_items (status, id)",
        "CREATE INDEX review_items_action ON review_items (action, id)",
        "CREATE INDEX review_items_agent ON review_items (agent, id)",
        "CREATE INDEX review_items_time ON review_items (time)",
        "CREATE INDEX review_items_deadline ON review_items (deadline) WHERE status = 'pending'",
        "CREATE INDEX review_items_connected_holds ON review_items (replica) WHERE action = 'hold' AND connected",
        "CREATE INDEX review_item_rules_rule ON review_item_rules (rule, item_id)",
        "CREATE INDEX review_item_categories_category ON review_item_categories (category, item_id)",
        "CREATE INDEX review_decisions_item ON review_decisions (item_id, id)",
    ]

    private static let counterRows = ReviewStatus.allCases.map {
        "INSERT INTO review_counts (status, n) VALUES ('\($0.rawValue)', 0)"
    }

    /// Applies what is missing inside the caller's transaction; returns the versions applied.
    static func apply(_ migrations: [Migration], in session: any SQLSession) async throws -> [Int] {
        try await session.run(
            "CREATE TABLE IF NOT EXISTS decorum_schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
            [])
        let current =
            try await session.run("SELECT max(version) AS version FROM decorum_schema_version", []).first?
            .integer(
                "version") ?? 0
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            for statement in migration.statements { try await session.run(statement, []) }
            try await session.run(
                "INSERT INTO decorum_schema_version (version, applied_at) VALUES (?, ?)",
                [.integer(Int64(migration.version)), .text(Date().ISO8601Format())])
            applied.append(migration.version)
        }
        return applied
    }
}
