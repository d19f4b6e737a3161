import Foundation
import Testing

@testable import Policy

/// Phrases that start a word are searched for at word starts only; a set that searches every
/// position, as matching did before, must give the same verdicts.
struct WordStartTests {
    static let set: PolicySet = try! PolicySet.bundled()
    static let everyPosition: PolicySet = try! PolicySet(rules: set.rules, wordStarts: false)

    /// Every example of the pack, each under every evasion, and each cut at random points and
    /// joined to another: hits at the start, the end and across words.
    static func messages() -> [String] {
        let examples = set.rules.flatMap { $0.mustMatch + $0.mustNotMatch }
        var messages = examples
        for example in examples {
            for evasion in Evasion.allCases {
                if let evaded = evasion.apply(to: example) { messages.append(evaded) }
            }
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let a = Array(examples.randomElement(using: &random)!)
            let b = Array(examples.randomElement(using: &random)!)
            let cut = Int.random(in: 0...a.count, using: &random)
            let from = Int.random(in: 0...b.count, using: &random)
            messages.append(String(a[..<cut]) + String(b[from...]))
        }
        return messages
    }

    @Test("the bundled pack's verdicts are those of a search at every position")
    func bundledPack() {
        var compared = 0
        for message in Self.messages() {
            let fast = Self.set.check(message)
            let reference = Self.everyPosition.check(message)
            #expect(fast.json == reference.json, "\(message)")
            compared += 1
        }
        #expect(compared > 9_000)
    }

    /// A plain message whose matches cannot be hits (another language's slang, words within an
    /// exception) is let go before it is normalized again for its map: the verdict is the full
    /// path's all the same.
    @Test("matches that cannot be hits are let go early, with the verdict of the full path")
    func matchesThatCannotHit() throws {
        let cases: [(message: String, early: Bool)] = [
            ("ок його на соціальної ці із або", true),  // Mongolian slang in Ukrainian
            ("Please don't worry, it's not your fault at all.", true),  // within the rule's exception
            ("Ок, це ваша провина.", false),  // and a Ukrainian hit besides
            ("Ок, одоо шалгая.", false),  // Mongolian slang in Mongolian
            ("Sorry, but it's your fault at all.", false),
        ]
        for (message, early) in cases {
            var form: [UInt8] = []
            let (candidates, exceptions, _) = try #require(Self.set.plainMatches(Array(message.utf8), &form))
            #expect(!candidates.isEmpty, "\(message): no match at all")
            var scores: LanguageScores? = nil
            #expect(
                Self.set.noneCanHit(
                    candidates, ExceptionCover(exceptions, candidates: candidates.count), Array(message.utf8),
                    scores: &scores) == early,
                "\(message)")
            let verdict = Self.set.check(message)
            #expect(verdict.json == Self.everyPosition.check(message).json, "\(message)")
            #expect(verdict.hits.isEmpty == early, "\(message)")
        }
    }

    @Test("stems open at either end and exceptions, in words and in joined spaced-out letters")
    func stemsAndExceptions() throws {
        let rules = [
            Rule(
                id: "t.fault", language: "en", category: "blame", action: .block, notice: "n",
                phrases: [Phrase("fault"), Phrase("your fau*")], exceptions: [Phrase("not your fault")],
                suggestion: "s"),
            Rule(
                id: "t.ending", language: "en", category: "ending", action: .flag, notice: "n",
                phrases: [Phrase("*ness"), Phrase("*lt")], suggestion: "s"),
        ]
        let fast = try PolicySet(rules: rules)
        let reference = try PolicySet(rules: rules, wordStarts: false)
        let words = [
            "fault", "default", "your", "not", "kindness", "f a u l t", "y o u r", "m y", "faults", "n e s s",
            "it's", "fau", "lt", "be", "Fault!", "y.o.u.r", "faulty",
        ]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let message = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                words.randomElement(using: &random)!
            }.joined(separator: " ")
            #expect(fast.check(message).json == reference.check(message).json, "\(message)")
        }
    }
}
