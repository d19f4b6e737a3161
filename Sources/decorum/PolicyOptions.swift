import ArgumentParser
import Policy

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The policy pack a command works with: a folder, or the one that ships with Decorum.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of policy files (default: the bundled pack).")
    var policies: String?

    func load() throws -> PolicySet {
        do {
            if let policies { return try PolicySet.load(directory: policies) }
            return try PolicySet.bundled()
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
