import AhoCorasick
import Testing

/// One hand-written case: patterns, a haystack, and the matches as (pattern index, start, end)
/// in byte offsets, in the order a search reports them.
struct TableRow: Sendable {
    let name: String
    let patterns: [[UInt8]]
    let haystack: [UInt8]
    let expected: [Match]

    init(_ name: String, _ patterns: [String], _ haystack: String, _ expected: [(Int, Int, Int)]) {
        self.init(name, bytes: patterns.map { Array($0.utf8) }, Array(haystack.utf8), expected)
    }

    init(_ name: String, bytes patterns: [[UInt8]], _ haystack: [UInt8], _ expected: [(Int, Int, Int)]) {
        self.name = name
        self.patterns = patterns
        self.haystack = haystack
        self.expected = expected.map { Match(pattern: PatternID($0.0), start: $0.1, end: $0.2) }
    }
}

/// Rows that share their match kinds: kind-agnostic sets list every kind.
struct TableSet: Sendable {
    let name: String
    let kinds: [MatchKind]
    let rows: [TableRow]
}

/// One set under one match kind: the unit a parameterized test case runs.
struct TableRun: Sendable, CustomTestStringConvertible {
    let set: TableSet
    let kind: MatchKind
    var testDescription: String { "\(set.name) under \(kind)" }
}

private func t(_ name: String, _ patterns: [String], _ haystack: String, _ expected: [(Int, Int, Int)])
    -> TableRow
{
    TableRow(name, patterns, haystack, expected)
}

private func t(_ name: String, bytes patterns: [[UInt8]], _ haystack: [UInt8], _ expected: [(Int, Int, Int)])
    -> TableRow
{
    TableRow(name, bytes: patterns, haystack, expected)
}

/// The rows, in the manner of the Rust aho-corasick crate's tables. Empty patterns differ from
/// that crate on purpose: here they never match.
enum Table {
    /// Results that are the same under every match kind: no two matches overlap.
    static let basic: [TableRow] = [
        t("basic000", [], "", []),
        t("basic001", [], "abc", []),
        t("basic002", [""], "a", []),
        t("basic003", ["", ""], "", []),
        t("basic004", ["", "a"], "a", [(1, 0, 1)]),
        t("basic005", ["a", ""], "aa", [(0, 0, 1), (0, 1, 2)]),
        t("basic010", ["a"], "a", [(0, 0, 1)]),
        t("basic020", ["a"], "aa", [(0, 0, 1), (0, 1, 2)]),
        t("basic030", ["a"], "aaa", [(0, 0, 1), (0, 1, 2), (0, 2, 3)]),
        t("basic040", ["a"], "aba", [(0, 0, 1), (0, 2, 3)]),
        t("basic050", ["a"], "bba", [(0, 2, 3)]),
        t("basic060", ["a"], "bbb", []),
        t("basic070", ["a"], "bababbbba", [(0, 1, 2), (0, 3, 4), (0, 8, 9)]),
        t("basic100", ["aa"], "", []),
        t("basic110", ["aa"], "aa", [(0, 0, 2)]),
        t("basic120", ["aa"], "aabbaa", [(0, 0, 2), (0, 4, 6)]),
        t("basic130", ["aa"], "abbab", []),
        t("basic140", ["aa"], "abbabaa", [(0, 5, 7)]),
        t("basic200", ["abc"], "abc", [(0, 0, 3)]),
        t("basic210", ["abc"], "zazabzabcz", [(0, 6, 9)]),
        t("basic220", ["abc"], "zazabczabcz", [(0, 3, 6), (0, 7, 10)]),
        t("basic300", ["a", "b"], "", []),
        t("basic310", ["a", "b"], "z", []),
        t("basic320", ["a", "b"], "b", [(1, 0, 1)]),
        t("basic330", ["a", "b"], "a", [(0, 0, 1)]),
        t("basic340", ["a", "b"], "abba", [(0, 0, 1), (1, 1, 2), (1, 2, 3), (0, 3, 4)]),
        t("basic350", ["b", "a"], "abba", [(1, 0, 1), (0, 1, 2), (0, 2, 3), (1, 3, 4)]),
        t("basic360", ["abc", "bc"], "xbc", [(1, 1, 3)]),
        t("basic400", ["foo", "bar"], "", []),
        t("basic410", ["foo", "bar"], "foobar", [(0, 0, 3), (1, 3, 6)]),
        t("basic420", ["foo", "bar"], "barfoo", [(1, 0, 3), (0, 3, 6)]),
        t("basic430", ["foo", "bar"], "foofoo", [(0, 0, 3), (0, 3, 6)]),
        t("basic440", ["foo", "bar"], "barbar", [(1, 0, 3), (1, 3, 6)]),
        t("basic450", ["foo", "bar"], "bafofoo", [(0, 4, 7)]),
        t("basic460", ["bar", "foo"], "bafofoo", [(1, 4, 7)]),
        t("basic470", ["foo", "bar"], "fobabar", [(1, 4, 7)]),
        t("basic480", ["bar", "foo"], "fobabar", [(0, 4, 7)]),
        t("basic700", ["yabcdef", "abcdezghi"], "yabcdefghi", [(0, 0, 7)]),
        t("basic710", ["yabcdef", "abcdezghi"], "yabcdezghi", [(1, 1, 10)]),
        t("basic720", ["yabcdef", "bcdeyabc", "abcdezghi"], "yabcdezghi", [(2, 1, 10)]),
        t("basic800", ["abc"], "ab", []),
        t("basic810", ["needle"], "haystack with a needle at the end needle", [(0, 16, 22), (0, 34, 40)]),
    ]

    static let overlapping: [TableRow] = [
        t(
            "overlapping000", ["abcd", "bcd", "cd", "b"], "abcd",
            [(3, 1, 2), (0, 0, 4), (1, 1, 4), (2, 2, 4)]),
        t(
            "overlapping010", ["bcd", "cd", "b", "abcd"], "abcd",
            [(2, 1, 2), (3, 0, 4), (0, 1, 4), (1, 2, 4)]),
        t("overlapping020", ["abcd", "bcd", "cd"], "abcd", [(0, 0, 4), (1, 1, 4), (2, 2, 4)]),
        t("overlapping030", ["bcd", "abcd", "cd"], "abcd", [(1, 0, 4), (0, 1, 4), (2, 2, 4)]),
        t("overlapping040", ["bcd", "cd", "abcd"], "abcd", [(2, 0, 4), (0, 1, 4), (1, 2, 4)]),
        t("overlapping050", ["abc", "bc"], "zazabcz", [(0, 3, 6), (1, 4, 6)]),
        t(
            "overlapping100", ["ab", "ba"], "abababa",
            [(0, 0, 2), (1, 1, 3), (0, 2, 4), (1, 3, 5), (0, 4, 6), (1, 5, 7)]),
        t("overlapping200", ["foo", "foo"], "foobarfoo", [(0, 0, 3), (1, 0, 3), (0, 6, 9), (1, 6, 9)]),
        t(
            "overlapping210", ["a", "aa", "a"], "aa", [(0, 0, 1), (2, 0, 1), (1, 0, 2), (0, 1, 2), (2, 1, 2)]),
        t("overlapping300", ["aa"], "aaaa", [(0, 0, 2), (0, 1, 3), (0, 2, 4)]),
        t(
            "overlapping310", ["aaa", "aa", "a"], "aaa",
            [(2, 0, 1), (1, 0, 2), (2, 1, 2), (0, 0, 3), (1, 1, 3), (2, 2, 3)]),
        t("overlapping400", ["abcx", "bcy", "c"], "abcy", [(2, 2, 3), (1, 1, 4)]),
        t("overlapping410", ["he", "she", "his", "hers"], "ushers", [(1, 1, 4), (0, 2, 4), (3, 2, 6)]),
        t("overlapping420", ["", "a", ""], "aa", [(1, 0, 1), (1, 1, 2)]),
    ]

    /// Results shared by both leftmost kinds.
    static let leftmost: [TableRow] = [
        t("leftmost000", ["ab", "ab"], "abcd", [(0, 0, 2)]),
        t("leftmost030", ["a", "ab"], "aa", [(0, 0, 1), (0, 1, 2)]),
        t("leftmost031", ["ab", "a"], "aa", [(1, 0, 1), (1, 1, 2)]),
        t("leftmost032", ["ab", "a"], "xayabbbz", [(1, 1, 2), (0, 3, 5)]),
        t("leftmost300", ["abcd", "bce", "b"], "abce", [(1, 1, 4)]),
        t("leftmost310", ["abcd", "ce", "bc"], "abce", [(2, 1, 3)]),
        t("leftmost320", ["abcd", "bce", "ce", "b"], "abce", [(1, 1, 4)]),
        t("leftmost330", ["abcd", "bce", "cz", "bc"], "bcz", [(3, 0, 2)]),
        t("leftmost340", ["bce", "cz", "bc"], "bcz", [(2, 0, 2)]),
        t("leftmost350", ["abc", "bd", "ab"], "abd", [(2, 0, 2)]),
        t("leftmost360", ["abcdefghi", "hz", "abcdefgh"], "abcdefghz", [(2, 0, 8)]),
        t("leftmost370", ["abcdefghi", "cde", "hz", "abcdefgh"], "abcdefghz", [(3, 0, 8)]),
        t("leftmost380", ["abcdefghi", "hz", "abcdefgh", "a"], "abcdefghz", [(2, 0, 8)]),
        t("leftmost390", ["b", "abcdefghi", "hz", "abcdefgh"], "abcdefghz", [(3, 0, 8)]),
        t("leftmost400", ["h", "abcdefghi", "hz", "abcdefgh"], "abcdefghz", [(3, 0, 8)]),
        t("leftmost410", ["z", "abcdefghi", "hz", "abcdefgh"], "abcdefghz", [(3, 0, 8), (0, 8, 9)]),
        t("leftmost500", ["foo", "foo"], "foobarfoo", [(0, 0, 3), (0, 6, 9)]),
        t("leftmost510", ["abcx", "bcy", "c"], "abcy", [(1, 1, 4)]),
        t("leftmost520", ["he", "she", "his", "hers"], "ushers", [(1, 1, 4)]),
        t("leftmost530", ["aa"], "aaaaa", [(0, 0, 2), (0, 2, 4)]),
    ]

    static let leftmostLongest: [TableRow] = [
        t("leftlong000", ["ab", "abcd"], "abcd", [(1, 0, 4)]),
        t("leftlong010", ["abcd", "bcd", "cd", "b"], "abcd", [(0, 0, 4)]),
        t("leftlong040", ["a", "ab"], "a", [(0, 0, 1)]),
        t("leftlong050", ["a", "ab"], "ab", [(1, 0, 2)]),
        t("leftlong060", ["ab", "a"], "a", [(1, 0, 1)]),
        t("leftlong070", ["ab", "a"], "ab", [(0, 0, 2)]),
        t("leftlong100", ["abcdefg", "bcde", "bcdef"], "abcdef", [(2, 1, 6)]),
        t("leftlong110", ["abcdefg", "bcdef", "bcde"], "abcdef", [(1, 1, 6)]),
        t("leftlong300", ["abcd", "b", "bce"], "abce", [(2, 1, 4)]),
        t("leftlong310", ["a", "abcdefghi", "hz", "abcdefgh"], "abcdefghz", [(3, 0, 8)]),
        t("leftlong320", ["a", "abab"], "abababab", [(1, 0, 4), (1, 4, 8)]),
        t("leftlong330", ["abcd", "b", "ce"], "abce", [(1, 1, 2), (2, 2, 4)]),
        t("leftlong340", ["a", "ab"], "xayabbbz", [(0, 1, 2), (1, 3, 5)]),
        t("leftlong350", ["ab", "abc", "abc"], "abcab", [(1, 0, 3), (0, 3, 5)]),
    ]

    static let leftmostFirst: [TableRow] = [
        t("leftfirst000", ["ab", "abcd"], "abcd", [(0, 0, 2)]),
        t("leftfirst020", ["abcd", "ab"], "abcd", [(0, 0, 4)]),
        t("leftfirst030", ["ab", "ab"], "abcd", [(0, 0, 2)]),
        t("leftfirst040", ["a", "ab"], "xayabbbz", [(0, 1, 2), (0, 3, 4)]),
        t("leftfirst100", ["abcdefg", "bcde", "bcdef"], "abcdef", [(1, 1, 5)]),
        t("leftfirst110", ["abcdefg", "bcdef", "bcde"], "abcdef", [(1, 1, 6)]),
        t("leftfirst300", ["abcd", "b", "bce"], "abce", [(1, 1, 2)]),
        t("leftfirst310", ["abcd", "b", "bce", "ce"], "abce", [(1, 1, 2), (3, 2, 4)]),
        t("leftfirst320", ["a", "abcdefghi", "hz", "abcdefgh"], "abcdefghz", [(0, 0, 1), (2, 7, 9)]),
        t("leftfirst330", ["a", "abab"], "abababab", [(0, 0, 1), (0, 2, 3), (0, 4, 5), (0, 6, 7)]),
        t("leftfirst400", ["amwix", "samwise", "sam"], "Zsamwix", [(2, 1, 4)]),
        t("leftfirst410", ["samwise", "sam"], "samwise", [(0, 0, 7)]),
        t("leftfirst420", ["sam", "samwise"], "samwise", [(0, 0, 3)]),
    ]

    /// Cases that once broke (in the Rust crate) or that exercise one path of this library:
    /// failure links, NUL and 0xFF bytes, the prefilter's 8-byte words and its tail.
    static let regression: [TableRow] = [
        t("regression010", ["inf", "ind"], "infind", [(0, 0, 3), (1, 3, 6)]),
        t("regression020", ["ind", "inf"], "infind", [(1, 0, 3), (0, 3, 6)]),
        t("regression030", ["libcore/", "libstd/"], "libcore/char/methods.rs", [(0, 0, 8)]),
        t("regression040", ["libstd/", "libcore/"], "libcore/char/methods.rs", [(1, 0, 8)]),
        t("regression050", bytes: [[0, 0, 1], [0, 0, 0]], [0, 0, 0], [(1, 0, 3)]),
        t("regression060", bytes: [[0, 0, 0], [0, 0, 1]], [0, 0, 0], [(0, 0, 3)]),
        t("regression070", bytes: [[0xFF], [0xFF, 0xFE]], [0xFE, 0xFF, 0xFF], [(0, 1, 2), (0, 2, 3)]),
        t("regression080", ["@ab", "@b"], "@a@b@ab", [(1, 2, 4), (0, 4, 7)]),
        t("regression090", ["#"], "##a#", [(0, 0, 1), (0, 1, 2), (0, 3, 4)]),
        t("regression100", ["aab"], "aaab", [(0, 1, 4)]),
        t("regression110", ["@x"], "........@x", [(0, 8, 10)]),
        t("regression120", ["@x"], "..........@x", [(0, 10, 12)]),
        t("regression130", ["@x"], ".......@x......", [(0, 7, 9)]),
        t("regression140", ["@x", "#y", "$z"], "$z.#y....@x...#", [(2, 0, 2), (1, 3, 5), (0, 9, 11)]),
        t("regression150", bytes: [[0]], [1, 2, 3, 4, 5, 6, 7, 8, 0], [(0, 8, 9)]),
    ]

    static let ukrainian: [TableRow] = [
        t(
            "ukrainian010", ["гарантуємо", "повернення"], "ми гарантуємо повернення",
            [(0, 5, 25), (1, 26, 46)]),
        t("ukrainian020", ["м’ясо"], "свіже м’ясо", [(0, 11, 22)]),
        t("ukrainian030", ["ґанок", "ганок"], "ганок і ґанок", [(1, 0, 10), (0, 14, 24)]),
        t("ukrainian040", ["їжак", "є"], "є їжак", [(1, 0, 2), (0, 3, 11)]),
        // The first byte of "ї" (D1 97) alone: a pattern that ends inside a character.
        t("ukrainian050", bytes: [[0xD1]], Array("її".utf8), [(0, 0, 1), (0, 2, 3)]),
        t("ukrainian060", ["вибачте"], "Вибачте, вибачте", [(0, 16, 30)]),
    ]

    static let lithuanian: [TableRow] = [
        t("lithuanian010", ["grąžinimas", "žadame"], "mes žadame grąžinimas", [(1, 4, 11), (0, 12, 24)]),
        t("lithuanian020", ["ejimas", "ėjimas"], "ėjimas ejimas", [(1, 0, 7), (0, 8, 14)]),
        t("lithuanian030", ["klientų", "šome"], "atsiprašome klientų", [(1, 7, 12), (0, 13, 21)]),
        t("lithuanian040", ["Ž"], "žŽž", [(0, 2, 4)]),
    ]

    static let arabic: [TableRow] = [
        t("arabic010", ["استرداد", "نضمن"], "نضمن استرداد", [(1, 0, 8), (0, 9, 23)]),
        t("arabic020", ["العميل", "إلى", "أبدا"], "أبدا إلى العميل", [(2, 0, 8), (1, 9, 15), (0, 16, 28)]),
        // Plain alef (D8 A7) is not alef with hamza (D8 A3): they share their first byte only.
        t("arabic030", ["ابدا"], "أبدا", []),
        t("arabic040", ["مسؤول"], "المسؤول", [(0, 4, 14)]),
    ]

    static let mongolian: [TableRow] = [
        t("mongolian010", ["баталгаа", "үйлчлүүлэгч"], "үйлчлүүлэгч баталгаа", [(1, 0, 22), (0, 23, 39)]),
        t("mongolian020", ["ү"], "үүү", [(0, 0, 2), (0, 2, 4), (0, 4, 6)]),
        t("mongolian030", ["хэзээ", "амлая"], "хэзээ ч амлая", [(0, 0, 10), (1, 14, 24)]),
        t("mongolian040", ["өөр"], "өөөр", [(0, 2, 8)]),
    ]

    static let english: [TableRow] = [
        t("english010", ["refund", "guarantee"], "we guarantee a refund", [(1, 3, 12), (0, 15, 21)]),
        t("english020", ["Sorry"], "sorry, Sorry", [(0, 7, 12)]),
        t("english030", ["policy", "customer"], "customer policy: never", [(1, 0, 8), (0, 9, 15)]),
        t("english040", ["calm"], "calmcalm", [(0, 0, 4), (0, 4, 8)]),
        t(
            "english050", ["refund", "повернення", "grąžinimas", "استرداد", "буцаалт"],
            "refund/повернення/grąžinimas/استرداد/буцаалт",
            [(0, 0, 6), (1, 7, 27), (2, 28, 40), (3, 41, 55), (4, 56, 70)]),
    ]

    static let utf8Overlapping: [TableRow] = [
        t(
            "utf8-overlapping010", ["гарантуємо", "антуємо", "ємо"], "гарантуємо",
            [(0, 0, 20), (1, 6, 20), (2, 14, 20)]),
        t("utf8-overlapping020", ["өөр", "ө"], "өөр", [(1, 0, 2), (1, 2, 4), (0, 0, 6)]),
        t("utf8-overlapping030", ["ąž", "grąž", "ž"], "grąžinimas", [(1, 0, 6), (0, 2, 6), (2, 4, 6)]),
        t("utf8-overlapping040", ["ال", "العميل"], "العميل", [(0, 0, 4), (1, 0, 12)]),
        t(
            "utf8-overlapping050", bytes: [[0xD1, 0x97], [0x97], [0xD1]], Array("ї".utf8),
            [(2, 0, 1), (0, 0, 2), (1, 1, 2)]),
    ]

    static let utf8LeftmostLongest: [TableRow] = [
        t("utf8-leftlong010", ["ال", "العميل"], "العميل", [(1, 0, 12)]),
        t("utf8-leftlong020", ["гарант", "гарантуємо"], "гарантуємо", [(1, 0, 20)]),
        t("utf8-leftlong030", ["ө", "өөр"], "өөр", [(1, 0, 6)]),
    ]

    static let utf8LeftmostFirst: [TableRow] = [
        t("utf8-leftfirst010", ["ال", "العميل"], "العميل", [(0, 0, 4)]),
        t("utf8-leftfirst020", ["гарант", "гарантуємо"], "гарантуємо", [(0, 0, 12)]),
        t("utf8-leftfirst030", ["ө", "өөр"], "өөр", [(0, 0, 2), (0, 2, 4)]),
    ]

    static let all: [MatchKind] = MatchKind.allCases
    static let sets: [TableSet] = [
        TableSet(name: "basic", kinds: all, rows: basic),
        TableSet(name: "overlapping", kinds: [.overlapping], rows: overlapping),
        TableSet(name: "leftmost", kinds: [.leftmostLongest, .leftmostFirst], rows: leftmost),
        TableSet(name: "leftmost-longest", kinds: [.leftmostLongest], rows: leftmostLongest),
        TableSet(name: "leftmost-first", kinds: [.leftmostFirst], rows: leftmostFirst),
        TableSet(name: "regression", kinds: all, rows: regression),
        TableSet(name: "ukrainian", kinds: all, rows: ukrainian),
        TableSet(name: "lithuanian", kinds: all, rows: lithuanian),
        TableSet(name: "arabic", kinds: all, rows: arabic),
        TableSet(name: "mongolian", kinds: all, rows: mongolian),
        TableSet(name: "english", kinds: all, rows: english),
        TableSet(name: "utf8-overlapping", kinds: [.overlapping], rows: utf8Overlapping),
        TableSet(name: "utf8-leftmost-longest", kinds: [.leftmostLongest], rows: utf8LeftmostLongest),
        TableSet(name: "utf8-leftmost-first", kinds: [.leftmostFirst], rows: utf8LeftmostFirst),
    ]

    static let runs: [TableRun] = sets.flatMap { set in set.kinds.map { TableRun(set: set, kind: $0) } }
}

struct TableTests {
    @Test(
        "every table row, on every engine, with the prefilter on and off", arguments: Table.runs,
        Engine.allCases)
    func rows(run: TableRun, engine: Engine) throws {
        for row in run.set.rows {
            for prefilter in [true, false] {
                let matcher = try AhoCorasick(
                    patterns: row.patterns,
                    configuration: .init(matchKind: run.kind, engine: engine, prefilter: prefilter))
                let context = "row \(row.name) (\(run.kind), \(engine), prefilter \(prefilter))"
                #expect(matcher.engine == engine, "\(context): asked for \(engine), got \(matcher.engine)")
                let visited = matcher.findAll(in: row.haystack)
                #expect(visited == row.expected, "\(context): visitor")
                #expect(Array(matcher.matches(in: row.haystack)) == row.expected, "\(context): iterator")
                let counted = row.haystack.withUnsafeBytes { matcher.count(in: $0) }
                #expect(counted == row.expected.count, "\(context): count")
            }
        }
    }

    @Test("every hand-written row agrees with the naive matcher", arguments: Table.runs)
    func rowsAgreeWithNaive(run: TableRun) {
        for row in run.set.rows {
            let naive = NaiveMatcher(patterns: row.patterns, matchKind: run.kind).findAll(in: row.haystack)
            #expect(
                naive == row.expected,
                "row \(row.name) (\(run.kind)): the expectation disagrees with the naive matcher")
        }
    }

    @Test("the table is large, its row names unique, and every kind is covered")
    func tableShape() {
        let rows = Table.sets.flatMap(\.rows)
        #expect(rows.count >= 60)
        #expect(Set(rows.map(\.name)).count == rows.count, "row names must be unique")
        for kind in MatchKind.allCases {
            let forKind = Table.runs.filter { $0.kind == kind }.flatMap(\.set.rows)
            #expect(forKind.count >= 40, "\(kind) runs \(forKind.count) rows")
            #expect(forKind.contains { !$0.expected.isEmpty })
        }
    }
}
