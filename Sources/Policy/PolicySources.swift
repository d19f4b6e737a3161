/// Where the policies in force come from: a folder of policy files or the pack built into
/// Decorum, and the folders of a company's own rules added on top of it (the names of its
/// competitors, its legacy product names), so that these need no copy of the pack.
///
/// All of them load as one set: a rule id used twice, in any of them, is an error.
public struct PolicySources: Sendable, Hashable, CustomStringConvertible {
    /// A folder of policy files; nil for the pack built into Decorum.
    public var directory: String?
    /// Folders whose rules are added to those of ``directory`` (or of the built-in pack).
    public var added: [String]

    public init(directory: String? = nil, added: [String] = []) {
        self.directory = directory
        self.added = added
    }

    /// The folders to read, and to watch for changes.
    public var folders: [String] { (directory.map { [$0] } ?? []) + added }

    public func load() throws(PolicyError) -> PolicySet {
        var sources = directory == nil ? PolicySet.bundledSources : []
        var problems: [PolicyProblem] = []
        for folder in folders {
            do throws(PolicyError) {
                sources += try PolicyLoader.sources(in: folder)
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw PolicyError(problems) }
        return try PolicySet(rules: PolicyLoader.load(sources: sources))
    }

    /// `the built-in pack`, or the folder, and what is added (`the built-in pack + /etc/decorum/company`).
    public var description: String {
        ([directory ?? "the built-in pack"] + added).joined(separator: " + ")
    }
}
