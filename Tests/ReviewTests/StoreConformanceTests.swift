import Foundation
import Policy
import TestSupport
import Testing

@testable import Review

/// The same tests for every store: the in-memory reference, SQLite (a temporary file) and
/// PostgreSQL (a real server the suite starts).
@Suite struct StoreConformanceTests {
    static let base = Date(timeIntervalSince1970: 1_767_225_600.123)  // 2026-01-01 00:00:00.123

    static func hit(_ rule: String, _ category: String, _ action: Action = .flag) -> ReviewHit {
        ReviewHit(
            rule: rule, category: category, action: action, start: 0, end: 4, text: "dumb",
            explanation: "“\(rule)” — \(category)")
    }

    static func record(
        _ action: Action, agent: String = "ann", seconds: Double = 0, hits: [ReviewHit]? = nil,
        deadline: Date? = nil, replica: String = "r1", text: String = "hello"
    ) -> NewReviewItem {
        NewReviewItem(
            time: base.addingTimeInterval(seconds), listener: "irc", agent: agent, conversation: "#support",
            action: action, text: text, hits: hits ?? [hit("insult", "abuse", action)],
            suggestion: action == .block ? "say it kindly" : nil, deadline: deadline,
            onTimeout: action == .hold ? .block : nil, replica: replica)
    }

    /// Times equal to the millisecond (each database keeps at least that).
    static func same(_ a: Date?, _ b: Date?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a.timeIntervalSince(b)) < 0.001
        default: return false
        }
    }

    static func same(_ a: NewReviewItem, _ b: NewReviewItem) -> Bool {
        var a = a
        var b = b
        guard same(a.time, b.time), same(a.deadline, b.deadline) else { return false }
        (a.time, a.deadline, b.time, b.deadline) = (base, nil, base, nil)
        return a == b
    }

    @Test(arguments: StoreKind.allCases) func everyFieldRoundTrips(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let record = NewReviewItem(
            time: Self.base.addingTimeInterval(0.456), listener: "ndjson", agent: "Zoë 李",
            conversation: "#قناة", action: .hold, text: "Ça va? 😀 مرحبا\nnext line, 'quotes' \"and\" ?",
            hits: [
                ReviewHit(
                    rule: "insult", category: "abuse", action: .hold, start: 3, end: 9, text: "😀",
                    explanation: "é"),
                ReviewHit(
                    rule: "pii", category: "privacy", action: .flag, start: 0, end: 2, text: "Ça",
                    explanation: ""),
            ], suggestion: "Ça ira", deadline: Self.base.addingTimeInterval(90.789), onTimeout: .allow,
            replica: "replica-ü")
        let ids = try await store.insert([record, Self.record(.flag)])
        #expect(ids.count == 2 && ids[0] < ids[1])
        let item = try #require(try await store.item(ids[0]))
        #expect(Self.same(item.record, record))
        #expect(item.id == ids[0])
        #expect(item.status == .pending)
        #expect(item.delivery == Delivery.none)
        #expect(item.connected)
        #expect(item.decidedAt == nil && item.decidedBy == nil && item.note == nil && item.finalText == nil)
        #expect(try await store.item(ids[1])?.status == .open)
        #expect(try await store.item(ids[1])?.record.suggestion == nil)
        #expect(try await store.item(999_999) == nil)
        #expect(try await store.insert([]) == [])
        try await store.close()
    }

    /// A mixed queue; every query is paged through and compared with the reference filter.
    @Test(arguments: StoreKind.allCases) func listFiltersAndPages(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        var random = SeededRandom(seed: 42)
        let rules = [("insult", "abuse"), ("threat", "abuse"), ("pii", "privacy"), ("promise", "legal")]
        var records: [NewReviewItem] = []
        for n in 0..<90 {
            let action = random.pick([Action.flag, .hold, .block])
            var hits = [random.pick(rules)].map { Self.hit($0.0, $0.1, action) }
            if random.chance(30) { hits.append(Self.hit(random.pick(rules).0, "abuse", action)) }
            records.append(
                Self.record(
                    action, agent: random.pick(["ann", "bob", "cy"]), seconds: Double(n) * 60, hits: hits,
                    deadline: action == .hold ? Self.base : nil))
        }
        let ids = try await store.insert(Array(records[0..<40])) + store.insert(Array(records[40...]))
        for id in ids where random.chance(30) {
            let item = try #require(try await store.item(id))
            _ = try await store.decide(
                id, item.record.action == .hold ? .approve : .dismiss, actor: "sue", note: nil, text: nil,
                at: Date())
        }
        var all: [ReviewItem] = []
        for id in ids { all.append(try #require(try await store.item(id))) }
        let queries: [ReviewQuery] = [
            ReviewQuery(), ReviewQuery(statuses: [.pending]), ReviewQuery(statuses: [.open, .approved]),
            ReviewQuery(statuses: []), ReviewQuery(actions: [.block]), ReviewQuery(actions: [.flag, .hold]),
            ReviewQuery(rule: "threat"), ReviewQuery(rule: "nothing"), ReviewQuery(category: "abuse"),
            ReviewQuery(category: "legal"), ReviewQuery(agent: "bob"),
            ReviewQuery(since: Self.base.addingTimeInterval(600)),
            ReviewQuery(until: Self.base.addingTimeInterval(1200)),
            ReviewQuery(since: Self.base.addingTimeInterval(600), until: Self.base.addingTimeInterval(3000)),
            ReviewQuery(statuses: [.pending], agent: "ann"), ReviewQuery(actions: [.hold], rule: "insult"),
            ReviewQuery(rule: "insult", category: "abuse", agent: "cy"),
            ReviewQuery(statuses: [.open], category: "privacy", since: Self.base.addingTimeInterval(900)),
        ]
        for base in queries {
            let expected = all.filter { base.matches($0) }.map(\.id).sorted(by: >)
            for limit in [1, 7, 500] {
                var query = base
                query.limit = limit
                var seen: [Int64] = []
                var pages = 0
                while true {
                    let page = try await store.list(query)
                    #expect(page.items.count <= limit)
                    seen += page.items.map(\.id)
                    pages += 1
                    guard let next = page.next, pages < 200 else { break }
                    query.before = next
                }
                #expect(seen == expected, "\(kind) \(base) limit \(limit)")
            }
        }
        let page = try await store.list(ReviewQuery(limit: 3))
        #expect(page.items.map(\.id) == Array(ids.reversed().prefix(3)))
        #expect(page.items.allSatisfy { item in all.contains(item) })
        await #expect(throws: ReviewStoreError.invalid("limit must be 1…500")) {
            try await store.list(ReviewQuery(limit: 0))
        }
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases) func eachDecision(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let when = Self.base.addingTimeInterval(30)
        let ids = try await store.insert([
            Self.record(.hold), Self.record(.hold), Self.record(.hold), Self.record(.hold),
            Self.record(.flag),
            Self.record(.block),
        ])
        let cases: [(DecisionKind, ReviewStatus, Delivery)] = [
            (.approve, .approved, .pending), (.reject, .rejected, .pending), (.edit, .edited, .pending),
            (.expire, .expired, .pending), (.dismiss, .dismissed, .none), (.dismiss, .dismissed, .none),
        ]
        for (id, (kind, status, delivery)) in zip(ids, cases) {
            let text = kind == .edit ? "kinder words ✓" : "ignored"
            let item = try await store.decide(id, kind, actor: "sue", note: "n\(id)", text: text, at: when)
            #expect(item.status == status)
            #expect(item.delivery == delivery)
            #expect(Self.same(item.decidedAt, when))
            #expect(item.decidedBy == "sue" && item.note == "n\(id)")
            #expect(item.finalText == (kind == .edit ? text : nil))
            let stored = try #require(try await store.item(id))
            #expect(
                stored.status == status && stored.delivery == delivery && stored.finalText == item.finalText)
            let trail = try await store.decisions(of: id)
            #expect(trail.count == 1)
            #expect(trail.first?.kind == kind && trail.first?.actor == "sue" && trail.first?.itemID == id)
            #expect(trail.first?.text == (kind == .edit ? text : nil) && Self.same(trail.first?.time, when))
        }
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases) func refusedDecisions(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let ids = try await store.insert([Self.record(.hold), Self.record(.flag), Self.record(.hold)])
        await #expect(throws: ReviewStoreError.notApplicable(ids[1], .approve)) {
            try await store.decide(ids[1], .approve, actor: "sue", note: nil, text: nil, at: Date())
        }
        await #expect(throws: ReviewStoreError.notApplicable(ids[0], .dismiss)) {
            try await store.decide(ids[0], .dismiss, actor: "sue", note: nil, text: nil, at: Date())
        }
        for blank in ["", " \r\n\t ", "\u{3000}"] {
            await #expect(throws: ReviewStoreError.invalid("an edit needs the corrected text")) {
                try await store.decide(ids[0], .edit, actor: "sue", note: nil, text: blank, at: Date())
            }
        }
        // A chat line ends at a NUL: the rest of the edit would be lost.
        await #expect(throws: ReviewStoreError.invalid("an edit cannot contain a NUL character")) {
            try await store.decide(
                ids[0], .edit, actor: "sue", note: nil, text: "Refund approved\u{0} - call us", at: Date())
        }
        await #expect(throws: ReviewStoreError.notFound(424_242)) {
            try await store.decide(424_242, .approve, actor: "sue", note: nil, text: nil, at: Date())
        }
        #expect(try await store.item(ids[0])?.status == .pending)
        #expect(try await store.decisions(of: ids[0]).isEmpty)
        _ = try await store.decide(ids[0], .reject, actor: "sue", note: nil, text: nil, at: Date())
        await #expect(throws: ReviewStoreError.alreadyDecided(ids[0], .rejected)) {
            try await store.decide(ids[0], .approve, actor: "tom", note: nil, text: nil, at: Date())
        }
        #expect(try await store.item(ids[0])?.status == .rejected)
        #expect(try await store.item(ids[0])?.decidedBy == "sue")
        #expect(try await store.decisions(of: ids[0]).count == 1)
        #expect(try await store.counts() == [.pending: 1, .open: 1, .rejected: 1])
        try await store.close()
    }

    /// Two replicas decide the same holds at once: exactly one decision wins each.
    @Test(arguments: StoreKind.allCases) func concurrentDecideHasOneWinner(_ kind: StoreKind) async throws {
        let (first, second) = try await kind.pair()
        let ids = try await first.insert((0..<20).map { _ in Self.record(.hold) })
        let outcomes = try await withThrowingTaskGroup(of: (Int64, Bool).self) { group in
            for id in ids {
                for (store, decision) in [(first, DecisionKind.approve), (second, .reject)] {
                    group.addTask {
                        do {
                            _ = try await store.decide(
                                id, decision, actor: "sue", note: nil, text: nil, at: Date())
                            return (id, true)
                        } catch ReviewStoreError.alreadyDecided(let decided, _) where decided == id {
                            return (id, false)
                        }
                    }
                }
            }
            return try await group.reduce(into: [Int64: [Bool]]()) { $0[$1.0, default: []].append($1.1) }
        }
        for id in ids {
            #expect(outcomes[id]?.count == 2 && outcomes[id]?.filter { $0 }.count == 1, "item \(id)")
            #expect(try await first.decisions(of: id).count == 1)
        }
        let counts = try await second.counts()
        #expect(counts[.pending] == nil)
        #expect((counts[.approved] ?? 0) + (counts[.rejected] ?? 0) == 20)
        try await first.close()
        if kind != .memory { try await second.close() }
    }

    @Test(arguments: StoreKind.allCases) func deliveryAndConnections(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let ids = try await store.insert([
            Self.record(.hold, replica: "a"), Self.record(.hold, replica: "a"),
            Self.record(.hold, replica: "b"),
            Self.record(.flag, replica: "a"),
        ])
        _ = try await store.decide(ids[0], .approve, actor: "sue", note: nil, text: nil, at: Date())
        try await store.setDelivery(ids[0], .delivered)
        #expect(try await store.item(ids[0])?.delivery == .delivered)
        await #expect(throws: ReviewStoreError.notFound(31_337)) {
            try await store.setDelivery(31_337, .delivered)
        }

        try await store.disconnected([ids[1], 31_337])
        #expect(try await store.item(ids[1])?.connected == false)
        #expect(try await store.item(ids[2])?.connected == true)
        let late = try await store.decide(ids[1], .reject, actor: "sue", note: nil, text: nil, at: Date())
        #expect(late.delivery == .undeliverable)

        #expect(try await store.disconnectAll(replica: "a") == 1)  // ids[0]; ids[1] was already gone
        #expect(try await store.disconnectAll(replica: "a") == 0)
        #expect(try await store.item(ids[0])?.connected == false)
        #expect(try await store.item(ids[2])?.connected == true)
        #expect(try await store.item(ids[3])?.connected == true)  // not a hold
        let after = try await store.decide(ids[2], .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(after.delivery == .pending)
        // b starts again: the approval waiting for its old connection cannot be delivered.
        #expect(try await store.disconnectAll(replica: "b") == 1)
        #expect(try await store.item(ids[2])?.delivery == .undeliverable)
        try await store.close()
    }

    /// Failed sign-ins are counted per key across replicas; an hour's quiet or a success starts
    /// the count again.
    @Test(arguments: StoreKind.allCases) func signInFailuresAreCounted(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let t0 = Self.base
        #expect(try await store.failedSignIn(keys: ["account:sue", "address:a"], at: t0) == 1)
        #expect(try await store.failedSignIn(keys: ["account:sue", "address:b"], at: t0 + 1) == 2)
        #expect(try await store.failedSignIn(keys: ["account:bo", "address:a"], at: t0 + 2) == 2)
        #expect(try await store.failedSignIn(keys: ["account:sue"], at: t0 + 3) == 3)
        try await store.succeededSignIn(keys: ["account:sue", "address:b"])
        #expect(try await store.failedSignIn(keys: ["account:sue"], at: t0 + 4) == 1)
        // An hour after its last failure, a key starts again.
        #expect(try await store.failedSignIn(keys: ["address:a"], at: t0 + 3_700) == 1)
        try await store.close()
    }

    /// Console sign-outs are shared until the sessions would have expired.
    @Test(arguments: StoreKind.allCases) func signOutsAreSharedUntilExpiry(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let now = Date()
        #expect(try await store.signedOut(at: now).isEmpty)
        try await store.signOut(session: "s1", until: now.addingTimeInterval(3_600))
        try await store.signOut(session: "s2", until: now.addingTimeInterval(60))
        try await store.signOut(session: "s1", until: now.addingTimeInterval(3_600))  // twice is once
        let shared = try await store.signedOut(at: now)
        #expect(Set(shared.keys) == ["s1", "s2"])
        #expect(Self.same(shared["s1"], now.addingTimeInterval(3_600)))
        #expect(Array(try await store.signedOut(at: now.addingTimeInterval(120)).keys) == ["s1"])
        #expect(try await store.signedOut(at: now.addingTimeInterval(3_600)).isEmpty)
        try await store.close()
    }

    /// A replica not seen within the timeout is gone for good: its holds are disconnected and
    /// its approvals waiting for delivery undeliverable; a live replica's are left alone.
    @Test(arguments: StoreKind.allCases) func goneReplicas(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let stream = store.events()
        let t0 = Self.base
        #expect(try await store.heartbeat(replica: "a", at: t0, staleBefore: t0 - 30) == [])
        #expect(try await store.heartbeat(replica: "b", at: t0, staleBefore: t0 - 30) == [])
        let ids = try await store.insert([
            Self.record(.hold, replica: "a"), Self.record(.hold, replica: "a"),
            Self.record(.hold, replica: "b"),
        ])
        let approved = try await store.decide(
            ids[0], .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(approved.delivery == .pending)
        // Twenty seconds on, both are within the timeout.
        #expect(try await store.heartbeat(replica: "b", at: t0 + 20, staleBefore: t0 - 10) == [])
        #expect(try await store.item(ids[1])?.connected == true)
        // A minute on, b is alive and a was not seen since.
        #expect(try await store.heartbeat(replica: "b", at: t0 + 60, staleBefore: t0 + 30) == ["a"])
        #expect(try await store.item(ids[0])?.delivery == .undeliverable)
        #expect(try await store.item(ids[1])?.connected == false)
        #expect(try await store.item(ids[2])?.connected == true)
        let late = try await store.decide(ids[1], .approve, actor: "sue", note: nil, text: nil, at: Date())
        #expect(late.delivery == .undeliverable)
        // Forgotten: not reported again, until it is seen again and then not.
        #expect(try await store.heartbeat(replica: "b", at: t0 + 65, staleBefore: t0 + 35) == [])
        #expect(try await store.heartbeat(replica: "a", at: t0 + 70, staleBefore: t0 + 40) == [])
        #expect(try await store.heartbeat(replica: "b", at: t0 + 75, staleBefore: t0 + 45) == [])
        // The console hears of the delivery that changed.
        var received: [ReviewEvent] = []
        for await event in stream {
            received.append(event)
            if event == .delivery(ids[0]) { break }
        }
        #expect(received.contains(.delivery(ids[0])))
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases) func expiredHoldsOldestFirst(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let now = Self.base.addingTimeInterval(100)
        let ids = try await store.insert([
            Self.record(.hold, deadline: now.addingTimeInterval(-10)), Self.record(.hold, deadline: now),
            Self.record(.hold, deadline: now.addingTimeInterval(0.5)), Self.record(.hold),
            Self.record(.hold, deadline: now.addingTimeInterval(-20)), Self.record(.flag),
        ])
        _ = try await store.decide(ids[4], .approve, actor: "sue", note: nil, text: nil, at: now)
        #expect(try await store.expiredHolds(at: now, limit: 10).map(\.id) == [ids[0], ids[1]])
        #expect(try await store.expiredHolds(at: now, limit: 1).map(\.id) == [ids[0]])
        #expect(
            try await store.expiredHolds(at: now.addingTimeInterval(1), limit: 10).map(\.id)
                == Array(ids[0...2]))
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases) func statisticsByBucket(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let hour = 3600.0
        _ = try await store.insert([
            Self.record(
                .flag, agent: "ann", seconds: 10,
                hits: [Self.hit("insult", "abuse"), Self.hit("pii", "privacy")]),
            Self.record(
                .flag, agent: "ann", seconds: 20,
                hits: [Self.hit("insult", "abuse"), Self.hit("insult", "abuse")]),
            Self.record(.block, agent: "bob", seconds: 30, hits: [Self.hit("threat", "abuse")]),
            Self.record(.flag, agent: "bob", seconds: hour + 5, hits: [Self.hit("insult", "abuse")]),
            Self.record(.flag, agent: "cy", seconds: 5 * hour, hits: [Self.hit("insult", "abuse")]),
        ])
        let start = Date(timeIntervalSince1970: 1_767_225_600)  // the hour's start (base's, without its .123)
        let query = { (dimension: StatisticsDimension) in
            StatisticsQuery(
                dimension: dimension, since: start, until: start.addingTimeInterval(2 * hour), bucket: 3600)
        }
        let h0 = start
        let h1 = start.addingTimeInterval(hour)
        #expect(
            try await store.statistics(query(.agent)) == [
                StatisticsRow(bucket: h0, key: "ann", action: .flag, count: 2),
                StatisticsRow(bucket: h0, key: "bob", action: .block, count: 1),
                StatisticsRow(bucket: h1, key: "bob", action: .flag, count: 1),
            ])
        #expect(
            try await store.statistics(query(.rule)) == [
                StatisticsRow(bucket: h0, key: "insult", action: .flag, count: 2),
                StatisticsRow(bucket: h0, key: "pii", action: .flag, count: 1),
                StatisticsRow(bucket: h0, key: "threat", action: .block, count: 1),
                StatisticsRow(bucket: h1, key: "insult", action: .flag, count: 1),
            ])
        #expect(
            try await store.statistics(query(.category))
                == [
                    StatisticsRow(bucket: h0, key: "abuse", action: .block, count: 1),
                    StatisticsRow(bucket: h0, key: "abuse", action: .flag, count: 2),
                    StatisticsRow(bucket: h0, key: "privacy", action: .flag, count: 1),
                    StatisticsRow(bucket: h1, key: "abuse", action: .flag, count: 1),
                ].sorted())
        let daily = try await store.statistics(
            StatisticsQuery(
                dimension: .agent, since: start, until: start.addingTimeInterval(24 * hour), bucket: 86400))
        #expect(daily.map(\.count).reduce(0, +) == 5)
        #expect(Set(daily.map(\.bucket)) == [Date(timeIntervalSince1970: 1_767_225_600)])
        await #expect(throws: ReviewStoreError.invalid("the bucket must be at least a second")) {
            try await store.statistics(
                StatisticsQuery(dimension: .rule, since: start, until: start, bucket: 0))
        }
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases) func countsFollowInsertsAndDecisions(_ kind: StoreKind) async throws
    {
        let store = try await kind.make()
        #expect(try await store.counts() == [:])
        let ids = try await store.insert([
            Self.record(.hold), Self.record(.hold), Self.record(.flag), Self.record(.block),
            Self.record(.flag),
        ])
        #expect(try await store.counts() == [.pending: 2, .open: 3])
        _ = try await store.decide(ids[0], .expire, actor: "budget", note: nil, text: nil, at: Date())
        _ = try await store.decide(ids[2], .dismiss, actor: "sue", note: nil, text: nil, at: Date())
        #expect(try await store.counts() == [.pending: 1, .open: 2, .expired: 1, .dismissed: 1])
        try await store.close()
    }

    /// Events reach a stream of the other replica (on PostgreSQL through LISTEN/NOTIFY).
    @Test(arguments: StoreKind.allCases) func eventsReachEveryReplica(_ kind: StoreKind) async throws {
        let (writer, watcher) = try await kind.pair()
        guard kind != .sqlite else {
            // One SQLite file's events stay in the store object that made the change.
            let stream = writer.events()
            let decisions = writer.decisions()
            let ids = try await writer.insert([Self.record(.hold)])
            _ = try await writer.decide(ids[0], .approve, actor: "sue", note: nil, text: nil, at: Date())
            try await writer.setDelivery(ids[0], .delivered)
            try await writer.close()
            try await watcher.close()
            var received: [ReviewEvent] = []
            for await event in stream { received.append(event) }
            #expect(received == [.recorded(ids[0]), .decided(ids[0]), .delivery(ids[0])])
            var decided: [ReviewEvent] = []
            for await event in decisions { decided.append(event) }
            #expect(decided == [.decided(ids[0])])
            return
        }
        let stream = watcher.events()
        let decisions = watcher.decisions()
        let ids = try await writer.insert([Self.record(.hold), Self.record(.flag), Self.record(.hold)])
        _ = try await writer.decide(ids[0], .approve, actor: "sue", note: nil, text: nil, at: Date())
        try await writer.setDelivery(ids[0], .delivered)
        _ = try await writer.decide(ids[2], .reject, actor: "sue", note: nil, text: nil, at: Date())
        let expected: [ReviewEvent] =
            ids.map { .recorded($0) } + [.decided(ids[0]), .delivery(ids[0]), .decided(ids[2])]
        var received: [ReviewEvent] = []
        for await event in stream {
            received.append(event)
            if received.count == expected.count { break }
        }
        #expect(received == expected)
        // The decisions alone: no recorded or delivery event comes first.
        var decided: [ReviewEvent] = []
        for await event in decisions {
            decided.append(event)
            if decided.count == 2 { break }
        }
        #expect(decided == [.decided(ids[0]), .decided(ids[2])])
        try await writer.close()
        if kind != .memory { try await watcher.close() }
    }

    /// Appended items are numbered and durable at once; flags and blocks reach the tables when
    /// the journal is indexed, holds at once; ids are never reused meanwhile.
    @Test(arguments: StoreKind.allCases) func appendedItemsAreIndexed(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let stream = store.events()
        let appended = [
            Self.record(.flag, text: "one"), Self.record(.hold, deadline: Self.base.addingTimeInterval(60)),
            Self.record(.block, text: "three"), Self.record(.flag, agent: "bo", text: "four"),
        ]
        let ids = try await store.append(appended)
        #expect(ids.count == 4 && ids == ids.sorted() && Set(ids).count == 4)
        #expect(try await store.item(ids[1])?.status == .pending, "a hold is in the tables at once")
        // Inserted while the others wait in the journal: a new number.
        let inserted = try await store.insert([Self.record(.flag, text: "five")])
        #expect(inserted.count == 1 && inserted[0] > ids[3])
        var moved = 0
        for _ in 0..<10 { moved += try await store.indexJournal() }
        #expect(moved == (kind == .memory ? 0 : 3))
        for (id, record) in zip(ids, appended) {
            let item = try #require(try await store.item(id))
            #expect(Self.same(item.record, record))
        }
        #expect(try await store.counts() == [.pending: 1, .open: 4])
        let page = try await store.list(ReviewQuery(agent: "bo"))
        #expect(page.items.map(\.id) == [ids[3]])
        #expect(try await store.indexJournal() == 0)
        var recorded: Set<Int64> = []
        for await event in stream {
            if case .recorded(let id) = event { recorded.insert(id) }
            if recorded.count == 5 { break }
        }
        #expect(recorded == Set(ids + inserted))
        try await store.close()
    }

    /// Any replica indexes what any other appended, each batch once, also when both index at once.
    @Test(arguments: StoreKind.allCases) func journalIsShared(_ kind: StoreKind) async throws {
        let (writer, other) = try await kind.pair()
        var ids: [Int64] = []
        for batch in 0..<6 {
            ids += try await writer.append(
                (0..<50).map { Self.record(.flag, seconds: Double(batch * 50 + $0)) })
        }
        let (a, b) = try await (Self.drain(writer), Self.drain(other))
        #expect(a + b == (kind == .memory ? 0 : 300))
        #expect(try await writer.counts() == [.open: 300])
        var listed: [Int64] = []
        var query = ReviewQuery(limit: 500)
        repeat {
            let page = try await other.list(query)
            listed += page.items.map(\.id)
            query.before = page.next
        } while query.before != nil
        #expect(listed.sorted() == ids)
        try await writer.close()
        if kind != .memory { try await other.close() }
    }

    /// A batch larger than a journal row: several rows written at once, each indexed on its own,
    /// every item with its own text.
    @Test(arguments: StoreKind.allCases) func largeBatchSpansJournalRows(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let journalRow = SQLReviewTables.journalRowLimit
        let count = journalRow * 2 + 500
        let ids = try await store.append((0..<count).map { Self.record(.flag, text: "message \($0)") })
        #expect(ids.count == count && ids == ids.sorted() && Set(ids).count == count)
        var rows = 0
        var moved = 0
        while true {
            let n = try await store.indexJournal()
            if n == 0 { break }
            rows += 1
            moved += n
        }
        #expect(kind == .memory ? moved == 0 : (rows == 3 && moved == count))
        #expect(try await store.counts() == [.open: count])
        for k in [0, journalRow - 1, journalRow, count - 1] {
            #expect(try await store.item(ids[k])?.record.text == "message \(k)")
        }
        try await store.close()
    }

    static func drain(_ store: any ReviewStore) async throws -> Int {
        var total = 0
        while true {
            let moved = try await store.indexJournal()
            if moved == 0 { return total }
            total += moved
        }
    }

    @Test(arguments: StoreKind.allCases) func migrateTwiceIsHarmless(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let ids = try await store.insert([Self.record(.hold)])
        try await store.migrate()
        try await store.migrate()
        #expect(try await store.item(ids[0])?.status == .pending)
        #expect(try await store.counts() == [.pending: 1])
        #expect(try await store.insert([Self.record(.flag)]) == [ids[0] + 1])
        try await store.close()
    }
}
