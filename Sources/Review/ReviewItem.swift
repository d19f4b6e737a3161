import Foundation
import Policy

/// Where a review item stands.
public enum ReviewStatus: String, Sendable, Codable, CaseIterable {
    /// A flag or block nobody has looked at yet.
    case open
    /// A held message waiting for a decision.
    case pending
    /// A held message a supervisor let through.
    case approved
    /// A held message a supervisor stopped.
    case rejected
    /// A held message a supervisor corrected and sent.
    case edited
    /// A flag or block a supervisor has seen.
    case dismissed
    /// A held message nobody decided within its rule's budget; its default applied.
    case expired

    /// Whether a decision can still be made.
    public var isUndecided: Bool { self == .open || self == .pending }
}

/// What became of a decided hold on the agent's connection.
public enum Delivery: String, Sendable, Codable, CaseIterable {
    /// Nothing to deliver (not a hold, or not decided yet).
    case none
    /// Decided; the replica holding the agent's connection has not reported yet.
    case pending
    /// Sent (or, for a rejection, told to the agent).
    case delivered
    /// The agent was no longer connected.
    case undeliverable
}

/// A supervisor's (or the budget's) decision.
public enum DecisionKind: String, Sendable, Codable, CaseIterable {
    /// Holds: send the message as the agent wrote it.
    case approve
    /// Holds: do not send it; the agent is told.
    case reject
    /// Holds: send the supervisor's corrected text instead.
    case edit
    /// Flags and blocks: seen, nothing to do.
    case dismiss
    /// Holds: the rule's budget ran out; its default action applied.
    case expire

    /// The status an item gets from this decision.
    public var status: ReviewStatus {
        switch self {
        case .approve: return .approved
        case .reject: return .rejected
        case .edit: return .edited
        case .dismiss: return .dismissed
        case .expire: return .expired
        }
    }

    /// Whether this decision applies to an item with this action.
    public func applies(to action: Action) -> Bool {
        switch self {
        case .approve, .reject, .edit, .expire: return action == .hold
        case .dismiss: return action != .hold
        }
    }
}

/// One hit of a recorded message, as stored.
public struct ReviewHit: Sendable, Codable, Hashable {
    public var rule: String
    public var category: String
    public var action: Action
    /// UTF-8 byte offsets into the item's text.
    public var start: Int
    public var end: Int
    public var text: String
    public var explanation: String

    public init(
        rule: String, category: String, action: Action, start: Int, end: Int, text: String,
        explanation: String
    ) {
        self.rule = rule
        self.category = category
        self.action = action
        self.start = start
        self.end = end
        self.text = text
        self.explanation = explanation
    }

    public init(_ hit: Hit) {
        self.init(
            rule: hit.rule, category: hit.category, action: hit.action, start: hit.start, end: hit.end,
            text: hit.text, explanation: hit.explanation)
    }
}

extension ReviewHit {
    /// `hits` as the JSON array the tables keep (keys sorted, as `JSONEncoder` writes them with
    /// `.sortedKeys`), built by appending: the tables take one for every record.
    public static func json(_ hits: [ReviewHit]) -> String {
        var out = "["
        out.reserveCapacity(hits.reduce(2) { $0 + $1.explanation.utf8.count + $1.text.utf8.count + 160 })
        /// `"key":` and the value (after a comma unless it is the first), quoted unless a number.
        func field(_ key: String, _ value: String, quoted: Bool = true) {
            out.append(key == "action" ? "\"" : ",\"")
            out.append(key)
            out.append("\":")
            if quoted { JSON.appendQuoted(value, to: &out) } else { out.append(value) }
        }
        for (i, hit) in hits.enumerated() {
            out.append(i == 0 ? "{" : ",{")
            field("action", hit.action.rawValue)
            field("category", hit.category)
            field("end", String(hit.end), quoted: false)
            field("explanation", hit.explanation)
            field("rule", hit.rule)
            field("start", String(hit.start), quoted: false)
            field("text", hit.text)
            out.append("}")
        }
        out.append("]")
        return out
    }
}

/// A flagged, held or blocked message as the proxy hands it to the store.
public struct NewReviewItem: Sendable, Hashable {
    public var time: Date
    /// The listener the agent came through.
    public var listener: String
    public var agent: String
    /// The channel or nick (or NDJSON conversation) the message was for.
    public var conversation: String
    /// `flag`, `hold` or `block`.
    public var action: Action
    public var text: String
    public var hits: [ReviewHit]
    public var suggestion: String?
    /// Holds: when the rule's budget runs out, and what applies then.
    public var deadline: Date?
    public var onTimeout: Action?
    /// The replica whose connection the agent is on.
    public var replica: String

    public init(
        time: Date, listener: String, agent: String, conversation: String, action: Action, text: String,
        hits: [ReviewHit], suggestion: String?, deadline: Date? = nil, onTimeout: Action? = nil,
        replica: String
    ) {
        self.time = time
        self.listener = listener
        self.agent = agent
        self.conversation = conversation
        self.action = action
        self.text = text
        self.hits = hits
        self.suggestion = suggestion
        self.deadline = deadline
        self.onTimeout = onTimeout
        self.replica = replica
    }
}

/// A recorded message with where it stands.
public struct ReviewItem: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var record: NewReviewItem
    public var status: ReviewStatus
    public var delivery: Delivery
    /// Holds: whether the agent's connection was still there when last known.
    public var connected: Bool
    /// The latest decision, when there is one.
    public var decidedAt: Date?
    public var decidedBy: String?
    public var note: String?
    /// Edits: the text that was sent instead.
    public var finalText: String?

    public init(
        id: Int64, record: NewReviewItem, status: ReviewStatus, delivery: Delivery = .none,
        connected: Bool = true, decidedAt: Date? = nil, decidedBy: String? = nil, note: String? = nil,
        finalText: String? = nil
    ) {
        self.id = id
        self.record = record
        self.status = status
        self.delivery = delivery
        self.connected = connected
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
        self.note = note
        self.finalText = finalText
    }
}

/// One entry of the append-only audit trail.
public struct ReviewDecision: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var itemID: Int64
    public var kind: DecisionKind
    /// The supervisor's account name, or `budget` for an expiry.
    public var actor: String
    public var note: String?
    /// Edits: the corrected text.
    public var text: String?
    public var time: Date

    public init(
        id: Int64, itemID: Int64, kind: DecisionKind, actor: String, note: String?, text: String?, time: Date
    ) {
        self.id = id
        self.itemID = itemID
        self.kind = kind
        self.actor = actor
        self.note = note
        self.text = text
        self.time = time
    }
}
