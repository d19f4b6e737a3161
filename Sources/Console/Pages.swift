import Foundation
import Hummingbird
import Policy
import Review

/// The web console's pages: plain HTML forms that work without JavaScript.
extension Handlers {
    // MARK: Sign-in

    func loginPage(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let fields = FormFields(request.uri.query ?? "")
        if let cookie = request.cookies[Access.cookieName],
            server.access.session(cookie.value, now: server.now()) != nil
        {
            return redirect(to: Self.localPath(fields["next"]))
        }
        var response = loginForm(
            request, next: fields["next"], name: "", flash: Flash(request: request), status: .ok)
        clearFlash(request, &response)
        return response
    }

    /// The sign-in cookie: a random value the form's CSRF token is bound to (see
    /// ``Access/signInToken(_:)``).
    static let signInCookieName = "decorum_sign_in"

    /// The sign-in page, with the browser's sign-in cookie (made when it has none) and the token
    /// bound to it.
    func loginForm(
        _ request: Request, next: String?, name: String, flash: Flash?, status: HTTPResponse.Status
    )
        -> Response
    {
        let cookie =
            request.cookies[Self.signInCookieName].map(\.value).flatMap { $0.isEmpty ? nil : $0 }
            ?? Console.makeToken()
        var response = html(
            loginForm(next: next, name: name, flash: flash, token: server.access.signInToken(cookie)),
            status: status)
        response.setCookie(
            Cookie(
                name: Self.signInCookieName, value: cookie, maxAge: 3_600,
                path: server.configuration.basePath,
                secure: server.configuration.secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    func loginForm(next: String?, name: String, flash: Flash?, token: String) -> HTML {
        layout(
            "Sign in", principal: nil, flash: flash,
            body: """
                <form method="post" action="\(link("/login"))" class="login" id="login">
                <h1>Decorum</h1>
                <input type="hidden" name="csrf" value="\(token)">
                <input type="hidden" name="next" value="\(Self.localPath(next))">
                <label>Name <input name="name" id="name" value="\(name)" autocomplete="username" required autofocus></label>
                <label>Password <input type="password" name="password" id="password" autocomplete="current-password" required></label>
                <button type="submit">Sign in</button>
                </form>
                """)
    }

    func signIn(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        if let origin = request.headers[.origin], let authority = request.head.authority,
            !Self.sameSite(origin: origin, authority: authority)
        {
            throw Problem(.forbidden, "Forbidden", detail: "The sign-in form was sent from another site.")
        }
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let name = fields["name"] ?? ""
        let next = Self.localPath(fields["next"])
        // A form this browser was given, not one another site made it send.
        guard server.access.checkSignIn(fields["csrf"], cookie: request.cookies[Self.signInCookieName]?.value)
        else {
            return loginForm(
                request, next: next, name: name,
                flash: Flash(kind: .error, message: "The sign-in form had expired: please sign in again."),
                status: .forbidden)
        }
        // Before the password is checked, so that guesses sent together are not all checked.
        if case .refused(let retryAfter) = server.throttle.admit(
            account: name, address: context.remoteAddress, now: server.now())
        {
            let seconds = Int((retryAfter / .seconds(1)).rounded(.up))
            var response = loginForm(
                request, next: next, name: name,
                flash: Flash(kind: .error, message: "Too many sign-in attempts: try again in \(seconds) s."),
                status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        guard let account = await server.access.verifyOffPool(name: name, password: fields["password"] ?? "")
        else {
            // Counted in the store too, so that attempts spread over replicas slow down alike.
            let shared = try? await server.store.failedSignIn(
                keys: SignInThrottle.keys(account: name, address: context.remoteAddress), at: server.now())
            await server.throttle.failed(
                account: name, address: context.remoteAddress, now: server.now(), shared: shared ?? 0)
            return loginForm(
                request, next: next, name: name,
                flash: Flash(kind: .error, message: "Wrong name or password."),
                status: .unauthorized)
        }
        server.throttle.succeeded(account: account.name, address: context.remoteAddress)
        try? await server.store.succeededSignIn(
            keys: SignInThrottle.keys(account: account.name, address: context.remoteAddress))
        let value = server.access.sessionValue(for: account.name, now: server.now())
        var response = redirect(to: next)
        response.setCookie(sessionCookie(value, maxAge: Int(server.access.lifetime)))
        // Used: the next sign-in gets a new one.
        response.setCookie(
            Cookie(name: Self.signInCookieName, value: "", maxAge: 0, path: server.configuration.basePath))
        return response
    }

    /// Whether an `Origin` header names the host the request was sent to.
    static func sameSite(origin: String, authority: String) -> Bool {
        guard let url = URL(string: origin), let host = url.host else { return false }
        return authority == host || authority == url.port.map { "\(host):\($0)" }
    }

    func logoutPage(_ request: Request, _ context: ConsoleContext) throws -> Response {
        let principal = try context.requirePrincipal()
        return html(
            layout(
                "Sign out", principal: principal, flash: nil,
                body: """
                    <form method="post" action="\(link("/logout"))" class="logout">
                    <input type="hidden" name="csrf" value="\(principal.csrf)">
                    <p>Sign out of the console as \(principal.account)?</p>
                    <button type="submit" id="sign-out">Sign out</button>
                    </form>
                    """))
    }

    func signOut(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let now = server.now()
        server.access.revoke(principal, now: now)
        // For every replica's console: each reads the sign-outs from the store (``ConsoleServer/refreshSignOuts()``).
        if let id = principal.session {
            do {
                try await server.store.signOut(
                    session: id, until: now.addingTimeInterval(server.access.lifetime))
            } catch {
                server.logger.error(
                    "a sign-out could not be shared with the other replicas", metadata: ["error": "\(error)"])
            }
        }
        var response = redirect(to: "/login", flash: Flash(kind: .info, message: "Signed out."))
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    // MARK: The queue

    /// Tabs in the order the queue shows them; `all` is every status.
    static let tabs: [ReviewStatus] = [.pending, .open, .approved, .edited, .rejected, .dismissed, .expired]

    /// `GET /`: one `list` call and one `counts` call.
    func queuePage(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let fields = FormFields(request.uri.query ?? "")
        let query = try Self.query(fields, defaultStatuses: [.pending])
        async let counts = store.counts()
        let page = try await store.list(query)
        let current = fields.nonEmpty("status") ?? "pending"
        let back = currentPath(request)
        var body: HTML = tabsHTML(current: current, counts: try await counts, fields: fields)
        body += filtersHTML(fields, status: current)
        if page.items.isEmpty {
            body += "<p class=\"empty\" id=\"empty\">Nothing here.</p>"
        }
        body += """
            <ol class="queue" id="queue" data-status="\(current)" data-back="\(back)">\
            \(page.items.map { row($0, principal: principal, back: back) })</ol>
            """
        body += pagination(fields, next: page.next)
        var response = html(layout("Queue", principal: principal, flash: Flash(request: request), body: body))
        clearFlash(request, &response)
        return response
    }

    func currentPath(_ request: Request) -> String {
        let path = relativePath(request.uri.path)
        guard let query = request.uri.query, !query.isEmpty else { return path }
        return path + "?" + query
    }

    /// The status tabs; each keeps the other filters. Their counts are of the whole queue.
    func tabsHTML(current: String, counts: [ReviewStatus: Int], fields: FormFields) -> HTML {
        let filters = fields.pairs.filter { $0.0 != "status" && $0.0 != "before" && !$0.1.isEmpty }
        var tabs: [HTML] = Self.tabs.map { status in
            tab(
                status.rawValue, label: status.rawValue.capitalized, count: counts[status] ?? 0,
                current: current, filters: filters)
        }
        tabs.append(
            tab("all", label: "All", count: counts.values.reduce(0, +), current: current, filters: filters))
        let note: HTML =
            filters.isEmpty
            ? ""
            : "<p class=\"note\" id=\"counts-note\">The counts are of the whole queue, not of the filters.</p>"
        return "<nav class=\"tabs\" id=\"tabs\">\(tabs)</nav>\(note)"
    }

    private func tab(
        _ status: String, label: String, count: Int, current: String, filters: [(String, String)]
    )
        -> HTML
    {
        let selected = status == current ? " current" : ""
        let query = FormFields(pairs: [("status", status)] + filters).encoded
        return """
            <a class="tab\(selected)" href="\(link("/?" + query))" data-status="\(status)"\
            \(status == current ? HTML(trusted: " aria-current=\"page\"") : "")>\(label) \
            <span class="count" data-count="\(count)">\(count)</span></a>
            """
    }

    func filtersHTML(_ fields: FormFields, status: String) -> HTML {
        func input(_ name: String, _ label: String, placeholder: String = "") -> HTML {
            """
            <label>\(label) <input name="\(name)" value="\(fields[name] ?? "")" placeholder="\(placeholder)"></label>
            """
        }
        let action = fields["action"] ?? ""
        let options: [HTML] = ["", "flag", "hold", "block"].map { value in
            """
            <option value="\(value)"\(value == action ? HTML(trusted: " selected") : "")>\(value.isEmpty ? "any" : value)</option>
            """
        }
        return """
            <form method="get" action="\(link("/"))" class="filters" id="filters">
            <input type="hidden" name="status" value="\(status)">
            <label>Action <select name="action">\(options)</select></label>
            \(input("rule", "Rule"))\(input("category", "Category"))\(input("agent", "Agent"))\
            \(input("since", "Since", placeholder: "2025-05-01T09:00Z"))\(input("until", "Until", placeholder: "2025-05-02"))
            <button type="submit">Filter</button> <a href="\(link("/?status=\(status)"))" class="clear">Clear</a>
            </form>
            """
    }

    func pagination(_ fields: FormFields, next: Int64?) -> HTML {
        var links: [HTML] = []
        let kept = fields.pairs.filter { $0.0 != "before" }
        if fields.nonEmpty("before") != nil {
            links.append(
                "<a rel=\"first\" id=\"newest\" href=\"\(link("/?" + FormFields(pairs: kept).encoded))\">Newest</a>"
            )
        }
        if let next {
            let older = FormFields(pairs: kept + [("before", String(next))]).encoded
            links.append("<a rel=\"next\" id=\"older\" href=\"\(link("/?" + older))\">Older</a>")
        }
        return links.isEmpty ? "" : "<nav class=\"pages\">\(links)</nav>"
    }

    /// One item of the queue: what was written with its hits marked, the suggestion, and a
    /// form for each decision that applies.
    func row(_ item: ReviewItem, principal: Principal, back: String) -> HTML {
        let r = item.record
        let hits: [HTML] = r.hits.map { hit in
            """
            <li><span class="rule">\(hit.rule)</span> <span class="category">\(hit.category)</span> \
            <span class="hit-action">\(hit.action)</span> <q dir="auto">\(hit.text)</q> \
            <span class="explanation">\(hit.explanation)</span></li>
            """
        }
        var html: HTML = """
            <li class="item action-\(r.action) status-\(item.status)" id="item-\(item.id)" data-item-id="\(item.id)" \
            data-status="\(item.status)" data-action="\(r.action)" data-delivery="\(item.delivery)" tabindex="-1">
            <div class="meta"><a class="id" href="\(link("/items/\(item.id)"))">#\(item.id)</a> \
            <span class="action">\(r.action)</span> <span class="agent">\(r.agent)</span> in \
            <span class="conversation">\(r.conversation)</span> \
            <time datetime="\(Timestamp.format(r.time))">\(Self.displayTime(r.time))</time> \
            <span class="status">\(item.status)</span>\(deliveryHTML(item))</div>
            <div class="message"><p class="text" dir="auto">\(HTML.highlighted(r.text, hits: r.hits))</p>
            """
        if let suggestion = r.suggestion {
            html +=
                "<div class=\"suggestion\"><span class=\"label\">Suggestion</span> <p dir=\"auto\">\(suggestion)</p></div>"
        }
        if let finalText = item.finalText {
            html +=
                "<div class=\"final\"><span class=\"label\">Sent instead</span> <p dir=\"auto\">\(finalText)</p></div>"
        }
        html += "</div><ul class=\"hits\">\(hits)</ul>"
        if let decidedBy = item.decidedBy, let decidedAt = item.decidedAt {
            html += """
                <p class="decided">\(item.status) by <span class="actor">\(decidedBy)</span> \
                <time datetime="\(Timestamp.format(decidedAt))">\(Self.displayTime(decidedAt))</time>\
                \(item.note.map { HTML(" — \($0)") } ?? "")</p>
                """
        }
        html += actions(item, principal: principal, back: back)
        return html + "</li>"
    }

    func deliveryHTML(_ item: ReviewItem) -> HTML {
        guard item.delivery != .none else { return "" }
        return
            " <span class=\"delivery delivery-\(item.delivery)\" data-delivery=\"\(item.delivery)\">\(item.delivery)</span>"
    }

    func actions(_ item: ReviewItem, principal: Principal, back: String) -> HTML {
        let available = item.availableDecisions
        guard !available.isEmpty else { return "" }
        let hidden: HTML = """
            <input type="hidden" name="csrf" value="\(principal.csrf)"><input type="hidden" name="back" value="\(back)">
            """
        let target = link("/items/\(item.id)/decision")
        var buttons: [HTML] = []
        for kind in available where kind != .edit {
            buttons.append(
                "<button type=\"submit\" name=\"decision\" value=\"\(kind)\" class=\"\(kind)\">\(kind.rawValue.capitalized)</button>"
            )
        }
        var html: HTML = """
            <div class="actions"><form method="post" action="\(target)" class="decide">\(hidden)\
            <input name="note" class="note" placeholder="Note (optional)" maxlength="2000">\(buttons)</form>
            """
        if available.contains(.edit) {
            html += """
                <details class="edit"><summary>Edit and send</summary>\
                <form method="post" action="\(target)" class="decide edit-form">\(hidden)\
                <textarea name="text" rows="3" dir="auto" required>\(item.record.suggestion ?? item.record.text)</textarea>\
                <input name="note" class="note" placeholder="Note (optional)" maxlength="2000">\
                <button type="submit" name="decision" value="edit" class="edit">Send edited</button></form></details>
                """
        }
        return html + "</div>"
    }

    static func displayTime(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle().year().month().day().dateTimeSeparator(.space).time(
                includingFractionalSeconds: false)) + " UTC"
    }

    // MARK: One item

    /// `GET /items/{id}`: one `item` and one `decisions` call.
    func itemPage(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try itemID(context)
        async let decisions = store.decisions(of: id)
        guard let item = try await store.item(id) else {
            throw Problem.notFound("There is no review item \(id).")
        }
        let trail: [HTML] = try await decisions.map { d in
            """
            <tr data-decision="\(d.kind)"><td><time datetime="\(Timestamp.format(d.time))">\(Self.displayTime(d.time))</time></td>\
            <td class="kind">\(d.kind)</td><td class="actor">\(d.actor)</td><td>\(d.note ?? "")</td><td dir="auto">\(d.text ?? "")</td></tr>
            """
        }
        let r = item.record
        let facts: HTML = """
            <dl class="facts"><dt>Listener</dt><dd>\(r.listener)</dd><dt>Replica</dt><dd>\(r.replica)</dd>\
            <dt>Delivery</dt><dd id="delivery" data-delivery="\(item.delivery)">\(item.delivery)</dd>\
            \(r.action == .hold ? HTML("<dt>Agent connected</dt><dd id=\"connected\">\(item.connected ? "yes" : "no")</dd>") : "")\
            \(r.deadline.map { HTML("<dt>Deadline</dt><dd>\(Self.displayTime($0))</dd>") } ?? "")\
            \(r.onTimeout.map { HTML("<dt>On timeout</dt><dd>\($0)</dd>") } ?? "")</dl>
            """
        let body: HTML = """
            <h1>Item \(id)</h1>
            <ol class="queue single" id="queue">\(row(item, principal: principal, back: "/items/\(id)"))</ol>
            \(facts)
            <h2>Audit trail</h2>
            \(trail.isEmpty ? HTML("<p class=\"empty\" id=\"no-decisions\">No decisions yet.</p>") : HTML("<table class=\"audit\" id=\"audit\"><thead><tr><th>Time</th><th>Decision</th><th>By</th><th>Note</th><th>Text</th></tr></thead><tbody>\(trail)</tbody></table>"))
            """
        var response = html(
            layout("Item \(id)", principal: principal, flash: Flash(request: request), body: body))
        clearFlash(request, &response)
        return response
    }

    /// `GET /items/{id}/row`: the queue row alone, for the live feed to insert.
    func itemRow(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try itemID(context)
        guard let item = try await store.item(id) else {
            throw Problem.notFound("There is no review item \(id).")
        }
        let back = Self.localPath(FormFields(request.uri.query ?? "")["back"])
        return html(row(item, principal: principal, back: back))
    }

    /// `POST /items/{id}/decision` from a form: decides, then back to the page it came from with
    /// a message saying what happened.
    func decideForm(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try itemID(context)
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let back = Self.localPath(fields["back"])
        let kind = try Self.decisionKind(fields["decision"])
        do {
            let item = try await decide(id, kind, note: fields["note"], text: fields["text"], by: principal)
            return redirect(
                to: back, flash: Flash(kind: .info, message: "Item \(id): \(item.status.rawValue)."))
        } catch let error as ReviewStoreError {
            switch error {
            case .unavailable: throw error
            default:
                return redirect(to: back, flash: Flash(kind: .error, message: Problem.from(error).detail))
            }
        }
    }

    // MARK: Layout

    func layout(_ title: String, principal: Principal?, flash: Flash?, body: HTML) -> HTML {
        let nav: HTML =
            principal.map { p in
                """
                <header class="top"><a class="brand" href="\(link("/"))">Decorum</a>
                <nav><a href="\(link("/"))" id="nav-queue">Queue</a> <a href="\(link("/stats"))" id="nav-stats">Statistics</a></nav>
                <span class="who" id="who" data-role="\(p.role)">\(p.account) (\(p.role))</span>
                <form method="post" action="\(link("/logout"))" class="logout-inline"><input type="hidden" name="csrf" value="\(p.csrf)">\
                <button type="submit" id="logout">Sign out</button></form></header>
                """
            } ?? ""
        let flashHTML: HTML =
            flash.map { f in
                "<p class=\"flash flash-\(f.kind.rawValue)\" id=\"flash\" role=\"status\">\(f.message)</p>"
            }
            ?? ""
        let script: HTML =
            principal != nil ? "<script src=\"\(link("/assets/console.js"))\" defer></script>" : ""
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Decorum</title>
            <link rel="stylesheet" href="\(link("/assets/console.css"))">\(script)
            </head>
            <body data-base="\(prefix)" data-csrf="\(principal?.csrf ?? "")">
            \(nav)<main>
            \(flashHTML)\(body)
            </main>
            <div id="help" class="help" hidden><h2>Keyboard</h2><dl><dt>j / k</dt><dd>next / previous item</dd>\
            <dt>a</dt><dd>approve</dd><dt>r</dt><dd>reject</dd><dt>d</dt><dd>dismiss</dd><dt>e</dt><dd>edit and send</dd>\
            <dt>o</dt><dd>open the item</dd><dt>?</dt><dd>this help</dd></dl></div>
            </body></html>
            """
    }

    func errorPage(_ problem: Problem, principal: Principal?) -> Response {
        let body: HTML = """
            <section class="problem" id="problem" data-status="\(problem.status.code)"><h1>\(problem.title)</h1>
            <p>\(problem.detail)</p><p><a href="\(link("/"))">Back to the queue</a></p></section>
            """
        var response = html(
            layout(problem.title, principal: principal, flash: nil, body: body), status: problem.status)
        if let allowHeader = problem.allowHeader { response.headers[.allow] = allowHeader }
        return response
    }

    func clearFlash(_ request: Request, _ response: inout Response) {
        guard request.cookies[Self.flashCookie] != nil else { return }
        response.setCookie(
            Cookie(
                name: Self.flashCookie, value: "", maxAge: 0, path: server.configuration.basePath,
                secure: server.configuration.secureCookies, httpOnly: true, sameSite: .lax))
    }
}
