import Crypto
import Foundation
import HummingbirdBcrypt

/// Who a request is from, once signed in.
public struct Principal: Sendable, Hashable {
    public var account: String
    public var role: ConsoleConfiguration.Role
    /// Signed in with the cookie (unsafe methods then need the CSRF token) rather than a token.
    public var viaCookie: Bool
    /// The session's id, bound into its CSRF token; nil for bearer tokens.
    public var session: String?
    /// The CSRF token of the session (empty for bearer tokens).
    public var csrf: String
}

/// Signs and checks session cookies, derives CSRF tokens, verifies passwords and tokens.
///
/// A session cookie is `payload.signature`, both base64url: the payload is
/// `account|expiry-seconds|session-id`, the signature HMAC-SHA256 over it with a key derived
/// from the session secret. Nothing is stored on the server but the ids of sessions signed out
/// before they expired.
final class Access: Sendable {
    static let cookieName = "decorum_session"

    private let signingKey: SymmetricKey
    private let csrfKey: SymmetricKey
    private let accounts: [String: ConsoleConfiguration.Account]
    private let tokens: [String: String]
    let lifetime: Double
    private let revoked = Locked<[String: Date]>([:])
    /// Verified against when the account does not exist, so that a wrong name costs as long as
    /// a wrong password.
    private let decoyHash: String

    init(configuration: ConsoleConfiguration) {
        let secret: SymmetricKey =
            configuration.sessionSecret.map { SymmetricKey(data: Data($0.utf8)) }
            ?? SymmetricKey(size: .bits256)
        signingKey = SymmetricKey(
            data: HMAC<SHA256>.authenticationCode(for: Data("session".utf8), using: secret))
        csrfKey = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Data("csrf".utf8), using: secret))
        accounts = Dictionary(configuration.accounts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var tokens: [String: String] = [:]
        for account in configuration.accounts {
            for digest in account.tokenHashes { tokens[digest.lowercased()] = account.name }
        }
        self.tokens = tokens
        lifetime = configuration.sessionLifetime
        let cost = configuration.accounts.first.flatMap { Self.cost(of: $0.passwordHash) } ?? 10
        decoyHash = Bcrypt.hash(Console.makeToken(), cost: cost)
    }

    private static func cost(of hash: String) -> UInt8? {
        let parts = hash.split(separator: "$")
        return parts.count >= 2 ? UInt8(parts[1]) : nil
    }

    func account(_ name: String) -> ConsoleConfiguration.Account? { accounts[name] }

    var allAccounts: [ConsoleConfiguration.Account] { accounts.values.sorted { $0.name < $1.name } }

    /// `verify` on a thread of its own: bcrypt takes a good part of a second by design, which
    /// would otherwise hold one of the few threads every request shares.
    func verifyOffPool(name: String, password: String) async -> ConsoleConfiguration.Account? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: self.verify(name: name, password: password))
            }
        }
    }

    /// The account when the password is right. Takes as long for a name that does not exist.
    func verify(name: String, password: String) -> ConsoleConfiguration.Account? {
        guard let account = accounts[name] else {
            _ = Bcrypt.verify(password, hash: decoyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: account.passwordHash) ? account : nil
    }

    func bearer(_ token: String) -> Principal? {
        guard let name = tokens[Console.tokenDigest(token)], let account = accounts[name] else { return nil }
        return Principal(account: name, role: account.role, viaCookie: false, session: nil, csrf: "")
    }

    /// A new session cookie value for the account.
    func sessionValue(for account: String, now: Date) -> String {
        let id = Console.makeToken()
        let payload = "\(account)|\(Int64((now.timeIntervalSince1970 + lifetime).rounded(.up)))|\(id)"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: signingKey)
        return "\(Data(payload.utf8).base64URLEncoded).\(Data(mac).base64URLEncoded)"
    }

    /// The signed-in account of a cookie value, when its signature holds, it has not expired, it
    /// was not signed out, and the account still exists.
    func session(_ value: String, now: Date) -> Principal? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Data(base64URLEncoded: parts[0]),
            let mac = Data(base64URLEncoded: parts[1]),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: payload, using: signingKey)
        else { return nil }
        let fields = String(decoding: payload, as: UTF8.self).split(
            separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 3, let expiry = Int64(fields[1]), Double(expiry) > now.timeIntervalSince1970,
            let account = accounts[String(fields[0])]
        else { return nil }
        let id = String(fields[2])
        guard revoked.withLock({ $0[id] == nil }) else { return nil }
        return Principal(
            account: account.name, role: account.role, viaCookie: true, session: id, csrf: csrfToken(id))
    }

    /// Sessions signed out elsewhere (another replica's console), with their expiry.
    func revoked(_ sessions: [String: Date], now: Date) {
        revoked.withLock { revoked in
            revoked = revoked.filter { $0.value > now }
            revoked.merge(sessions.filter { $0.value > now }) { a, _ in a }
        }
    }

    /// Signs a session out before it expires.
    func revoke(_ principal: Principal, now: Date) {
        guard let id = principal.session else { return }
        revoked.withLock { revoked in
            revoked = revoked.filter { $0.value > now }
            revoked[id] = now.addingTimeInterval(lifetime)
        }
    }

    func csrfToken(_ session: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(session.utf8), using: csrfKey)).base64URLEncoded
    }

    /// The sign-in form's token: bound to the random value of the browser's sign-in cookie, as
    /// there is no session yet (a site that cannot read the cookie cannot make the token).
    func signInToken(_ cookie: String) -> String { csrfToken("sign-in " + cookie) }

    /// Whether a sign-in form's token matches its sign-in cookie, compared in constant time.
    func checkSignIn(_ submitted: String?, cookie: String?) -> Bool {
        guard let submitted, let cookie, !cookie.isEmpty else { return false }
        return constantTimeEqual(Array(submitted.utf8), Array(signInToken(cookie).utf8))
    }

    /// Whether a submitted CSRF token is the session's, compared in constant time.
    func checkCSRF(_ submitted: String?, for principal: Principal) -> Bool {
        guard principal.viaCookie else { return true }
        guard let submitted else { return false }
        return constantTimeEqual(Array(submitted.utf8), Array(principal.csrf.utf8))
    }
}

func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for i in a.indices { difference |= a[i] ^ b[i] }
    return difference == 0
}

/// Slows down guessing, per account and per client address: after `n` failed sign-ins in a row,
/// the failure is answered only after `base × 2^(n-1)`, at most `cap`, and until that back-off has
/// passed no other password for the account, or from the address, is checked (``admit``). An
/// account's passwords are also checked one at a time, so that guesses sent together are not
/// checked together. A success clears the account's and the address's count.
public final class SignInThrottle: Sendable {
    public typealias Sleep = @Sendable (Duration) async throws -> Void

    /// Whether a sign-in attempt may have its password checked.
    enum Admission: Equatable {
        case admitted
        /// Not now: the account or address is in its back-off, or another of the account's
        /// passwords is being checked.
        case refused(retryAfter: Duration)
    }

    private struct Entry {
        var failures: Int
        var last: Date
        /// The end of the back-off the last failure earned.
        var until: Date
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// The accounts with a password being checked, since when.
        var checking: [String: Date] = [:]
    }

    private let base: Duration
    private let cap: Duration
    private let sleep: Sleep
    private let state = Locked(State())

    public init(
        base: Duration = .milliseconds(100), cap: Duration = .seconds(10),
        sleep: @escaping Sleep = { try await Task.sleep(for: $0) }
    ) {
        self.base = base
        self.cap = cap
        self.sleep = sleep
    }

    /// What failures are counted against: the account and the address.
    static func keys(account: String, address: String) -> [String] {
        ["account:\(account)", "address:\(address)"]
    }

    /// Asks to check a password for the account from the address. When admitted, the account's
    /// other attempts are refused until this one ends with ``failed`` or ``succeeded``.
    func admit(account: String, address: String, now: Date) -> Admission {
        let keys = Self.keys(account: account, address: address)
        return state.withLock { s in
            let waits = keys.compactMap { s.entries[$0]?.until.timeIntervalSince(now) }
            if let wait = waits.max(), wait > 0 { return .refused(retryAfter: .seconds(wait)) }
            // A check lasts well under a second; one older than the cap lost its end (the
            // request was dropped) and must not hold the account.
            if let since = s.checking[keys[0]], now.timeIntervalSince(since) < cap / .seconds(1) {
                return .refused(retryAfter: base)
            }
            s.checking[keys[0]] = now
            return .admitted
        }
    }

    /// Counts a failure and waits the delay it earns: by this console's count, or by `shared` (the
    /// count of every replica's console, from the review store) when that is higher. Until the
    /// delay has passed, ``admit`` refuses the account and the address.
    func failed(account: String, address: String, now: Date, shared: Int = 0) async {
        let keys = Self.keys(account: account, address: address)
        let wait = state.withLock { s in
            if s.entries.count > 50_000 {
                s.entries = s.entries.filter { now.timeIntervalSince($0.value.last) < 3600 }
            }
            var most = shared
            for key in keys {
                most = max(most, (s.entries[key]?.failures ?? 0) + 1)
            }
            let wait = delay(afterFailures: most)
            for key in keys {
                let failures = (s.entries[key]?.failures ?? 0) + 1
                s.entries[key] = Entry(
                    failures: failures, last: now, until: now.addingTimeInterval(wait / .seconds(1)))
            }
            s.checking[keys[0]] = nil
            return wait
        }
        try? await sleep(wait)
    }

    func succeeded(account: String, address: String) {
        let keys = Self.keys(account: account, address: address)
        state.withLock { s in
            for key in keys { s.entries[key] = nil }
            s.checking[keys[0]] = nil
        }
    }

    /// The wait after the `failures`-th failure in a row.
    public func delay(afterFailures failures: Int) -> Duration {
        guard failures > 0 else { return .zero }
        let doubled = base * (1 << min(failures - 1, 20))
        return min(doubled, cap)
    }
}
