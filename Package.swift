// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Decorum",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "decorum", targets: ["decorum"]),
        .library(name: "AhoCorasick", targets: ["AhoCorasick"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-atomics", from: "1.3.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The phrase matcher: depends on nothing.
        .target(name: "AhoCorasick"),
        // Unicode folding to the match form, with a map back to the original: depends on nothing.
        .target(name: "Normalization", exclude: ["Tables/generate.py"]),
        // Policy files, their compilation into one automaton, verdicts and rewrites.
        .target(
            name: "Policy",
            dependencies: ["AhoCorasick", "Normalization", .product(name: "Yams", package: "Yams")],
            exclude: ["bundle.py"]
        ),
        // The moderating relay: listeners, TLS, line framing, protocol codecs, moderation.
        .target(
            name: "Proxy",
            dependencies: [
                "Policy",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Atomics", package: "swift-atomics"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The durable review store (SQLite, PostgreSQL) and what connects it to the proxy.
        .target(
            name: "Review",
            dependencies: [
                "Policy", "Proxy",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The supervisors' HTTP API and web console.
        .target(
            name: "Console",
            dependencies: [
                "Review", "Policy",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Assets")]
        ),
        // The benchmark harnesses behind `decorum bench`.
        .target(
            name: "Benchmarks",
            dependencies: [
                "AhoCorasick", "Policy", "Normalization", "Proxy", "Review", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]),
        .executableTarget(
            name: "decorum",
            dependencies: [
                "Benchmarks",
                "Policy",
                "Proxy",
                "Review",
                "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // What the test targets share (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // What the integration tests run against: ngircd, PostgreSQL, an IRC client, processes,
        // a review store that can be made unavailable.
        .target(name: "TestHarness", dependencies: ["Review"], path: "Tests/TestHarness"),
        .testTarget(name: "AhoCorasickTests", dependencies: ["AhoCorasick", "TestSupport"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization", "TestSupport"]),
        .testTarget(
            name: "ProxyTests",
            dependencies: [
                "Proxy", "Policy", "TestSupport", "TestHarness",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        .testTarget(
            name: "PolicyTests", dependencies: ["Policy", "Normalization", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ReviewTests",
            dependencies: [
                "Review", "Policy", "Proxy", "TestSupport", "TestHarness",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "ConsoleTests",
            dependencies: [
                "Console", "Review", "Policy", "TestHarness",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        // Decorum as users run it: the built binary against real servers and a real browser.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestHarness", "TestSupport", "Console", "decorum"],
            exclude: ["console_flow.py"]),
        .testTarget(
            name: "DecorumCommandTests",
            dependencies: [
                "decorum", "Benchmarks", "AhoCorasick", "Policy", "Proxy", "Console", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
