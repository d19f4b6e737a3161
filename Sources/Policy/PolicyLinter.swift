/// Structural checks of a policy pack beyond what loading enforces.
public enum PolicyLinter {
    public static let minimumMatchExamples = 3
    public static let minimumNoMatchExamples = 2

    /// Problems of `rules` compiled as `set`: too few examples, no suggestion for a phrase,
    /// suggestions that break a rule themselves, duplicate phrases, ids not prefixed by their
    /// language, holds without a time budget.
    public static func lint(_ set: PolicySet) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        for rule in set.rules {
            func problem(_ line: Int, _ message: String) {
                problems.append(
                    PolicyProblem(file: rule.file, line: line, message: "rule '\(rule.id)': \(message)"))
            }
            if rule.mustMatch.count < minimumMatchExamples {
                problem(
                    rule.line,
                    "has \(rule.mustMatch.count) 'match' examples, needs at least \(minimumMatchExamples)")
            }
            if rule.mustNotMatch.count < minimumNoMatchExamples {
                problem(
                    rule.line,
                    "has \(rule.mustNotMatch.count) 'no-match' examples, needs at least \(minimumNoMatchExamples)"
                )
            }
            if !rule.id.hasPrefix(rule.language + ".") {
                problem(rule.line, "id should start with its language, '\(rule.language).'")
            }
            if rule.action == .hold && rule.holdBudget == nil {
                problem(rule.line, "a hold rule needs 'hold: {budget: …, on-timeout: …}'")
            }
            var seen: Set<String> = []
            for phrase in rule.phrases + rule.exceptions {
                let form = set.normalizer.normalize(phrase.text).text + (phrase.openEnd ? "*" : "")
                if !seen.insert((phrase.openStart ? "*" : "") + form).inserted {
                    problem(phrase.line, "phrase '\(phrase.written)' is written twice (after normalization)")
                }
            }
            for phrase in rule.phrases where phrase.suggestion == nil && rule.suggestion == nil {
                problem(phrase.line, "phrase '\(phrase.written)' has no suggestion, and the rule has none")
            }
            var suggestions = rule.phrases.compactMap(\.suggestion).filter { !$0.isEmpty }
            if let s = rule.suggestion { suggestions.append(s) }
            for s in Set(suggestions) {
                let verdict = set.check(s)
                if let hit = verdict.hits.first {
                    problem(rule.line, "suggestion '\(s)' itself hits rule '\(hit.rule)' on '\(hit.text)'")
                }
            }
        }
        return problems
    }
}

/// Runs every rule's examples against a compiled pack.
public enum PolicyTester {
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var rule: String
        public var file: String
        public var line: Int
        public var example: String
        public var expectedMatch: Bool
        /// The rules the example did hit.
        public var hits: [String]

        public var description: String {
            let what = expectedMatch ? "should hit it but hit" : "should not hit it but did"
            let found = hits.isEmpty ? "nothing" : hits.joined(separator: ", ")
            return "\(file):\(line): rule '\(rule)': example “\(example)” \(what)"
                + (expectedMatch ? " \(found)" : "")
        }
    }

    public struct Report: Sendable {
        public var examples: Int
        public var failures: [Failure]
    }

    public static func run(_ set: PolicySet) -> Report {
        var examples = 0
        var failures: [Failure] = []
        for rule in set.rules {
            for (list, expected) in [(rule.mustMatch, true), (rule.mustNotMatch, false)] {
                for example in list {
                    examples += 1
                    let hits = set.check(example).hits.map(\.rule)
                    if hits.contains(rule.id) != expected {
                        failures.append(
                            Failure(
                                rule: rule.id, file: rule.file, line: rule.line, example: example,
                                expectedMatch: expected, hits: hits))
                    }
                }
            }
        }
        return Report(examples: examples, failures: failures)
    }
}
