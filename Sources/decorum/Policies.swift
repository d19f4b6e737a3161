import ArgumentParser
import Policy

struct Policies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "Lint and test policy files.",
        subcommands: [Lint.self, Test.self, Evasions.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the structure of a policy pack: ids, actions, suggestions, example counts.")

        @Argument(help: "The policy folder (default: the bundled pack).")
        var directory: String?

        func run() throws {
            let set = try PolicyOptions(policies: directory).load()
            let problems = PolicyLinter.lint(set)
            for p in problems { print(p) }
            print(
                "\(set.rules.count) rules, \(set.phraseCount) phrases, languages \(set.languages.joined(separator: " ")): "
                    + (problems.isEmpty ? "no problems" : "\(problems.count) problems"))
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples: must-match examples hit their rule, the others don't.")

        @Argument(help: "The policy folder (default: the bundled pack).")
        var directory: String?

        func run() throws {
            let set = try PolicyOptions(policies: directory).load()
            let report = PolicyTester.run(set)
            for f in report.failures { print(f) }
            print("\(report.examples - report.failures.count) passed, \(report.failures.count) failed")
            if !report.failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct Evasions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Apply every evasion kind to the words each rule's examples hit, and count what is still caught."
        )

        @Argument(help: "The policy folder (default: the bundled pack).")
        var directory: String?

        @Option(help: "How many misses to list.")
        var show: Int = 20

        func run() throws {
            let set = try PolicyOptions(policies: directory).load()
            let report = EvasionReport.run(set)
            let kinds = Evasion.allCases
            print("| language | " + kinds.map(\.rawValue).joined(separator: " | ") + " | all |")
            print("|---|" + kinds.map { _ in "---:|" }.joined() + "---:|")
            for language in report.cells.keys.sorted() {
                let cells = report.cells[language]!
                let row = kinds.map { k -> String in
                    guard let c = cells[k], c.tried > 0 else { return "—" }
                    return "\(c.caught)/\(c.tried)"
                }
                print(
                    "| \(language) | " + row.joined(separator: " | ") + " | " + percent(report.rate(language))
                        + " |")
            }
            print(
                "caught \(report.caught) of \(report.tried) evaded examples ("
                    + percent(
                        report.tried == 0 ? 1 : Double(report.caught) / Double(report.tried)) + ")")
            for miss in report.misses.prefix(show) {
                print("  missed (\(miss.evasion.rawValue)) \(miss.rule): \(miss.text.debugDescription)")
            }
        }

        func percent(_ x: Double) -> String {
            String(Int((x * 1000).rounded()) / 10) + "." + String(Int((x * 1000).rounded()) % 10) + "%"
        }
    }
}

extension PolicyOptions {
    init(policies: String?, extraPolicies: String? = nil) {
        self.init()
        self.policies = policies
        self.extraPolicies = extraPolicies
    }
}
