import Foundation
import Policy

/// The journal's encoding of recorded items: one blob per batch, written in the batch's one
/// transaction, read back when the batch is moved into the tables.
///
/// Little-endian throughout: a format version byte, the item count, then per item its id,
/// time (microseconds since 1970), the action, the strings (a length in four bytes, then UTF-8),
/// the optional ones with a presence byte before them, and its hits.
enum ReviewJournal {
    static let version: UInt8 = 1

    struct Malformed: Error, CustomStringConvertible {
        var reason: String
        var description: String { "a journal entry of the review store is malformed: \(reason)" }
    }

    static func encode(_ items: [(id: Int64, item: NewReviewItem)]) -> [UInt8] {
        encode(items.map(\.item), ids: items.map(\.id), at: items.indices)
    }

    /// The items at `positions` of `items`, with the ids at the same positions of `ids`.
    static func encode(_ items: [NewReviewItem], ids: [Int64], at positions: some Collection<Int>) -> [UInt8]
    {
        items.withUnsafeBufferPointer { items in
            // Sized exactly and written in place: a batch's row is hundreds of kilobytes, and
            // growing it as it is written copied it and touched fresh pages at every doubling.
            var size = 1 + 4
            for position in positions { size += Writer.size(of: items[position]) }
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                var writer = Writer(base: buffer.baseAddress!)
                writer.byte(version)
                writer.integer(UInt32(positions.count))
                for position in positions {
                    writer.item(items[position], id: ids[position])
                }
                precondition(writer.offset == size, "the journal entry's size was miscounted")
                count = size
            }
        }
    }

    static func decode(_ bytes: [UInt8]) throws(Malformed) -> [(id: Int64, item: NewReviewItem)] {
        var reader = Reader(bytes: bytes)
        let format: UInt8 = try reader.integer()
        guard format == version else { throw Malformed(reason: "format \(format) is unknown") }
        let count: UInt32 = try reader.integer()
        var items: [(id: Int64, item: NewReviewItem)] = []
        items.reserveCapacity(Int(min(count, 100_000)))
        for _ in 0..<count {
            let id = Int64(bitPattern: try reader.integer())
            let time = Int64(bitPattern: try reader.integer())
            let action = try reader.action()
            let listener = try reader.string()
            let agent = try reader.string()
            let conversation = try reader.string()
            let text = try reader.string()
            let replica = try reader.string()
            let suggestion = try reader.optional { r throws(Malformed) in try r.string() }
            let deadline = try reader.optional { r throws(Malformed) in Int64(bitPattern: try r.integer()) }
            let onTimeout = try reader.optional { r throws(Malformed) in try r.action() }
            let hitCount: UInt32 = try reader.integer()
            var hits: [ReviewHit] = []
            for _ in 0..<hitCount {
                let rule = try reader.string()
                let category = try reader.string()
                let hitAction = try reader.action()
                let start: UInt64 = try reader.integer()
                let end: UInt64 = try reader.integer()
                hits.append(
                    ReviewHit(
                        rule: rule, category: category, action: hitAction, start: Int(start), end: Int(end),
                        text: try reader.string(), explanation: try reader.string()))
            }
            items.append(
                (
                    id,
                    NewReviewItem(
                        time: Date(reviewMicroseconds: time), listener: listener, agent: agent,
                        conversation: conversation, action: action, text: text, hits: hits,
                        suggestion: suggestion, deadline: deadline.map(Date.init(reviewMicroseconds:)),
                        onTimeout: onTimeout, replica: replica)
                ))
        }
        guard reader.offset == bytes.count else { throw Malformed(reason: "bytes after the last item") }
        return items
    }

    /// Actions by their code in the format (fixed: never renumbered).
    private static let actions: [Action] = [.allow, .warn, .flag, .hold, .block]

    /// Writes into memory sized by ``size(of:)``.
    private struct Writer {
        let base: UnsafeMutablePointer<UInt8>
        var offset = 0

        init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

        /// The bytes ``item(_:id:)`` writes for `item`.
        static func size(of item: borrowing NewReviewItem) -> Int {
            var size = 8 + 8 + 1 + 4 * 5 + item.listener.utf8.count + item.agent.utf8.count
            size += item.conversation.utf8.count + item.text.utf8.count + item.replica.utf8.count
            size += 1 + (item.suggestion.map { 4 + $0.utf8.count } ?? 0)
            size += 1 + (item.deadline == nil ? 0 : 8) + 1 + (item.onTimeout == nil ? 0 : 1) + 4
            for hit in item.hits {
                size += 4 * 4 + 1 + 8 + 8 + hit.rule.utf8.count + hit.category.utf8.count
                size += hit.text.utf8.count + hit.explanation.utf8.count
            }
            return size
        }

        @inline(__always)
        mutating func byte(_ value: UInt8) {
            base[offset] = value
            offset += 1
        }

        @inline(__always)
        mutating func integer<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
            UnsafeMutableRawPointer(base + offset).storeBytes(of: value.littleEndian, as: T.self)
            offset += MemoryLayout<T>.size
        }

        mutating func item(_ item: borrowing NewReviewItem, id: Int64) {
            integer(UInt64(bitPattern: id))
            integer(UInt64(bitPattern: item.time.reviewMicroseconds))
            action(item.action)
            string(item.listener)
            string(item.agent)
            string(item.conversation)
            string(item.text)
            string(item.replica)
            optional(item.suggestion) { $0.string($1) }
            optional(item.deadline) { $0.integer(UInt64(bitPattern: $1.reviewMicroseconds)) }
            optional(item.onTimeout) { $0.action($1) }
            integer(UInt32(item.hits.count))
            for hit in item.hits {
                string(hit.rule)
                string(hit.category)
                action(hit.action)
                integer(UInt64(hit.start))
                integer(UInt64(hit.end))
                string(hit.text)
                string(hit.explanation)
            }
        }

        mutating func string(_ value: String) {
            let count = value.utf8.count
            integer(UInt32(count))
            guard count > 0 else { return }
            let target = base + offset
            if value.utf8.withContiguousStorageIfAvailable({
                target.initialize(from: $0.baseAddress!, count: count)
            })
                == nil
            {
                _ = UnsafeMutableBufferPointer(start: target, count: count).initialize(from: value.utf8)
            }
            offset += count
        }

        mutating func action(_ value: Action) {
            byte(UInt8(ReviewJournal.actions.firstIndex(of: value) ?? 0))
        }

        mutating func optional<T>(_ value: T?, _ write: (inout Writer, T) -> Void) {
            guard let value else {
                byte(0)
                return
            }
            byte(1)
            write(&self, value)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func integer<T: FixedWidthInteger & UnsignedInteger>() throws(Malformed) -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else { throw Malformed(reason: "it ends early") }
            var value: T = 0
            for i in 0..<size { value |= T(bytes[offset + i]) << (8 * i) }
            offset += size
            return value
        }

        mutating func string() throws(Malformed) -> String {
            let length = Int(try integer() as UInt32)
            guard offset + length <= bytes.count else { throw Malformed(reason: "a text runs past its end") }
            defer { offset += length }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }

        mutating func action() throws(Malformed) -> Action {
            let index = Int(try integer() as UInt8)
            guard ReviewJournal.actions.indices.contains(index) else {
                throw Malformed(reason: "action \(index) is unknown")
            }
            return ReviewJournal.actions[index]
        }

        mutating func optional<T>(_ read: (inout Reader) throws(Malformed) -> T) throws(Malformed) -> T? {
            let present: UInt8 = try integer()
            switch present {
            case 0: return nil
            case 1: return try read(&self)
            default: throw Malformed(reason: "a presence byte is \(present)")
            }
        }
    }
}
