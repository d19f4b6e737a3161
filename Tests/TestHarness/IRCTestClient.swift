// A small blocking IRC client for integration tests, over plain POSIX TCP sockets (see HarnessSocket).

import Foundation

/// A blocking IRC client for tests: connect, send lines, wait (boundedly) for lines.
///
/// Every wait has a deadline (`defaultTimeout`, 5 s, unless given) and fails with an error that lists the
/// lines received while waiting. Waits consume what they read: `waitForLine` returns the first line that
/// matches and drops the lines before it (they stay in `receivedLines`, the whole transcript), so wait for
/// things in the order they arrive. A `PING` is answered with `PONG` as soon as it is read (while any wait
/// runs), and is still handed to predicates and `lines(for:)`.
///
/// Incoming lines are split on LF with one trailing CR removed, so CRLF and bare-LF peers both work; empty
/// lines are skipped; bytes are decoded as UTF-8, invalid sequences becoming U+FFFD (use `sendRaw` to send
/// exact bytes).
///
/// Meant for one test thread at a time; it is `Sendable` so it can be handed to another task, and a
/// `send` from one thread while another waits is safe.
final class IRCTestClient: @unchecked Sendable {
    static let defaultTimeout: Duration = .seconds(5)

    /// One parsed IRC line: `[@tags] [:prefix] COMMAND params... [:trailing]`.
    struct Message: Sendable, Equatable, CustomStringConvertible {
        /// The raw tag string after `@`, if any (not split).
        var tags: String?
        /// The source, without the leading colon: `nick!user@host` or a server name.
        var prefix: String?
        /// The command or numeric, upper-cased.
        var command: String
        /// The middle parameters, then the trailing one (without its colon) if present.
        var params: [String]
        /// The line as received.
        var raw: String

        init?(_ line: String) {
            var rest = Substring(line)
            func word() -> Substring {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                let result = rest[..<end]
                rest = rest[end...].drop(while: { $0 == " " })
                return result
            }
            rest = rest.drop(while: { $0 == " " })
            if rest.hasPrefix("@") { tags = String(word().dropFirst()) }
            if rest.hasPrefix(":") { prefix = String(word().dropFirst()) }
            let name = word()
            guard !name.isEmpty else { return nil }
            command = name.uppercased()
            params = []
            while !rest.isEmpty {
                if rest.hasPrefix(":") {
                    params.append(String(rest.dropFirst()))
                    break
                }
                params.append(String(word()))
            }
            raw = line
        }

        /// The nick in the prefix (the part before `!`/`@`), or nil without a prefix.
        var nick: String? {
            guard let prefix else { return nil }
            return String(prefix.prefix(while: { $0 != "!" && $0 != "@" }))
        }

        /// The first parameter: the target of PRIVMSG/NOTICE/JOIN, or the client's nick in a numeric.
        var target: String? { params.first }

        /// The last parameter: the text of PRIVMSG/NOTICE, or of a numeric reply.
        var text: String? { params.last }

        var description: String { raw }
    }

    enum Failure: Error, CustomStringConvertible {
        case connectFailed(host: String, port: UInt16, reason: String)
        case sendFailed(reason: String)
        case timedOut(waitingFor: String, after: Duration, received: [String])
        case connectionClosed(waitingFor: String, received: [String])
        case rejected(waitingFor: String, reply: String, received: [String])
        case closedLocally

        var description: String {
            switch self {
            case .connectFailed(let host, let port, let reason):
                return "IRCTestClient: cannot connect to \(host):\(port): \(reason)"
            case .sendFailed(let reason):
                return "IRCTestClient: send failed: \(reason)"
            case .timedOut(let what, let after, let received):
                return "IRCTestClient: timed out after \(after) waiting for \(what); "
                    + Self.listing(received)
            case .connectionClosed(let what, let received):
                return "IRCTestClient: the connection closed while waiting for \(what); "
                    + Self.listing(received)
            case .rejected(let what, let reply, let received):
                return "IRCTestClient: the server refused \(what): \(reply); " + Self.listing(received)
            case .closedLocally:
                return "IRCTestClient: the client was closed"
            }
        }

        private static func listing(_ lines: [String]) -> String {
            if lines.isEmpty { return "no lines were received meanwhile" }
            return "\(lines.count) line(s) received meanwhile:\n"
                + lines.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    private enum ReadEvent {
        case line(String)
        case timedOut
        case closed
    }

    private struct Reader {
        var fd: Int32
        var buffer: [UInt8] = []
        var peerClosed = false
    }

    private struct Writer {
        var fd: Int32
    }

    private struct Shared {
        var transcript: [String] = []
        var sent: [String] = []
        var nick: String?
        var answersPings = true
        var closed = false
    }

    let host: String
    let port: UInt16
    // Lock order: reader, then writer, then shared. A wait holds `reader` throughout (and takes `writer`
    // to answer a PING); `send` takes only `writer`.
    private let reader: HarnessLocked<Reader>
    private let writer: HarnessLocked<Writer>
    private let shared = HarnessLocked(Shared())
    private let rawDescriptor: Int32

    private init(host: String, port: UInt16, fd: Int32) {
        self.host = host
        self.port = port
        self.rawDescriptor = fd
        reader = HarnessLocked(Reader(fd: fd))
        writer = HarnessLocked(Writer(fd: fd))
    }

    deinit {
        close()
    }

    /// Connects to `host:port` (loopback by default), waiting at most `timeout`.
    static func connect(host: String = "127.0.0.1", port: UInt16, timeout: Duration = defaultTimeout) throws
        -> IRCTestClient
    {
        do {
            let fd = try HarnessSocket.openConnection(host: host, port: port, timeout: timeout)
            return IRCTestClient(host: host, port: port, fd: fd)
        } catch let error as HarnessSocketError {
            throw Failure.connectFailed(host: host, port: port, reason: error.description)
        }
    }

    // MARK: - State

    /// The nick the server confirmed in 001, once `register` succeeded.
    var nick: String? { shared.withLock { $0.nick } }

    /// Every non-empty line received so far, in order (including the ones waits skipped).
    var receivedLines: [String] { shared.withLock { $0.transcript } }

    /// Every line sent so far (`sendRaw` bytes are recorded as decoded text).
    var sentLines: [String] { shared.withLock { $0.sent } }

    /// Whether a PING read by any wait is answered with a PONG right away (default true).
    var answersPings: Bool {
        get { shared.withLock { $0.answersPings } }
        set { shared.withLock { $0.answersPings = newValue } }
    }

    /// True once the peer closed the connection and every line before that was consumed.
    var isClosedByPeer: Bool { reader.withLock { $0.peerClosed && $0.buffer.isEmpty } }

    // MARK: - Sending

    /// Sends `line` followed by CRLF. The text goes out as is (a CR or LF inside makes two lines; use
    /// `sendRaw` when that is the point).
    func send(_ line: String) throws {
        try write(Array(line.utf8) + [13, 10], record: line)
    }

    /// Sends exactly `bytes`: nothing is added.
    func sendRaw(_ bytes: [UInt8]) throws {
        try write(bytes, record: String(decoding: bytes, as: UTF8.self))
    }

    private func write(_ bytes: [UInt8], record: String) throws {
        try writer.withLock { writer in
            guard writer.fd >= 0 else { throw Failure.closedLocally }
            do {
                try HarnessSocket.sendAll(writer.fd, bytes)
            } catch let error as HarnessSocketError {
                throw Failure.sendFailed(reason: error.description)
            }
        }
        shared.withLock { $0.sent.append(record) }
    }

    // MARK: - Waiting

    /// Reads until a line matches `predicate` and returns it; lines before it are consumed. Throws
    /// `Failure.timedOut` or `.connectionClosed` (listing the lines read meanwhile), or whatever the
    /// predicate throws.
    @discardableResult
    func waitForLine(
        _ description: String = "a matching line", timeout: Duration = defaultTimeout,
        where predicate: (String) throws -> Bool
    ) throws -> String {
        try reader.withLock { reader in
            let deadline = ContinuousClock.now + timeout
            var seen: [String] = []
            while true {
                switch try nextLine(&reader, deadline: deadline) {
                case .line(let line):
                    seen.append(line)
                    if try predicate(line) { return line }
                case .timedOut:
                    throw Failure.timedOut(waitingFor: description, after: timeout, received: seen)
                case .closed:
                    throw Failure.connectionClosed(waitingFor: description, received: seen)
                }
            }
        }
    }

    /// `waitForLine` on parsed messages (lines that do not parse never match).
    @discardableResult
    func waitForMessage(
        _ description: String = "a matching message", timeout: Duration = defaultTimeout,
        where predicate: (Message) throws -> Bool
    ) throws -> Message {
        let line = try waitForLine(description, timeout: timeout) { line in
            guard let message = Message(line) else { return false }
            return try predicate(message)
        }
        return Message(line)!
    }

    /// Waits for a message with `command` (e.g. "PRIVMSG", "366") that also satisfies `predicate`.
    @discardableResult
    func waitForMessage(
        command: String, timeout: Duration = defaultTimeout,
        where predicate: (Message) throws -> Bool = { _ in true }
    ) throws -> Message {
        let command = command.uppercased()
        return try waitForMessage(command, timeout: timeout) { message in
            guard message.command == command else { return false }
            return try predicate(message)
        }
    }

    /// Every line that arrives within `duration` (plus any already buffered). Stops early, without an
    /// error, if the peer closes the connection.
    func lines(for duration: Duration) throws -> [String] {
        try reader.withLock { reader in
            let deadline = ContinuousClock.now + duration
            var lines: [String] = []
            while true {
                switch try nextLine(&reader, deadline: deadline) {
                case .line(let line): lines.append(line)
                case .timedOut, .closed: return lines
                }
            }
        }
    }

    /// Reads until the peer closes the connection (EOF or reset) and returns the lines that came first;
    /// throws `Failure.timedOut` if it stays open.
    @discardableResult
    func waitForClose(timeout: Duration = defaultTimeout) throws -> [String] {
        try reader.withLock { reader in
            let deadline = ContinuousClock.now + timeout
            var lines: [String] = []
            while true {
                switch try nextLine(&reader, deadline: deadline) {
                case .line(let line): lines.append(line)
                case .closed: return lines
                case .timedOut:
                    throw Failure.timedOut(
                        waitingFor: "the connection to close", after: timeout, received: lines)
                }
            }
        }
    }

    // MARK: - IRC conveniences

    /// Registers with `PASS` (if given), `NICK` and `USER`, then waits for 001 and, unless
    /// `untilEndOfMOTD` is false, for the end of the welcome burst (376 or 422) so the connection is quiet
    /// afterwards. Fails fast on nick errors (432/433/436), 464/465 and `ERROR`. Returns the welcome lines.
    @discardableResult
    func register(
        nick: String, user: String? = nil, realName: String? = nil, password: String? = nil,
        untilEndOfMOTD: Bool = true, timeout: Duration = defaultTimeout
    ) throws -> [Message] {
        if let password { try send("PASS \(password)") }
        try send("NICK \(nick)")
        try send("USER \(user ?? nick) 0 * :\(realName ?? nick)")
        let what = "registration as \(nick) (001\(untilEndOfMOTD ? " through 376/422" : ""))"
        var welcome: [Message] = []
        var confirmedNick: String?
        try waitForMessage(what, timeout: timeout) { message in
            welcome.append(message)
            switch message.command {
            case "001":
                confirmedNick = message.target ?? nick
                return !untilEndOfMOTD
            case "376", "422":
                return confirmedNick != nil
            case "431", "432", "433", "436", "437", "461", "462", "464", "465", "ERROR":
                throw Failure.rejected(
                    waitingFor: what, reply: message.raw, received: welcome.map(\.raw))
            default:
                return false
            }
        }
        shared.withLock { $0.nick = confirmedNick }
        return welcome
    }

    /// Sends `JOIN` and waits for the server's echo of our JOIN and then the end of NAMES (366). Fails fast
    /// on the usual join errors (403, 405, 471, 473-477). Returns the lines of the join burst.
    @discardableResult
    func join(_ channel: String, key: String? = nil, timeout: Duration = defaultTimeout) throws -> [Message] {
        try send(key.map { "JOIN \(channel) \($0)" } ?? "JOIN \(channel)")
        let me = nick?.lowercased()
        let wanted = channel.lowercased()
        let what = "JOIN \(channel) (our JOIN echo, then 366)"
        var burst: [Message] = []
        var joined = false
        try waitForMessage(what, timeout: timeout) { message in
            burst.append(message)
            switch message.command {
            case "JOIN":
                if message.params.first?.lowercased() == wanted
                    && (me == nil || message.nick?.lowercased() == me)
                {
                    joined = true
                }
                return false
            case "366":
                return joined && message.params.count > 1 && message.params[1].lowercased() == wanted
            case "403", "405", "471", "473", "474", "475", "476", "477":
                guard message.params.count > 1, message.params[1].lowercased() == wanted else { return false }
                throw Failure.rejected(waitingFor: what, reply: message.raw, received: burst.map(\.raw))
            default:
                return false
            }
        }
        return burst
    }

    /// Becomes an IRC operator with `OPER name password`; waits for 381 (fails fast on 464/491).
    func oper(name: String, password: String, timeout: Duration = defaultTimeout) throws {
        try send("OPER \(name) \(password)")
        let what = "OPER \(name) (381)"
        try waitForMessage(what, timeout: timeout) { message in
            if message.command == "464" || message.command == "491" {
                throw Failure.rejected(waitingFor: what, reply: message.raw, received: [])
            }
            return message.command == "381"
        }
    }

    /// Sends `QUIT`, waits (boundedly, errors ignored) for the server to close, then closes.
    func quit(_ reason: String = "bye", timeout: Duration = defaultTimeout) {
        try? send("QUIT :\(reason)")
        _ = try? waitForClose(timeout: timeout)
        close()
    }

    /// Half-closes: the peer reads the end of what this client sends; replies can still be read.
    func shutdownWrite() {
        writer.withLock { writer in
            if writer.fd >= 0 { _ = shutdown(writer.fd, Int32(SHUT_WR)) }
        }
    }

    /// Closes the socket (idempotent). A wait running on another thread ends as if the peer had closed.
    func close() {
        let alreadyClosed = shared.withLock { shared -> Bool in
            defer { shared.closed = true }
            return shared.closed
        }
        guard !alreadyClosed else { return }
        // Wake a blocked reader first; the descriptor stays valid until both locks are held.
        HarnessSocket.shutdownBoth(rawDescriptor)
        reader.withLock { reader in
            writer.withLock { writer in
                HarnessSocket.closeDescriptor(reader.fd)
                reader.fd = -1
                writer.fd = -1
            }
        }
    }

    // MARK: - Reading

    /// The next complete line, reading from the socket as needed until `deadline`. Caller holds `reader`.
    private func nextLine(_ reader: inout Reader, deadline: ContinuousClock.Instant) throws -> ReadEvent {
        while true {
            if let newline = reader.buffer.firstIndex(of: 10) {
                var bytes = Array(reader.buffer[..<newline])
                reader.buffer.removeSubrange(...newline)
                if bytes.last == 13 { bytes.removeLast() }
                if bytes.isEmpty { continue }
                return .line(deliver(bytes))
            }
            if reader.peerClosed || reader.fd < 0 {
                // A last line without a terminator still counts.
                guard !reader.buffer.isEmpty else { return .closed }
                var bytes = reader.buffer
                reader.buffer = []
                if bytes.last == 13 { bytes.removeLast() }
                if bytes.isEmpty { return .closed }
                return .line(deliver(bytes))
            }
            let result: HarnessSocket.ReadResult
            do {
                result = try HarnessSocket.receive(reader.fd, deadline: deadline)
            } catch let error as HarnessSocketError {
                throw Failure.connectionClosed(waitingFor: "a line (\(error.description))", received: [])
            }
            switch result {
            case .data(let bytes): reader.buffer.append(contentsOf: bytes)
            case .endOfStream: reader.peerClosed = true
            case .timedOut: return .timedOut
            }
        }
    }

    private func deliver(_ bytes: [UInt8]) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        let answer = shared.withLock { shared -> Bool in
            shared.transcript.append(line)
            return shared.answersPings
        }
        if answer, let message = Message(line), message.command == "PING" {
            try? send(message.params.isEmpty ? "PONG" : "PONG :\(message.params[message.params.count - 1])")
        }
        return line
    }
}
