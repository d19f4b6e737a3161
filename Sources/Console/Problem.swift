import Foundation
import Hummingbird
import NIOCore
import Review

/// An error the console answers with a status and a sentence: as RFC 9457 problem details
/// under `/api`, as a page elsewhere.
public struct Problem: Error, Sendable, Hashable {
    public var status: HTTPResponse.Status
    public var title: String
    public var detail: String
    /// A URI naming the kind of problem.
    public var type: String
    /// For a 405, the methods the path answers (the `Allow` header).
    var allow: [HTTPRequest.Method] = []

    public init(_ status: HTTPResponse.Status, _ title: String, detail: String, type: String? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.type =
            type
            ?? "https://decorum.invalid/problems/\(title.lowercased().replacingOccurrences(of: " ", with: "-"))"
    }

    static func badRequest(_ detail: String) -> Problem {
        Problem(.badRequest, "Bad request", detail: detail)
    }
    static let notSignedIn = Problem(
        .unauthorized, "Not signed in", detail: "Sign in, or send an API token as Authorization: Bearer.")
    static let badCSRF = Problem(
        .forbidden, "Forbidden",
        detail: "The form or request did not carry this session's CSRF token. Reload the page and try again.",
        type: "https://decorum.invalid/problems/csrf")
    static func notFound(_ detail: String) -> Problem { Problem(.notFound, "Not found", detail: detail) }
    static func methodNotAllowed(_ allow: [HTTPRequest.Method]) -> Problem {
        let names = allow.map(\.rawValue).joined(separator: ", ")
        var problem = Problem(
            .methodNotAllowed, "Method not allowed", detail: "This path answers \(names) only.")
        problem.allow = allow
        return problem
    }

    /// The `Allow` header of a 405.
    var allowHeader: String? { allow.isEmpty ? nil : allow.map(\.rawValue).joined(separator: ", ") }

    /// What a thrown error means to a client.
    static func from(_ error: any Error) -> Problem {
        switch error {
        case let problem as Problem: return problem
        case let error as ReviewStoreError:
            switch error {
            case .notFound: return Problem(.notFound, "Not found", detail: error.description)
            case .alreadyDecided:
                return Problem(.conflict, "Already decided", detail: error.description)
            case .notApplicable:
                return Problem(.unprocessableContent, "Not applicable", detail: error.description)
            case .invalid: return Problem(.badRequest, "Bad request", detail: error.description)
            case .unavailable:
                return Problem(.serviceUnavailable, "Store unavailable", detail: error.description)
            }
        case let error as HTTPError:
            return Problem(
                error.status, error.status.reasonPhrase, detail: error.body ?? error.status.reasonPhrase)
        case is DecodingError:
            return Problem(.badRequest, "Bad request", detail: "The body is not the JSON this call takes.")
        case is NIOTooManyBytesError:
            return Problem(
                .contentTooLarge, "Content too large",
                detail: "The request body is over the console's limit of \(ConsoleContext.maxBody >> 20) MiB."
            )
        default:
            return Problem(
                .internalServerError, "Internal error", detail: "Something went wrong; it was logged.")
        }
    }

    var json: ByteBuffer {
        ByteBuffer(bytes: (try? ConsoleJSON.data(ProblemJSON(self))) ?? Data())
    }

    func jsonResponse() -> Response {
        var response = Response(
            status: status, headers: [.contentType: "application/problem+json"], body: .init(byteBuffer: json)
        )
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"decorum\"" }
        if let allowHeader { response.headers[.allow] = allowHeader }
        return response
    }
}

/// Problem details as JSON (RFC 9457).
struct ProblemJSON: Encodable {
    var type: String
    var title: String
    var status: Int
    var detail: String

    init(_ problem: Problem) {
        type = problem.type
        title = problem.title
        status = problem.status.code
        detail = problem.detail
    }
}
