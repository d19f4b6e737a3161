import Foundation
import Policy
import Review
import Testing

@testable import TestHarness

/// What each database does beyond the shared suite: reopening a file, bad files, a server that
/// goes away and comes back.
@Suite struct DatabaseFailureTests {
    @Test func reopenedSQLiteFileKeepsEverything() async throws {
        let path = StoreKind.temporaryFile()
        let store = try await SQLiteReviewStore(path: path)
        try await store.migrate()
        let ids = try await store.insert([
            StoreConformanceTests.record(.hold), StoreConformanceTests.record(.flag, text: "ünïcødé"),
        ])
        let decided = try await store.decide(
            ids[0], .edit, actor: "sue", note: "why", text: "better", at: Date())
        try await store.close()

        let reopened = try await SQLiteReviewStore(path: path)
        try await reopened.migrate()
        #expect(try await reopened.item(ids[0]) == decided)
        #expect(try await reopened.item(ids[1])?.record.text == "ünïcødé")
        #expect(try await reopened.decisions(of: ids[0]).map(\.text) == ["better"])
        #expect(try await reopened.counts() == [.edited: 1, .open: 1])
        #expect(try await reopened.insert([StoreConformanceTests.record(.flag)]) == [ids[1] + 1])
        try await reopened.close()
    }

    /// A caller cancelled in the middle of a write (a replica stopping, a request given up)
    /// cancels the statements it queued: the store still takes every later write.
    @Test(arguments: StoreKind.allCases) func writesCancelledMidwayLeaveTheStoreUsable(_ kind: StoreKind)
        async throws
    {
        let store = try await kind.make()
        for round in 0..<200 {
            let write = Task {
                _ = try await store.heartbeat(replica: "r\(round % 3)", at: Date(), staleBefore: .distantPast)
                _ = try await store.insert([StoreConformanceTests.record(.flag)])
            }
            // Cancelled at a different point of the write each time.
            if round % 4 != 0 { try await Task.sleep(for: .microseconds(round * 20)) }
            write.cancel()
            _ = await write.result
        }
        var failure: (any Error)? = nil
        do {
            let ids = try await store.insert([StoreConformanceTests.record(.hold)])
            #expect(try await store.item(ids[0])?.record.action == .hold)
            _ = try await store.heartbeat(replica: "r0", at: Date(), staleBefore: .distantPast)
        } catch {
            failure = error
        }
        try await store.close()
        if let failure { throw failure }
    }

    @Test func corruptSQLiteFileIsACleanError() async throws {
        let path = StoreKind.temporaryFile()
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try await SQLiteReviewStore(path: path)
            Issue.record("a file of junk opened as a database")
        } catch ReviewStoreError.unavailable(let reason) {
            #expect(reason.contains(path))
            #expect(reason.contains("not a database"))
        }
    }

    @Test func unwritableSQLitePathIsACleanError() async throws {
        let path = "/nonexistent-\(UUID().uuidString)/review.sqlite"
        do {
            _ = try await SQLiteReviewStore(path: path)
            Issue.record("a file in a missing directory opened")
        } catch ReviewStoreError.unavailable(let reason) {
            #expect(reason.contains("cannot open the review database \(path)"))
        }
    }

    @Test func badDatabaseURLIsInvalid() throws {
        #expect(throws: ReviewStoreError.self) { try PostgresReviewStore(url: "mysql://x@y/z") }
        #expect(throws: ReviewStoreError.self) {
            try PostgresReviewStore(url: "postgres://u@h/d?sslmode=sometimes")
        }
    }

    /// The server stops: calls throw `unavailable`; it starts again: the same store works, the
    /// data is all there, and events flow again.
    @Test(.timeLimit(.minutes(2))) func stoppedServerIsUnavailableThenRecovers() async throws {
        let server = try await PostgresServer.start()
        defer { server.remove() }
        let url = try await server.createDatabase()
        let store = try PostgresReviewStore(url: url, connectionWait: .seconds(10))
        try await store.migrate()
        let ids = try await store.insert([
            StoreConformanceTests.record(.hold), StoreConformanceTests.record(.flag),
        ])

        await server.stop()
        for attempt in 0..<2 {
            do {
                _ = try await store.insert([StoreConformanceTests.record(.flag)])
                Issue.record("insert \(attempt) succeeded with the server stopped")
            } catch ReviewStoreError.unavailable(let reason) {
                #expect(reason.contains("127.0.0.1:\(server.port)"))
            }
        }
        await #expect(throws: ReviewStoreError.self) { try await store.counts() }

        try await server.run()
        let events = store.events()
        var recovered: [Int64]?
        for _ in 0..<100 {
            if let ids = try? await store.insert([StoreConformanceTests.record(.hold)]) {
                recovered = ids
                break
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        let later = try #require(recovered)
        #expect(try await store.item(ids[0])?.status == .pending)
        #expect(try await store.counts() == [.pending: 2, .open: 1])  // the failed inserts left nothing
        _ = try await store.decide(later[0], .approve, actor: "sue", note: nil, text: nil, at: Date())
        // The listening connection comes back too: a change made now is announced.
        let seen = HarnessLocked<[ReviewEvent]>([])
        let consumer = Task { for await event in events { seen.withLock { $0.append(event) } } }
        var announced = false
        for _ in 0..<50 where !announced {
            let probe = try await store.insert([StoreConformanceTests.record(.flag)])
            try await Task.sleep(for: .milliseconds(200))
            announced = seen.withLock { $0.contains(.recorded(probe[0])) }
        }
        consumer.cancel()
        #expect(announced)
        try await store.close()
    }
}

/// A SQLite store let go without being closed, as when its caller throws, closes its
/// connections itself: the file can be opened and written again at once, and nothing crashes.
struct UnclosedStoreTests {
    @Test("a store dropped without close() closes its connections")
    func droppedStoreCloses() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.sqlite").path
        var ids: [Int64] = []
        do {
            let store = try await SQLiteReviewStore(path: path)
            try await store.migrate()
            ids = try await store.insert([StoreConformanceTests.record(.flag)])
        }
        let reopened = try await SQLiteReviewStore(path: path)
        try await reopened.migrate()
        #expect(try await reopened.item(ids[0]) != nil)
        _ = try await reopened.insert([StoreConformanceTests.record(.flag)])
        try await reopened.close()
    }
}
