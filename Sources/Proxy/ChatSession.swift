import Foundation
import NIOCore
import Policy

/// One message an agent sent, as the relay needs it: the free texts to check and how to put a
/// rewrite back.
struct AgentMessage {
    /// The line as received: forwarded as it is when nothing changes.
    var raw: [UInt8]
    /// The free text the agent wrote (IRC can carry more than one).
    var texts: [[UInt8]]
    /// The channel, nick or conversation it was for.
    var conversation: String
    /// The line with text `index` replaced.
    var rewrite: (Int, [UInt8]) -> [UInt8]
    /// For a text that cannot wait or be refused without stopping what the agent does (an IRC
    /// PART, QUIT, KICK or AWAY reason): the command's name and the neutral text that replaces it.
    var cannotWait: (name: String, neutral: [UInt8])? = nil

    /// `text` in the pieces that each make a line of at most `limit` bytes in place of text
    /// `index`: all of it when it fits; otherwise split between words (between characters in a
    /// word longer than a line), in order.
    func pieces(_ index: Int, _ text: [UInt8], limit: Int) -> [[UInt8]] {
        if rewrite(index, text).count <= limit { return [text] }
        // What a line takes besides its text; at least a few bytes of text a line.
        let room = max(16, limit - rewrite(index, []).count)
        var pieces: [[UInt8]] = []
        var start = 0
        while start < text.count {
            while start < text.count && text[start] == 0x20 { start += 1 }
            if start == text.count { break }
            var end = min(text.count, start + room)
            if end < text.count {
                if let space = text[start..<end].lastIndex(of: 0x20), space > start {
                    end = space
                } else {
                    // No space: not inside a character.
                    while end > start + 1 && text[end] & 0xC0 == 0x80 { end -= 1 }
                }
            }
            var piece = Array(text[start..<end])
            while piece.last == 0x20 { piece.removeLast() }
            pieces.append(piece)
            start = end
        }
        return pieces.isEmpty ? [text] : pieces
    }
}

/// What one line from the agent is.
enum AgentLine {
    /// Not the agent's words (registration, joins, pings): relayed as it is.
    case relay([UInt8])
    case message(AgentMessage)
    /// Addressed to Decorum: `accept`, `why`, `help`.
    case command(String)
    /// Cannot be read in the protocol: not forwarded, the agent is told why.
    case refuse(String)
}

/// A protocol's view of an agent connection: how lines from the agent read, and how Decorum's
/// notices are written in the agent's own protocol.
protocol ChatSession: Sendable {
    mutating func interpret(_ line: [UInt8]) -> AgentLine
    /// Where the text is when the line is an ordinary message whose check is all it needs (it
    /// changes nothing in the session and is not for Decorum), told without interpreting the
    /// line in full; nil when the line is for ``interpret(_:)``. When the text breaks no rule,
    /// the line is relayed as it is, as ``interpret(_:)`` and the check would have it. It depends
    /// only on how the session was made, not on the lines it has read.
    func plainText(_ line: UnsafeRawBufferPointer) -> Range<Int>?
    /// The message of a line ``plainText(_:)`` finds, as ``interpret(_:)`` gives it, without
    /// interpreting the line in full (its rewrite reads it in full only if it is asked for).
    func plainMessage(_ line: [UInt8]) -> AgentMessage?
    /// The lines that tell the agent `text` (and, for structured protocols, the verdict).
    func notices(_ text: String, verdict: Verdict?) -> [[UInt8]]
    /// ``notices(_:verdict:)`` written into `buffer`, each line with its CRLF.
    func writeNotices(_ text: String, verdict: Verdict?, into buffer: inout ByteBuffer)
    /// ``writeNotices(_:verdict:into:)`` of a text given as its UTF-8 bytes.
    func writeNotices(bytes text: [UInt8], verdict: Verdict?, into buffer: inout ByteBuffer)
    /// The line that tells the agent why the relay ends, just before it closes.
    func closing(_ reason: String) -> [UInt8]
    /// The longest line Decorum writes to the chat server in the agent's name (a supervisor's
    /// correction, a suggestion sent with `accept`), without its line end.
    var rewriteLimit: Int { get }
    /// Who the agent is, once known.
    var agent: String? { get }
    /// How the agent sends the last suggestion, and asks why.
    var acceptHint: String { get }
    var whyHint: String { get }
    /// Reads a line the server sent the agent, for what it says about the agent; false when the
    /// line is not to reach the agent.
    mutating func fromServer(_ line: ByteBuffer) -> Bool
    /// The server's last line told the agent why it closes (an IRC `ERROR`): Decorum need not.
    var serverSaidWhy: Bool { get }
}

extension ChatSession {
    func plainText(_ line: UnsafeRawBufferPointer) -> Range<Int>? { nil }
    func plainMessage(_ line: [UInt8]) -> AgentMessage? { nil }
    func writeNotices(_ text: String, verdict: Verdict?, into buffer: inout ByteBuffer) {
        for line in notices(text, verdict: verdict) {
            buffer.writeBytes(line)
            buffer.writeInteger(UInt16(0x0D0A))
        }
    }
    func writeNotices(bytes text: [UInt8], verdict: Verdict?, into buffer: inout ByteBuffer) {
        writeNotices(String(decoding: text, as: UTF8.self), verdict: verdict, into: &buffer)
    }
    mutating func fromServer(_ line: ByteBuffer) -> Bool { true }
    var serverSaidWhy: Bool { false }
    var rewriteLimit: Int { Int.max }
}

/// IRC: PRIVMSG, NOTICE (CTCP ACTION too), CPRIVMSG, CNOTICE, TOPIC, SQUERY, KNOCK, WALLOPS,
/// SETNAME and the reasons of PART, QUIT, KICK and AWAY are the agent's words (see
/// ``IRCMessage/moderatedTexts``); Decorum speaks as a service nick and takes `accept` and `why` at it.
struct IRCSession: ChatSession {
    let serviceNick: String
    var nick: String?

    let serviceNickBytes: [UInt8]

    init(serviceNick: String) {
        self.serviceNick = serviceNick
        self.serviceNickBytes = Array(serviceNick.utf8)
        acceptHint = "/msg \(serviceNick) accept"
        whyHint = "/msg \(serviceNick) why"
    }

    /// Nicks compare without regard to ASCII case (as IRC's rfc1459 case mapping, where `[]\`
    /// and `{}|` are the same letters too).
    static func equalIgnoringASCIICase(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in x == y || (x | 0x20 == y | 0x20 && x | 0x20 >= 0x61) }
    }

    /// The account the server logged the agent in as (SASL passed through: `900`, and `901`
    /// when logged out).
    var account: String?

    /// The account when there is one, else the nick.
    var agent: String? { account ?? nick }

    static let loginNumerics = Array(" 90".utf8)

    @discardableResult
    mutating func fromServer(_ line: ByteBuffer) -> Bool {
        let view = line.readableBytesView
        // Someone else on the chat server by the service nick's name (a customer who took it)
        // could pass for Decorum: what comes from that nick is not relayed.
        let (nick, isError) = Self.sourceAndError(view)
        if let nick, IRCSession.equalIgnoringASCIICase(nick, serviceNickBytes) { return false }
        serverSaidWhy = isError
        // Cheap first: only 900 and 901 lines are parsed.
        guard view.count > 5, view.firstRange(of: Self.loginNumerics) != nil,
            let message = try? IRCMessage(parsing: view)
        else { return true }
        switch message.command {
        case "900" where message.parameters.count >= 3:
            account = String(decoding: message.parameters[2], as: UTF8.self)
        case "901":
            account = nil
        default:
            break
        }
        return true
    }

    /// The server's last line was an `ERROR` (it says why it closes the link, after a QUIT say).
    private(set) var serverSaidWhy = false

    /// The nick a server line comes from (`:decorum!…` or `:decorum `, after any tags), and
    /// whether its command is `ERROR`.
    static func sourceAndError(_ view: ByteBufferView) -> (nick: ByteBufferView.SubSequence?, isError: Bool) {
        var i = view.startIndex
        func skipWord() -> Bool {
            guard let space = view[i...].firstIndex(of: 0x20) else { return false }
            i = space + 1
            return true
        }
        if i < view.endIndex && view[i] == UInt8(ascii: "@") && !skipWord() { return (nil, false) }
        var nick: ByteBufferView.SubSequence? = nil
        if i < view.endIndex && view[i] == UInt8(ascii: ":") {
            let start = i + 1
            let end = view[start...].firstIndex {
                $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "@") || $0 == 0x20
            }
            nick = end.map { view[start..<$0] }
            if !skipWord() { return (nick, false) }
        }
        return (nick, view[i...].starts(with: "ERROR ".utf8))
    }

    let acceptHint: String
    /// A server takes lines of 512 bytes with their CRLF, and relays them with the sender's
    /// `:nick!user@host ` before them, up to about a hundred bytes more.
    var rewriteLimit: Int { 400 }
    let whyHint: String

    mutating func interpret(_ line: [UInt8]) -> AgentLine {
        let message: IRCMessage
        do {
            message = try IRCMessage(parsing: line)
        } catch {
            return .refuse("the line could not be read as IRC (\(error))")
        }
        switch message.verb {
        case "NICK":
            if let n = message.parameterString(0) { nick = n }
        case "PRIVMSG", "NOTICE":
            if let target = message.parameters.first,
                IRCSession.equalIgnoringASCIICase(target, serviceNickBytes)
            {
                return .command(message.parameterString(1) ?? "")
            }
        default:
            break
        }
        let texts = message.moderatedTexts
        guard !texts.isEmpty else { return .relay(line) }
        let verb = message.verb
        return .message(
            AgentMessage(
                raw: line, texts: texts.map { Array(message.bytes(of: $0)) },
                // QUIT, AWAY, WALLOPS and SETNAME name no channel or nick: their parameter 0 is the text.
                conversation: texts[0].parameter > 0 ? message.parameterString(0) ?? "" : "",
                rewrite: { index, bytes in message.replacingText(texts[index], with: bytes).serialized },
                cannotWait: ["PART", "QUIT", "KICK", "AWAY"].contains(verb)
                    ? (verb.lowercased(), verb == "AWAY" ? Array("Away".utf8) : []) : nil))
    }

    /// A PRIVMSG or NOTICE with a trailing text, not to Decorum (see
    /// ``IRCMessage/plainMessage(in:)``).
    func plainText(_ line: UnsafeRawBufferPointer) -> Range<Int>? {
        guard let (target, text) = IRCMessage.plainMessage(in: line),
            !IRCSession.equalIgnoringASCIICase(line[target], serviceNickBytes)
        else { return nil }
        return text
    }

    func plainMessage(_ line: [UInt8]) -> AgentMessage? {
        guard
            let (target, text) = line.withUnsafeBytes({ bytes in
                IRCMessage.plainMessage(in: bytes).flatMap {
                    IRCSession.equalIgnoringASCIICase(bytes[$0.target], serviceNickBytes) ? nil : $0
                }
            })
        else { return nil }
        return AgentMessage(
            raw: line, texts: [Array(line[text])],
            conversation: String(decoding: line[target], as: UTF8.self),
            rewrite: { index, bytes in
                // As ``interpret(_:)`` would have it: a line the quick read finds parses (a test holds
                // it to that). Were it not to, the new text goes in its place all the same, never the
                // old one.
                guard let message = try? IRCMessage(parsing: line),
                    message.moderatedTexts.indices.contains(index)
                else {
                    return Array(line[..<text.lowerBound]) + IRCMessage.safeText(bytes)
                        + line[text.upperBound...]
                }
                return message.replacingText(message.moderatedTexts[index], with: bytes).serialized
            })
    }

    func notices(_ text: String, verdict: Verdict?) -> [[UInt8]] {
        let target = nick ?? "*"
        if let line = IRCMessage.noticeLine(from: serviceNickBytes, to: target, text: text) { return [line] }
        return IRCMessage.notices(from: serviceNick, to: target, text: text).map(\.serialized)
    }

    func writeNotices(_ text: String, verdict: Verdict?, into buffer: inout ByteBuffer) {
        let target = nick ?? "*"
        if IRCMessage.writeNoticeLine(from: serviceNickBytes, to: target, text: text, into: &buffer) {
            return
        }
        for message in IRCMessage.notices(from: serviceNick, to: target, text: text) {
            buffer.writeBytes(message.serialized)
            buffer.writeInteger(UInt16(0x0D0A))
        }
    }

    func writeNotices(bytes text: [UInt8], verdict: Verdict?, into buffer: inout ByteBuffer) {
        let written = text.withUnsafeBytes {
            IRCMessage.writeNoticeLine(from: serviceNickBytes, to: nick ?? "*", text: $0, into: &buffer)
        }
        if !written { writeNotices(String(decoding: text, as: UTF8.self), verdict: verdict, into: &buffer) }
    }

    func closing(_ reason: String) -> [UInt8] { Array("ERROR :Closing link: \(reason) (Decorum)".utf8) }
}

/// Plain lines: every line is a message; notices are lines with a prefix; `/accept`, `/why` and
/// `/help` are Decorum's.
struct LinesSession: ChatSession {
    let prefix: String

    var agent: String? { nil }
    var acceptHint: String { "/accept" }
    var whyHint: String { "/why" }

    mutating func interpret(_ line: [UInt8]) -> AgentLine {
        if let text = String(validating: line, as: UTF8.self),
            ["/accept", "/why", "/help"].contains(text.lowercased())
        {
            return .command(String(text.dropFirst()))
        }
        return .message(
            AgentMessage(raw: line, texts: [line], conversation: "", rewrite: { _, bytes in bytes }))
    }

    func notices(_ text: String, verdict: Verdict?) -> [[UInt8]] {
        [Array((prefix + text).utf8).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }]
    }

    func closing(_ reason: String) -> [UInt8] { notices("Closing: \(reason).", verdict: nil)[0] }
}

/// Where the NDJSON protocol keeps things, as JSON pointers (RFC 6901).
public struct NDJSONOptions: Sendable {
    public var textPointer: String
    public var agentPointer: String?
    public var conversationPointer: String?
    public var kindPointer: String?
    /// The kinds that are agent messages (all objects with a text when empty).
    public var agentKinds: [String]

    public init(
        textPointer: String = "/text", agentPointer: String? = "/agent",
        conversationPointer: String? = "/conversation", kindPointer: String? = "/type",
        agentKinds: [String] = ["message"]
    ) {
        self.textPointer = textPointer
        self.agentPointer = agentPointer
        self.conversationPointer = conversationPointer
        self.kindPointer = kindPointer
        self.agentKinds = agentKinds
    }
}

/// NDJSON: one JSON object per line; the text, agent, conversation and kind at configured
/// pointers; notices are objects of Decorum's own type (`decorum.notice`); an object of type
/// `decorum.accept` sends the last suggestion and `decorum.why` explains the last verdict.
struct NDJSONSession: ChatSession {
    let options: NDJSONOptions
    var lastAgent: String?

    init(options: NDJSONOptions) { self.options = options }

    var agent: String? { lastAgent }
    var acceptHint: String { #"{"type": "decorum.accept"}"# }
    var whyHint: String { #"{"type": "decorum.why"}"# }

    mutating func interpret(_ line: [UInt8]) -> AgentLine {
        guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return .relay(line) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        else {
            return .refuse("the line is not JSON")
        }
        guard object is [String: Any] else { return .refuse("the line is not a JSON object") }
        if let type = JSONPointer.get(object, "/type") as? String,
            type == "decorum.accept" || type == "decorum.why"
        {
            return .command(String(type.dropFirst("decorum.".count)))
        }
        if let kind = options.kindPointer, !options.agentKinds.isEmpty {
            guard let k = JSONPointer.get(object, kind) as? String, options.agentKinds.contains(k) else {
                return .relay(line)
            }
        }
        if let pointer = options.agentPointer, let who = JSONPointer.get(object, pointer) {
            lastAgent = "\(who)"
        }
        guard let text = JSONPointer.get(object, options.textPointer) as? String else { return .relay(line) }
        let conversation =
            options.conversationPointer.flatMap { JSONPointer.get(object, $0) }.map { "\($0)" } ?? ""
        let pointer = options.textPointer
        return .message(
            AgentMessage(
                raw: line, texts: [Array(text.utf8)], conversation: conversation,
                rewrite: { _, bytes in
                    let updated = JSONPointer.set(object, pointer, String(decoding: bytes, as: UTF8.self))
                    return
                        (try? JSONSerialization.data(
                            withJSONObject: updated, options: [.withoutEscapingSlashes]))
                        .map { Array($0) } ?? line
                }))
    }

    func closing(_ reason: String) -> [UInt8] {
        let object: [String: Any] = ["type": "decorum.closing", "text": reason]
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return data.map { Array($0) } ?? Array(#"{"type":"decorum.closing"}"#.utf8)
    }

    func notices(_ text: String, verdict: Verdict?) -> [[UInt8]] {
        var object: [String: Any] = ["type": "decorum.notice", "text": text]
        if let verdict {
            object["action"] = verdict.action.rawValue
            object["suggestion"] = verdict.suggestion ?? NSNull()
            object["hits"] = verdict.hits.map {
                ["rule": $0.rule, "category": $0.category, "action": $0.action.rawValue, "text": $0.text]
                    as [String: Any]
            }
        }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
        return [data.map { Array($0) } ?? Array(#"{"type":"decorum.notice"}"#.utf8)]
    }
}

/// JSON pointers (RFC 6901) over Foundation JSON values.
enum JSONPointer {
    static func tokens(_ pointer: String) -> [String] {
        guard pointer.hasPrefix("/") else { return [] }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    static func get(_ value: Any, _ pointer: String) -> Any? {
        var current: Any? = value
        for token in tokens(pointer) {
            if let object = current as? [String: Any] {
                current = object[token]
            } else if let array = current as? [Any], let i = Int(token), array.indices.contains(i) {
                current = array[i]
            } else {
                return nil
            }
        }
        return current
    }

    static func set(_ value: Any, _ pointer: String, _ new: Any) -> Any {
        func set(_ value: Any, _ tokens: ArraySlice<String>) -> Any {
            guard let token = tokens.first else { return new }
            if var object = value as? [String: Any] {
                object[token] = set(object[token] ?? [String: Any](), tokens.dropFirst())
                return object
            }
            if var array = value as? [Any], let i = Int(token), array.indices.contains(i) {
                array[i] = set(array[i], tokens.dropFirst())
                return array
            }
            return value
        }
        return set(value, tokens(pointer)[...])
    }
}
