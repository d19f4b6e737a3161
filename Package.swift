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
        // The benchmark harnesses behind `decorum bench`.
        .target(name: "Benchmarks", dependencies: ["AhoCorasick", "Policy", "Normalization"]),
        .executableTarget(
            name: "decorum",
            dependencies: [
                "Benchmarks",
                "Policy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AhoCorasickTests", dependencies: ["AhoCorasick"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization"]),
        .testTarget(
            name: "PolicyTests", dependencies: ["Policy", "Normalization"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DecorumCommandTests", dependencies: ["decorum", "Benchmarks", "AhoCorasick"]),
    ],
    swiftLanguageModes: [.v6]
)
