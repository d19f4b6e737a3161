import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import Policy

/// The agent's side of one relay: opens the backend connection, checks every line the agent
/// sends before it leaves, speaks to the agent in its protocol (see ``ChatSession``), and relays
/// the rest.
///
/// Nothing reaches the backend before its verdict. Reading from the agent waits while the
/// backend cannot take more (and reading from the backend while the agent cannot).
///
/// The handler frames the agent's bytes into lines itself (with a ``LineFrameDecoder``), and the
/// lines it lets through during one read go to the backend as one write, flushed when the read
/// ends.
final class AgentHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let listener: ListenerConfiguration
    let configuration: ProxyConfiguration
    let policies: PolicyStore
    let reviews: any ReviewSink
    let upstreamTLS: NIOSSLContext?
    let logger: Logger
    let metrics: ProxyMetrics

    private var backend: (any Channel)?
    private var context: ChannelHandlerContext?
    /// The protocol's view of this connection: how its lines read and notices are written.
    private var session: any ChatSession
    /// The text of the notices being written (see ``tell(_:headline:into:)``).
    private var noticeText: [UInt8] = []
    /// The session as it was made, which tells plain messages (``ChatSession/plainText(_:)``
    /// depends on nothing a session learns): a constant, so reading it for every line copies
    /// nothing.
    private let plainReader: any ChatSession
    private var checkContext = CheckContext()
    private var framer: LineFrameDecoder
    /// The start of a line whose end has not arrived yet.
    private var unframed: ByteBuffer?
    /// The lines let through during the current read, written to the backend when it ends.
    private var batch: ByteBuffer?
    /// The flags and blocks of the current read, recorded together when it ends (one call to
    /// the store, one answer); outside a read, at once.
    private var unrecorded: [ReviewRecord] = []
    /// What the agent is told of each of ``unrecorded`` once it is durable. Apart from the
    /// records, so that telling does not copy them.
    private var untold: [(verdict: Verdict, headline: String)] = []
    /// A read is being checked (see ``unrecorded``).
    private var consuming = false
    /// What the agent is told about the lines of the read being checked, written in one go at
    /// its end rather than a write for each message that breaks a rule.
    private var toAgent: ByteBuffer?
    /// The text of the message being checked (kept to reuse its storage).
    private var text: [UInt8] = []
    /// A plain message's text and verdict when it broke a rule, for its full handling.
    private var plainVerdict: (text: [UInt8], verdict: Verdict)?
    /// Moderation counts not yet added to ``metrics`` (they are, once per read).
    private var tally = ModerationTally()
    /// The policy set last taken from the store, and the store's generation then.
    private var cached: (generation: Int, set: PolicySet)?
    /// Lines checked before the backend connection was up: sent as soon as it is.
    private var waitingForBackend: [[UInt8]] = []
    /// Decorum is ending the relay (``closeWithError(_:)``): what the agent sends is dropped.
    private var closingLink = false
    /// Why the connection to the chat server failed, when it did (said to the agent as it ends).
    private var backendFailure: String?
    /// The TLS handshake with the chat server is done.
    fileprivate(set) var backendHandshaken = false
    /// The agent half-closed before the backend connection was up.
    private var agentEndedEarly = false
    /// The agent has said all it will (its input is closed).
    private var agentEnded = false
    /// The backend has said all it will: the agent has heard the end, and its lines still go
    /// to the backend until it ends too.
    private var backendEnded = false
    static let maximumWaitingLines = 10_000
    /// The last message that had a verdict, for `accept` and `why`.
    private var last: (message: AgentMessage, index: Int, verdict: Verdict)?
    /// Holds recorded for this connection and not decided yet.
    private var pendingHolds: Set<UInt64> = []
    /// Counts the verdicts kept in ``last``.
    private var lastSerial = 0
    /// The record of ``last`` when it is a hold, once the hold is on disk.
    private var lastHold: UInt64?
    /// The verdict (by ``lastSerial``) whose hold is to be withdrawn as soon as it is on disk: its
    /// suggestion was sent before.
    private var withdrawOnRecord: Int?

    init(
        listener: ListenerConfiguration, configuration: ProxyConfiguration, policies: PolicyStore,
        reviews: any ReviewSink, upstreamTLS: NIOSSLContext?, logger: Logger, metrics: ProxyMetrics
    ) {
        self.metrics = metrics
        self.listener = listener
        self.configuration = configuration
        self.policies = policies
        self.reviews = reviews
        self.upstreamTLS = upstreamTLS
        self.logger = logger
        self.framer = LineFrameDecoder(maximumLength: configuration.maximumLineLength)
        switch listener.chatProtocol {
        case .irc: session = IRCSession(serviceNick: configuration.serviceNick)
        case .lines: session = LinesSession(prefix: listener.noticePrefix)
        case .ndjson: session = NDJSONSession(options: listener.ndjson)
        }
        plainReader = session
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func channelActive(context: ChannelHandlerContext) {
        if metrics.connectionOpened() > configuration.maximumConnections {
            closeWithError("too many connections, try again later")
            context.fireChannelActive()
            return
        }
        let agent = context.channel
        let loop = context.eventLoop
        let maximum = configuration.maximumLineLength
        let tls = upstreamTLS
        let serverName = listener.upstreamServerName ?? listener.upstreamHost
        let handler = NIOLoopBound(self, eventLoop: loop)
        // Only IRC servers say who the agent is (its account).
        let observe: (@Sendable (ByteBuffer) -> Bool)? =
            listener.chatProtocol == .irc ? { @Sendable line in handler.value.fromServer(line) } : nil
        let ended: @Sendable () -> Void = { handler.value.backendInputEnded() }
        let failed: @Sendable (String, any Error) -> Void = { handler.value.backendFailed($0, $1) }
        let handshaken: @Sendable () -> Void = { handler.value.backendHandshaken = true }
        let connect = ClientBootstrap(group: loop)
            .connectTimeout(configuration.connectTimeout)
            .channelOption(.autoRead, value: true)
            .channelOption(.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    if let tls {
                        let host = serverName.isIPAddress ? nil : serverName
                        try sync.addHandler(NIOSSLClientHandler(context: tls, serverHostname: host))
                    }
                    try sync.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: maximum)))
                    try sync.addHandler(
                        BackendHandler(
                            agent: agent, serverName: serverName, observe: observe, ended: ended,
                            failed: failed, handshaken: handshaken))
                }
            }
            .connect(host: listener.upstreamHost, port: listener.upstreamPort)
        connect.assumeIsolated().whenComplete { result in
            switch result {
            case .success(let backend):
                self.backend = backend
                if tls != nil {
                    // The handshake has as long as the connection had.
                    loop.assumeIsolated().scheduleTask(in: self.configuration.connectTimeout) {
                        guard !self.backendHandshaken, self.backend === backend else { return }
                        self.backendFailure = "TLS with the chat server timed out"
                        backend.close(promise: nil)
                    }
                }
                for line in self.waitingForBackend { self.forward(line) }
                self.waitingForBackend = []
                backend.flush()
                if self.agentEndedEarly { AgentHandler.closeOutput(of: backend) }
                backend.closeFuture.assumeIsolated().whenComplete { _ in
                    self.backend = nil
                    if (self.backendEnded || self.session.serverSaidWhy) && self.backendFailure == nil {
                        // The agent already heard why.
                        self.context?.close(promise: nil)
                    } else {
                        self.closeWithError(self.backendFailure ?? "the chat server closed the connection")
                    }
                }
                agent.setOption(.autoRead, value: true).whenComplete { _ in }
                agent.read()
            case .failure(let error):
                self.metrics.backendError()
                self.logger.warning(
                    "backend unreachable",
                    metadata: ["upstream": "\(self.listener.upstreamHost):\(self.listener.upstreamPort)"])
                self.closeWithError("the chat server is unreachable (\(AgentHandler.describe(error)))")
            }
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        metrics.connectionClosed()
        backend?.close(promise: nil)
        backend = nil
        if !pendingHolds.isEmpty {
            reviews.disconnected(Array(pendingHolds))
            pendingHolds = []
        }
        context.fireChannelInactive()
    }

    /// When the agent was last read, or the relay last went back to reading it after waiting for
    /// the review store: what the idle timeout counts from.
    private var lastActivity = NIODeadline.now()
    /// How long after the idle timeout the agent is looked at again before it is closed.
    static let idleSecondLook = TimeAmount.milliseconds(500)

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if closingLink { return }
        lastActivity = .now()
        var data = unwrapInboundIn(data)
        if waitingForReviews {
            // Read before the pause took effect: kept, in order, for when it ends.
            if stashed == nil { stashed = context.channel.allocator.buffer(capacity: data.readableBytes) }
            stashed!.writeBuffer(&data)
            return
        }
        consume(data, context: context)
    }

    /// Checks and relays the complete lines of `data` (after what an earlier read left unframed);
    /// stops, keeping the rest in ``stashed``, when the review store asks the relay to wait.
    private func consume(_ data: ByteBuffer, context: ChannelHandlerContext) {
        var buffer = data
        if var start = unframed {
            unframed = nil
            start.writeBuffer(&buffer)
            buffer = start
        }
        let backend = self.backend
        if let backend { batch = backend.allocator.buffer(capacity: buffer.readableBytes + 64) }
        consuming = true
        let set = currentPolicies()
        // Stops if the handler is removed on the way (the connection closing), and while the
        // review store catches up.
        while self.context != nil, !waitingForReviews, let line = framer.decode(buffer: &buffer) {
            switch line {
            case .tooLong(let length):
                metrics.overlongLine()
                notice(
                    "Not sent: your line of \(length)+ bytes is over the limit of \(configuration.maximumLineLength) bytes."
                )
                if configuration.closeOnOverlongLine { closeWithError("line too long") }
            case .text(let line):
                if !passPlain(line, checkedBy: set) {
                    let bytes = Array(line.readableBytesView)
                    // A plain line that breaks a rule is moderated without reading it in full.
                    if plainVerdict != nil, let message = session.plainMessage(bytes) {
                        moderate(message)
                    } else {
                        handle(bytes)
                    }
                    plainVerdict = nil
                }
            }
        }
        if buffer.readableBytes > 0 {
            // Kept on its own, not holding on to the whole read.
            var start = context.channel.allocator.buffer(capacity: buffer.readableBytes)
            start.writeBuffer(&buffer)
            if waitingForReviews {
                if let later = stashed { start.writeImmutableBuffer(later) }
                stashed = start
            } else {
                unframed = start
            }
        }
        metrics.add(&tally)
        if let batch, batch.readableBytes > 0 { backend?.write(batch, promise: nil) }
        batch = nil
        writeToAgent()
        consuming = false
        recordPending(on: context.eventLoop)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        backend?.flush()
        context.flush()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            // Idle counts from the last read, or from when the relay went back to reading the
            // agent after waiting for the review store; never while it waits. (The idle handler
            // noted the last read a moment before this handler did: the margin.)
            guard !waitingForReviews,
                NIODeadline.now() - lastActivity >= configuration.idleTimeout - AgentHandler.idleSecondLook
            else { return }
            // A second look a moment later, once the event loop has read what waits in the
            // socket: a loop that ran late must not find a busy agent idle.
            let seen = lastActivity
            context.eventLoop.assumeIsolated().scheduleTask(in: AgentHandler.idleSecondLook) {
                if self.lastActivity == seen && !self.waitingForReviews {
                    self.closeWithError("idle for too long")
                }
            }
            return
        }
        // The agent has said all it will (half-close): its last lines are already through
        // moderation, so the backend hears the end too.
        if let e = event as? ChannelEvent, e == .inputClosed {
            // Decorum is ending the relay already: the agent has read why.
            if closingLink {
                context.close(promise: nil)
                return
            }
            if waitingForReviews {
                // Its last lines wait for the review store: the end comes after them.
                endAfterStash = true
            } else {
                agentInputEnded()
            }
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// The agent's input has ended and every complete line of it has been checked.
    private func agentInputEnded() {
        // A last line without its ending was never finished: a server would not act on it,
        // so neither does Decorum.
        unframed = nil
        agentEnded = true
        if let backend {
            if backendEnded {
                // Both sides have ended: the relay is over once the last lines are out.
                backend.writeAndFlush(backend.allocator.buffer(capacity: 0)).whenComplete { _ in
                    backend.close(promise: nil)
                }
            } else {
                AgentHandler.closeOutput(of: backend)
            }
        } else {
            agentEndedEarly = true
        }
    }

    /// The backend has closed its output (a half-close, or a server that went away: a FIN does
    /// not tell them apart). The agent hears why and the end, after every line before it; its
    /// own lines are still checked and relayed while the backend takes them, as a TCP relay does.
    func backendInputEnded() {
        guard let context, !backendEnded else { return }
        backendEnded = true
        writeToAgent()
        var buffer = context.channel.allocator.buffer(capacity: 64)
        // After the server's own ERROR (its answer to a QUIT, say), a second would only confuse.
        if !session.serverSaidWhy {
            buffer.writeBytes(session.closing("the chat server closed the connection"))
            buffer.writeBytes([0x0D, 0x0A])
        }
        let agentEnded = self.agentEnded
        context.writeAndFlush(NIOAny(buffer)).assumeIsolated().whenComplete { _ in
            if agentEnded {
                context.close(promise: nil)
            } else {
                // Where the agent's channel cannot close just its output, it closes whole.
                let closed = context.eventLoop.makePromise(of: Void.self)
                closed.futureResult.assumeIsolated().whenFailure { _ in context.close(promise: nil) }
                context.close(mode: .output, promise: closed)
            }
        }
    }

    /// A line from the server to the agent: what it says about the agent (its account).
    func fromServer(_ line: ByteBuffer) -> Bool {
        if session.fromServer(line) { return true }
        logger.info(
            "a line from another user by the service nick's name was not relayed",
            metadata: ["agent": "\(session.agent ?? "(unknown)")"])
        return false
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The agent cannot take more: stop reading from the backend until it can.
        backend?.setOption(.autoRead, value: context.channel.isWritable).whenComplete { _ in }
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        logger.debug("agent connection error", metadata: ["error": "\(error)"])
        if error is NIOSSLError || error is BoringSSLError {
            context.close(promise: nil)
            return
        }
        closeWithError("connection error")
    }

    // MARK: - Moderation

    /// Lets an ordinary message through after its check without interpreting it in full, when
    /// the session can tell it is one (see ``ChatSession/plainText(_:)``) and it breaks no rule.
    /// Returns false when the line is for ``handle(_:)`` (which checks it again and acts on its
    /// verdict).
    func passPlain(_ line: ByteBuffer, checkedBy set: PolicySet) -> Bool {
        line.withUnsafeReadableBytes { bytes in
            guard let range = plainReader.plainText(bytes) else { return false }
            text.replaceSubrange(text.indices, with: UnsafeRawBufferPointer(rebasing: bytes[range]))
            let started = NIODeadline.now()
            let verdict = set.check(bytes: text, context: &checkContext)
            guard verdict.action == .allow else {
                // ``moderate(_:)`` meets the same text again: it takes this verdict.
                plainVerdict = (text, verdict)
                return false
            }
            tally.moderated(verdict, nanoseconds: Int((NIODeadline.now() - started).nanoseconds))
            forward(bytes)
            return true
        }
    }

    func handle(_ line: [UInt8]) {
        switch session.interpret(line) {
        case .relay(let bytes):
            forward(bytes)
        case .refuse(let reason):
            // Failing closed (the default), nothing that cannot be read is passed on: the agent
            // is told instead. Failing open, it is relayed unchecked.
            if failOpen { forward(line) } else { notice("Not sent: \(reason).") }
        case .command(let text):
            command(text)
        case .message(let message):
            moderate(message)
        }
    }

    func moderate(_ message: AgentMessage) {
        let set = currentPolicies()
        // The most severe verdict of the texts the message carries.
        let started = NIODeadline.now()
        var worst: (index: Int, verdict: Verdict)? = nil
        for (index, text) in message.texts.enumerated() {
            let verdict =
                plainVerdict.flatMap { $0.text == text ? $0.verdict : nil }
                ?? set.check(bytes: text, context: &checkContext)
            if worst == nil || verdict.action > worst!.verdict.action { worst = (index, verdict) }
        }
        if let worst {
            tally.moderated(worst.verdict, nanoseconds: Int((NIODeadline.now() - started).nanoseconds))
        }
        guard let (index, verdict) = worst, verdict.action != .allow else {
            forward(message.raw)
            return
        }
        last = (message, index, verdict)
        lastHold = nil
        lastSerial &+= 1
        let serial = lastSerial
        // Only what is recorded (flags, holds, blocks) needs its record.
        func record() -> ReviewRecord {
            let rule = holdRule(verdict)
            return ReviewRecord(
                time: Date().timeIntervalSince1970, listener: listener.name,
                agent: session.agent ?? "(unknown)", conversation: message.conversation,
                action: verdict.action,
                text: String(decoding: message.texts[index], as: UTF8.self), hits: verdict.hits,
                suggestion: verdict.suggestion, holdBudget: rule?.holdBudget, onTimeout: rule?.onTimeout)
        }
        guard let loop = context?.eventLoop else { return }
        // A reason for leaving or kicking cannot wait or be refused without keeping the agent
        // from doing it: the command goes on without the words that broke a rule.
        if verdict.action >= .hold, let (name, neutral) = message.cannotWait {
            forward(message.rewrite(index, neutral))
            recorded(record(), on: loop, verdict: verdict, headline: "Sent without its \(name) text")
            return
        }
        switch verdict.action {
        case .allow:
            forward(message.raw)
        case .warn:
            forward(message.raw)
            tell(verdict, headline: "Sent, but")
        case .flag:
            forward(message.raw)
            recorded(record(), on: loop, verdict: verdict, headline: "Sent and flagged for review")
        case .block:
            recorded(record(), on: loop, verdict: verdict, headline: "Not sent")
        case .hold:
            let record = record()
            let budget =
                record.holdBudget.map { TimeAmount.seconds(Int64($0)) } ?? configuration.defaultHoldBudget
            // The agent hears that it is held only once the hold is durable.
            reviews.hold(record, budget: budget, onTimeout: record.onTimeout ?? .block, on: loop)
                .assumeIsolated().whenComplete { result in
                    switch result {
                    case .success(let held):
                        self.pendingHolds.insert(held.id)
                        if self.withdrawOnRecord == serial {
                            // Its suggestion was sent before the hold was on disk.
                            self.withdrawOnRecord = nil
                            self.withdraw(held.id)
                            self.flushSoon()
                            return
                        }
                        if self.lastSerial == serial { self.lastHold = held.id }
                        self.tell(verdict, headline: "Held for a supervisor (record \(held.id)):")
                        held.decision.assumeIsolated().whenSuccess { decision in
                            self.decided(decision, message: message, index: index, id: held.id)
                        }
                    case .failure(let error):
                        self.metrics.reviewError()
                        self.logger.error("a hold could not be recorded", metadata: ["error": "\(error)"])
                        if self.failOpen {
                            self.forward(message.raw)
                            self.tell(verdict, headline: "Sent unreviewed (the review queue is unavailable):")
                        } else {
                            self.tell(
                                verdict,
                                headline:
                                    "Not sent: it needs a supervisor, and the review queue is unavailable.")
                        }
                    }
                    self.flushSoon()
                }
        }
    }

    /// Records a flag or block, then tells the agent (with the record's number once it is
    /// durable, or that recording failed): with the others of the current read, or at once.
    func recorded(_ record: ReviewRecord, on loop: any EventLoop, verdict: Verdict, headline: String) {
        if reviews.backlog + unrecorded.count >= configuration.reviewBacklogLimit { waitForReviews() }
        unrecorded.append(record)
        untold.append((verdict, headline))
        if !consuming { recordPending(on: loop) }
    }

    /// Records ``unrecorded`` in one call, and tells the agent of each in one write once they
    /// are durable.
    func recordPending(on loop: any EventLoop) {
        guard !unrecorded.isEmpty else { return }
        let records = unrecorded
        let pending = untold
        unrecorded = []
        untold = []
        reviews.record(records, on: loop).assumeIsolated().whenComplete { result in
            guard let context = self.context else { return }
            var buffer = context.channel.allocator.buffer(capacity: pending.count * 400)
            switch result {
            case .success(let ids):
                for (i, id) in zip(pending.indices, ids) {
                    var headline = pending[i].headline
                    headline.append(" (record ")
                    headline.append(String(id))
                    headline.append("):")
                    self.tell(pending[i].verdict, headline: headline, into: &buffer)
                }
            case .failure(let error):
                self.metrics.reviewError(pending.count)
                self.logger.error(
                    "review records could not be written",
                    metadata: ["records": "\(pending.count)", "error": "\(error)"])
                for p in pending {
                    self.tell(
                        p.verdict, headline: "\(p.headline) (not recorded: the review queue is unavailable):",
                        into: &buffer)
                }
            }
            context.write(NIOAny(buffer), promise: nil)
            self.flushSoon()
        }
    }

    /// More records wait for the store than it keeps up with: the agent is not read until most
    /// are written (the relay slows to the store's pace; nothing is dropped).
    private var waitingForReviews = false
    /// What the agent sent while the relay waited for the store, unread yet.
    private var stashed: ByteBuffer?
    /// The agent ended its input while the relay waited: it ends once ``stashed`` is read.
    private var endAfterStash = false
    /// A flush is scheduled on the event loop.
    private var flushScheduled = false

    func waitForReviews() {
        guard !waitingForReviews, let context else { return }
        waitingForReviews = true
        context.channel.setOption(.autoRead, value: false).whenComplete { _ in }
        func check() {
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(10)) {
                guard self.reviews.backlog <= self.configuration.reviewBacklogLimit / 4 else {
                    return check()
                }
                self.waitingForReviews = false
                self.lastActivity = .now()
                if let stashed = self.stashed {
                    self.stashed = nil
                    self.consume(stashed, context: context)
                    self.flushBoth()
                    // The store asked to wait again on the way.
                    if self.waitingForReviews { return }
                }
                if self.endAfterStash {
                    self.endAfterStash = false
                    self.agentInputEnded()
                    return
                }
                context.channel.setOption(.autoRead, value: true).whenComplete { _ in }
                context.channel.read()
            }
        }
        check()
    }

    /// Whether what cannot be checked or recorded goes on unchecked (the listener's mode, else
    /// the proxy's).
    var failOpen: Bool { listener.failOpen ?? configuration.failOpen }

    func flushBoth() {
        backend?.flush()
        context?.flush()
    }

    /// Flushes both sides once the event loop has run what is queued: the records of one
    /// group commit are told to their agents with one write each, not one per record.
    func flushSoon() {
        guard !flushScheduled, let context else { return }
        flushScheduled = true
        context.eventLoop.assumeIsolated().execute {
            self.flushScheduled = false
            self.flushBoth()
        }
    }

    /// The policies in force, taken from the store only when a reload changed them.
    func currentPolicies() -> PolicySet {
        let generation = policies.generation
        if let cached, cached.generation == generation { return cached.set }
        let set = policies.policies
        cached = (generation, set)
        return set
    }

    /// Withdraws a held message whose suggestion the agent sent instead, and says so.
    func withdraw(_ id: UInt64) {
        pendingHolds.remove(id)
        reviews.withdraw(id, by: session.agent ?? "(unknown)")
        notice("Held message \(id) was withdrawn: you sent the suggestion instead.")
    }

    func holdRule(_ verdict: Verdict) -> Rule? {
        guard let hit = verdict.hits.first(where: { $0.action == .hold }) else { return nil }
        return currentPolicies().rules.first { $0.id == hit.rule }
    }

    func decided(_ decision: HoldDecision, message: AgentMessage, index: Int, id: UInt64) {
        pendingHolds.remove(id)
        let connected = backend != nil && context != nil
        switch decision {
        case .approve:
            guard connected else { break }
            forward(message.raw)
            notice("Held message \(id) was approved and sent.")
        case .timedOut(.allow):
            guard connected else { break }
            forward(message.raw)
            notice("Held message \(id) was sent: nobody decided within its time, and its rule then sends it.")
        case .edit(let corrected):
            guard connected else { break }
            for piece in pieces(message, index, Array(corrected.utf8)) {
                forward(message.rewrite(index, piece))
            }
            notice("Held message \(id) was corrected by a supervisor and sent: “\(corrected)”")
        case .reject(let note):
            notice(
                "Held message \(id) was not sent: a supervisor rejected it." + (note.map { " \($0)" } ?? ""))
        case .timedOut:
            notice("Held message \(id) was not sent: nobody decided within its time.")
        case .withdrawn:
            // The agent sent the suggestion instead, and was told.
            return
        }
        reviews.delivered(id, connected ? .delivered : .undeliverable)
        flushBoth()
    }

    /// `text` in the pieces that send it in place of text `index` of `message`: more than one
    /// when it is longer than a line the chat server takes.
    func pieces(_ message: AgentMessage, _ index: Int, _ text: [UInt8]) -> [[UInt8]] {
        message.pieces(index, text, limit: min(session.rewriteLimit, configuration.maximumLineLength))
    }

    /// `accept`, `why` and `help`, addressed to Decorum.
    func command(_ text: String) {
        let word = text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        switch word {
        case "accept":
            guard let last, let suggestion = last.verdict.suggestion else {
                notice("There is no suggestion to send.")
                return
            }
            self.last = nil
            // The held message is withdrawn: an approval must not send it too.
            if last.verdict.action == .hold {
                if let id = lastHold {
                    if pendingHolds.contains(id) { withdraw(id) }
                } else {
                    withdrawOnRecord = lastSerial
                }
            }
            lastHold = nil
            // Checked again as it is sent, in as many lines as the server needs.
            for piece in pieces(last.message, last.index, Array(suggestion.utf8)) {
                var rewritten = last.message
                rewritten.raw = last.message.rewrite(last.index, piece)
                rewritten.texts[last.index] = piece
                moderate(rewritten)
                if self.last != nil { break }
            }
            if self.last == nil { notice("Sent the suggestion: “\(suggestion)”") }
        case "why":
            guard let last else {
                notice("Your messages since the last verdict broke no rule.")
                return
            }
            notice("Your message was \(AgentHandler.verb(last.verdict.action)):", verdict: last.verdict)
            for hit in last.verdict.hits { notice("- \(hit.explanation)") }
        default:
            notice(
                "I check your messages against the communication rules. \(session.acceptHint) sends my last "
                    + "suggestion; \(session.whyHint) explains my last verdict.")
        }
        context?.flush()
    }

    func tell(_ verdict: Verdict, headline: String) {
        withAgentBuffer(capacity: 512) { tell(verdict, headline: headline, into: &$0) }
    }

    /// Writes to the agent through `body`: into the one write of the read being checked
    /// (``toAgent``) while one is, else at once.
    func withAgentBuffer(capacity: Int, _ body: (inout ByteBuffer) -> Void) {
        guard let context else { return }
        if consuming {
            if toAgent == nil { toAgent = context.channel.allocator.buffer(capacity: max(capacity, 2048)) }
            body(&toAgent!)
            return
        }
        var buffer = context.channel.allocator.buffer(capacity: capacity)
        body(&buffer)
        context.write(NIOAny(buffer), promise: nil)
    }

    /// Writes what the read being checked had for the agent (``toAgent``), before anything
    /// written to the agent after it.
    func writeToAgent() {
        guard let buffer = toAgent else { return }
        toAgent = nil
        if buffer.readableBytes > 0 { context?.write(NIOAny(buffer), promise: nil) }
    }

    /// Writes the notices of ``tell(_:headline:)`` into `buffer`.
    func tell(_ verdict: Verdict, headline: String, into buffer: inout ByteBuffer) {
        // Built as bytes in a buffer kept from one message to the next: this runs for every
        // message that breaks a rule.
        var text = noticeText
        noticeText = []
        defer { noticeText = text }
        text.removeAll(keepingCapacity: true)
        text += headline.utf8
        for i in verdict.hits.indices {
            text += (i == 0 ? " " : ", ").utf8
            text += verdict.hits[i].category.utf8
            text += " “".utf8
            text += verdict.hits[i].text.utf8
            text += "”".utf8
        }
        // Why: the rule behind the action taken. What to say instead: the whole message rewritten,
        // on a line of its own; the rule's own words only when no rewrite passed the check.
        if let first = verdict.hits.firstIndex(where: { $0.action == verdict.action })
            ?? verdict.hits.indices.first
        {
            text += " — ".utf8
            text += verdict.hits[first].notice.utf8
            if verdict.suggestion == nil, let replacement = verdict.hits[first].replacement {
                text += " Try: “".utf8
                text += replacement.utf8
                text += "”".utf8
            }
        }
        session.writeNotices(bytes: text, verdict: verdict, into: &buffer)
        if let suggestion = verdict.suggestion {
            text.removeAll(keepingCapacity: true)
            text += "Suggested: “".utf8
            text += suggestion.utf8
            text += "” — ".utf8
            text += session.acceptHint.utf8
            text += " to send it.".utf8
            session.writeNotices(bytes: text, verdict: nil, into: &buffer)
        }
    }

    static func verb(_ action: Action) -> String {
        switch action {
        case .allow: return "sent"
        case .warn: return "sent with a warning"
        case .flag: return "sent and flagged for review"
        case .hold: return "held for a supervisor"
        case .block: return "not sent"
        }
    }

    // MARK: - Output

    /// Shuts the backend's output once everything written before has gone out (closing the
    /// output fails what is still pending).
    static func closeOutput(of backend: any Channel) {
        backend.writeAndFlush(backend.allocator.buffer(capacity: 0)).whenComplete { _ in
            backend.close(mode: .output, promise: nil)
        }
    }

    func forward(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { forward($0) }
    }

    /// Sends one line, with CRLF: with the others of the current read, or at once outside one.
    func forward(_ bytes: UnsafeRawBufferPointer) {
        guard let backend else {
            // Not connected yet: keep the line (a bounded number of them) until it is.
            if waitingForBackend.count < AgentHandler.maximumWaitingLines {
                waitingForBackend.append(Array(bytes))
            } else {
                notice("Not sent: the chat server is not connected yet.")
            }
            return
        }
        if batch?.writeLine(bytes) != nil { return }
        var buffer = backend.allocator.buffer(capacity: bytes.count + 2)
        buffer.writeLine(bytes)
        backend.write(buffer, promise: nil)
    }

    func notice(_ text: String, verdict: Verdict? = nil) {
        withAgentBuffer(capacity: text.utf8.count + 64) {
            session.writeNotices(text, verdict: verdict, into: &$0)
        }
    }

    /// Tells the agent why the relay ends, in its protocol (an IRC ERROR line, a notice line, a
    /// `decorum.closing` object), and closes: once only, whatever else fails after.
    ///
    /// The line goes out first and Decorum's side of the connection ends after it; the agent's
    /// side closes when it has read it, or after ``lingering``. Meanwhile what the agent sends is
    /// read and dropped: a TLS handshake still under way goes on (the line can only go out after
    /// it), and closing on input left unread would reset the connection, and the line with it.
    func closeWithError(_ reason: String) {
        guard let context, !closingLink else { return }
        closingLink = true
        writeToAgent()
        var buffer = context.channel.allocator.buffer(capacity: 64)
        buffer.writeBytes(session.closing(reason))
        buffer.writeBytes([0x0D, 0x0A])
        let channel = context.channel
        context.writeAndFlush(NIOAny(buffer)).assumeIsolated().whenComplete { result in
            guard case .success = result else {
                channel.close(promise: nil)
                return
            }
            channel.close(mode: .output, promise: nil)
        }
        context.eventLoop.assumeIsolated().scheduleTask(in: AgentHandler.lingering) {
            channel.close(promise: nil)
        }
        context.channel.setOption(.autoRead, value: true).whenComplete { _ in }
        context.read()
    }

    /// How long an agent has to read the line that ends its relay before its connection closes.
    static let lingering = TimeAmount.seconds(2)

    /// Notes why the connection to the chat server failed, for the agent as the relay ends.
    fileprivate func backendFailed(_ reason: String, _ error: any Error) {
        logger.warning(
            "chat server connection failed",
            metadata: [
                "upstream": "\(listener.upstreamHost):\(listener.upstreamPort)", "error": "\(error)",
            ])
        if backendFailure == nil { backendFailure = reason }
    }

    /// Why a connection to the chat server failed, in words (the details go to the log).
    static func describe(_ error: any Error) -> String {
        if let e = error as? ChannelError, case .connectTimeout = e { return "connection timed out" }
        if let e = error as? NIOConnectionError {
            if let first = e.connectionErrors.first { return describe(first.error) }
            if e.dnsAError != nil || e.dnsAAAAError != nil { return "its name does not resolve" }
        }
        if let e = error as? IOError { return String(cString: strerror(e.errnoCode)).lowercased() }
        return "\(error)"
    }
}

/// The backend's side: relays its lines to the agent, whole lines only, so Decorum's notices
/// are only ever inserted between them.
final class BackendHandler: ChannelInboundHandler {
    typealias InboundIn = Line

    let agent: any Channel
    /// The name its certificate must carry, for messages.
    let serverName: String

    // Run on the connections' event loop:
    /// Sees each line on its way to the agent; false keeps it from the agent.
    let observe: (@Sendable (ByteBuffer) -> Bool)?
    /// Told when the backend closes its output.
    let ended: @Sendable () -> Void
    /// Told why the connection failed (in words, and the error), before it closes.
    let failed: @Sendable (String, any Error) -> Void
    /// Told when the TLS handshake is done.
    let handshaken: @Sendable () -> Void

    init(
        agent: any Channel, serverName: String, observe: (@Sendable (ByteBuffer) -> Bool)?,
        ended: @escaping @Sendable () -> Void, failed: @escaping @Sendable (String, any Error) -> Void,
        handshaken: @escaping @Sendable () -> Void
    ) {
        self.agent = agent
        self.serverName = serverName
        self.observe = observe
        self.ended = ended
        self.failed = failed
        self.handshaken = handshaken
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let e = event as? TLSUserEvent, case .handshakeCompleted = e { handshaken() }
        if let e = event as? ChannelEvent, e == .inputClosed {
            agent.flush()
            ended()
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .text(var line) = unwrapInboundIn(data) else { return }
        if let observe, !observe(line) { return }
        var buffer = context.channel.allocator.buffer(capacity: line.readableBytes + 2)
        buffer.writeBuffer(&line)
        buffer.writeBytes([0x0D, 0x0A])
        agent.write(buffer, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        agent.flush()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The backend cannot take more: stop reading from the agent until it can.
        agent.setOption(.autoRead, value: context.channel.isWritable).whenComplete { _ in }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // The agent is told why as the relay ends (a certificate that does not verify, say).
        failed(BackendHandler.reason(error, serverName: serverName), error)
        context.close(promise: nil)
    }

    /// What an error on the connection to the chat server means, in words.
    static func reason(_ error: any Error, serverName: String) -> String {
        if let e = error as? NIOSSLExtraError, e == .failedToValidateHostname {
            return "TLS with the chat server failed: its certificate is not for \(serverName)"
        }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            if "\(error)".contains("CERTIFICATE_VERIFY_FAILED") {
                return "TLS with the chat server failed: its certificate could not be verified "
                    + "(expired, self-signed or from an authority not trusted)"
            }
            return "TLS with the chat server failed"
        }
        return "the chat server connection failed (\(AgentHandler.describe(error)))"
    }
}

extension ByteBuffer {
    /// Writes `bytes` and CRLF.
    fileprivate mutating func writeLine(_ bytes: UnsafeRawBufferPointer) {
        writeBytes(bytes)
        writeStaticString("\r\n")
    }
}

extension String {
    var isIPAddress: Bool {
        (try? SocketAddress(ipAddress: self, port: 0)) != nil
    }
}
