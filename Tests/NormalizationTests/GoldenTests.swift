import Normalization
import Testing

/// What agents type, and the match form each must fold to, per script and per evasion kind.
struct GoldenTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        let expected: String
        var testDescription: String { name }
    }

    static let english: [Row] = [
        Row(
            name: "case and punctuation", input: "It's YOUR fault, you typed it wrong!",
            expected: "its your fault you typed it wrong !"),
        Row(
            name: "exclamations kept up to three", input: "I explained this already!!!!!",
            expected: "i explained this already !!!"),
        Row(name: "question and percent", input: "100% sure? Really?!", expected: "100 % sure ? realy ? !"),
        Row(name: "curly apostrophe", input: "don\u{2019}t", expected: "dont"),
        Row(name: "apostrophes at edges dropped", input: "'quoted'", expected: "quoted"),
        Row(name: "fullwidth (NFKC)", input: "ＧＵＡＲＡＮＴＥＥ", expected: "guarante"),
        Row(name: "ligature", input: "ﬁnal", expected: "final"),
        Row(name: "sharp s folds to ss, then repeats collapse", input: "Straße", expected: "strase"),
        Row(name: "repeated letters", input: "guaaaaranteeeee", expected: "guarante"),
        Row(name: "leet digits inside a word", input: "gu4r4nt3e", expected: "guarante"),
        Row(name: "leet symbols inside a word", input: "gu@rant€e r3fund", expected: "guarante refund"),
        Row(
            name: "digits alone stay digits", input: "order 12345 on 3 items",
            expected: "order 12345 on 3 items"),
        Row(name: "spaced letters", input: "g u a r a n t e e", expected: "guarante"),
        Row(name: "dotted letters", input: "g.u.a.r.a.n.t.e.e it", expected: "guarante it"),
        Row(name: "zero-width characters", input: "gua\u{200B}ran\u{200D}tee", expected: "guarante"),
        Row(name: "soft hyphen", input: "guar\u{AD}antee", expected: "guarante"),
        Row(
            name: "IRC bold and colour", input: "\u{02}you\u{02} \u{03}04,12did\u{0F} it \u{1D}wrong\u{1F}",
            expected: "you did it wrong"),
        Row(name: "IRC hex colour", input: "\u{04}FF0000scam\u{04}", expected: "scam"),
        Row(name: "Cyrillic look-alikes in an English word", input: "s\u{0441}\u{0430}m", expected: "scam"),
        Row(name: "Greek look-alike in an English word", input: "n\u{03BF}t", expected: "not"),
        Row(name: "accents stripped", input: "café naïve", expected: "cafe naive"),
        Row(name: "empty", input: "", expected: ""),
        Row(name: "only punctuation", input: "... --- ,,,", expected: ""),
    ]

    static let ukrainian: [Row] = [
        Row(name: "case", input: "Ви САМІ винні", expected: "ви самі вині"),
        Row(
            name: "apostrophe inside a word", input: "Не зв\u{2019}язуйтеся з ними",
            expected: "не звязуитеся з ними"),
        Row(name: "Latin look-alikes in a Cyrillic word", input: "гаp\u{0061}нтую", expected: "гарантую"),
        Row(name: "Latin capitals in a Cyrillic word", input: "\u{0048}Е МОЖЛИВО", expected: "не можливо"),
        Row(name: "digit substitutes in a Cyrillic word", input: "шахр4ї н0мер", expected: "шахрчі номер"),
        Row(name: "spaced letters", input: "ш а х р а ї", expected: "шахраі"),
        Row(name: "repeats", input: "ніііколи", expected: "ніколи"),
        Row(name: "breve and diaeresis stripped", input: "йод їжа ёж", expected: "иод іжа еж"),
    ]

    static let lithuanian: [Row] = [
        Row(
            name: "diacritics stripped", input: "Jūs patys kaltі, sąlygos",
            expected: "jus patys kalti salygos"),
        Row(name: "uppercase with ogonek", input: "GARANTUOJU, KAD RYTOJ", expected: "garantuoju kad rytoj"),
        Row(name: "leet", input: "suk\u{010D}i4i", expected: "sukciai"),
    ]

    static let arabic: [Row] = [
        Row(name: "tashkeel removed", input: "أَنْتَ مُخْطِئٌ", expected: "انت مخطي"),
        Row(name: "tatweel removed", input: "مـسـتـحـيـل", expected: "مستحيل"),
        Row(name: "alef variants", input: "إنهم أغلى آسف ٱلعميل", expected: "انهم اغلي اسف العميل"),
        Row(name: "ta marbuta and alef maksura", input: "خدمة مستشفى", expected: "خدمه مستشفي"),
        Row(name: "Arabic-Indic digits", input: "الطلب ١٢٣ و ۴۵", expected: "الطلب 123 و 45"),
        Row(name: "Arabic question mark", input: "هل تمزح معي؟", expected: "هل تمزح معي ?"),
        Row(name: "repeated letters", input: "مستحييييل", expected: "مستحيل"),
    ]

    static let mongolian: [Row] = [
        Row(name: "case", input: "Тэд Луйварчид", expected: "тэд луиварчид"),
        Row(name: "straight u and barred o kept", input: "үйлчилгээ өгнө", expected: "үилчилгэ өгнө"),
        Row(name: "Latin look-alikes", input: "б\u{0061}т\u{0061}лг\u{0061}\u{0061}", expected: "баталга"),
        Row(name: "Mongolian free variation selector dropped", input: "б\u{180B}иш", expected: "биш"),
    ]

    @Test("English", arguments: english) func englishRows(_ row: Row) { check(row) }
    @Test("Ukrainian", arguments: ukrainian) func ukrainianRows(_ row: Row) { check(row) }
    @Test("Lithuanian", arguments: lithuanian) func lithuanianRows(_ row: Row) { check(row) }
    @Test("Arabic", arguments: arabic) func arabicRows(_ row: Row) { check(row) }
    @Test("Mongolian", arguments: mongolian) func mongolianRows(_ row: Row) { check(row) }

    func check(_ row: Row) {
        let got = Normalizer().normalize(row.input).text
        #expect(got == row.expected, "\(row.name): \(row.input.debugDescription)")
    }
}
