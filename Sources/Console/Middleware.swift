import Foundation
import Hummingbird

/// Lets nothing but the sign-in page and its stylesheet through without a session or token,
/// and no unsafe request signed in by cookie without the session's CSRF token (the
/// `X-CSRF-Token` header, or the `csrf` field of a form).
struct AccessMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    let handlers: Handlers

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        let path = handlers.relativePath(request.uri.path)
        if path == "/login" || path == "/assets/console.css" { return try await next(request, context) }
        let isAPI = Handlers.isAPI(path)
        let access = handlers.server.access
        guard let principal = try handlers.principal(of: request) else {
            if isAPI { throw Problem.notSignedIn }
            let ended = request.cookies[Access.cookieName] != nil
            return handlers.redirectToLogin(
                from: request, flash: ended ? "Your session has ended; sign in again." : nil)
        }
        var context = context
        context.principal = principal
        var request = request
        if request.method != .get, request.method != .head, principal.viaCookie {
            var submitted = request.headers[Handlers.csrfHeader]
            if submitted == nil, !isAPI,
                request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
            {
                let body = try await request.collectBody(upTo: context.maxUploadSize)
                submitted = FormFields(String(buffer: body))["csrf"]
            }
            guard access.checkCSRF(submitted, for: principal) else { throw Problem.badCSRF }
        }
        return try await next(request, context)
    }
}

/// The console's router, answering HEAD wherever it answers GET: the GET's status and headers,
/// without its body. (Before the router: its routes are found by method before any middleware.)
public struct ConsoleRouter: HTTPResponderBuilder {
    let router: Router<ConsoleContext>

    public func buildResponder() -> HeadAsGet<RouterResponder<ConsoleContext>> {
        HeadAsGet(inner: router.buildResponder())
    }
}

public struct HeadAsGet<Inner: HTTPResponder>: HTTPResponder {
    let inner: Inner

    public func respond(to request: Request, context: Inner.Context) async throws -> Response {
        guard request.method == .head else { return try await inner.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
        response.body = ResponseBody()
        return response
    }
}

/// Turns every error into problem details under `/api`, and into a page elsewhere. A path a
/// route has, asked with a method it does not take, is 405 with an `Allow` header: the router
/// itself only says "not found".
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    let handlers: Handlers

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            var problem = Problem.from(error)
            if let error = error as? HTTPError, error.status == .notFound {
                let allowed = handlers.allowedMethods(request.uri.path)
                if !allowed.isEmpty && !allowed.contains(request.method) {
                    problem = .methodNotAllowed(allowed)
                }
            }
            if problem.status == .internalServerError {
                context.logger.error("console request failed", metadata: ["error": "\(error)"])
            }
            if Handlers.isAPI(handlers.relativePath(request.uri.path)) { return problem.jsonResponse() }
            return handlers.errorPage(problem, principal: context.principal)
        }
    }
}
