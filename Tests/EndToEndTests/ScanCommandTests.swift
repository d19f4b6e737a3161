import Foundation
import TestSupport
import Testing

/// `decorum scan` as a user runs it: files that cannot be read are named on standard error, and
/// the others are still reported.
struct ScanCommandTests {
    @Test("unreadable files are named on standard error, the rest reported, and the status is 66")
    func unreadableFiles() throws {
        let dir = try TemporaryFiles.folder("decorum-scan")
        let good = dir.appendingPathComponent("good.txt").path
        try "It is your fault\nall good here\n".write(toFile: good, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.txt").path
        let folder = dir.path
        let binary = try DecorumRig.binary

        let (text, status) = try DecorumRig.output(of: binary, ["scan", good, missing, folder])
        #expect(status == 66)
        #expect(text.hasPrefix("2 messages in 1 file(s); 1 with hits (50.00%)\n"), "\(text)")

        let (json, jsonStatus) = try DecorumRig.output(
            of: binary, ["scan", "--format", "json", missing, good])
        #expect(jsonStatus == 66)
        let report = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(report["files"] as? Int == 1)
        #expect(report["messages"] as? Int == 2)

        // Standard error alone: the shell sends it to the pipe and standard output away.
        let (errors, _) = try DecorumRig.output(
            of: "/bin/sh", ["-c", #""$0" scan "$@" 2>&1 >/dev/null"#, binary, good, missing, folder])
        #expect(
            errors
                == "decorum scan: cannot read \(missing): No such file or directory\n"
                + "decorum scan: cannot read \(folder): Is a directory\n")
        #expect(!errors.contains("Usage"))
    }
}
