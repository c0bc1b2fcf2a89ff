// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "nianbao",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "NianbaoPackage", targets: ["NianbaoPackage"]),
    .library(name: "NianbaoGrid", targets: ["NianbaoGrid"]),
    .library(name: "NianbaoXLSX", targets: ["NianbaoXLSX"]),
    .library(name: "NianbaoText", targets: ["NianbaoText"]),
    .library(name: "NianbaoDOCX", targets: ["NianbaoDOCX"]),
    .library(name: "NianbaoPDF", targets: ["NianbaoPDF"]),
    .library(name: "NianbaoHTML", targets: ["NianbaoHTML"]),
    .library(name: "NianbaoReport", targets: ["NianbaoReport"]),
    .executable(name: "nianbao", targets: ["nianbao"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.0.0"),
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
    // poppler and cairo, loaded at run time the first time a PDF is read (see Sources/CPoppler/include).
    .target(
      name: "CPoppler",
      linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]
    ),
    // The package layer at the C edge: zip entries with inflation limits, the XML event parser, file sniffing.
    .target(
      name: "NianbaoPackage",
      dependencies: ["CZip", "CXML2"]
    ),
    // The carrier-neutral grid every carrier yields and the one locator reads.
    .target(name: "NianbaoGrid"),
    // Carriers: siblings, each on the package layer and the grid, none on another or on the report model.
    .target(
      name: "NianbaoXLSX",
      dependencies: ["NianbaoPackage", "NianbaoGrid", "CZip", "CXML2"]
    ),
    .target(
      name: "NianbaoText",
      dependencies: ["NianbaoPackage", "NianbaoGrid"]
    ),
    .target(
      name: "NianbaoDOCX",
      dependencies: ["NianbaoPackage", "NianbaoGrid", "CXML2"]
    ),
    .target(
      name: "NianbaoPDF",
      dependencies: ["NianbaoGrid", "CPoppler", "CZip"]
    ),
    .target(
      name: "NianbaoHTML",
      dependencies: ["NianbaoPackage", "NianbaoGrid", "CXML2"]
    ),
    .target(
      name: "NianbaoReport",
      dependencies: [
        "NianbaoGrid", "NianbaoXLSX", "NianbaoText", "NianbaoDOCX", "NianbaoHTML", "NianbaoPDF", "NianbaoPackage",
      ],
      resources: [.copy("Schema/nianbao.schema.json")]
    ),
    // The web page and its API (`nianbao serve`): the only module on the HTTP stack.
    .target(
      name: "NianbaoServer",
      dependencies: [
        "NianbaoReport",
        "NianbaoGrid",
        "NianbaoPackage",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "nianbao",
      dependencies: [
        "NianbaoReport",
        "NianbaoServer",
        "NianbaoXLSX",
        "NianbaoGrid",
        "NianbaoPackage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "NianbaoPackageTests",
      dependencies: ["NianbaoPackage"]
    ),
    .testTarget(
      name: "NianbaoGridTests",
      dependencies: ["NianbaoGrid"]
    ),
    .testTarget(
      name: "NianbaoTextTests",
      dependencies: ["NianbaoText", "NianbaoGrid", "NianbaoPackage"]
    ),
    .testTarget(
      name: "NianbaoXLSXTests",
      dependencies: ["NianbaoXLSX", "NianbaoPackage", "NianbaoGrid"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoDOCXTests",
      dependencies: ["NianbaoDOCX", "NianbaoPackage", "NianbaoGrid", "NianbaoReport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoPDFTests",
      dependencies: ["NianbaoPDF", "NianbaoGrid", "NianbaoReport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoHTMLTests",
      dependencies: ["NianbaoHTML", "NianbaoPackage", "NianbaoGrid", "NianbaoReport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoCLITests",
      dependencies: ["nianbao", "NianbaoPackage", "NianbaoReport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NianbaoServerTests",
      dependencies: [
        "NianbaoServer", "NianbaoReport", "NianbaoGrid", "NianbaoPackage",
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "NianbaoReportTests",
      dependencies: ["NianbaoReport", "NianbaoXLSX", "NianbaoGrid", "NianbaoPackage"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
