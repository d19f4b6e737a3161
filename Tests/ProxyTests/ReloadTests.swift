import Foundation
import NIOConcurrencyHelpers
import NIOPosix
import Policy
import TestSupport
import Testing

@testable import Proxy
@testable import TestHarness

/// Policies reload when their files change or on request, atomically; an invalid new set
/// keeps the old one and says why.
struct ReloadTests {
    static func rule(_ phrase: String) -> String {
        """
        language: en
        rules:
          - id: en.test.word
            category: test
            action: block
            notice: A test rule.
            suggestion: Hello.
            phrases: [\(phrase)]
        """
    }

    /// A folder with a rule on "banana" in `file`, read as `sources` of the folder says and
    /// watched every 50 ms: the store, its started watcher, what it reported, and the file.
    static func watched(_ file: String, _ sources: (String) -> PolicySources) throws -> (
        store: PolicyStore, watcher: PolicyWatcher, reports: NIOLockedValueBox<[String]>, file: URL
    ) {
        let dir = try TemporaryFiles.folder("decorum-reload")
        let url = dir.appendingPathComponent(file)
        try Self.rule("banana").write(to: url, atomically: true, encoding: .utf8)
        let store = PolicyStore(try sources(dir.path).load(), sources: sources(dir.path))
        let reports = NIOLockedValueBox<[String]>([])
        let watcher = PolicyWatcher(store: store) { result in
            reports.withLockedValue {
                switch result {
                case .success(let s): $0.append("ok \(s.rules.count)")
                case .failure(let e): $0.append("error \(e)")
                }
            }
        }
        watcher.start(every: .milliseconds(50), on: MultiThreadedEventLoopGroup.singleton.next())
        #expect(store.policies.check("banana").action == .block)
        return (store, watcher, reports, url)
    }

    /// The rule changes from "banana" to "cherry" and the store follows.
    static func changeToCherry(_ store: PolicyStore, _ file: URL) async throws {
        try Self.rule("cherry").write(to: file, atomically: true, encoding: .utf8)
        try await eventually { store.policies.check("cherry").action == .block }
        #expect(store.policies.check("banana").action == .allow)
    }

    @Test("a changed file is picked up; a broken one keeps the old set and reports why")
    func reloads() async throws {
        let (store, watcher, reports, file) = try Self.watched("en.yaml") { PolicySources(directory: $0) }
        defer { watcher.stop() }
        try await Self.changeToCherry(store, file)

        try "language: en\nrules: [ {id: broken".write(to: file, atomically: true, encoding: .utf8)
        try await eventually { reports.withLockedValue { $0.last?.hasPrefix("error") ?? false } }
        #expect(store.policies.check("cherry").action == .block, "the old set stays")
        #expect(
            reports.withLockedValue { $0.last?.contains("en.yaml") ?? false }, "the reason names the file")

        try Self.rule("plum").write(to: file, atomically: true, encoding: .utf8)
        #expect(try watcher.reload().get().rules.count == 1, "a reload on request (SIGHUP)")
        #expect(store.policies.check("plum").action == .block)
    }

    @Test("a change to a folder added to the built-in pack is picked up; the pack's rules stay")
    func reloadsAnAddedFolder() async throws {
        let (store, watcher, _, file) = try Self.watched("company.yaml") { PolicySources(added: [$0]) }
        defer { watcher.stop() }
        try await Self.changeToCherry(store, file)
        #expect(store.policies.check("It's your fault.").action == .block, "the built-in pack stays")
    }
}
