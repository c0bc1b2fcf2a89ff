// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "nianbao",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "NianbaoXLSX", targets: ["NianbaoXLSX"]),
    .library(name: "NianbaoReport", targets: ["NianbaoReport"]),
    .executable(name: "nianbao", targets: ["nianbao"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CZip",
      pkgConfig: "libzip",
      providers: [.apt(["libzip-dev"])]
    ),
    .systemLibrary(
      name: "CXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "NianbaoXLSX",
      dependencies: ["CZip", "CXML2"]
    ),
    .target(
      name: "NianbaoReport",
      dependencies: ["NianbaoXLSX"],
      resources: [.copy("Schema/nianbao.schema.json")]
    ),
    .executableTarget(
      name: "nianbao",
      dependencies: [
        "NianbaoReport",
        "NianbaoXLSX",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "NianbaoXLSXTests",
      dependencies: ["NianbaoXLSX"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoCLITests",
      dependencies: ["nianbao", "NianbaoReport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoReportTests",
      dependencies: ["NianbaoReport", "NianbaoXLSX"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
