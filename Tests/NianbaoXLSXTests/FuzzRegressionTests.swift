import Foundation
import NianbaoPackage
import Testing

@testable import NianbaoXLSX

/// Inputs the fuzz targets (`make fuzz`, package `Fuzz/`) or their construction turned up, kept in
/// `Fixtures/fuzz`: each must read, or be refused with an ``XLSXError``, within the fuzz targets' small limits and
/// with the defaults. A crash here fails the whole test run, as it did under the fuzzer.
@Suite struct FuzzRegressionTests {
  /// The limits of the fuzz targets (`Fuzz/Sources/FuzzSupport/FuzzLimits.swift`).
  static let fuzzLimits = ReadLimits(
    maxPartBytes: 4 << 20, maxTotalBytes: 16 << 20, maxCompressionRatio: 100, ratioThresholdBytes: 100 * 1024,
    maxEntries: 256, maxSharedStrings: 50_000, maxTextBytes: 1 << 20, maxMerges: 10_000, maxInputBytes: 4 << 20)

  static let inputs = TestFixtures.files(in: "fuzz")

  @Test func regressionInputsArePresent() {
    #expect(!Self.inputs.isEmpty, "Fixtures/fuzz holds the fuzzers' regression inputs")
  }

  @Test(arguments: inputs, [fuzzLimits, ReadLimits.default])
  func readsOrRefusesWithATypedError(_ name: String, _ limits: ReadLimits) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestFixtures.path("fuzz/" + name))))
    do {
      let reader = try WorkbookReader(bytes: bytes, name: name, limits: limits)
      for index in reader.sheets.indices {
        _ = try reader.readSheet(at: index) { row in
          for cell in row.cells { #expect(CellReference(cell.reference.a1) == cell.reference) }
        }
      }
    } catch let error as XLSXError {
      #expect(!error.description.isEmpty)
    }
  }
}
