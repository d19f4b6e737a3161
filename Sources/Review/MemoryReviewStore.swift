import Foundation
import NIOConcurrencyHelpers
import Policy

/// A review store that keeps everything in memory: for tests, and for a proxy run without a
/// database.
public final class MemoryReviewStore: ReviewStore {
    private struct State {
        var items: [Int64: ReviewItem] = [:]
        var decisions: [ReviewDecision] = []
        var nextItem: Int64 = 1
        var nextDecision: Int64 = 1
        /// When each replica was last seen.
        var replicas: [String: Date] = [:]
        /// Console sessions signed out, until they would have expired.
        var signedOut: [String: Date] = [:]
        /// Failed console sign-ins in a row, and the last one's time, per key.
        var signInFailures: [String: (failures: Int, last: Date)] = [:]

        /// See ``ReviewStore/disconnectAll(replica:)``.
        mutating func disconnectAll(replica: String) -> (disconnected: Int, undeliverable: [Int64]) {
            var disconnected = 0
            var undeliverable: [Int64] = []
            for (id, item) in items where item.record.replica == replica && item.record.action == .hold {
                if item.connected {
                    items[id]!.connected = false
                    disconnected += 1
                }
                if item.delivery == .pending {
                    items[id]!.delivery = .undeliverable
                    undeliverable.append(id)
                }
            }
            return (disconnected, undeliverable.sorted())
        }
    }

    private let state = NIOLockedValueBox(State())
    private let hub = EventHub()

    public init() {}

    public func migrate() async throws {}

    public func insert(_ items: [NewReviewItem]) async throws -> [Int64] {
        let ids = state.withLockedValue { s in
            items.map { record in
                let id = s.nextItem
                s.nextItem += 1
                s.items[id] = ReviewItem(
                    id: id, record: record, status: record.action == .hold ? .pending : .open)
                return id
            }
        }
        hub.publish(ids.map { .recorded($0) })
        return ids
    }

    public func item(_ id: Int64) async throws -> ReviewItem? {
        state.withLockedValue { $0.items[id] }
    }

    public func decisions(of id: Int64) async throws -> [ReviewDecision] {
        state.withLockedValue { s in s.decisions.filter { $0.itemID == id } }
    }

    public func list(_ query: ReviewQuery) async throws -> ReviewPage {
        guard (1...500).contains(query.limit) else { throw ReviewStoreError.invalid("limit must be 1…500") }
        return state.withLockedValue { s in
            let ids = s.items.keys.filter { id in query.before.map { id < $0 } ?? true }.sorted(by: >)
            var page: [ReviewItem] = []
            var more = false
            for id in ids {
                guard let item = s.items[id], query.matches(item) else { continue }
                if page.count == query.limit {
                    more = true
                    break
                }
                page.append(item)
            }
            return ReviewPage(items: page, next: more ? page.last?.id : nil)
        }
    }

    public func decide(
        _ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date
    ) async throws -> ReviewItem {
        try ReviewStoreError.checkEdit(kind, text)
        let item: ReviewItem = try state.withLockedValue { s in
            guard var item = s.items[id] else { throw ReviewStoreError.notFound(id) }
            guard item.status.isUndecided else { throw ReviewStoreError.alreadyDecided(id, item.status) }
            guard kind.applies(to: item.record.action) else { throw ReviewStoreError.notApplicable(id, kind) }
            item.status = kind.status
            item.delivery = item.record.action == .hold ? (item.connected ? .pending : .undeliverable) : .none
            item.decidedAt = time
            item.decidedBy = actor
            item.note = note
            item.finalText = kind == .edit ? text : nil
            s.items[id] = item
            s.decisions.append(
                ReviewDecision(
                    id: s.nextDecision, itemID: id, kind: kind, actor: actor, note: note,
                    text: kind == .edit ? text : nil, time: time))
            s.nextDecision += 1
            return item
        }
        hub.publish(.decided(id))
        return item
    }

    public func setDelivery(_ id: Int64, _ delivery: Delivery) async throws {
        try state.withLockedValue { s in
            guard s.items[id] != nil else { throw ReviewStoreError.notFound(id) }
            s.items[id]!.delivery = delivery
        }
        hub.publish(.delivery(id))
    }

    public func disconnected(_ ids: [Int64]) async throws {
        state.withLockedValue { s in
            for id in ids where s.items[id] != nil { s.items[id]!.connected = false }
        }
    }

    public func reconnected(_ ids: [Int64]) async throws -> Int {
        state.withLockedValue { s in
            var marked = 0
            for id in ids {
                guard let item = s.items[id], item.record.action == .hold, item.status == .pending,
                    !item.connected
                else { continue }
                s.items[id]!.connected = true
                marked += 1
            }
            return marked
        }
    }

    public func disconnectAll(replica: String) async throws -> Int {
        let (disconnected, undeliverable) = state.withLockedValue { $0.disconnectAll(replica: replica) }
        hub.publish(undeliverable.map { .delivery($0) })
        return disconnected
    }

    public func failedSignIn(keys: [String], at time: Date) async throws -> Int {
        state.withLockedValue { s in
            var most = 0
            for key in keys {
                var entry = s.signInFailures[key] ?? (0, time)
                if entry.last < time.addingTimeInterval(-3_600) { entry.failures = 0 }
                entry = (entry.failures + 1, time)
                s.signInFailures[key] = entry
                most = max(most, entry.failures)
            }
            return most
        }
    }

    public func succeededSignIn(keys: [String]) async throws {
        state.withLockedValue { s in
            for key in keys { s.signInFailures[key] = nil }
        }
    }

    public func signOut(session: String, until: Date) async throws {
        let now = Date()
        state.withLockedValue { s in
            s.signedOut = s.signedOut.filter { $0.value > now }
            s.signedOut[session] = until
        }
    }

    public func signedOut(at time: Date) async throws -> [String: Date] {
        state.withLockedValue { s in s.signedOut.filter { $0.value > time } }
    }

    public func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String] {
        let (gone, undeliverable) = state.withLockedValue { s in
            s.replicas[replica] = time
            let gone = s.replicas.filter { $0.key != replica && $0.value < staleBefore }.keys.sorted()
            var undeliverable: [Int64] = []
            for name in gone {
                s.replicas[name] = nil
                undeliverable += s.disconnectAll(replica: name).undeliverable
            }
            return (gone, undeliverable)
        }
        hub.publish(undeliverable.map { .delivery($0) })
        return gone
    }

    public func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem] {
        state.withLockedValue { s in
            s.items.values.filter { item in
                item.status == .pending && (item.record.deadline.map { $0 <= time } ?? false)
            }
            .sorted { $0.id < $1.id }.prefix(limit).map { $0 }
        }
    }

    public func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow] {
        guard query.bucket > 0 else { throw ReviewStoreError.invalid("the bucket must be at least a second") }
        return state.withLockedValue { s in
            var counts: [StatisticsKey: Int] = [:]
            for item in s.items.values where item.record.time >= query.since && item.record.time < query.until
            {
                let seconds = Int(item.record.time.timeIntervalSince1970.rounded(.down))
                let bucket = Date(timeIntervalSince1970: Double(seconds - seconds.modulo(query.bucket)))
                for key in item.record.keys(query.dimension) {
                    counts[StatisticsKey(bucket: bucket, key: key, action: item.record.action), default: 0] +=
                        1
                }
            }
            return counts.map {
                StatisticsRow(bucket: $0.key.bucket, key: $0.key.key, action: $0.key.action, count: $0.value)
            }
            .sorted()
        }
    }

    public func counts() async throws -> [ReviewStatus: Int] {
        state.withLockedValue { s in
            s.items.values.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
        }
    }

    public func events() -> AsyncStream<ReviewEvent> { hub.stream() }
    public func decisions() -> AsyncStream<ReviewEvent> { hub.stream(decisionsOnly: true) }

    public func close() async throws { hub.finish() }
}

private struct StatisticsKey: Hashable {
    var bucket: Date
    var key: String
    var action: Action
}

extension NewReviewItem {
    /// The keys an item counts under: its agent, or each distinct rule or category of its hits.
    public func keys(_ dimension: StatisticsDimension) -> [String] {
        switch dimension {
        case .agent: return [agent]
        case .rule: return Array(Set(hits.map(\.rule))).sorted()
        case .category: return Array(Set(hits.map(\.category))).sorted()
        }
    }
}

extension StatisticsRow: Comparable {
    /// By bucket, then key, then action: the order every store returns rows in.
    public static func < (a: StatisticsRow, b: StatisticsRow) -> Bool {
        (a.bucket, a.key, a.action.severity) < (b.bucket, b.key, b.action.severity)
    }
}

extension Int {
    /// The remainder that is never negative.
    func modulo(_ n: Int) -> Int { ((self % n) + n) % n }
}
