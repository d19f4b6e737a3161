import Foundation
import Yams

/// Reads policy files: YAML, one or more per language (format in `Policies/README.md`).
///
/// Loading is all or nothing: every problem in every file is collected and reported with its
/// file and line, and no rule of a set with a problem is used.
public enum PolicyLoader {
    static let fileKeys: Set<String> = ["language", "rules"]
    static let ruleKeys: Set<String> = [
        "id", "category", "action", "seed", "notice", "phrases", "exceptions", "suggestion", "diacritics",
        "position", "own-language", "shouting", "hold", "examples",
    ]

    /// The rules of every `.yaml`/`.yml` file under `directory`, in path order.
    public static func load(directory: String) throws(PolicyError) -> [Rule] {
        try load(sources: sources(in: directory))
    }

    /// The name and text of every `.yaml`/`.yml` file under `directory`, in path order.
    public static func sources(in directory: String) throws(PolicyError) -> [(name: String, text: String)] {
        let files = policyFiles(in: directory)
        guard !files.isEmpty else {
            throw PolicyError([
                PolicyProblem(file: directory, line: 0, message: "no policy files (*.yaml) found")
            ])
        }
        var sources: [(String, String)] = []
        var problems: [PolicyProblem] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(PolicyProblem(file: path, line: 0, message: "cannot be read"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(PolicyProblem(file: path, line: 0, message: "is not valid UTF-8"))
                continue
            }
            sources.append((path, text))
        }
        if !problems.isEmpty { throw PolicyError(problems) }
        return sources
    }

    /// The rules of policy files given as (name, YAML text) pairs.
    public static func load(sources: [(name: String, text: String)]) throws(PolicyError) -> [Rule] {
        var rules: [Rule] = []
        var problems: [PolicyProblem] = []
        for (name, text) in sources {
            var reader = Reader(file: name)
            rules += reader.rules(from: text)
            problems += reader.problems
        }
        var seen: [String: Rule] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                problems.append(
                    PolicyProblem(
                        file: rule.file, line: rule.line,
                        message: "rule id '\(rule.id)' is already used at \(first.file):\(first.line)"))
            } else {
                seen[rule.id] = rule
            }
        }
        if !problems.isEmpty { throw PolicyError(problems) }
        return rules
    }

    public static func policyFiles(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            // Hidden files and folders are not policies (a Kubernetes ConfigMap volume keeps
            // its files in `..data` and links to them).
            if item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if item.hasSuffix(".yaml") || item.hasSuffix(".yml") {
                files.append((directory as NSString).appendingPathComponent(item))
            }
        }
        return files.sorted()
    }

    /// Durations such as `90s`, `10m`, `1h`, or a number of seconds.
    public static func durationSeconds(_ text: String) -> Int? { seconds(text) }

    static func seconds(_ text: String) -> Int? {
        let t = text.trimmingSpaces().lowercased()
        if let n = Int(t) { return n >= 0 ? n : nil }
        guard let unit = t.last, let n = Int(t.dropLast()), n >= 0 else { return nil }
        let scale: Int
        switch unit {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3600
        default: return nil
        }
        let (seconds, overflow) = n.multipliedReportingOverflow(by: scale)
        return overflow ? nil : seconds
    }
}

/// One file's worth of reading, collecting problems instead of stopping at the first.
///
/// Every key of known meaning is checked for the type of its value, so that a list or a mapping
/// where text belongs (or the other way round) is an error rather than a value silently left out.
struct Reader {
    let file: String
    var problems: [PolicyProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(_ node: Node?, _ message: String) {
        problems.append(PolicyProblem(file: file, line: node?.mark?.line ?? 0, message: message))
    }

    /// What a value is, as error messages name it.
    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: node.null == nil ? "text" : "an empty value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    mutating func wrongType(_ node: Node, _ key: String, expected: String) {
        problem(node, "'\(key)' must be \(expected), not \(Reader.kind(of: node))")
    }

    /// The trimmed text at `key` of `map`; nil, with a problem, when it is not non-empty text.
    /// `expected` says what the text should be, after "must be".
    mutating func text(
        _ key: String, in map: Node.Mapping, expected: String = "text", missing: (Node, String)? = nil
    ) -> String? {
        guard let value = map[key] else {
            if let (owner, message) = missing { problem(owner, message) }
            return nil
        }
        guard let scalar = value.scalar else {
            wrongType(value, key, expected: expected)
            return nil
        }
        let trimmed = scalar.string.trimmingSpaces()
        guard !trimmed.isEmpty, value.null == nil else {
            problem(value, "'\(key)' must be a non-empty text")
            return nil
        }
        return trimmed
    }

    mutating func rules(from text: String) -> [Rule] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            problems.append(Reader.problem(for: error, in: text, file: file))
            return []
        } catch {
            problems.append(PolicyProblem(file: file, line: 0, message: "\(error)"))
            return []
        }
        guard let root else {
            problems.append(
                PolicyProblem(file: file, line: 0, message: "expected a mapping with 'language' and 'rules'"))
            return []
        }
        guard let top = root.mapping else {
            problem(
                root,
                "a policy file must be a mapping with 'language' and 'rules', not \(Reader.kind(of: root))")
            return []
        }
        for (key, _) in top where !PolicyLoader.fileKeys.contains(key.string ?? "") {
            problem(key, "unknown key '\(key.string ?? "?")' (expected: language, rules)")
        }
        let language = self.text(
            "language", in: top, expected: "text such as en",
            missing: (root, "missing 'language' (e.g. en, uk, lt, ar, mn)"))
        guard let list = top["rules"] else {
            problem(root, "missing 'rules'")
            return []
        }
        guard let items = list.sequence else {
            wrongType(list, "rules", expected: "a list of rules")
            return []
        }
        // The rules are read even without a language, so that their problems are reported too.
        let rules = items.compactMap { rule(from: $0, language: language ?? "") }
        return language == nil ? [] : rules
    }

    mutating func rule(from node: Node, language: String) -> Rule? {
        guard let map = node.mapping else {
            problem(node, "a rule must be a mapping, not \(Reader.kind(of: node))")
            return nil
        }
        let before = problems.count
        for (key, _) in map where !PolicyLoader.ruleKeys.contains(key.string ?? "") {
            problem(
                key,
                "unknown key '\(key.string ?? "?")' (expected one of: \(PolicyLoader.ruleKeys.sorted().joined(separator: ", ")))"
            )
        }
        func required(_ key: String) -> (Node, String) { (node, "rule is missing '\(key)'") }
        let id = text("id", in: map, missing: required("id"))
        let category = text("category", in: map, missing: required("category"))
        let notice = text("notice", in: map, missing: required("notice"))
        let seed = text("seed", in: map, expected: "text such as R1")
        let suggestion = text("suggestion", in: map)
        var action = Action.flag
        if let a = text(
            "action", in: map, expected: "text (warn, flag, hold or block)", missing: required("action"))
        {
            if let parsed = Action(rawValue: a), parsed != .allow {
                action = parsed
            } else {
                problem(map["action"], "unknown action '\(a)' (expected warn, flag, hold or block)")
            }
        }
        var diacritics = Diacritics.strip
        if let d = text("diacritics", in: map, expected: "text (strip, keep or typed)") {
            if let parsed = Diacritics(rawValue: d) {
                diacritics = parsed
            } else {
                problem(map["diacritics"], "'diacritics' must be strip, keep or typed, not '\(d)'")
            }
        }
        var position = Position.anywhere
        if let p = text("position", in: map, expected: "text (anywhere or opening)") {
            if let parsed = Position(rawValue: p) {
                position = parsed
            } else {
                problem(map["position"], "'position' must be anywhere or opening, not '\(p)'")
            }
        }
        var ownLanguage = false
        if let value = map["own-language"] {
            switch value.scalar?.string.lowercased() {
            case "true": ownLanguage = true
            case "false": break
            default: wrongType(value, "own-language", expected: "true or false")
            }
        }
        var holdBudget: Int? = nil
        var onTimeout: Action? = nil
        if let hold = map["hold"] {
            if let h = hold.mapping {
                for (key, _) in h where !["budget", "on-timeout"].contains(key.string ?? "") {
                    problem(key, "unknown key '\(key.string ?? "?")' in 'hold' (expected budget, on-timeout)")
                }
                if let b = text("budget", in: h, expected: "text such as 10m") {
                    holdBudget = PolicyLoader.seconds(b)
                    if holdBudget == nil {
                        problem(h["budget"], "hold budget '\(b)' is not a duration like 90s, 10m, 1h")
                    }
                }
                if let t = text("on-timeout", in: h, expected: "text (allow or block)") {
                    onTimeout = Action(rawValue: t)
                    if onTimeout == nil || onTimeout == .hold || onTimeout == .warn || onTimeout == .flag {
                        problem(h["on-timeout"], "'on-timeout' must be allow or block, not '\(t)'")
                    }
                }
            } else {
                wrongType(hold, "hold", expected: "a mapping with budget and on-timeout")
            }
        }
        var shouting: Shouting? = nil
        if let value = map["shouting"] {
            if let m = value.mapping {
                for (key, _) in m where !["words", "letters", "acronyms"].contains(key.string ?? "") {
                    problem(
                        key,
                        "unknown key '\(key.string ?? "?")' in 'shouting' (expected words, letters, acronyms)"
                    )
                }
                var s = Shouting()
                if let w = count("words", in: m, least: 1) { s.words = w }
                if let l = count("letters", in: m, least: 2) { s.letters = l }
                let acronyms = textList(m["acronyms"], key: "acronyms")
                for (i, acronym) in acronyms.enumerated() {
                    // A word of two letters or more, with no small letter: as it is written in capitals.
                    let letters = acronym.unicodeScalars.filter(\.properties.isAlphabetic)
                    if letters.count < 2 || acronym.contains(where: { $0.isWhitespace })
                        || acronym != acronym.uppercased()
                    {
                        problem(
                            m["acronyms"]?.sequence?[i],
                            "acronym '\(acronym)' is not a word of two capitals or more (write it as it is written in capitals)"
                        )
                    }
                }
                s.acronyms = Set(acronyms)
                shouting = s
            } else if value.scalar?.string.lowercased() == "true" {
                shouting = Shouting()
            } else if value.scalar?.string.lowercased() != "false" {
                wrongType(
                    value, "shouting", expected: "true, false or a mapping with words, letters and acronyms")
            }
        }
        // A rule of words in capitals needs no phrase.
        let phrases = phraseList(
            map["phrases"], key: "phrases", required: shouting == nil, node: node)
        let exceptions = phraseList(map["exceptions"], key: "exceptions", required: false, node: node)
        var mustMatch: [String] = []
        var mustNotMatch: [String] = []
        if let examples = map["examples"] {
            if let e = examples.mapping {
                for (key, _) in e where !["match", "no-match"].contains(key.string ?? "") {
                    problem(
                        key, "unknown key '\(key.string ?? "?")' in 'examples' (expected match, no-match)")
                }
                mustMatch = textList(e["match"], key: "examples.match")
                mustNotMatch = textList(e["no-match"], key: "examples.no-match")
            } else {
                wrongType(examples, "examples", expected: "a mapping with match and no-match lists")
            }
        }
        guard problems.count == before, let id, let category, let notice else { return nil }
        return Rule(
            id: id, language: language, category: category, action: action, seed: seed, notice: notice,
            phrases: phrases, exceptions: exceptions, suggestion: suggestion, diacritics: diacritics,
            position: position, ownLanguage: ownLanguage, shouting: shouting, holdBudget: holdBudget,
            onTimeout: onTimeout,
            mustMatch: mustMatch,
            mustNotMatch: mustNotMatch, file: file, line: node.mark?.line ?? 0)
    }

    /// The whole number at `key` of `map`, at least `least`; nil, with a problem, when it is not.
    mutating func count(_ key: String, in map: Node.Mapping, least: Int) -> Int? {
        guard let value = map[key] else { return nil }
        guard let scalar = value.scalar, let n = Int(scalar.string.trimmingSpaces()) else {
            wrongType(value, key, expected: "a whole number")
            return nil
        }
        guard n >= least, n <= 1_000 else {
            problem(value, "'\(key)' must be from \(least) to 1000, not \(n)")
            return nil
        }
        return n
    }

    mutating func phraseList(_ value: Node?, key: String, required: Bool, node: Node) -> [Phrase] {
        guard let value else {
            if required { problem(node, "rule is missing '\(key)' (a rule needs at least one phrase)") }
            return []
        }
        guard let items = value.sequence else {
            wrongType(value, key, expected: "a list of phrases")
            return []
        }
        if items.count == 0 && required {
            problem(value, "'\(key)' is empty: a rule needs at least one phrase")
        }
        var result: [Phrase] = []
        for item in items {
            let line = item.mark?.line ?? 0
            let phrase: Phrase
            if let s = item.scalar?.string {
                phrase = Phrase(s, line: line)
            } else if let m = item.mapping {
                for (k, _) in m where !["phrase", "suggestion"].contains(k.string ?? "") {
                    problem(k, "unknown key '\(k.string ?? "?")' in a phrase (expected phrase, suggestion)")
                }
                let before = problems.count
                let s = text("phrase", in: m, missing: (item, "a phrase given as a mapping needs 'phrase'"))
                // A phrase's suggestion may be empty: the words hit are then removed.
                var suggestion: String? = nil
                if let value = m["suggestion"] {
                    if value.scalar == nil {
                        wrongType(value, "suggestion", expected: "text")
                    } else {
                        suggestion = value.string ?? ""
                    }
                }
                guard let s, problems.count == before else { continue }
                phrase = Phrase(s, suggestion: suggestion, line: line)
            } else {
                problem(
                    item,
                    "each of '\(key)' must be text or a mapping with phrase and suggestion, not \(Reader.kind(of: item))"
                )
                continue
            }
            if phrase.text.isEmpty {
                problem(item, "empty phrase in '\(key)'")
            } else {
                result.append(phrase)
            }
        }
        return result
    }

    mutating func textList(_ value: Node?, key: String) -> [String] {
        guard let value else { return [] }
        guard let items = value.sequence else {
            wrongType(value, key, expected: "a list of texts")
            return []
        }
        var result: [String] = []
        for item in items {
            if let s = item.scalar?.string {
                result.append(s)
            } else {
                problem(item, "each of '\(key)' must be text, not \(Reader.kind(of: item))")
            }
        }
        return result
    }

    /// The problem a YAML error stands for, on the line it names.
    static func problem(for error: YamlError, in text: String, file: String) -> PolicyProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return PolicyProblem(
                file: file, line: mark.line,
                message: "YAML: \(problem)" + (context.map { " (\($0.text))" } ?? ""))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams names the first occurrence of the first repeated key; the repeat is the line
            // to fix.
            let key = duplicates.first ?? "?"
            let first = context.mark.line
            let others = duplicates.dropFirst().map { "'\($0)'" }.joined(separator: ", ")
            let also = others.isEmpty ? "" : "; also repeated in this mapping: \(others)"
            guard let repeated = lineOfRepeat(of: key, firstAt: context.mark, in: text) else {
                return PolicyProblem(
                    file: file, line: first,
                    message:
                        "YAML: duplicate key '\(key)' (first here, repeated later in the same mapping)\(also)"
                )
            }
            return PolicyProblem(
                file: file, line: repeated,
                message: "YAML: duplicate key '\(key)' (first at line \(first))\(also)")
        default:
            return PolicyProblem(file: file, line: 0, message: "YAML: \(error)")
        }
    }

    /// The line where `key`, first written at `mark`, is written again in the same mapping: the
    /// next line at the key's indentation that starts with it in a block mapping, or the key's
    /// own line in a flow mapping (`{a: 1, a: 2}`). Nil when neither is found.
    static func lineOfRepeat(of key: String, firstAt mark: Mark, in text: String) -> Int? {
        // Lines as YAML counts them: a CRLF is one break.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        func startsWithKey(_ body: Substring) -> Bool {
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where body.hasPrefix(spelling) {
                if body.dropFirst(spelling.count).drop(while: { $0 == " " }).hasPrefix(":") { return true }
            }
            return false
        }
        let indentation = mark.column - 1
        for number in (mark.line + 1)..<(lines.count + 1) {
            let line = lines[number - 1]
            let body = line.drop(while: { $0 == " " })
            if body.isEmpty || body.hasPrefix("#") { continue }
            let depth = line.count - body.count
            if depth < indentation { break }
            if depth == indentation && startsWithKey(body) { return number }
        }
        let rest = lines[mark.line - 1].unicodeScalars.dropFirst(indentation + key.count)
        let pieces = String(rest).split(whereSeparator: { $0 == "," || $0 == "{" })
        if pieces.contains(where: { startsWithKey($0.drop(while: { $0 == " " })) }) { return mark.line }
        return nil
    }
}
