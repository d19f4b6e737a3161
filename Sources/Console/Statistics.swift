import Foundation
import Hummingbird
import Policy
import Review

/// `/stats`: per rule and per agent, items over time as inline SVG bar charts (no script
/// needed), each chart with its numbers in a table beside it.
extension Handlers {
    /// Keys shown per dimension, most items first; the rest are summed in the table's last row.
    static let chartedKeys = 12

    /// `GET /stats`: two `statistics` calls (per rule, per agent) over the chosen span.
    func statsPage(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let fields = FormFields(request.uri.query ?? "")
        var query = try statisticsQuery(fields)
        query.dimension = .rule
        var agentQuery = query
        agentQuery.dimension = .agent
        async let agentRows = store.statistics(agentQuery)
        let ruleRows = try await store.statistics(query)
        let bucketName = query.bucket == 3600 ? "hour" : "day"
        let span: HTML = """
            <form method="get" action="\(link("/stats"))" class="filters" id="stats-span">
            <label>Since <input name="since" value="\(Timestamp.format(query.since))"></label>
            <label>Until <input name="until" value="\(Timestamp.format(query.until))"></label>
            <label>Bucket <select name="bucket"><option value="day"\(bucketName == "day" ? HTML(trusted: " selected") : "")>day</option>\
            <option value="hour"\(bucketName == "hour" ? HTML(trusted: " selected") : "")>hour</option></select></label>
            <button type="submit">Show</button></form>
            """
        let body: HTML = """
            <h1>Statistics</h1>\(span)
            <section class="stats" id="stats-rule"><h2>Per rule</h2>\(Self.charts(ruleRows, query: query))</section>
            <section class="stats" id="stats-agent"><h2>Per agent</h2>\(Self.charts(try await agentRows, query: agentQuery))</section>
            """
        return html(layout("Statistics", principal: principal, flash: nil, body: body))
    }

    /// The bucket starts from `since` to `until`, aligned as the store aligns them.
    static func buckets(_ query: StatisticsQuery) -> [Date] {
        let first = Int(query.since.timeIntervalSince1970.rounded(.down))
        var start = first - ((first % query.bucket) + query.bucket) % query.bucket
        var buckets: [Date] = []
        while Double(start) < query.until.timeIntervalSince1970 {
            buckets.append(Date(timeIntervalSince1970: Double(start)))
            start += query.bucket
        }
        return buckets
    }

    static func charts(_ rows: [StatisticsRow], query: StatisticsQuery) -> HTML {
        guard !rows.isEmpty else { return "<p class=\"empty\">Nothing recorded in this span.</p>" }
        let buckets = buckets(query)
        let index = Dictionary(uniqueKeysWithValues: buckets.enumerated().map { ($1, $0) })
        var perKey: [String: [Action: [Int]]] = [:]
        var totals: [String: Int] = [:]
        for row in rows {
            guard let i = index[row.bucket] else { continue }
            perKey[row.key, default: [:]][row.action, default: Array(repeating: 0, count: buckets.count)][
                i] += row.count
            totals[row.key, default: 0] += row.count
        }
        let keys = totals.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
        let shown = keys.prefix(chartedKeys)
        let peak =
            shown.flatMap { key in
                (0..<buckets.count).map { i in perKey[key]!.values.reduce(0) { $0 + $1[i] } }
            }.max() ?? 1
        var tableRows: [HTML] = []
        var charts: [HTML] = []
        for key in shown {
            let counts = perKey[key]!
            let byAction = [Action.flag, .hold, .block].map { counts[$0]?.reduce(0, +) ?? 0 }
            tableRows.append(
                "<tr><th scope=\"row\">\(key)</th><td>\(byAction[0])</td><td>\(byAction[1])</td><td>\(byAction[2])</td><td>\(totals[key]!)</td></tr>"
            )
            charts.append(
                "<figure class=\"chart\" data-key=\"\(key)\"><figcaption>\(key)</figcaption>\(svg(counts, buckets: buckets, peak: max(peak, 1), bucket: query.bucket))</figure>"
            )
        }
        if keys.count > shown.count {
            let rest = keys.dropFirst(shown.count).reduce(0) { $0 + totals[$1]! }
            tableRows.append(
                "<tr class=\"rest\"><th scope=\"row\">\(keys.count - shown.count) more</th><td colspan=\"3\"></td><td>\(rest)</td></tr>"
            )
        }
        return """
            <div class="charts">\(charts)</div>
            <table class="totals"><thead><tr><th>Key</th><th>Flag</th><th>Hold</th><th>Block</th><th>Total</th></tr></thead>\
            <tbody>\(tableRows)</tbody></table>
            """
    }

    /// Stacked bars (flag, hold, block from the bottom), one per bucket, on a common scale.
    static func svg(_ counts: [Action: [Int]], buckets: [Date], peak: Int, bucket: Int) -> HTML {
        let width = 600.0
        let height = 80.0
        let slot = width / Double(max(buckets.count, 1))
        let barWidth = max(slot * 0.8, 1)
        let colours: [(Action, String)] = [(.flag, "#d9a400"), (.hold, "#c2410c"), (.block, "#7f1d1d")]
        var bars: [HTML] = []
        for (i, start) in buckets.enumerated() {
            var y = height
            let label =
                bucket == 3600
                ? String(Timestamp.format(start).prefix(13)) + "h"
                : String(Timestamp.format(start).prefix(10))
            for (action, colour) in colours {
                let count = counts[action]?[i] ?? 0
                guard count > 0 else { continue }
                let h = height * Double(count) / Double(peak)
                y -= h
                bars.append(
                    """
                    <rect x="\(format(Double(i) * slot))" y="\(format(y))" width="\(format(barWidth))" height="\(format(h))" \
                    fill="\(colour)" class="bar-\(action)"><title>\(label): \(count) \(action.rawValue)</title></rect>
                    """)
            }
        }
        return """
            <svg class="bars" viewBox="0 0 \(format(width)) \(format(height))" width="600" height="80" role="img" \
            preserveAspectRatio="none"><line x1="0" y1="\(format(height))" x2="\(format(width))" y2="\(format(height))" \
            stroke="#999" stroke-width="1"/>\(bars)</svg>
            """
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
