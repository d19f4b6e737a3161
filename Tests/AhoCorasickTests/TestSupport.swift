import AhoCorasick
import Testing

/// A short description of how two match lists differ, or nil when they are equal: the counts and
/// the first differing position with a little context, rather than both lists in full.
func matchDifference(_ got: [Match], _ expected: [Match]) -> String? {
    if got == expected { return nil }
    let i = zip(got, expected).enumerated().first { $1.0 != $1.1 }?.offset ?? min(got.count, expected.count)
    func around(_ list: [Match]) -> String {
        let window = list[max(0, i - 2)..<min(list.count, i + 3)]
        return window.isEmpty ? "nothing" : window.map(\.description).joined(separator: ", ")
    }
    return "\(got.count) matches, expected \(expected.count); first difference at match \(i): "
        + "got [\(around(got))], expected [\(around(expected))]"
}

/// Records an issue naming `context` when `got` differs from `expected`, without printing either
/// list in full.
func expectSameMatches(
    _ got: [Match], _ expected: [Match], _ context: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if let difference = matchDifference(got, expected) {
        Issue.record("\(context()): \(difference)", sourceLocation: sourceLocation)
    }
}

/// The UTF-8 bytes of a string.
func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

/// The matches a visitor sees when it stops after `k` of them.
func matches(of matcher: AhoCorasick, in h: [UInt8], stoppingAfter k: Int) -> [Match] {
    var seen: [Match] = []
    matcher.forEachMatch(in: h) { m in
        seen.append(m)
        return seen.count < k
    }
    return seen
}
