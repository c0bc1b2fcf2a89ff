// swift-tools-version: 6.0
import PackageDescription

/// Benchmark executables for `make bench`, kept apart from the main package so that its build and tests never
/// compile them. Built with `swift build -c release --package-path Benchmarks`.
let package = Package(
  name: "nianbao-benchmarks",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "bench-read", targets: ["BenchRead"]),
    .executable(name: "bench-write", targets: ["BenchWrite"]),
    .executable(name: "bench-import", targets: ["BenchImport"]),
    .executable(name: "bench-stages", targets: ["BenchStages"]),
  ],
  dependencies: [
    .package(name: "nianbao", path: "..")
  ],
  targets: [
    .target(name: "BenchSupport"),
    .executableTarget(
      name: "BenchRead",
      dependencies: ["BenchSupport", .product(name: "NianbaoXLSX", package: "nianbao")]
    ),
    .executableTarget(
      name: "BenchWrite",
      dependencies: ["BenchSupport", .product(name: "NianbaoXLSX", package: "nianbao")]
    ),
    .executableTarget(
      name: "BenchImport",
      dependencies: [
        .product(name: "NianbaoReport", package: "nianbao"),
        .product(name: "NianbaoXLSX", package: "nianbao"),
      ]
    ),
    .executableTarget(
      name: "BenchStages",
      dependencies: [
        .product(name: "NianbaoReport", package: "nianbao"),
        .product(name: "NianbaoXLSX", package: "nianbao"),
        .product(name: "NianbaoGrid", package: "nianbao"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
