import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Policy

/// The policies in force, swapped atomically on reload; an invalid new set keeps the old one.
public final class PolicyStore: Sendable {
    private let current: NIOLockedValueBox<PolicySet>
    private let generationCounter = ManagedAtomic(0)
    /// Where the policies are read from.
    public let sources: PolicySources

    /// Goes up with every successful reload: a cheap way to tell that the set changed.
    public var generation: Int { generationCounter.load(ordering: .acquiring) }

    public init(_ set: PolicySet, sources: PolicySources) {
        current = NIOLockedValueBox(set)
        self.sources = sources
    }

    public convenience init(_ set: PolicySet, directory: String?) {
        self.init(set, sources: PolicySources(directory: directory))
    }

    public var policies: PolicySet { current.withLockedValue { $0 } }

    /// Loads the policies again; on error the old set stays and the error is returned.
    public func reload() -> Result<PolicySet, PolicyError> {
        do throws(PolicyError) {
            let set = try sources.load()
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
        self.fingerprint = NIOLockedValueBox(PolicyWatcher.fingerprint(store.sources.folders))
    }

    /// Starts checking the files every `interval` on `loop` (nothing to watch for the bundled pack).
    public func start(every interval: TimeAmount, on loop: any EventLoop) {
        guard !store.sources.folders.isEmpty else { return }
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
        fingerprint.withLockedValue { $0 = PolicyWatcher.fingerprint(store.sources.folders) }
        report(result)
        return result
    }

    func checkForChanges() {
        let folders = store.sources.folders
        guard !folders.isEmpty else { return }
        let now = PolicyWatcher.fingerprint(folders)
        let changed = fingerprint.withLockedValue { old in
            defer { old = now }
            return old != now
        }
        if changed { reload() }
    }

    /// The policy files of `folders` with their sizes and modification times.
    static func fingerprint(_ folders: [String]) -> String {
        folders.flatMap(PolicyLoader.policyFiles(in:)).map { path in
            // The file a link points to: a ConfigMap update swaps links, not files.
            let attributes = try? FileManager.default.attributesOfItem(
                atPath: (path as NSString).resolvingSymlinksInPath)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path):\(size):\(date)"
        }.joined(separator: "\n")
    }
}
