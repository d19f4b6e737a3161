import Foundation
import Policy
import Testing

/// Policy files with mistakes: each gets an error naming the file, the line and what is wrong,
/// and a set with any mistake never half-loads.
struct LoaderTests {
    static let good = """
        language: en
        rules:
          - id: en.test.guarantee
            category: false-promise
            action: flag
            notice: Don't promise.
            suggestion: Our team is on it.
            phrases: [guarante*]
            exceptions: [can't guarantee]
        """

    func problems(_ files: [(String, String)]) -> [PolicyProblem] {
        do {
            _ = try PolicyLoader.load(sources: files.map { (name: $0.0, text: $0.1) })
            return []
        } catch {
            return error.problems
        }
    }

    @Test("a good file loads")
    func goodFile() throws {
        let rules = try PolicyLoader.load(sources: [(name: "good.yaml", text: Self.good)])
        #expect(rules.count == 1)
        #expect(rules[0].phrases[0].openEnd)
        #expect(rules[0].phrases[0].text == "guarante")
        #expect(rules[0].line == 3)
    }

    @Test("YAML syntax errors name the file and line")
    func syntax() {
        let p = problems([("bad.yaml", "language: en\nrules:\n  - id: [unclosed\n    category: x\n")])
        #expect(p.count == 1)
        #expect(p.first?.file == "bad.yaml")
        #expect((p.first?.line ?? 0) >= 3)
        #expect(p.first?.message.hasPrefix("YAML:") == true)
    }

    @Test("unknown keys, unknown actions and missing fields are reported with their lines")
    func fields() {
        let text = """
            language: en
            rules:
              - id: en.a
                category: c
                action: shout
                notice: n
                phrases: [x]
                suggestoin: typo
              - id: en.b
                category: c
                action: warn
                phrases: [y]
            """
        let p = problems([("f.yaml", text)])
        #expect(p.contains { $0.line == 5 && $0.message.contains("unknown action 'shout'") })
        #expect(p.contains { $0.line == 8 && $0.message.contains("unknown key 'suggestoin'") })
        #expect(p.contains { $0.line == 9 && $0.message.contains("missing 'notice'") })
    }

    @Test("a rule with no phrases is an error")
    func noPhrases() {
        let text =
            "language: en\nrules:\n  - id: en.a\n    category: c\n    action: warn\n    notice: n\n    phrases: []\n"
        let p = problems([("f.yaml", text)])
        #expect(p.contains { $0.line == 7 && $0.message.contains("needs at least one phrase") })
    }

    @Test("two rules with one id are an error naming both places")
    func duplicateIDs() {
        let p = problems([("a.yaml", Self.good), ("b.yaml", Self.good)])
        #expect(p.count == 1)
        #expect(p[0].file == "b.yaml" && p[0].message.contains("a.yaml:3"))
    }

    @Test("a phrase that normalizes to nothing is an error naming its rule and line")
    func emptyPhrase() throws {
        let text =
            "language: en\nrules:\n  - id: en.a\n    category: c\n    action: warn\n    notice: n\n    suggestion: s\n    phrases:\n      - ok\n      - \"...\"\n"
        let rules = try PolicyLoader.load(sources: [(name: "f.yaml", text: text)])
        #expect(throws: PolicyError.self) { try PolicySet(rules: rules) }
        do {
            _ = try PolicySet(rules: rules)
        } catch {
            #expect(error.problems.first?.line == 10)
            #expect(error.problems.first?.message.contains("normalizes to nothing") == true)
        }
    }

    @Test("one bad file among good ones loads nothing")
    func allOrNothing() {
        let p = problems([("good.yaml", Self.good), ("bad.yaml", "language: en\nrules: 3\n")])
        #expect(p.count == 1)
        #expect(p[0].file == "bad.yaml")
        #expect(throws: PolicyError.self) {
            try PolicyLoader.load(sources: [
                (name: "good.yaml", text: Self.good), (name: "bad.yaml", text: "language: en\nrules: 3\n"),
            ])
        }
    }

    @Test("a folder without policy files is an error")
    func emptyFolder() {
        #expect(throws: PolicyError.self) {
            try PolicyLoader.load(directory: "/nonexistent-decorum-policies")
        }
    }

    @Test("hold budgets parse, and bad ones are errors")
    func holdBudget() throws {
        func rule(_ hold: String) -> String {
            "language: en\nrules:\n  - id: en.a\n    category: c\n    action: hold\n    notice: n\n    phrases: [x]\n    hold: \(hold)\n"
        }
        let ok = try PolicyLoader.load(sources: [(name: "f", text: rule("{budget: 10m, on-timeout: block}"))])
        #expect(ok[0].holdBudget == 600 && ok[0].onTimeout == .block)
        #expect(!problems([("f", rule("{budget: soon}"))]).isEmpty)
        #expect(!problems([("f", rule("{budget: 5m, on-timeout: flag}"))]).isEmpty)
    }

    @Test("a folder mounted from a ConfigMap: the linked files load once, hidden copies are skipped")
    func configMapFolder() throws {
        let files = FileManager.default
        let root = files.temporaryDirectory.appendingPathComponent("policies-\(UUID().uuidString)")
        let data = root.appendingPathComponent("..2026_11_22_00_00_00.1")
        try files.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: root) }
        let text = try String(contentsOfFile: "Policies/en.yaml", encoding: .utf8)
        try text.write(to: data.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
        try files.createSymbolicLink(
            atPath: root.appendingPathComponent("..data").path, withDestinationPath: data.lastPathComponent)
        try files.createSymbolicLink(
            atPath: root.appendingPathComponent("en.yaml").path, withDestinationPath: "..data/en.yaml")
        #expect(PolicyLoader.policyFiles(in: root.path) == [root.appendingPathComponent("en.yaml").path])
        let rules = try PolicyLoader.load(directory: root.path)
        #expect(rules.count == Set(rules.map(\.id)).count)
        #expect(rules.allSatisfy { $0.language == "en" } && !rules.isEmpty)
    }
}
