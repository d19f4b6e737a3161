import Foundation
import Testing

@testable import TestSupport

/// The temporary folders of test processes that are gone are removed by the next test process;
/// those of processes still running are kept.
struct TemporaryFilesTests {
    @Test("folders of gone test processes are removed, those of running ones kept")
    func leftovers() throws {
        // A process id that was just freed: a process that has ended.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let temporary = FileManager.default.temporaryDirectory
        let gone = temporary.appendingPathComponent("decorum-tests-\(ended.processIdentifier)-0a1b2c3d")
        // Process 1 runs as long as the machine does.
        let running = temporary.appendingPathComponent("decorum-tests-1-0a1b2c3d")
        let other = temporary.appendingPathComponent("decorum-tests-notes-0a1b2c3d")
        for folder in [gone, running, other] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        defer { for folder in [gone, running, other] { try? FileManager.default.removeItem(at: folder) } }
        TemporaryFiles.removeLeftovers()
        #expect(!FileManager.default.fileExists(atPath: gone.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(FileManager.default.fileExists(atPath: other.path))
        #expect(FileManager.default.fileExists(atPath: TemporaryFiles.root.path))
    }
}
