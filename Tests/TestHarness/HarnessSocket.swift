// POSIX socket helpers for the integration-test harness (ngircd + IRCTestClient).
//
// Deliberately Foundation/libc only, no SwiftNIO: the harness has to keep working (and keep telling the
// truth) even when the NIO-based code under test is broken.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An error from a socket call, with the errno text.
struct HarnessSocketError: Error, CustomStringConvertible {
    let description: String

    init(_ operation: String, errno code: Int32 = errno) {
        description = "\(operation): \(String(cString: strerror(code))) (errno \(code))"
    }

    init(message: String) {
        description = message
    }
}

/// A value behind an `NSLock`, for the harness's small bits of shared state.
final class HarnessLocked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// Blocking TCP helpers with bounded waits.
enum HarnessSocket {
    /// What one bounded read produced.
    enum ReadResult {
        case data([UInt8])
        case endOfStream
        case timedOut
    }

    static var streamType: Int32 {
        #if canImport(Darwin)
            return SOCK_STREAM
        #else
            return Int32(SOCK_STREAM.rawValue)
        #endif
    }

    /// Asks the kernel for a currently free TCP port on `host` (an IPv4 literal): binds port 0, reads the
    /// port back and closes the socket. Whoever binds it next wins, so callers must cope with a lost race.
    static func freePort(host: String = "127.0.0.1") throws -> UInt16 {
        let (fd, port) = try boundSocket(host: host, listening: false)
        closeDescriptor(fd)
        return port
    }

    /// A socket bound to a free port of `host` (an IPv4 literal), listening when asked: a port the
    /// test holds, so that whatever else binds it fails. The caller closes it.
    static func boundSocket(host: String = "127.0.0.1", listening: Bool) throws -> (fd: Int32, port: UInt16) {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw HarnessSocketError("socket") }
        var kept = false
        defer { if !kept { closeDescriptor(fd) } }
        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw HarnessSocketError(message: "not an IPv4 address: \(host)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw HarnessSocketError("bind(\(host):0)") }
        let named = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw HarnessSocketError("getsockname") }
        if listening { guard listen(fd, 1) == 0 else { throw HarnessSocketError("listen") } }
        kept = true
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    /// Opens a TCP connection to `host:port` (any address `getaddrinfo` accepts), waiting at most `timeout`.
    /// The returned descriptor is blocking, close-on-exec, has TCP_NODELAY set (so each `send` leaves as
    /// its own segment, as a real client's lines would) and a send timeout of `timeout`.
    static func openConnection(host: String, port: UInt16, timeout: Duration) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamType
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw HarnessSocketError(
                message: "cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(first) }
        let deadline = ContinuousClock.now + timeout
        var lastError = HarnessSocketError(message: "no address for \(host)")
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            do {
                return try connectOne(info.pointee, deadline: deadline, sendTimeout: timeout)
            } catch let error as HarnessSocketError {
                lastError = error
            }
        }
        throw lastError
    }

    private static func connectOne(_ info: addrinfo, deadline: ContinuousClock.Instant, sendTimeout: Duration)
        throws -> Int32
    {
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else { throw HarnessSocketError("socket") }
        var success = false
        defer { if !success { closeDescriptor(fd) } }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        if connect(fd, info.ai_addr, info.ai_addrlen) != 0 {
            guard errno == EINPROGRESS else { throw HarnessSocketError("connect") }
            guard try waitFor(fd, events: Int16(POLLOUT), deadline: deadline) else {
                throw HarnessSocketError(message: "connect: timed out")
            }
            var pending: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &pending, &length) == 0 else {
                throw HarnessSocketError("getsockopt(SO_ERROR)")
            }
            guard pending == 0 else { throw HarnessSocketError("connect", errno: pending) }
        }
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let (seconds, attoseconds) = sendTimeout.components
        var sendLimit = timeval()
        sendLimit.tv_sec = .init(seconds)
        sendLimit.tv_usec = .init(attoseconds / 1_000_000_000_000)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendLimit, socklen_t(MemoryLayout<timeval>.size))
        success = true
        return fd
    }

    /// Writes all of `bytes`, or throws (a peer that stops reading trips the send timeout; a closed peer
    /// gives EPIPE, never SIGPIPE).
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        #if canImport(Darwin)
            let flags: Int32 = 0
        #else
            let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                send(fd, buffer.baseAddress! + offset, buffer.count - offset, flags)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    throw HarnessSocketError(message: "send: timed out (the peer is not reading)")
                }
                throw HarnessSocketError("send")
            }
            offset += written
        }
    }

    /// Reads whatever is available, waiting until `deadline` at most. A reset connection counts as the
    /// end of the stream.
    static func receive(_ fd: Int32, deadline: ContinuousClock.Instant) throws -> ReadResult {
        while true {
            guard try waitFor(fd, events: Int16(POLLIN), deadline: deadline) else { return .timedOut }
            var chunk = [UInt8](repeating: 0, count: 16_384)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { return .data(Array(chunk[0..<count])) }
            if count == 0 { return .endOfStream }
            switch errno {
            case EINTR, EAGAIN, EWOULDBLOCK: continue
            case ECONNRESET, EPIPE, ENOTCONN: return .endOfStream
            default: throw HarnessSocketError("recv")
            }
        }
    }

    /// Polls `fd` for `events` until `deadline`; true when ready (errors and hang-ups count as ready, so
    /// the next call reports them).
    static func waitFor(_ fd: Int32, events: Int16, deadline: ContinuousClock.Instant) throws -> Bool {
        while true {
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&descriptor, 1, remainingMilliseconds(until: deadline))
            if ready > 0 { return true }
            if ready == 0 {
                if ContinuousClock.now >= deadline { return false }
                continue
            }
            if errno == EINTR { continue }
            throw HarnessSocketError("poll")
        }
    }

    static func remainingMilliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let remaining = deadline - .now
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    static func shutdownBoth(_ fd: Int32) {
        #if canImport(Darwin)
            _ = shutdown(fd, SHUT_RDWR)
        #else
            _ = shutdown(fd, Int32(SHUT_RDWR))
        #endif
    }

    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }
}
