/// A multi-pattern byte matcher: an Aho-Corasick automaton over a list of patterns.
///
/// Build it once from the patterns and search as many haystacks as you like, from as many
/// threads as you like: it is immutable after construction. Patterns and haystacks are
/// arbitrary bytes (UTF-8 or not, NUL included); positions are byte offsets.
///
/// - Pattern ids are the input order.
/// - Empty patterns are accepted, so that ids stay aligned with the input, but never match.
/// - Duplicate patterns all match under ``MatchKind/overlapping``; under the leftmost kinds the
///   lowest id of equal patterns is reported.
///
/// ```swift
/// let matcher = try AhoCorasick(["refund", "guarantee"], matchKind: .leftmostLongest)
/// matcher.forEachMatch(in: "we guarantee a refund") { match in
///     print(match.pattern, match.range)
///     return true
/// }
/// ```
public struct AhoCorasick: Sendable {
    /// How an automaton is built.
    public struct Configuration: Sendable {
        public var matchKind: MatchKind
        /// The engine to run; `nil` chooses one from the pattern set (see ``Engine``).
        public var engine: Engine?
        /// The most trie states construction may create before it fails with
        /// ``BuildError/tooManyStates(needed:limit:)``.
        public var stateLimit: Int
        /// The largest dense DFA table, in bytes, that the automatic choice builds.
        public var dfaSizeLimit: Int
        /// States up to this depth get dense, fully resolved rows in the contiguous NFA; `nil`
        /// chooses the depth from ``denseBudget``.
        public var denseDepth: Int?
        /// Bytes the contiguous NFA may spend on dense rows when it chooses their depth itself
        /// (or a third of the rest of the automaton, if that is more).
        public var denseBudget: Int
        /// Whether to scan ahead from the start state when few bytes lead out of it.
        public var prefilter: Bool

        public init(
            matchKind: MatchKind = .overlapping, engine: Engine? = nil, stateLimit: Int = Int(Int32.max),
            dfaSizeLimit: Int = 16 << 20, denseDepth: Int? = nil, denseBudget: Int = 4 << 20,
            prefilter: Bool = true
        ) {
            self.matchKind = matchKind
            self.engine = engine
            self.stateLimit = stateLimit
            self.dfaSizeLimit = dfaSizeLimit
            self.denseDepth = denseDepth
            self.denseBudget = denseBudget
            self.prefilter = prefilter
        }
    }

    enum Implementation: Sendable {
        case dfa(DenseDFA)
        case contiguousNFA(ContiguousNFA)
    }

    enum EngineReference: @unchecked Sendable {
        case dfa(Unmanaged<DenseDFA>)
        case contiguousNFA(Unmanaged<ContiguousNFA>)

        init(_ implementation: Implementation) {
            switch implementation {
            case .dfa(let d): self = .dfa(.passUnretained(d))
            case .contiguousNFA(let n): self = .contiguousNFA(.passUnretained(n))
            }
        }
    }

    public let matchKind: MatchKind
    public let engine: Engine
    /// The number of patterns, empty ones included.
    public let patternCount: Int
    /// The number of trie states the construction made.
    public let stateCount: Int
    /// The longest pattern, in bytes.
    public let maxPatternLength: Int
    let implementation: Implementation
    /// The engine of `implementation`, unretained: a search borrows it without touching its
    /// reference count, which threads searching one automaton at once would contend for (its
    /// cache line going from core to core on every search). `implementation` keeps it alive.
    let engineReference: EngineReference
    let patternLengths: [UInt32]

    /// Builds an automaton from byte patterns.
    public init<S: Sequence>(patterns: S, configuration: Configuration = Configuration()) throws(BuildError)
    where S.Element: Sequence, S.Element.Element == UInt8 {
        let set = try PatternSet(patterns)
        let nfa = try NoncontiguousNFA(
            patterns: set, matchKind: configuration.matchKind, stateLimit: configuration.stateLimit)
        let engine = AhoCorasick.chooseEngine(nfa, configuration)
        switch engine {
        case .dfa:
            implementation = .dfa(
                try DenseDFA(
                    nfa: nfa, usePrefilter: configuration.prefilter,
                    sizeLimit: configuration.engine == .dfa ? Int(UInt32.max) * 4 : configuration.dfaSizeLimit
                ))
        case .contiguousNFA:
            implementation = .contiguousNFA(
                try ContiguousNFA(
                    nfa: nfa, denseDepth: configuration.denseDepth, denseBudget: configuration.denseBudget,
                    usePrefilter: configuration.prefilter))
        }
        self.engine = engine
        engineReference = EngineReference(implementation)
        self.matchKind = configuration.matchKind
        self.patternCount = nfa.patternCount
        self.stateCount = nfa.stateCount
        self.maxPatternLength = nfa.maxPatternLength
        self.patternLengths = nfa.patternLengths
    }

    /// Builds an automaton from the UTF-8 bytes of string patterns.
    public init(_ patterns: [String], matchKind: MatchKind = .overlapping, engine: Engine? = nil)
        throws(BuildError)
    {
        try self.init(
            patterns: patterns.lazy.map { $0.utf8 },
            configuration: Configuration(matchKind: matchKind, engine: engine))
    }

    /// The engine for a pattern set: the dense DFA while its table stays under the size
    /// limit (it is the fastest by far while it fits in cache), otherwise the contiguous NFA.
    static func chooseEngine(_ nfa: NoncontiguousNFA, _ configuration: Configuration) -> Engine {
        if let engine = configuration.engine { return engine }
        let classes = ByteClasses(nfa: nfa).count
        let dfaBytes = nfa.stateCount * classes * MemoryLayout<StateID>.size
        return dfaBytes <= configuration.dfaSizeLimit ? .dfa : .contiguousNFA
    }

    /// Heap bytes of everything a search reads.
    public var memoryUsage: Int {
        let shared = patternLengths.count * 4
        switch implementation {
        case .dfa(let d): return shared + d.memoryUsage
        case .contiguousNFA(let n): return shared + n.memoryUsage
        }
    }
}
