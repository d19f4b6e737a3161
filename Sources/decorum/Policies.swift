import ArgumentParser
import Policy

struct Policies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "Lint and test policy files.",
        subcommands: [Lint.self, Test.self]
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
}

extension PolicyOptions {
    init(policies: String?) {
        self.init()
        self.policies = policies
    }
}
