import Foundation

/// Files and folders that tests make, kept under one folder per test process that is removed
/// when the process exits: a store or certificate that a test holds to its end needs no removal
/// of its own, and nothing is left behind in the temporary directory.
public enum TemporaryFiles {
    /// This process's folder, made on first use.
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decorum-tests-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // Servers that drop to an unprivileged user (ngircd) read files made here.
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        atexit { try? FileManager.default.removeItem(at: TemporaryFiles.root) }
        return root
    }()

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
