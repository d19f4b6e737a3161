import Foundation

/// Files and folders that tests make, kept under one folder per test process that is removed
/// when the process exits: a store or certificate that a test holds to its end needs no removal
/// of its own, and nothing is left behind in the temporary directory.
public enum TemporaryFiles {
    /// This process's folder, made on first use.
    public static let root: URL = {
        removeLeftovers()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-tests-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // Servers that drop to an unprivileged user (ngircd) read files made here.
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        atexit { try? FileManager.default.removeItem(at: TemporaryFiles.root) }
        return root
    }()

    /// Removes the folders of earlier test processes that are gone without removing theirs
    /// (killed, or stopped in a debugger): their names carry their process ids. A folder whose
    /// process id is in use again is left alone.
    static func removeLeftovers() {
        let temporary = FileManager.default.temporaryDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary.path) else { return }
        for name in names where name.hasPrefix("decorum-tests-") {
            let parts = name.split(separator: "-")
            guard parts.count == 4, let pid = pid_t(parts[2]), pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
    }

    /// A new, empty folder named `prefix` and a unique suffix.
    public static func folder(_ prefix: String) throws -> URL {
        let folder = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The path of a file not made yet, named `prefix`, a unique suffix and `suffix`.
    public static func path(_ prefix: String, suffix: String = "") -> String {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)").path
    }
}
