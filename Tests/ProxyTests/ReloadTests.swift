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

    @Test("a changed file is picked up; a broken one keeps the old set and reports why")
    func reloads() async throws {
        let dir = try TemporaryFiles.folder("decorum-reload")
        let file = dir.appendingPathComponent("en.yaml")
        try Self.rule("banana").write(to: file, atomically: true, encoding: .utf8)
        let store = PolicyStore(try PolicySet.load(directory: dir.path), directory: dir.path)
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
        defer { watcher.stop() }
        #expect(store.policies.check("banana").action == .block)

        try Self.rule("cherry").write(to: file, atomically: true, encoding: .utf8)
        try await eventually { store.policies.check("cherry").action == .block }
        #expect(store.policies.check("banana").action == .allow)

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
        let dir = try TemporaryFiles.folder("decorum-reload-added")
        let file = dir.appendingPathComponent("company.yaml")
        try Self.rule("banana").write(to: file, atomically: true, encoding: .utf8)
        let sources = PolicySources(added: [dir.path])
        let store = PolicyStore(try sources.load(), sources: sources)
        let watcher = PolicyWatcher(store: store) { _ in }
        watcher.start(every: .milliseconds(50), on: MultiThreadedEventLoopGroup.singleton.next())
        defer { watcher.stop() }
        #expect(store.policies.check("banana").action == .block)
        try Self.rule("cherry").write(to: file, atomically: true, encoding: .utf8)
        try await eventually { store.policies.check("cherry").action == .block }
        #expect(store.policies.check("banana").action == .allow)
        #expect(store.policies.check("It's your fault.").action == .block, "the built-in pack stays")
    }

}
