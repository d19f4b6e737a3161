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
        "position", "hold", "examples",
    ]

    /// The rules of every `.yaml`/`.yml` file under `directory`, in path order.
    public static func load(directory: String) throws(PolicyError) -> [Rule] {
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
        return try load(sources: sources)
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
        switch unit {
        case "s": return n
        case "m": return n * 60
        case "h": return n * 3600
        default: return nil
        }
    }
}

/// One file's worth of reading, collecting problems instead of stopping at the first.
struct Reader {
    let file: String
    var problems: [PolicyProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(_ node: Node?, _ message: String) {
        problems.append(PolicyProblem(file: file, line: node?.mark?.line ?? 0, message: message))
    }

    mutating func rules(from text: String) -> [Rule] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            problems.append(
                PolicyProblem(file: file, line: Reader.line(of: error), message: Reader.describe(error)))
            return []
        } catch {
            problems.append(PolicyProblem(file: file, line: 0, message: "\(error)"))
            return []
        }
        guard let root, let top = root.mapping else {
            problem(root, "expected a mapping with 'language' and 'rules'")
            return []
        }
        for (key, _) in top where !PolicyLoader.fileKeys.contains(key.string ?? "") {
            problem(key, "unknown key '\(key.string ?? "?")' (expected: language, rules)")
        }
        guard let language = top["language"]?.string, !language.isEmpty else {
            problem(root, "missing 'language' (e.g. en, uk, lt, ar, mn)")
            return []
        }
        guard let list = top["rules"] else {
            problem(root, "missing 'rules'")
            return []
        }
        guard let items = list.sequence else {
            problem(list, "'rules' must be a list of rules")
            return []
        }
        return items.compactMap { rule(from: $0, language: language) }
    }

    mutating func rule(from node: Node, language: String) -> Rule? {
        guard let map = node.mapping else {
            problem(node, "a rule must be a mapping")
            return nil
        }
        let before = problems.count
        for (key, _) in map where !PolicyLoader.ruleKeys.contains(key.string ?? "") {
            problem(
                key,
                "unknown key '\(key.string ?? "?")' (expected one of: \(PolicyLoader.ruleKeys.sorted().joined(separator: ", ")))"
            )
        }
        func text(_ key: String, required: Bool) -> String? {
            guard let value = map[key] else {
                if required { problem(node, "rule is missing '\(key)'") }
                return nil
            }
            guard let s = value.scalar?.string, !s.trimmingSpaces().isEmpty else {
                problem(value, "'\(key)' must be a non-empty text")
                return nil
            }
            return s.trimmingSpaces()
        }
        let id = text("id", required: true)
        let category = text("category", required: true)
        let notice = text("notice", required: true)
        let seed = text("seed", required: false)
        let suggestion = text("suggestion", required: false)
        var action = Action.flag
        if let a = text("action", required: true) {
            if let parsed = Action(rawValue: a), parsed != .allow {
                action = parsed
            } else {
                problem(map["action"], "unknown action '\(a)' (expected warn, flag, hold or block)")
            }
        }
        var diacritics = Diacritics.strip
        if let d = text("diacritics", required: false) {
            if let parsed = Diacritics(rawValue: d) {
                diacritics = parsed
            } else {
                problem(map["diacritics"], "'diacritics' must be strip, keep or typed, not '\(d)'")
            }
        }
        var position = Position.anywhere
        if let p = text("position", required: false) {
            if let parsed = Position(rawValue: p) {
                position = parsed
            } else {
                problem(map["position"], "'position' must be anywhere or opening, not '\(p)'")
            }
        }
        var holdBudget: Int? = nil
        var onTimeout: Action? = nil
        if let hold = map["hold"] {
            if let h = hold.mapping {
                for (key, _) in h where !["budget", "on-timeout"].contains(key.string ?? "") {
                    problem(key, "unknown key '\(key.string ?? "?")' in 'hold' (expected budget, on-timeout)")
                }
                if let b = h["budget"]?.string {
                    holdBudget = PolicyLoader.seconds(b)
                    if holdBudget == nil {
                        problem(h["budget"], "hold budget '\(b)' is not a duration like 90s, 10m, 1h")
                    }
                }
                if let t = h["on-timeout"]?.string {
                    onTimeout = Action(rawValue: t)
                    if onTimeout == nil || onTimeout == .hold || onTimeout == .warn || onTimeout == .flag {
                        problem(h["on-timeout"], "'on-timeout' must be allow or block, not '\(t)'")
                    }
                }
            } else {
                problem(hold, "'hold' must be a mapping with budget and on-timeout")
            }
        }
        let phrases = phraseList(map["phrases"], key: "phrases", required: true, node: node)
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
                problem(examples, "'examples' must be a mapping with match and no-match lists")
            }
        }
        guard problems.count == before, let id, let category, let notice else { return nil }
        return Rule(
            id: id, language: language, category: category, action: action, seed: seed, notice: notice,
            phrases: phrases, exceptions: exceptions, suggestion: suggestion, diacritics: diacritics,
            position: position, holdBudget: holdBudget, onTimeout: onTimeout, mustMatch: mustMatch,
            mustNotMatch: mustNotMatch, file: file, line: node.mark?.line ?? 0)
    }

    mutating func phraseList(_ value: Node?, key: String, required: Bool, node: Node) -> [Phrase] {
        guard let value else {
            if required { problem(node, "rule is missing '\(key)' (a rule needs at least one phrase)") }
            return []
        }
        guard let items = value.sequence else {
            problem(value, "'\(key)' must be a list")
            return []
        }
        if items.count == 0 && required {
            problem(value, "'\(key)' is empty: a rule needs at least one phrase")
        }
        var result: [Phrase] = []
        for item in items {
            let line = item.mark?.line ?? 0
            if let s = item.scalar?.string {
                let phrase = Phrase(s, line: line)
                if phrase.text.isEmpty {
                    problem(item, "empty phrase in '\(key)'")
                } else {
                    result.append(phrase)
                }
            } else if let m = item.mapping, let s = m["phrase"]?.string {
                for (k, _) in m where !["phrase", "suggestion"].contains(k.string ?? "") {
                    problem(k, "unknown key '\(k.string ?? "?")' in a phrase (expected phrase, suggestion)")
                }
                let phrase = Phrase(s, suggestion: m["suggestion"]?.string, line: line)
                if phrase.text.isEmpty {
                    problem(item, "empty phrase in '\(key)'")
                } else {
                    result.append(phrase)
                }
            } else {
                problem(item, "each of '\(key)' must be a text or {phrase: ..., suggestion: ...}")
            }
        }
        return result
    }

    mutating func textList(_ value: Node?, key: String) -> [String] {
        guard let value else { return [] }
        guard let items = value.sequence else {
            problem(value, "'\(key)' must be a list of texts")
            return []
        }
        var result: [String] = []
        for item in items {
            if let s = item.scalar?.string {
                result.append(s)
            } else {
                problem(item, "each of '\(key)' must be a text")
            }
        }
        return result
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default: return 0
        }
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return "YAML: \(problem)" + (context.map { " (\($0.text))" } ?? "")
        case .duplicatedKeysInMapping(let duplicates, _):
            return "YAML: duplicate keys \(duplicates.joined(separator: ", "))"
        default:
            return "YAML: \(error)"
        }
    }
}
