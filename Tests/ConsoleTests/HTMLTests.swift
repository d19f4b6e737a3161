import Foundation
import Policy
import Review
import Testing

@testable import Console

@Suite struct HTMLTests {
    @Test func escapesEverythingThatCouldBecomeMarkup() {
        let hostile = #"<script>alert("x")</script> & 'quoted' <img src=x onerror=alert(1)>"#
        let escaped = HTML.escape(hostile)
        #expect(
            escaped
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;img src=x onerror=alert(1)&gt;"
        )
        #expect(!escaped.contains("<"))
        #expect(!escaped.contains("\""))
    }

    @Test func interpolatedTextIsEscapedButFragmentsAreNot() {
        let name = "\"><b>bold</b>"
        let inner: HTML = "<i>\(name)</i>"
        let html: HTML = "<p title=\"\(name)\">\(inner)</p>"
        #expect(
            html.rendered
                == "<p title=\"&quot;&gt;&lt;b&gt;bold&lt;/b&gt;\"><i>&quot;&gt;&lt;b&gt;bold&lt;/b&gt;</i></p>"
        )
    }

    @Test func keepsNonASCIITextAndReplacesNUL() {
        #expect(HTML.escape("Привіт, 世界 👋🏽") == "Привіт, 世界 👋🏽")
        #expect(HTML.escape("a\u{0}b") == "a\u{FFFD}b")
    }

    private func hit(_ text: String, _ phrase: String, rule: String = "r") -> ReviewHit {
        let range = text.range(of: phrase)!
        let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        let end = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
        return ReviewHit(
            rule: rule, category: "c", action: .flag, start: start, end: end, text: phrase, explanation: "why"
        )
    }

    @Test(arguments: [
        ("Ти справжній ідіот, чесно", "ідіот"),
        ("أنت غبي جدا", "غبي"),
        ("ok 👨‍👩‍👧 you clown 🤡 bye", "clown 🤡"),
        ("café idiot naïve", "idiot"),
        ("<b>idiot</b>", "idiot"),
    ])
    func marksTheHitInAnyScript(text: String, phrase: String) {
        let html = HTML.highlighted(text, hits: [hit(text, phrase)])
        let marked = "<mark data-rule=\"r\" title=\"r: why\">\(HTML.escape(phrase))</mark>"
        #expect(html.rendered.contains(marked))
        // Everything around the mark is the original text, escaped.
        #expect(
            html.rendered.replacingOccurrences(of: marked, with: HTML.escape(phrase)) == HTML.escape(text))
    }

    @Test func widensOffsetsInsideACharacterAndClipsOnesPastTheEnd() {
        let text = "ідіот"  // ten bytes, two per letter
        let inside = ReviewHit(
            rule: "r", category: "c", action: .flag, start: 3, end: 5, text: "", explanation: "")
        #expect(
            HTML.highlighted(text, hits: [inside]).rendered
                == "і<mark data-rule=\"r\" title=\"r\">ді</mark>от")
        let past = ReviewHit(
            rule: "r", category: "c", action: .flag, start: 8, end: 400, text: "", explanation: "")
        #expect(
            HTML.highlighted(text, hits: [past]).rendered == "ідіо<mark data-rule=\"r\" title=\"r\">т</mark>")
        let empty = ReviewHit(
            rule: "r", category: "c", action: .flag, start: 500, end: 600, text: "", explanation: "")
        #expect(HTML.highlighted(text, hits: [empty]).rendered == "ідіот")
    }

    @Test func mergesOverlappingHits() {
        let text = "you stupid idiot"
        let a = hit(text, "stupid idiot", rule: "a")
        let b = hit(text, "idiot", rule: "b")
        let c = hit(text, "you", rule: "c")
        let html = HTML.highlighted(text, hits: [b, a, c]).rendered
        #expect(html.components(separatedBy: "<mark").count == 3)
        #expect(html.contains("<mark data-rule=\"a b\" title=\"a: why\nb: why\">stupid idiot</mark>"))
        #expect(html.hasPrefix("<mark data-rule=\"c\""))
    }

    @Test func formFieldsDecodePercentAndPlus() {
        let fields = FormFields("name=s%C3%BCe+x&empty=&flag&note=a%26b%3Dc&name=second")
        #expect(fields["name"] == "süe x")
        #expect(fields["empty"] == "")
        #expect(fields.nonEmpty("empty") == nil)
        #expect(fields["flag"] == "")
        #expect(fields["note"] == "a&b=c")
        #expect(fields.all("name") == ["süe x", "second"])
        #expect(FormFields(fields.encoded)["note"] == "a&b=c")
    }

    @Test func timestampsParseInTheFormsTheConsoleTakes() throws {
        let expected = Date(timeIntervalSince1970: 1_746_090_000)  // 2025-05-01T09:00:00Z
        #expect(Timestamp.parse("2025-05-01T09:00:00Z") == expected)
        #expect(Timestamp.parse("2025-05-01T11:00:00+02:00") == expected)
        #expect(Timestamp.parse("2025-05-01T09:00:00.000Z") == expected)
        #expect(Timestamp.parse("2025-05-01T09:00") == expected)
        #expect(Timestamp.parse("2025-05-01") == Date(timeIntervalSince1970: 1_746_057_600))
        #expect(Timestamp.parse("yesterday") == nil)
        #expect(
            Timestamp.parse(Timestamp.format(expected.addingTimeInterval(0.25)))
                == expected.addingTimeInterval(0.25))
    }

    @Test func onlyLocalPathsAreFollowedBack() {
        #expect(Handlers.localPath("/?status=open") == "/?status=open")
        #expect(Handlers.localPath("//evil.example/") == "/")
        #expect(Handlers.localPath("https://evil.example/") == "/")
        #expect(Handlers.localPath("/\\evil.example") == "/")
        #expect(Handlers.localPath("/a\r\nSet-Cookie: x") == "/")
        #expect(Handlers.localPath(nil) == "/")
    }

    @Test func throttleDelayDoublesUpToItsCap() {
        let throttle = SignInThrottle(base: .milliseconds(100), cap: .seconds(2), sleep: { _ in })
        #expect(throttle.delay(afterFailures: 0) == .zero)
        #expect(throttle.delay(afterFailures: 1) == .milliseconds(100))
        #expect(throttle.delay(afterFailures: 2) == .milliseconds(200))
        #expect(throttle.delay(afterFailures: 5) == .milliseconds(1600))
        #expect(throttle.delay(afterFailures: 6) == .seconds(2))
        #expect(throttle.delay(afterFailures: 1000) == .seconds(2))
    }

    @Test func configurationReportsItsProblems() throws {
        let good = ConsoleConfiguration(accounts: [
            .init(name: "sue", role: .supervisor, passwordHash: "$2b$04$x")
        ])
        #expect(good.problems().isEmpty)
        var bad = good
        bad.accounts.append(.init(name: "sue", role: .admin, passwordHash: "plain", tokenHashes: ["abc"]))
        bad.basePath = "console"
        bad.sessionSecret = "short"
        let problems = bad.problems()
        #expect(problems.count == 5)
        let decoded = try JSONDecoder().decode(
            ConsoleConfiguration.self,
            from: Data(#"{"accounts":[{"name":"sue","passwordHash":"$2b$04$x"}],"secureCookies":true}"#.utf8))
        #expect(decoded.accounts[0].role == .supervisor)
        #expect(decoded.secureCookies)
        #expect(decoded.basePath == "/")
        #expect(decoded.sessionLifetime == 12 * 3600)
    }

    @Test func passwordHashesAndTokenDigestsVerify() {
        let hash = Console.hashPassword("s3cret", cost: 4)
        #expect(hash.hasPrefix("$2"))
        #expect(hash != Console.hashPassword("s3cret", cost: 4))
        #expect(
            Console.tokenDigest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Console.makeToken() != Console.makeToken())
    }
}
