import Foundation
import Hummingbird

/// The stylesheet, script and OpenAPI document bundled with the console, read once at start.
struct Assets: Sendable {
    struct File: Sendable {
        var contentType: String
        var bytes: ByteBuffer
        /// A strong validator, so browsers revalidate cheaply.
        var etag: String
    }

    var files: [String: File]

    static let types = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "json": "application/json",
    ]

    static func load() throws -> Assets {
        guard let directory = Bundle.module.url(forResource: "Assets", withExtension: nil) else {
            throw ConsoleConfigurationError(problems: ["the console's assets are missing from its bundle"])
        }
        var files: [String: File] = [:]
        for name in ["console.css", "console.js", "openapi.json"] {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let type = types[String(name.split(separator: ".").last ?? "")] ?? "application/octet-stream"
            files[name] = File(
                contentType: type, bytes: ByteBuffer(bytes: data),
                etag: "\"\(Console.tokenDigest(String(decoding: data, as: UTF8.self)).prefix(16))\"")
        }
        return Assets(files: files)
    }

    func response(_ name: String, request: Request) -> Response {
        guard let file = files[name] else { return Response(status: .notFound) }
        if request.headers[.ifNoneMatch] == file.etag {
            return Response(status: .notModified, headers: [.eTag: file.etag])
        }
        return Response(
            status: .ok,
            headers: [.contentType: file.contentType, .eTag: file.etag, .cacheControl: "no-cache"],
            body: .init(byteBuffer: file.bytes))
    }
}
