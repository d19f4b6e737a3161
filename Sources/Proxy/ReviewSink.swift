import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Policy

/// What Decorum records for review: a flagged, held or blocked message.
public struct ReviewRecord: Sendable, Identifiable {
    public var id: UInt64
    /// Seconds since 1970.
    public var time: Double
    public var listener: String
    public var agent: String
    /// The channel or nick the message was for.
    public var conversation: String
    public var action: Action
    public var text: String
    public var hits: [Hit]
    public var suggestion: String?
    /// For holds: how long it may wait for a decision, and what happens then.
    public var holdBudget: Int?
    public var onTimeout: Action?
}

/// What a supervisor (or the rule's time budget) decided about a held message.
public enum HoldDecision: Sendable, Equatable {
    case approve
    case reject(note: String?)
    /// Deliver the supervisor's corrected text instead.
    case edit(String)
    /// Nobody answered within the budget; the rule's default applies (`allow` delivers).
    case timedOut(Action)
}

/// Where flags, holds and blocks go. A hold's future completes with the decision.
public protocol ReviewSink: Sendable {
    func record(_ record: ReviewRecord)
    /// Records a held message; completes when it is decided or its budget runs out.
    func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<HoldDecision>
    func nextID() -> UInt64
}

/// The review sink that keeps everything in memory: for tests and for a proxy without a store.
public final class InMemoryReviewSink: ReviewSink {
    private struct State {
        var records: [ReviewRecord] = []
        var pending: [UInt64: EventLoopPromise<HoldDecision>] = [:]
        var next: UInt64 = 1
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    public func nextID() -> UInt64 {
        state.withLockedValue { s in
            defer { s.next += 1 }
            return s.next
        }
    }

    public func record(_ record: ReviewRecord) {
        state.withLockedValue { $0.records.append(record) }
    }

    public func hold(_ record: ReviewRecord, budget: TimeAmount, onTimeout: Action, on loop: any EventLoop)
        -> EventLoopFuture<HoldDecision>
    {
        let promise = loop.makePromise(of: HoldDecision.self)
        state.withLockedValue { s in
            s.records.append(record)
            s.pending[record.id] = promise
        }
        let id = record.id
        loop.scheduleTask(in: budget) { [weak self] in
            _ = self?.decide(id, .timedOut(onTimeout))
        }
        return promise.futureResult
    }

    /// Decides a held message; false when it is not (or no longer) waiting.
    @discardableResult
    public func decide(_ id: UInt64, _ decision: HoldDecision) -> Bool {
        let promise = state.withLockedValue { $0.pending.removeValue(forKey: id) }
        guard let promise else { return false }
        promise.succeed(decision)
        return true
    }

    public var records: [ReviewRecord] { state.withLockedValue { $0.records } }
    public var pendingHolds: [UInt64] { state.withLockedValue { Array($0.pending.keys).sorted() } }
}

/// The policies in force, swapped atomically on reload; an invalid new set keeps the old one.
public final class PolicyStore: Sendable {
    private let current: NIOLockedValueBox<PolicySet>
    private let generationCounter = ManagedAtomic(0)
    public let directory: String?

    /// Goes up with every successful reload: a cheap way to tell that the set changed.
    public var generation: Int { generationCounter.load(ordering: .acquiring) }

    public init(_ set: PolicySet, directory: String?) {
        current = NIOLockedValueBox(set)
        self.directory = directory
    }

    public var policies: PolicySet { current.withLockedValue { $0 } }

    /// Loads the directory again; on error the old set stays and the error is returned.
    public func reload() -> Result<PolicySet, PolicyError> {
        do throws(PolicyError) {
            let set: PolicySet
            if let directory {
                set = try PolicySet.load(directory: directory)
            } else {
                set = try PolicySet.bundled()
            }
            current.withLockedValue { $0 = set }
            generationCounter.wrappingIncrement(ordering: .releasing)
            return .success(set)
        } catch {
            return .failure(error)
        }
    }
}

/// Reloads the policies when their files change (checked every `interval`), and on request.
public final class PolicyWatcher: Sendable {
    public let store: PolicyStore
    private let task: NIOLockedValueBox<RepeatedTask?> = NIOLockedValueBox(nil)
    private let fingerprint: NIOLockedValueBox<String>
    /// Told of each reload: the new rule count, or why the old set stays.
    private let report: @Sendable (Result<PolicySet, PolicyError>) -> Void

    public init(store: PolicyStore, report: @escaping @Sendable (Result<PolicySet, PolicyError>) -> Void) {
        self.store = store
        self.report = report
        self.fingerprint = NIOLockedValueBox(store.directory.map(PolicyWatcher.fingerprint) ?? "")
    }

    /// Starts checking the files every `interval` on `loop` (nothing to watch for the bundled pack).
    public func start(every interval: TimeAmount, on loop: any EventLoop) {
        guard store.directory != nil else { return }
        let scheduled = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { [weak self] _ in
            self?.checkForChanges()
        }
        task.withLockedValue { $0 = scheduled }
    }

    public func stop() {
        task.withLockedValue {
            $0?.cancel()
            $0 = nil
        }
    }

    /// Reloads now (SIGHUP).
    @discardableResult
    public func reload() -> Result<PolicySet, PolicyError> {
        let result = store.reload()
        if let directory = store.directory {
            fingerprint.withLockedValue { $0 = PolicyWatcher.fingerprint(directory) }
        }
        report(result)
        return result
    }

    func checkForChanges() {
        guard let directory = store.directory else { return }
        let now = PolicyWatcher.fingerprint(directory)
        let changed = fingerprint.withLockedValue { old in
            defer { old = now }
            return old != now
        }
        if changed { reload() }
    }

    /// The policy files with their sizes and modification times.
    static func fingerprint(_ directory: String) -> String {
        PolicyLoader.policyFiles(in: directory).map { path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path):\(size):\(date)"
        }.joined(separator: "\n")
    }
}
