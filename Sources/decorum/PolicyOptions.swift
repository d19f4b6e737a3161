import ArgumentParser
import Policy

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The policy pack a command works with: a folder, or the one that ships with Decorum, and a
/// folder of the company's own rules on top of it.
struct PolicyOptions: ParsableArguments {
    /// The options' help, which `serve` shows too.
    static let policiesHelp = ArgumentHelp("A folder of policy files (default: the bundled pack).")
    static let extraPoliciesHelp = ArgumentHelp(
        "A folder of policy files added to the others (the company's own rules, such as competitors' names).")

    @Option(name: .long, help: policiesHelp)
    var policies: String?

    @Option(name: .long, help: extraPoliciesHelp)
    var extraPolicies: String?

    var sources: PolicySources { PolicySources(directory: policies, added: extraPolicies.map { [$0] } ?? []) }

    func load() throws -> PolicySet {
        do {
            return try sources.load()
        } catch {
            throw PolicyLoadFailure(error: error)
        }
    }
}

struct PolicyLoadFailure: Error, CustomStringConvertible {
    let error: PolicyError
    var description: String { "the policies could not be loaded:\n" + error.description }
}

/// Output formats of the commands that print verdicts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum Terminal {
    static var isStandardOutput: Bool { isatty(1) == 1 }
    static var isStandardError: Bool { isatty(2) == 1 }
}
