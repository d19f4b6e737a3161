import Hummingbird
import Logging

/// The request context of the console: who is signed in, and from where.
public struct ConsoleContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for slowing down guessed passwords.
    public var remoteAddress: String
    /// Set by the access middleware for every route but the sign-in page and its stylesheet.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
        principal = nil
    }

    public var maxUploadSize: Int { Self.maxBody }
    /// The largest request body the console reads.
    static let maxBody = 1 << 20

    /// The signed-in principal; the middleware guarantees it on protected routes.
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw Problem.notSignedIn }
        return principal
    }
}
