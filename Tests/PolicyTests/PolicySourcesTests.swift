import Foundation
import Policy
import TestSupport
import Testing

/// A company's own rules in a folder added to the built-in pack (or to a folder of policies):
/// one set, loaded all or nothing.
struct PolicySourcesTests {
    static let template = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Deploy/config/company-policies").path

    /// A folder of `files`, removed with the test process's others.
    static func folder(_ files: [String: String]) throws -> String {
        let url = try TemporaryFiles.folder("sources")
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    static func rule(id: String, phrase: String) -> String {
        """
        language: en
        rules:
          - id: \(id)
            category: test
            action: warn
            notice: A test rule.
            suggestion: Hello.
            phrases: [\(phrase)]
        """
    }

    @Test("the company template's rules are added to the built-in pack, whose rules still hit")
    func templateOnTheBuiltInPack() throws {
        let bundled = try PolicySet.bundled()
        let sources = PolicySources(added: [Self.template])
        let set = try sources.load()
        #expect(set.rules.count == bundled.rules.count + 1)
        let v = set.check("It's your fault, and OtherTel's app is better anyway.")
        #expect(v.hits.map(\.rule) == ["en.criticizing-client.blame", "en.company.competitors"])
        #expect(v.hits.last?.text == "OtherTel's")
        #expect(v.hits.last?.action == .flag)
        #expect(v.action == .block)
        #expect(set.check("У Райвалко тарифи дешевші.").hits.map(\.text) == ["Райвалко"])
        #expect(bundled.check("Rivalco is cheaper.").hits.isEmpty)
        #expect("\(sources)" == "the built-in pack + \(Self.template)")
    }

    @Test("added to a folder of policies rather than to the built-in pack")
    func onAFolder() throws {
        let base = try Self.folder(["base.yaml": Self.rule(id: "en.test.fruit", phrase: "banana")])
        let set = try PolicySources(directory: base, added: [Self.template]).load()
        #expect(set.rules.map(\.id) == ["en.test.fruit", "en.company.competitors"])
        #expect(set.check("banana from rivalco").hits.count == 2)
    }

    @Test("a rule id of the pack used again in the added folder is an error naming both places")
    func idUsedTwice() throws {
        let added = try Self.folder(["a.yaml": Self.rule(id: "en.shouting", phrase: "zebra")])
        #expect {
            try PolicySources(added: [added]).load()
        } throws: { error in
            let problems = (error as? PolicyError)?.problems ?? []
            return problems.count == 1 && problems[0].file.hasSuffix("/a.yaml") && problems[0].line == 3
                && problems[0].message.contains("'en.shouting' is already used at Policies/en.yaml:")
        }
    }

    @Test("an added folder that is missing, or holds a broken file, loads nothing and says where")
    func brokenAddition() throws {
        #expect {
            try PolicySources(added: ["/nonexistent-decorum-company"]).load()
        } throws: { error in
            (error as? PolicyError)?.problems.first?.file == "/nonexistent-decorum-company"
        }
        let broken = try Self.folder(["b.yaml": "language: en\nrules: [ {id: broken"])
        #expect {
            try PolicySources(added: [broken]).load()
        } throws: { error in
            (error as? PolicyError)?.problems.first?.file.hasSuffix("/b.yaml") == true
        }
    }
}
