// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets over the XLSX reader and the report import, kept out of the main package so that its
// `swift build` and `swift test` never build them. Build and run with `make fuzz` (scripts/fuzz.sh):
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address
// Each target's `main.swift` hands `LLVMFuzzerTestOneInput` to libFuzzer's `LLVMFuzzerRunDriver`: SwiftPM links
// executables with `--defsym main=<Target>_main`, so libFuzzer's own `main` (and `-parse-as-library`) cannot be used.
let package = Package(
  name: "NianbaoFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "nianbao", path: "..")
  ],
  targets: [
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: [
        "CFuzzer",
        .product(name: "NianbaoPackage", package: "nianbao"),
        .product(name: "NianbaoXLSX", package: "nianbao"),
        .product(name: "NianbaoReport", package: "nianbao"),
      ]
    ),
    .executableTarget(
      name: "FuzzReader",
      dependencies: ["FuzzSupport", .product(name: "NianbaoXLSX", package: "nianbao")]
    ),
    .executableTarget(
      name: "FuzzImport",
      dependencies: [
        "FuzzSupport",
        .product(name: "NianbaoXLSX", package: "nianbao"),
        .product(name: "NianbaoReport", package: "nianbao"),
      ]
    ),
    .executableTarget(
      name: "FuzzHTML",
      dependencies: [
        "FuzzSupport",
        .product(name: "NianbaoGrid", package: "nianbao"),
        .product(name: "NianbaoHTML", package: "nianbao"),
      ]
    ),
    .executableTarget(
      name: "FuzzParts",
      dependencies: [
        "FuzzSupport",
        .product(name: "NianbaoXLSX", package: "nianbao"),
        .product(name: "NianbaoReport", package: "nianbao"),
      ]
    ),
    .executableTarget(
      name: "FuzzDOCX",
      dependencies: [
        "FuzzSupport",
        .product(name: "NianbaoDOCX", package: "nianbao"),
        .product(name: "NianbaoReport", package: "nianbao"),
      ]
    ),
    .executableTarget(
      name: "FuzzPDF",
      dependencies: [
        "FuzzSupport",
        .product(name: "NianbaoGrid", package: "nianbao"),
        .product(name: "NianbaoPDF", package: "nianbao"),
        .product(name: "NianbaoReport", package: "nianbao"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
