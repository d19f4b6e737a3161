import Foundation
import NIOPosix

/// Why a store call did not do what was asked.
public enum ReviewStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    case notFound(Int64)
    /// The item was decided before (its status now).
    case alreadyDecided(Int64, ReviewStatus)
    /// The decision does not apply to this kind of item (approve on a flag, dismiss on a hold).
    case notApplicable(Int64, DecisionKind)
    /// An edit without text, a query out of bounds.
    case invalid(String)
    /// The database refused or could not be reached.
    case unavailable(String)

    public var description: String {
        switch self {
        case .notFound(let id): return "no review item \(id)"
        case .alreadyDecided(let id, let status): return "item \(id) was already decided (\(status.rawValue))"
        case .notApplicable(let id, let kind): return "\(kind.rawValue) does not apply to item \(id)"
        case .invalid(let reason): return reason
        case .unavailable(let reason): return "the review store is unavailable: \(reason)"
        }
    }

    /// Refuses an edit that could not be delivered as written: without text (or only white
    /// space), or with a NUL character (a chat line ends there, and the rest would be lost).
    static func checkEdit(_ kind: DecisionKind, _ text: String?) throws {
        guard kind == .edit else { return }
        let text = text ?? ""
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ReviewStoreError.invalid("an edit needs the corrected text")
        }
        if text.utf8.contains(0) {
            throw ReviewStoreError.invalid("an edit cannot contain a NUL character")
        }
    }
}

/// The durable record of flags, holds, blocks and decisions. Every implementation passes the
/// same conformance suite (`Tests/ReviewTests`).
public protocol ReviewStore: Sendable {
    /// Creates or upgrades the schema; safe to call on every start.
    func migrate() async throws

    /// Records items in one transaction; returns their ids in order. When this returns, they
    /// are durable.
    func insert(_ items: [NewReviewItem]) async throws -> [Int64]

    /// Records items as cheaply as the store can, in one transaction; returns their ids in
    /// order. When this returns they are durable and numbered, but flags and blocks may reach
    /// `item`, `list`, the counts and the events only once ``indexJournal()`` has moved them into
    /// the tables (holds are there at once: they are decided and expire there).
    func append(_ items: [NewReviewItem]) async throws -> [Int64]

    /// Moves the oldest batch of appended items into the tables, publishing their `recorded`
    /// events; returns how many it moved (0: nothing waits). Any replica may move any batch.
    func indexJournal() async throws -> Int

    func item(_ id: Int64) async throws -> ReviewItem?

    /// The audit trail of one item, oldest first.
    func decisions(of id: Int64) async throws -> [ReviewDecision]

    func list(_ query: ReviewQuery) async throws -> ReviewPage

    /// Decides an undecided item, appending to the audit trail, in one transaction. A decided
    /// hold gets delivery `pending` (to be sent or told on the agent's connection) unless its
    /// connection is known to be gone, then `undeliverable`; an expiry whose default is not
    /// `allow` is still told to the agent. Throws `notFound`, `alreadyDecided` (nothing
    /// changes: no double delivery) or `notApplicable`.
    func decide(
        _ id: Int64, _ kind: DecisionKind, actor: String, note: String?, text: String?, at time: Date
    ) async throws -> ReviewItem

    /// What became of a decided hold on the agent's connection.
    func setDelivery(_ id: Int64, _ delivery: Delivery) async throws

    /// The agent's connection for these holds is gone (they can still be decided; delivery will
    /// be `undeliverable`).
    func disconnected(_ ids: [Int64]) async throws

    /// A replica started again: its earlier connections are all gone (its holds disconnected, its
    /// decided holds waiting for delivery undeliverable). Returns how many holds it disconnected.
    @discardableResult
    func disconnectAll(replica: String) async throws -> Int

    /// The agents of these holds are still connected: the replica holding them was judged gone
    /// (it could not reach the store for a while) but was running all along. Its undecided holds
    /// among them are connected again; returns how many were marked.
    @discardableResult
    func reconnected(_ ids: [Int64]) async throws -> Int

    /// Notes that `replica` is alive at `time`. Replicas last seen before `staleBefore` are gone
    /// for good (stopped, or started again under another name, as a pod is): their connections
    /// are treated as ``disconnectAll(replica:)`` does, and they are forgotten. Returns them.
    @discardableResult
    func heartbeat(replica: String, at time: Date, staleBefore: Date) async throws -> [String]

    /// Pending holds whose deadline is at or before `time`, oldest first.
    func expiredHolds(at time: Date, limit: Int) async throws -> [ReviewItem]

    func statistics(_ query: StatisticsQuery) async throws -> [StatisticsRow]

    /// Counts of items per status (for the console's tabs).
    func counts() async throws -> [ReviewStatus: Int]

    /// Every change from now on, from every replica sharing the store. Each call returns a new
    /// stream; it ends when the store closes.
    func events() -> AsyncStream<ReviewEvent>

    /// The `decided` events of ``events()`` alone: what the proxy's review sink follows, spared
    /// an event for every record written.
    func decisions() -> AsyncStream<ReviewEvent>

    /// A console session signed out before it expires (`until`), for every replica's console to
    /// refuse it.
    func signOut(session: String, until: Date) async throws

    /// The sessions signed out that would not have expired yet at `time`, with their expiry.
    func signedOut(at time: Date) async throws -> [String: Date]

    /// Counts a failed console sign-in against each key (an account, an address), for every
    /// replica's console to slow the next one down; a count an hour old starts again. Returns the
    /// highest count.
    func failedSignIn(keys: [String], at time: Date) async throws -> Int

    /// A sign-in succeeded: its keys' counts start again.
    func succeededSignIn(keys: [String]) async throws

    func close() async throws
}

extension ReviewStore {
    /// A store without a journal records everything at once.
    public func append(_ items: [NewReviewItem]) async throws -> [Int64] { try await insert(items) }
    public func indexJournal() async throws -> Int { 0 }
    public func decisions() -> AsyncStream<ReviewEvent> { events() }
    /// A store that does not mark holds disconnected when a replica is judged gone has none to
    /// mark connected again.
    public func reconnected(_ ids: [Int64]) async throws -> Int { 0 }
}

/// The event loop the review stores' connections run on: a thread of their own, so that a reply
/// from the database is read at once rather than after every busy agent connection of the
/// relay's loops has had its turn (the journal's commits wait on those replies).
enum ReviewStoreLoop {
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
}
