import Foundation
import Testing

@testable import Policy

/// Words in capitals (R6): the runs found, the rule told in the message's language, the rewrite
/// in small letters, the quick test that most messages stop at, and the rule's file format.
struct ShoutingTests {
    static let set: PolicySet = try! PolicySet.bundled()

    @Test(
        "a run of three words in capitals is shouting, in each language with capitals",
        arguments: [
            ("Anna, PLEASE READ MY PREVIOUS MESSAGE.", "en.shouting", "PLEASE READ MY PREVIOUS MESSAGE"),
            ("Ви мене ВЗАГАЛІ НЕ ЧУЄТЕ?", "uk.shouting", "ВЗАГАЛІ НЕ ЧУЄТЕ"),
            ("Jūsų užsakymas BUS IŠSIŲSTAS RYTOJ.", "lt.shouting", "BUS IŠSIŲSTAS RYTOJ"),
            ("Таны захиалга МАРГААШ ӨГЛӨӨ ХҮРГЭГДЭНЭ.", "mn.shouting", "МАРГААШ ӨГЛӨӨ ХҮРГЭГДЭНЭ"),
        ])
    func shouting(message: String, rule: String, text: String) throws {
        let v = Self.set.check(message)
        let hit = try #require(v.hits.first { $0.rule.hasSuffix(".shouting") })
        #expect(hit.rule == rule)
        #expect(hit.text == text)
        #expect(String(decoding: Array(message.utf8)[hit.start..<hit.end], as: UTF8.self) == text)
        #expect(v.action == .block)
        // The rewrite says the same in small letters and passes.
        let suggestion = try #require(v.suggestion)
        #expect(suggestion.lowercased() == message.lowercased())
        #expect(Self.set.check(suggestion).hits.isEmpty)
    }

    @Test(
        "capitals that do not shout pass",
        arguments: [
            "Check the VPN, DNS and DHCP settings on the router.",
            "Your order ORD-12345 ships with UPS today.",
            "The page shows \"YOUR CARD WAS DECLINED\" when you pay?",
            "Chrome says ERR_CONNECTION_REFUSED, right?",
            "Go to WWW.EXAMPLE.COM/FAQ, or write to HELP@EXAMPLE.COM.",
            "In the app tap SETTINGS → PRIVACY → DELETE ACCOUNT.",
            "Open SETTINGS > PRIVACY > DELETE ACCOUNT | SIGN OUT",
            "رمز PIN ورقم IBAN محفوظين، وأرفقت لك فاتورة VAT.",
            "I am here. A B C are the plans.",
            "Номер відправлення UA 1234 5678 UA, він уже в дорозі.",
            "THANKS a lot, Anna!",
            "مرحباً، سأراجع طلبك الآن.",
        ])
    func notShouting(message: String) {
        #expect(Self.set.check(message).hits.isEmpty)
    }

    @Test("the rewrite keeps what is not in capitals and starts each sentence with a capital")
    func rewrite() throws {
        let v = Self.set.check("Hi Anna! PLEASE READ THE FAQ. IT IS ALL THERE, ORD12345 INCLUDED.")
        #expect(v.hits.map(\.rule) == ["en.shouting"])
        #expect(v.suggestion == "Hi Anna! Please read the FAQ. It is all there, ORD12345 included.")
    }

    @Test("acronyms without a vowel neither shout nor are lowered in a rewrite")
    func acronyms() throws {
        #expect(Self.set.check("Anna, the VPN DNS DHCP PPTP settings are below.").hits.isEmpty)
        let v = Self.set.check("Anna, PLEASE CHECK THE VPN SETTINGS NOW.")
        #expect(v.hits.map(\.text) == ["PLEASE CHECK THE VPN SETTINGS NOW"])
        #expect(v.suggestion == "Anna, please check the VPN settings now.")
        let uk = Self.set.check("Анно, ПЕРЕВІРТЕ НАЛАШТУВАННЯ СМС ЗАРАЗ.")
        #expect(uk.suggestion == "Анно, перевірте налаштування СМС зараз.")
    }

    @Test(
        "acronyms a rule lists, vowels and all, neither shout nor are lowered in a rewrite",
        arguments: [
            ("Please check the IMEI, IBAN, URL in your account.", nil, nil),
            ("Please check the ＩＭＥＩ, ＩＢＡＮ, ＵＲＬ in your account.", nil, nil),
            ("Надішліть, будь ласка, ЄДРПОУ, ІПН, IBAN компанії.", nil, nil),
            ("Atsiųskite UAB, VMI, IBAN duomenis.", nil, nil),
            (
                "Anna, PLEASE CHECK THE URL AND FAQ NOW.", "PLEASE CHECK THE URL AND FAQ NOW",
                "Anna, please check the URL and FAQ now."
            ),
            (
                "ВИ НЕ ПРОЧИТАЛИ FAQ, ЧИТАЙТЕ УВАЖНО!", "ВИ НЕ ПРОЧИТАЛИ FAQ, ЧИТАЙТЕ УВАЖНО",
                "Ви не прочитали FAQ, читайте уважно!"
            ),
            // Not listed: a word like any other.
            (
                "Anna, PLEASE CHECK THE OVEN NOW.", "PLEASE CHECK THE OVEN NOW",
                "Anna, please check the oven now."
            ),
        ] as [(String, String?, String?)])
    func listedAcronyms(message: String, text: String?, suggestion: String?) {
        let v = Self.set.check(message)
        #expect(v.hits.map(\.text) == (text.map { [$0] } ?? []))
        #expect(v.suggestion == suggestion)
    }

    /// Capitals add to other signs (seed rule R6): a message wholly in capitals may be typed with
    /// caps lock on, and shouts only with an exclamation mark or another rule's hit.
    @Test(
        "a message wholly in capitals shouts with an exclamation mark or another hit, not alone",
        arguments: [
            ("WHAT IS THE DELIVERY TIME?", nil),
            ("DO YOU WANT TO PAY BY CARD", nil),
            ("ЩО ТАКЕ БАСКЕТБОЛ?", nil),
            ("KADA BUS IŠSIŲSTAS MANO UŽSAKYMAS?", nil),
            ("READ MY PREVIOUS MESSAGE!", "en.shouting"),
            ("ЧИТАЙТЕ МОЄ ПОПЕРЕДНЄ ПОВІДОМЛЕННЯ!", "uk.shouting"),
            ("ARE YOU KIDDING ME? READ THE MANUAL", "en.shouting"),
            ("Я ВАМ УЖЕ ТРИЧІ ЦЕ ПОЯСНЮВАВ", "uk.shouting"),
        ] as [(String, String?)])
    func whollyInCapitals(message: String, rule: String?) {
        let shouts = Self.set.check(message).hits.filter { $0.rule.hasSuffix(".shouting") }.map(\.rule)
        #expect(shouts == (rule.map { [$0] } ?? []))
    }

    @Test("a run broken by a word in small letters is two runs, each judged on its own")
    func broken() {
        #expect(Self.set.check("PLEASE WAIT and STOP WRITING").hits.isEmpty)
        let v = Self.set.check("PLEASE WAIT FOR IT and STOP WRITING TO ME")
        #expect(v.hits.map(\.text) == ["PLEASE WAIT FOR IT", "STOP WRITING TO ME"])
    }

    @Test(
        "capitals typed to get around the check still shout",
        arguments: [
            ("ＰＬＥＡＳＥ ＲＥＡＤ ＭＹ ＭＥＳＳＡＧＥ！", "ＰＬＥＡＳＥ ＲＥＡＤ ＭＹ ＭＥＳＳＡＧＥ"),
            ("Anna, \u{02}P\u{03}04LEASE\u{0F} READ MY MESSAGE", "P\u{03}04LEASE\u{0F} READ MY MESSAGE"),
            ("please S T O P  S E N D I N G  T H I S", "S T O P  S E N D I N G  T H I S"),
            ("Stop. S.E.N.D.I.N.G. THESE SCREENSHOTS", "S.E.N.D.I.N.G. THESE SCREENSHOTS"),
        ])
    func evasions(message: String, text: String) throws {
        let hit = try #require(Self.set.check(message).hits.first { $0.rule == "en.shouting" })
        #expect(hit.text == text)
    }

    @Test("invalid UTF-8 between words in capitals: offsets stay in the bytes given")
    func invalidUTF8() throws {
        let bytes = Array("PLEASE ".utf8) + [0xFF] + Array(" READ THE MANUAL!".utf8)
        let hit = try #require(Self.set.check(bytes: bytes).hits.first)
        #expect(hit.start == 0 && hit.end == bytes.count - 1)
    }

    /// What ``Shouting/mayHold(_:letters:)`` counts: the capitals below U+0800, scalar by scalar.
    static func capitals(_ text: String) -> Int {
        text.unicodeScalars.filter {
            $0.properties.isUppercase && ($0.value < 0x800 || (0xFF21...0xFF3A).contains($0.value))
        }.count
    }

    @Test("the quick test agrees with a count scalar by scalar, at every offset and length")
    func quickTest() {
        let pieces = [
            "Hello", "WORLD", "ПРИВІТ", "привіт", "ӨГЛӨӨ", "өглөө", "ŽALIAS", "žalias", "ÉTÉ", "été", "ΑΒΓ",
            "αβγ", "مرحبا", "123", " ", ", ", "!!!", "’", "\"", "Ґ", "ґ", "ŁÓDŹ", "IŠSIŲSTAS", "ԱԲԳ", "աբգ",
            "ȘȚ", "ѠѢ", "р", "Ѐ", "ѐ", "Ү", "ү", "\u{FF}", "ＡＢＣ", "ａｂｃ", "…", "😀",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let bytes = Array(text.utf8)
            for letters in [2, 8, 10, 15] {
                let expected = Self.capitals(text) >= letters
                let got = bytes.withUnsafeBytes { Shouting.mayHold($0, letters: letters) }
                #expect(got == expected, "\(text) with \(letters)")
            }
        }
    }

    @Test("a rule of words in capitals needs no phrases; its limits are checked")
    func format() {
        func load(_ shouting: String) -> Result<[Rule], PolicyError> {
            let text = """
                language: en
                rules:
                  - id: en.caps
                    category: c
                    action: warn
                    notice: n
                    shouting: \(shouting)
                """
            return Result { () throws(PolicyError) in try PolicyLoader.load(sources: [("f.yaml", text)]) }
        }
        #expect(
            (try? load("{words: 2, letters: 6}").get())?.first?.shouting == Shouting(words: 2, letters: 6))
        #expect((try? load("true").get())?.first?.shouting == Shouting())
        #expect(
            (try? load("{acronyms: [URL, ЄДРПОУ]}").get())?.first?.shouting
                == Shouting(acronyms: ["URL", "ЄДРПОУ"]))
        for (bad, message) in [
            ("{words: 0}", "'words' must be from 1 to 1000, not 0"),
            ("{letters: many}", "'letters' must be a whole number"),
            ("{word: 2}", "unknown key 'word' in 'shouting'"),
            ("{acronyms: [Url]}", "acronym 'Url' is not a word of two capitals or more"),
            ("{acronyms: [A]}", "acronym 'A' is not a word of two capitals or more"),
            ("{acronyms: ['FAQ URL']}", "acronym 'FAQ URL' is not a word of two capitals or more"),
            ("{acronyms: URL}", "'acronyms' must be a list of texts"),
            ("[3]", "'shouting' must be true, false or a mapping"),
            ("false", "rule is missing 'phrases'"),
        ] {
            guard case .failure(let error) = load(bad) else {
                Issue.record("\(bad) loaded")
                continue
            }
            #expect(error.problems.contains { $0.message.contains(message) }, "\(bad): \(error.problems)")
        }
        // A custom pack: the only rule of words in capitals tells every language.
        let rules = try! load("{words: 2, letters: 6}").get()
        let set = try! PolicySet(rules: rules)
        #expect(set.check("Я ВАМ УЖЕ ПИСАЛА!").hits.map(\.rule) == ["en.caps"])
    }
}
