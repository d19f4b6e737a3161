/// The position of a pattern in the list an automaton was built from.
///
/// Pattern ids are the input order: the first pattern is `PatternID(0)`.
public struct PatternID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32

    /// The largest number of patterns one automaton accepts.
    public static let limit = Int(Int32.max)

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Checked construction from an index; traps on an index out of the pattern id range.
    public init(_ index: Int) {
        precondition(index >= 0 && index < PatternID.limit, "pattern index \(index) out of range")
        self.rawValue = UInt32(truncatingIfNeeded: index)
    }

    /// The pattern's index in the input list.
    public var index: Int { Int(rawValue) }

    public static func < (lhs: PatternID, rhs: PatternID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "PatternID(\(rawValue))" }
}

/// Which matches a search reports.
public enum MatchKind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Every occurrence of every pattern, overlapping ones included, in order of their end;
    /// at one end the longer pattern first, and for equal patterns the lower id first.
    case overlapping
    /// Non-overlapping matches: the leftmost start wins, and among matches at that start the
    /// longest one (for equal patterns, the lower id).
    case leftmostLongest = "leftmost-longest"
    /// Non-overlapping matches: the leftmost start wins, and among matches at that start the
    /// pattern that comes first in the input list.
    case leftmostFirst = "leftmost-first"

    var isLeftmost: Bool { self != .overlapping }
    public var description: String { rawValue }
}

/// One occurrence of a pattern: its id and its byte span `start..<end` in the haystack.
public struct Match: Hashable, Sendable, CustomStringConvertible {
    public var pattern: PatternID
    public var start: Int
    public var end: Int

    public init(pattern: PatternID, start: Int, end: Int) {
        self.pattern = pattern
        self.start = start
        self.end = end
    }

    public var range: Range<Int> { start..<end }
    public var description: String { "\(pattern.rawValue)@\(start)..<\(end)" }
}

/// The search engine an automaton runs. ``AhoCorasick`` picks one by itself; tests and
/// benchmarks may ask for one.
public enum Engine: String, Sendable, CaseIterable, CustomStringConvertible {
    /// One flat table of states with dense rows near the start and sparse rows deeper down,
    /// and failure links: compact for large pattern sets.
    case contiguousNFA = "nfa"
    /// A dense table over byte classes with pre-multiplied state ids: one load per byte.
    case dfa

    public var description: String { rawValue }
}

/// Why an automaton could not be built.
public enum BuildError: Error, Equatable, Sendable, CustomStringConvertible {
    /// More patterns than ``PatternID/limit``.
    case tooManyPatterns(count: Int, limit: Int)
    /// The trie needs more states than the configured or the engine's limit.
    case tooManyStates(needed: Int, limit: Int)
    /// The engine asked for cannot hold this pattern set; the reason says which limit.
    case engineUnavailable(Engine, reason: String)

    public var description: String {
        switch self {
        case .tooManyPatterns(let count, let limit):
            return "too many patterns: \(count) given, at most \(limit) supported"
        case .tooManyStates(let needed, let limit):
            return "pattern set too large: it needs more than \(limit) automaton states (\(needed) so far)"
        case .engineUnavailable(let engine, let reason):
            return "the \(engine) engine cannot hold this pattern set: \(reason)"
        }
    }
}

/// Typed state ids are plain 32-bit values inside the engines: `StateID.dead` is always 0 so
/// that "dead or match" is one comparison against the highest special id.
@usableFromInline typealias StateID = UInt32

extension StateID {
    @usableFromInline static let dead: StateID = 0
    /// Marks "no transition" in sparse or partial rows; never a real state.
    @usableFromInline static let fail: StateID = .max
}
