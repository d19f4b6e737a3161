import ArgumentParser
import Console
import Foundation

/// Helpers for the console's accounts: password hashes and API tokens for the configuration.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Make password hashes and API tokens for console accounts.",
        subcommands: [HashPassword.self, NewToken.self]
    )

    struct HashPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a password (one line on standard input) and print its bcrypt hash.",
            discussion:
                "Put the hash in an account's password-hash. Example: echo 'a long passphrase' | decorum console hash-password"
        )

        @Option(help: "bcrypt cost (4…31).")
        var cost: UInt8 = 12

        func run() throws {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw ValidationError("give the password on standard input")
            }
            guard (4...31).contains(cost) else { throw ValidationError("the cost must be 4…31") }
            print(Console.hashPassword(line, cost: cost))
        }
    }

    struct NewToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new random API token and the SHA-256 digest that goes in an account's tokens.")

        func run() {
            let token = Console.makeToken()
            print("token:  \(token)")
            print("digest: \(Console.tokenDigest(token))")
        }
    }
}
