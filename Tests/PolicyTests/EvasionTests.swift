import Foundation
import Policy
import Testing

/// The evasion set: every evasion kind applied to the words each example of the pack hits, in
/// each language, caught at 95% or more; and the hard negatives (innocent messages with the
/// same words and letters) never hit.
struct EvasionTests {
    static let set: PolicySet = try! PolicySet.bundled()
    static let report = EvasionReport.run(set)
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    @Test(
        "evaded examples are still caught, 95% or more per language",
        arguments: ["en", "uk", "lt", "ar", "mn"])
    func caught(language: String) throws {
        try #require(Self.set.rules.contains { $0.language == language }, "no rules in \(language)")
        let cells = Self.report.cells[language, default: [:]]
        let applicable = Evasion.allCases.filter { $0.applies(to: language) }
        for evasion in applicable {
            #expect((cells[evasion]?.tried ?? 0) > 0, "\(language): \(evasion) was never tried")
        }
        let rate = Self.report.rate(language)
        let misses = Self.report.misses.filter { $0.rule.hasPrefix(language + ".") }
        #expect(
            rate >= 0.95,
            "\(language): \(Int(rate * 1000) / 10)% caught; missed: \(misses.prefix(10).map { "\($0.evasion) \($0.text)" })"
        )
    }

    @Test("hard negatives never hit", arguments: ["en", "uk", "lt", "ar", "mn"])
    func hardNegatives(language: String) throws {
        let url = Self.fixtures.appendingPathComponent("hard-negatives-\(language).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(lines.count >= 30)
        for line in lines {
            let v = Self.set.check(line)
            #expect(v.hits.isEmpty, "\(language): “\(line)” hit \(v.hits.map { "\($0.rule) “\($0.text)”" })")
        }
    }
}
