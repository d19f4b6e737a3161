import Foundation
import Review
import TestSupport
import Testing

@testable import TestHarness

/// The stores the conformance suite runs against. Each `make` gives a fresh, migrated store; the
/// second store of `pair` shares its data (the same object, the same SQLite file, the same
/// PostgreSQL database: another replica).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    func make() async throws -> any ReviewStore {
        switch self {
        case .memory: return MemoryReviewStore()
        case .sqlite:
            let store = try await SQLiteReviewStore(path: Self.temporaryFile())
            try await store.migrate()
            return store
        case .postgres:
            let store = try PostgresReviewStore(
                url: try await PostgresServer.shared.value.createDatabase(), connectionWait: .seconds(15))
            try await store.migrate()
            return store
        }
    }

    func pair() async throws -> (any ReviewStore, any ReviewStore) {
        switch self {
        case .memory:
            let store = MemoryReviewStore()
            return (store, store)
        case .sqlite:
            let path = Self.temporaryFile()
            let first = try await SQLiteReviewStore(path: path)
            try await first.migrate()
            let second = try await SQLiteReviewStore(path: path)
            try await second.migrate()
            return (first, second)
        case .postgres:
            let url = try await PostgresServer.shared.value.createDatabase()
            let first = try PostgresReviewStore(url: url, connectionWait: .seconds(15))
            try await first.migrate()
            let second = try PostgresReviewStore(url: url, connectionWait: .seconds(15))
            try await second.migrate()
            return (first, second)
        }
    }

    static func temporaryFile() -> String {
        TemporaryFiles.path("decorum-review", suffix: ".sqlite")
    }
}
