import ArgumentParser

@main
struct Decorum: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decorum",
        abstract: "A real-time chat moderation proxy.",
        subcommands: [Check.self, Scan.self, Policies.self, Bench.self]
    )
}
