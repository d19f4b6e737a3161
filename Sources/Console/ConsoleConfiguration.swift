import Crypto
import Foundation
import HummingbirdBcrypt

/// Who may use the console and how its sessions behave; decoded from the `console` section of
/// the configuration file, every key but `accounts` optional.
public struct ConsoleConfiguration: Sendable, Codable, Hashable {
    /// What an account may do. Supervisors view the queue and statistics and decide items one
    /// at a time; admins may also decide many items in one call (`POST /api/decisions`) and list
    /// the accounts (`GET /api/accounts`).
    public enum Role: String, Sendable, Codable, CaseIterable {
        case supervisor, admin
    }

    /// A person (or a program, through its tokens) who signs in to the console.
    public struct Account: Sendable, Codable, Hashable {
        public var name: String
        public var role: Role
        /// A bcrypt hash (`$2b$…`) of the password; see `Console.hashPassword(_:)`.
        public var passwordHash: String
        /// SHA-256 hex digests of the API bearer tokens; see `Console.tokenDigest(_:)`.
        public var tokenHashes: [String]

        public init(name: String, role: Role, passwordHash: String, tokenHashes: [String] = []) {
            self.name = name
            self.role = role
            self.passwordHash = passwordHash
            self.tokenHashes = tokenHashes
        }

        private enum CodingKeys: String, CodingKey {
            case name, role, passwordHash, tokenHashes
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .supervisor
            passwordHash = try c.decode(String.self, forKey: .passwordHash)
            tokenHashes = try c.decodeIfPresent([String].self, forKey: .tokenHashes) ?? []
        }
    }

    public var accounts: [Account]
    /// Signs session cookies and derives CSRF tokens. When nil, a random secret is made at each
    /// start (everyone signs in again after a restart, and replicas do not share sessions).
    public var sessionSecret: String?
    /// Whether cookies carry `Secure`; turn on whenever the console is served over TLS.
    public var secureCookies: Bool
    /// Seconds a sign-in lasts.
    public var sessionLifetime: Double
    /// Where the console lives under its host, starting and ending with `/`.
    public var basePath: String

    public init(
        accounts: [Account], sessionSecret: String? = nil, secureCookies: Bool = false,
        sessionLifetime: Double = 12 * 3600, basePath: String = "/"
    ) {
        self.accounts = accounts
        self.sessionSecret = sessionSecret
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.basePath = basePath
    }

    private enum CodingKeys: String, CodingKey {
        case accounts, sessionSecret, secureCookies, sessionLifetime, basePath
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            accounts: try c.decode([Account].self, forKey: .accounts),
            sessionSecret: try c.decodeIfPresent(String.self, forKey: .sessionSecret),
            secureCookies: try c.decodeIfPresent(Bool.self, forKey: .secureCookies) ?? false,
            sessionLifetime: try c.decodeIfPresent(Double.self, forKey: .sessionLifetime) ?? 12 * 3600,
            basePath: try c.decodeIfPresent(String.self, forKey: .basePath) ?? "/")
    }

    /// The problems that keep this configuration from being served, empty when there are none.
    public func problems() -> [String] {
        var problems: [String] = []
        if accounts.isEmpty { problems.append("the console needs at least one account") }
        var names = Set<String>()
        for account in accounts {
            if account.name.isEmpty { problems.append("an account has no name") }
            if !names.insert(account.name).inserted {
                problems.append("account \(account.name) appears twice")
            }
            if !account.passwordHash.hasPrefix("$2") {
                problems.append("account \(account.name): passwordHash is not a bcrypt hash")
            }
            for digest in account.tokenHashes where digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
                problems.append(
                    "account \(account.name): a token hash is not 64 hex digits (\(digest.prefix(8))…)")
            }
        }
        if !(sessionLifetime > 0) { problems.append("sessionLifetime must be positive") }
        if !basePath.hasPrefix("/") || !basePath.hasSuffix("/") {
            problems.append("basePath must start and end with /")
        }
        if let sessionSecret, sessionSecret.utf8.count < 16 {
            problems.append("sessionSecret must be at least 16 bytes")
        }
        return problems
    }
}

/// The supervisors' HTTP API and web console over a review store: helpers that need no server.
public enum Console {
    /// A bcrypt hash of a password, for an account's `passwordHash`.
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// The SHA-256 hex digest of an API token, for an account's `tokenHashes`.
    public static func tokenDigest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexString
    }

    /// A new random API token (32 bytes, base64url).
    public static func makeToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64URLEncoded
    }
}

extension Sequence where Element == UInt8 {
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Digest {
    var hexString: String { Array(self).hexString }
}

extension Data {
    var base64URLEncoded: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
            of: "/", with: "_"
        )
        .replacingOccurrences(of: "=", with: "")
    }

    init?(base64URLEncoded string: some StringProtocol) {
        var s = string.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.utf8.count % 4 != 0 { s += "=" }
        self.init(base64Encoded: s)
    }
}
