import ArgumentParser

@main
struct Decorum: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decorum",
        abstract: "A real-time chat moderation proxy.",
        subcommands: [Serve.self, Check.self, Scan.self, Policies.self, ConsoleCommand.self, Bench.self]
    )
}
