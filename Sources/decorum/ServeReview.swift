import Console
import Foundation
import Logging
import Review

extension ServeConfiguration {
    /// The review store the configuration names, migrated: PostgreSQL when a database URL is
    /// given, else the SQLite file, or memory when the file is empty.
    func openStore(logger: Logger) async throws -> any ReviewStore {
        let store: any ReviewStore
        if let url = databaseURL {
            store = try PostgresReviewStore(url: url, logger: logger)
        } else if sqlite.isEmpty {
            store = MemoryReviewStore()
        } else {
            store = try await SQLiteReviewStore(path: sqlite)
        }
        try await store.migrate()
        return store
    }

    /// This replica's name: the configured one, else the host name.
    var replicaName: String {
        replica ?? ProcessInfo.processInfo.hostName
    }

    var consoleConfiguration: ConsoleConfiguration {
        ConsoleConfiguration(
            accounts: accounts.map { a in
                ConsoleConfiguration.Account(
                    name: a.name, role: ConsoleConfiguration.Role(rawValue: a.role) ?? .supervisor,
                    passwordHash: a.passwordHash, tokenHashes: a.tokens)
            },
            sessionSecret: sessionSecret, secureCookies: consoleTLSCertificate != nil)
    }

    var consoleTLS: ConsoleServer.TLSFiles? {
        guard let cert = consoleTLSCertificate, let key = consoleTLSKey else { return nil }
        return ConsoleServer.TLSFiles(certificatePath: cert, keyPath: key)
    }
}
