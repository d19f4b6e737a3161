import Foundation
import Policy

/// A filtered page of the queue, newest first.
public struct ReviewQuery: Sendable, Hashable {
    public var statuses: [ReviewStatus]?
    public var actions: [Action]?
    /// Items with at least one hit of this rule, or of this category.
    public var rule: String?
    public var category: String?
    public var agent: String?
    /// `time >= since` and `time < until`.
    public var since: Date?
    public var until: Date?
    /// Page size (1…500).
    public var limit: Int
    /// Keyset pagination: only items with an id below this one (the previous page's `next`).
    public var before: Int64?

    public init(
        statuses: [ReviewStatus]? = nil, actions: [Action]? = nil, rule: String? = nil,
        category: String? = nil,
        agent: String? = nil, since: Date? = nil, until: Date? = nil, limit: Int = 50, before: Int64? = nil
    ) {
        self.statuses = statuses
        self.actions = actions
        self.rule = rule
        self.category = category
        self.agent = agent
        self.since = since
        self.until = until
        self.limit = limit
        self.before = before
    }

    /// Whether an item passes the filters (not the page bounds).
    public func matches(_ item: ReviewItem) -> Bool {
        let r = item.record
        if let statuses, !statuses.contains(item.status) { return false }
        if let actions, !actions.contains(r.action) { return false }
        if let rule, !r.hits.contains(where: { $0.rule == rule }) { return false }
        if let category, !r.hits.contains(where: { $0.category == category }) { return false }
        if let agent, r.agent != agent { return false }
        if let since, r.time < since { return false }
        if let until, r.time >= until { return false }
        return true
    }
}

/// One page of items and the cursor to the next.
public struct ReviewPage: Sendable, Hashable {
    public var items: [ReviewItem]
    /// Pass as `before` for the next (older) page; nil on the last page.
    public var next: Int64?

    public init(items: [ReviewItem], next: Int64?) {
        self.items = items
        self.next = next
    }
}

/// What the statistics count by.
public enum StatisticsDimension: String, Sendable, Codable, CaseIterable {
    case agent, rule, category
}

/// Counts of recorded items per time bucket.
public struct StatisticsQuery: Sendable, Hashable {
    public var dimension: StatisticsDimension
    public var since: Date
    public var until: Date
    /// Bucket width in seconds (for example 3600 or 86400); buckets start at multiples of it
    /// since 1970.
    public var bucket: Int

    public init(dimension: StatisticsDimension, since: Date, until: Date, bucket: Int) {
        self.dimension = dimension
        self.since = since
        self.until = until
        self.bucket = bucket
    }
}

/// Items of one key (agent, rule or category) and action in one bucket. An item with hits of
/// two rules counts once for each rule.
public struct StatisticsRow: Sendable, Hashable {
    /// The bucket's start.
    public var bucket: Date
    public var key: String
    public var action: Action
    public var count: Int

    public init(bucket: Date, key: String, action: Action, count: Int) {
        self.bucket = bucket
        self.key = key
        self.action = action
        self.count = count
    }
}

/// What changed in the store, for live feeds and for the replica that delivers a decision.
public enum ReviewEvent: Sendable, Hashable {
    case recorded(Int64)
    case decided(Int64)
    case delivery(Int64)

    var isDecision: Bool {
        if case .decided = self { return true }
        return false
    }
}
