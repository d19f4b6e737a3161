import Foundation
import Testing

/// `decorum check` as a user runs it: the offsets it prints are into the bytes given, invalid
/// UTF-8 included, from standard input and from the arguments.
struct CheckCommandTests {
    /// Runs `script` with `sh -c`, the binary as `$0`; returns what it printed, one verdict a line.
    static func run(_ script: String) throws -> [[String: Any]] {
        let (text, status) = try DecorumRig.output(of: "/bin/sh", ["-c", script, try DecorumRig.binary])
        #expect(status == 0)
        return try text.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func hits(_ verdict: [String: Any]) -> [(start: Int, end: Int, text: String)] {
        ((verdict["hits"] as? [[String: Any]]) ?? []).map {
            ($0["start"] as? Int ?? -1, $0["end"] as? Int ?? -1, $0["text"] as? String ?? "")
        }
    }

    @Test("lines from standard input: offsets into the bytes given, invalid UTF-8 and CRLF included")
    func standardInput() throws {
        // Two invalid bytes before the phrase, one after; a CRLF line; a last line without a
        // line feed.
        let verdicts = try Self.run(
            #"printf '\377\376your fault\377\nIt is your fault\r\nall good here\nyour fault' | "$0" check --format json"#
        )
        #expect(verdicts.count == 4)
        guard verdicts.count == 4 else { return }
        #expect(Self.hits(verdicts[0]).map(\.start) == [2])
        #expect(Self.hits(verdicts[0]).map(\.end) == [12])
        #expect(Self.hits(verdicts[0]).map(\.text) == ["your fault"])
        #expect(Self.hits(verdicts[1]).map(\.start) == [6])
        #expect(Self.hits(verdicts[1]).map(\.end) == [16], "the carriage return is not part of the line")
        #expect(verdicts[2]["action"] as? String == "allow")
        #expect(Self.hits(verdicts[3]).map(\.start) == [0])
    }

    @Test("messages as arguments: offsets into the argument's bytes, invalid UTF-8 included")
    func arguments() throws {
        let verdicts = try Self.run(
            #""$0" check --format json "$(printf '\377your fault')" "$(printf 'ok \376\375 your fault')" "$(printf '\342\202your fault')""#
        )
        #expect(verdicts.count == 3)
        guard verdicts.count == 3 else { return }
        #expect(Self.hits(verdicts[0]).map(\.start) == [1])
        #expect(Self.hits(verdicts[0]).map(\.end) == [11])
        #expect(Self.hits(verdicts[1]).map(\.start) == [6])
        #expect(Self.hits(verdicts[1]).map(\.text) == ["your fault"])
        // Each argument's own bytes, though it reads as the first once replaced (one U+FFFD for
        // the two bytes that start a character and stop).
        #expect(Self.hits(verdicts[2]).map(\.start) == [2])
    }
}
