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

    /// A file whose one rule has the usual keys, with `changes` replacing or adding keys in
    /// order; the first key is on line 3, each next one on the next line.
    static func rule(_ changes: [(key: String, value: String)]) -> (text: String, lines: [String: Int]) {
        var keys: [(key: String, value: String)] = [
            ("id", "en.t"), ("category", "c"), ("action", "flag"), ("notice", "n"), ("phrases", "[x]"),
        ]
        for change in changes {
            if let i = keys.firstIndex(where: { $0.key == change.key }) {
                keys[i] = change
            } else {
                keys.append(change)
            }
        }
        var text = "language: en\nrules:\n"
        var lines: [String: Int] = [:]
        for (i, pair) in keys.enumerated() {
            text += (i == 0 ? "  - " : "    ") + "\(pair.key): \(pair.value)\n"
            lines[pair.key] = 3 + i
        }
        return (text, lines)
    }

    @Test("the example of a hold rule with lists for texts is refused with each place named")
    func holdWithLists() {
        let text = """
            language: en
            rules:
              - id: t.x
                category: c
                action: hold
                notice: n
                hold: {budget: [1], on-timeout: [allow]}
                phrases:
                  - {phrase: fine, suggestion: [a]}
            """
        let p = problems([("p6/a.yaml", text)])
        let shown = p.map(\.description)
        #expect(shown.contains("p6/a.yaml:7: 'budget' must be text such as 10m, not a list"), "\(shown)")
        #expect(
            shown.contains("p6/a.yaml:7: 'on-timeout' must be text (allow or block), not a list"), "\(shown)")
        #expect(shown.contains("p6/a.yaml:9: 'suggestion' must be text, not a list"), "\(shown)")
        #expect(p.count == 3, "\(shown)")
    }

    /// Rows of (key, value given, what the error says); the error is on the key's line.
    static let wrongTypes: [(key: String, value: String, message: String)] = [
        ("id", "[en.t]", "'id' must be text, not a list"),
        ("id", "{a: b}", "'id' must be text, not a mapping"),
        ("category", "[c]", "'category' must be text, not a list"),
        ("action", "[flag]", "'action' must be text (warn, flag, hold or block), not a list"),
        ("seed", "{r: 1}", "'seed' must be text such as R1, not a mapping"),
        ("notice", "[n]", "'notice' must be text, not a list"),
        ("suggestion", "[s]", "'suggestion' must be text, not a list"),
        ("diacritics", "[keep]", "'diacritics' must be text (strip, keep or typed), not a list"),
        ("position", "{at: opening}", "'position' must be text (anywhere or opening), not a mapping"),
        ("own-language", "maybe", "'own-language' must be true or false, not text"),
        ("own-language", "[true]", "'own-language' must be true or false, not a list"),
        ("phrases", "fine", "'phrases' must be a list of phrases, not text"),
        ("phrases", "{phrase: fine}", "'phrases' must be a list of phrases, not a mapping"),
        ("phrases", "", "'phrases' must be a list of phrases, not an empty value"),
        (
            "phrases", "[[fine]]",
            "each of 'phrases' must be text or a mapping with phrase and suggestion, not a list"
        ),
        ("phrases", "[{phrase: [fine]}]", "'phrase' must be text, not a list"),
        ("phrases", "[{phrase: fine, suggestion: {a: b}}]", "'suggestion' must be text, not a mapping"),
        ("phrases", "[{suggestion: ok}]", "a phrase given as a mapping needs 'phrase'"),
        ("exceptions", "not this", "'exceptions' must be a list of phrases, not text"),
        ("exceptions", "[{phrase: [a]}]", "'phrase' must be text, not a list"),
        ("hold", "10m", "'hold' must be a mapping with budget and on-timeout, not text"),
        ("hold", "[10m, block]", "'hold' must be a mapping with budget and on-timeout, not a list"),
        ("hold", "{budget: {m: 10}}", "'budget' must be text such as 10m, not a mapping"),
        (
            "hold", "{budget: 10m, on-timeout: {a: b}}",
            "'on-timeout' must be text (allow or block), not a mapping"
        ),
        ("examples", "[a, b]", "'examples' must be a mapping with match and no-match lists, not a list"),
        ("examples", "{match: a}", "'examples.match' must be a list of texts, not text"),
        ("examples", "{no-match: {a: b}}", "'examples.no-match' must be a list of texts, not a mapping"),
        ("examples", "{match: [[a]]}", "each of 'examples.match' must be text, not a list"),
    ]

    @Test("a value of the wrong type is an error naming the file, the line and both types")
    func wrongType() {
        for row in Self.wrongTypes {
            let (text, lines) = Self.rule([(row.key, row.value)])
            let p = problems([("f.yaml", text)])
            let expected = PolicyProblem(file: "f.yaml", line: lines[row.key] ?? 0, message: row.message)
            #expect(p == [expected], "\(row.key): \(row.value)")
        }
    }

    @Test("'language' and 'rules' of the wrong type, and a rule that is not a mapping, are errors")
    func wrongTypeAtTheTop() {
        let rule = "  - {id: en.t, category: c, action: flag, notice: n, phrases: [x]}\n"
        #expect(
            problems([("f.yaml", "language: [en]\nrules:\n" + rule)]).map(\.description) == [
                "f.yaml:1: 'language' must be text such as en, not a list"
            ])
        #expect(
            problems([("f.yaml", "language: en\nrules: {id: en.t}\n")]).map(\.description) == [
                "f.yaml:2: 'rules' must be a list of rules, not a mapping"
            ])
        #expect(
            problems([("f.yaml", "language: en\nrules:\n" + rule + "  - en.u\n")]).map(\.description) == [
                "f.yaml:4: a rule must be a mapping, not text"
            ])
        #expect(
            problems([("f.yaml", "- language: en\n")]).map(\.description) == [
                "f.yaml:1: a policy file must be a mapping with 'language' and 'rules', not a list"
            ])
    }

    @Test("a file with one wrongly typed value loads none of its rules, nor any other file's")
    func wrongTypeLoadsNothing() {
        let bad =
            "language: en\nrules:\n  - {id: en.u, category: c, action: flag, notice: [n], phrases: [y]}\n"
        #expect(throws: PolicyError.self) {
            try PolicyLoader.load(sources: [
                (name: "good.yaml", text: Self.good), (name: "bad.yaml", text: bad),
            ])
        }
        #expect(problems([("good.yaml", Self.good), ("bad.yaml", bad)]).map(\.file) == ["bad.yaml"])
    }

    @Test("a duplicate key is an error on the line of the repeat, naming the first")
    func duplicateKeys() {
        let (text, lines) = Self.rule([("exceptions", "[a]"), ("phrases", "[b]")])
        let repeated = text + "    phrases: [c]\n"
        #expect(lines["phrases"] == 7)
        #expect(
            problems([("p6/a.yaml", repeated)]).map(\.description) == [
                "p6/a.yaml:9: YAML: duplicate key 'phrases' (first at line 7)"
            ])
        // The repeat in the second rule, not the first rule's key of the same name.
        let two = """
            language: en
            rules:
              - id: en.a
                category: c
                notice: n
                action: flag
                phrases: [a]
              - id: en.b
                category: c
                notice: n
                action: flag
                phrases: [b]
                examples:
                  match: [b]
                notice: again
            """
        #expect(
            problems([("b.yaml", two)]).map(\.description) == [
                "b.yaml:15: YAML: duplicate key 'notice' (first at line 10)"
            ])
        #expect(
            problems([("c.yaml", "language: en\nlanguage: uk\nrules: []\n")]).map(\.description) == [
                "c.yaml:2: YAML: duplicate key 'language' (first at line 1)"
            ])
        let crlf = "language: en\r\nrules:\r\n  - id: en.a\r\n    'id': en.b\r\n"
        #expect(
            problems([("e.yaml", crlf)]).map(\.description) == [
                "e.yaml:4: YAML: duplicate key 'id' (first at line 3)"
            ])
        let (flow, flowLines) = Self.rule([("hold", "{budget: 1m, budget: 2m}")])
        #expect(
            problems([("d.yaml", flow)]).map(\.description) == [
                "d.yaml:\(flowLines["hold"] ?? 0): YAML: duplicate key 'budget' (first at line \(flowLines["hold"] ?? 0))"
            ])
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
