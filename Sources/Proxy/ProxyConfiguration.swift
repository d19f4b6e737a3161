import NIOCore

/// The line protocol a listener speaks with agents (and relays to its backend).
public enum ChatProtocol: String, Sendable, CaseIterable {
    case irc
    case lines
    case ndjson
}

/// One place agents connect to, and the backend it relays them to.
public struct ListenerConfiguration: Sendable {
    public var name: String
    public var host: String
    public var port: Int
    public var chatProtocol: ChatProtocol
    /// PEM certificate chain and key: TLS towards agents when set.
    public var tlsCertificate: String?
    public var tlsKey: String?
    /// PEM file of the CAs agents' client certificates must chain to (mutual TLS), if any.
    public var clientCA: String?
    public var upstreamHost: String
    public var upstreamPort: Int
    public var upstreamTLS: Bool
    /// PEM file of the CAs to trust for the backend (default: the system's).
    public var upstreamCA: String?
    /// The name to verify the backend's certificate against and send as SNI (default: its host).
    public var upstreamServerName: String?
    public var verifyUpstream: Bool
    /// For the lines protocol: what starts Decorum's notices.
    public var noticePrefix: String = "[decorum] "
    /// This listener's fail mode when set; the proxy's otherwise.
    public var failOpen: Bool?
    /// For the NDJSON protocol: where the text, agent, conversation and kind are.
    public var ndjson = NDJSONOptions()

    public init(
        name: String = "default", host: String, port: Int, chatProtocol: ChatProtocol = .irc,
        tlsCertificate: String? = nil, tlsKey: String? = nil, upstreamHost: String, upstreamPort: Int,
        upstreamTLS: Bool = false, upstreamCA: String? = nil, upstreamServerName: String? = nil,
        verifyUpstream: Bool = true
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.chatProtocol = chatProtocol
        self.tlsCertificate = tlsCertificate
        self.tlsKey = tlsKey
        self.upstreamHost = upstreamHost
        self.upstreamPort = upstreamPort
        self.upstreamTLS = upstreamTLS
        self.upstreamCA = upstreamCA
        self.upstreamServerName = upstreamServerName
        self.verifyUpstream = verifyUpstream
    }
}

/// Everything `decorum serve` runs with.
public struct ProxyConfiguration: Sendable {
    public var listeners: [ListenerConfiguration]
    /// The nick Decorum speaks to agents as (IRC), and takes `accept` and `why` from them at.
    public var serviceNick: String
    /// The longest line relayed, in bytes without its ending (IRC with IRCv3 tags: 8191 + 512).
    public var maximumLineLength: Int
    /// Whether an over-long line closes the connection (it is never forwarded either way).
    public var closeOnOverlongLine: Bool
    public var connectTimeout: TimeAmount
    /// A line that cannot be read in its protocol (so cannot be checked): refused and the agent
    /// told (closed, the default), or relayed unchecked (open).
    public var failOpen: Bool
    /// The hold budget of rules that do not set one.
    public var defaultHoldBudget: TimeAmount
    /// An agent that sends nothing for this long is told and disconnected.
    public var idleTimeout: TimeAmount = .hours(1)
    /// The most agent connections at once; past it new ones are told and closed.
    public var maximumConnections: Int = 20_000
    /// How long a stopping proxy lets open connections finish.
    public var drainTimeout: TimeAmount = .seconds(30)
    /// Records waiting for the review store past which agents stop being read (until a quarter
    /// of it is left): a store slower than the relay slows the relay instead of losing records.
    public var reviewBacklogLimit = 20_000

    public init(
        listeners: [ListenerConfiguration], serviceNick: String = "decorum", maximumLineLength: Int = 8_703,
        closeOnOverlongLine: Bool = false, connectTimeout: TimeAmount = .seconds(5), failOpen: Bool = false,
        defaultHoldBudget: TimeAmount = .minutes(10)
    ) {
        self.listeners = listeners
        self.serviceNick = serviceNick
        self.maximumLineLength = maximumLineLength
        self.closeOnOverlongLine = closeOnOverlongLine
        self.connectTimeout = connectTimeout
        self.failOpen = failOpen
        self.defaultHoldBudget = defaultHoldBudget
    }
}
