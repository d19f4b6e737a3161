import Foundation
import Policy
import Review

/// A review item as the API shows it.
struct ItemJSON: Codable, Sendable {
    struct Hit: Codable, Sendable {
        var rule: String
        var category: String
        var action: Action
        var start: Int
        var end: Int
        var text: String
        var explanation: String
    }

    var id: Int64
    var time: Date
    var listener: String
    var agent: String
    var conversation: String
    var action: Action
    var text: String
    var hits: [Hit]
    var suggestion: String?
    var deadline: Date?
    var onTimeout: Action?
    var replica: String
    var status: ReviewStatus
    var delivery: Delivery
    var connected: Bool
    var decidedAt: Date?
    var decidedBy: String?
    var note: String?
    var finalText: String?
    /// The decisions that may still be made (empty once decided).
    var decisions: [DecisionKind]

    init(_ item: ReviewItem) {
        let r = item.record
        id = item.id
        time = r.time
        listener = r.listener
        agent = r.agent
        conversation = r.conversation
        action = r.action
        text = r.text
        hits = r.hits.map {
            Hit(
                rule: $0.rule, category: $0.category, action: $0.action, start: $0.start, end: $0.end,
                text: $0.text,
                explanation: $0.explanation)
        }
        suggestion = r.suggestion
        deadline = r.deadline
        onTimeout = r.onTimeout
        replica = r.replica
        status = item.status
        delivery = item.delivery
        connected = item.connected
        decidedAt = item.decidedAt
        decidedBy = item.decidedBy
        note = item.note
        finalText = item.finalText
        decisions = item.availableDecisions
    }
}

struct DecisionJSON: Codable, Sendable {
    var id: Int64
    var item: Int64
    var decision: DecisionKind
    var actor: String
    var note: String?
    var text: String?
    var time: Date

    init(_ d: ReviewDecision) {
        id = d.id
        item = d.itemID
        decision = d.kind
        actor = d.actor
        note = d.note
        text = d.text
        time = d.time
    }
}

/// The body of `POST /api/items/{id}/decision`, and one entry of `POST /api/decisions`.
struct DecisionRequest: Codable, Sendable {
    var id: Int64?
    var decision: String
    var note: String?
    var text: String?
}

extension ReviewItem {
    /// The decisions a supervisor can make on it now (expiry is the budget's, never offered).
    var availableDecisions: [DecisionKind] {
        guard status.isUndecided else { return [] }
        return [.approve, .reject, .edit, .dismiss].filter { $0.applies(to: record.action) }
    }
}

enum ConsoleJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }()

    static let decoder = JSONDecoder()

    static func data(_ value: some Encodable) throws -> Data { try encoder.encode(value) }
}

/// ISO 8601 times as the API writes and reads them.
enum Timestamp {
    /// `2025-05-01T10:00:00.250Z`.
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Reads an ISO 8601 time whose seconds, fraction and offset may each be left out
    /// (`2025-05-01T09:00Z`, `2025-05-01T11:00:30.25+02:00`), or a bare date (`2025-05-01`, its
    /// midnight UTC). A time without an offset is UTC: the console's `datetime-local` fields
    /// send no offset.
    static func parse(_ text: String) -> Date? {
        let pattern =
            /(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?/
        guard let match = text.wholeMatch(of: pattern.asciiOnlyDigits()) else { return nil }
        let (_, year, month, day, hour, minute, second, fraction, zone) = match.output
        func number(_ digits: Substring?) -> Int { digits.flatMap { Int($0) } ?? 0 }
        let (hours, minutes, seconds) = (number(hour), number(minute), number(second))
        let date = DateComponents(year: number(year), month: number(month), day: number(day))
        guard date.isValidDate(in: utc), let midnight = utc.date(from: date), hours < 24, minutes < 60,
            seconds < 60, let offset = offset(zone)
        else { return nil }
        let elapsed = Double(hours * 3600 + minutes * 60 + seconds - offset)
        return midnight.addingTimeInterval(elapsed + (fraction.flatMap { Double("0." + $0) } ?? 0))
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// The seconds an offset (`Z`, `+02`, `+0200`, `-05:30`) is ahead of UTC: 0 when there is
    /// none, nil when it is out of range.
    private static func offset(_ zone: Substring?) -> Int? {
        guard let zone, zone.uppercased() != "Z" else { return 0 }
        let digits = zone.dropFirst().filter { $0 != ":" }
        let hours = Int(digits.prefix(2)) ?? 0
        let minutes = Int(digits.dropFirst(2)) ?? 0
        guard hours < 24, minutes < 60 else { return nil }
        return (zone.first == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
