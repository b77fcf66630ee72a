// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Wegweiser",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Wegweiser", targets: ["Wegweiser"]),
        .executable(name: "wegweiser", targets: ["wegweiser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        // the preview server of `wegweiser serve` (no dependencies of its own)
        .package(url: "https://github.com/swhitty/FlyingFox.git", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(
            name: "Wegweiser",
            dependencies: [
                "CMark",
                "CStemmer",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `wegweiser serve`: the site on this computer, built again on every change
        .target(
            name: "Vorschau",
            dependencies: [
                "Wegweiser",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "wegweiser",
            dependencies: [
                "Wegweiser",
                "Vorschau",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz target (scripts/fuzz builds it with -sanitize=fuzzer -DFUZZING); a normal build
        // makes a small tool that replays inputs.
        .executableTarget(
            name: "WegweiserFuzz",
            dependencies: ["Wegweiser"]
        ),
        // Times the search index build alone (bench/suchindex/main.swift).
        .executableTarget(
            name: "suchindex-messung",
            dependencies: ["Wegweiser"],
            path: "bench/suchindex"
        ),
        .testTarget(
            name: "WegweiserTests",
            dependencies: ["Wegweiser", "Vorschau"]
        ),
    ]
)
