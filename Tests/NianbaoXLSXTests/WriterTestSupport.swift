import Foundation
import Testing

@testable import NianbaoXLSX

/// Golden files of the writer tests, under `Fixtures/writer/`.
///
/// With `NIANBAO_RECORD=1` in the environment the golden is (re)written from the actual bytes instead of compared.
enum Golden {
  /// The folder of the writer's golden files in the source tree.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/writer", isDirectory: true)

  /// Whether goldens are being recorded rather than compared.
  static var isRecording: Bool { ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1" }

  /// Compares the bytes with the golden file of that name (or records them).
  static func verify(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = folder.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
      return
    }
    let expected = try Data(contentsOf: url)
    #expect(
      String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
      "differs from golden \(name); set NIANBAO_RECORD=1 to re-record", sourceLocation: sourceLocation)
  }
}

/// Shorthands for building test documents.
func ref(_ text: String) -> CellReference { CellReference(text)! }
func range(_ text: String) -> CellRange { CellRange(text)! }

/// The bytes of one part of a document's package.
func part(_ name: String, of document: WorkbookDocument) throws -> [UInt8] {
  let parts = try WorkbookPackage.parts(document)
  return try #require(parts.first { $0.name == name }).bytes
}

/// A fresh empty folder under the system's temporary folder.
func makeTemporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("nianbao-writer-tests-\(UInt64.random(in: 0 ... .max))", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Sample documents for the writer tests.
enum SampleDocuments {
  static let titleStyle = CellStyle(
    font: FontStyle(name: "宋体", size: 16, isBold: true),
    alignment: CellAlignment(horizontal: .center, vertical: .center))
  static let headerStyle = CellStyle(
    font: FontStyle(name: "宋体", size: 11, isBold: true), fill: .solid(.lightGray), border: .thin,
    alignment: CellAlignment(horizontal: .center, vertical: .center, wrapsText: true))
  static let labelStyle = CellStyle(
    font: FontStyle(name: "宋体", size: 11), border: .thin, alignment: CellAlignment(horizontal: .left, wrapsText: true))
  static let countStyle = CellStyle(
    font: FontStyle(name: "宋体", size: 11), border: .thin, alignment: CellAlignment(horizontal: .center),
    numberFormat: "0", isLocked: false)
  static let amountStyle = CellStyle(
    font: FontStyle(name: "宋体", size: 11), border: .thin, alignment: CellAlignment(horizontal: .center),
    numberFormat: "0.000000", isLocked: false)

  /// A small two-sheet document that touches every feature of the writer.
  static var small: WorkbookDocument {
    var table = SheetDocument(name: "表二")
    table.cells = [
      WriteCell(ref("A1"), .string("凯里市下司镇2021年政府信息公开工作年度报告"), style: titleStyle),
      WriteCell(ref("A2"), .string("信息内容"), style: headerStyle),
      WriteCell(ref("B2"), .string("本年制发件数"), style: headerStyle),
      WriteCell(ref("C2"), .string("本年废止件数"), style: headerStyle),
      WriteCell(ref("D2"), .string("现行有效件数"), style: headerStyle),
      WriteCell(ref("A3"), .string("规章"), style: labelStyle),
      WriteCell(ref("B3"), .number("0"), style: countStyle),
      WriteCell(ref("C3"), .number("-18"), style: countStyle),
      WriteCell(ref("D3"), .empty, style: countStyle),
      WriteCell(ref("A4"), .string("  行政事业性收费 "), style: labelStyle),
      WriteCell(ref("B4"), .number("24252.311082"), style: amountStyle),
      WriteCell(ref("C4"), .number("1E-3"), style: amountStyle),
      WriteCell(ref("D4"), .number("24252.312082"), formula: "SUM(B4:C4)", style: amountStyle),
      WriteCell(ref("A5"), .string("literal _x000D_ and bell \u{7}")),
      WriteCell(ref("B5"), .boolean(true)),
      WriteCell(ref("C5"), .error("#N/A")),
      WriteCell(ref("D5"), .empty, formula: "=B3+C3"),
      WriteCell(ref("E5"), .string("规章 "), formula: "A3&\" \""),
      WriteCell(ref("F5"), .boolean(false), formula: "B3>0"),
      WriteCell(ref("A6"), .string("规章")),
    ]
    table.merges = [range("A1:D1"), range("E1:F2")]
    table.columnWidths = [1: 20, 2: 10.5, 3: 10.5, 4: 10.5, 6: 8.43]
    table.rowHeights = [1: 36, 2: 27.75, 8: 12]
    table.dataValidations = [
      .nonNegativeWholeNumber([range("B3:C3")], errorTitle: "输入错误", errorMessage: "请输入非负整数"),
      .nonNegativeDecimal([range("B4:C4"), range("D4")]),
      .signedWholeNumber([range("B5:C5")], errorMessage: "请输入整数"),
    ]
    table.conditionalFormats = [
      ConditionalFormat(
        ranges: [range("B3:C4")],
        rules: [
          ConditionalRule(formula: "B3<0", style: DifferentialStyle(fontColor: .red, fillColor: .lightRed)),
          ConditionalRule(formula: "=ISTEXT(B3)", style: .warning, stopsIfTrue: true),
        ])
    ]
    table.protection = SheetProtection(allowsFormattingColumns: true, allowsFormattingRows: true)
    table.pageSetup = PageSetup(orientation: .landscape, fit: PageFit(), centersHorizontally: true)
    table.frozenPane = ref("B3")
    table.printArea = range("A1:D5")
    table.printTitleRows = 1...2

    var notes = SheetDocument(name: "Notes & 'remarks' list")
    notes.cells = [
      WriteCell(ref("B2"), .string("规章")),
      WriteCell(ref("A1"), .string("Second sheet")),
    ]
    return WorkbookDocument(
      sheets: [table, notes],
      definedNames: [DefinedName(name: "Fees", formula: "'表二'!$B$4")],
      properties: DocumentProperties(title: "年度报告", creator: "nianbao tests"))
  }
}

/// The names of the root element's children, in document order (a small scanner for the writer's own output,
/// whose text never holds a raw `<`).
func childElementNames(_ bytes: [UInt8]) -> [String] {
  let xml = String(decoding: bytes, as: UTF8.self)
  var names: [String] = []
  var depth = 0
  var index = xml.startIndex
  while let open = xml[index...].firstIndex(of: "<") {
    let close = xml[open...].firstIndex(of: ">")!
    let tag = xml[xml.index(after: open)..<close]
    index = xml.index(after: close)
    if tag.hasPrefix("?") { continue }
    if tag.hasPrefix("/") {
      depth -= 1
      continue
    }
    let name = String(tag.prefix { $0 != " " && $0 != "/" })
    if depth == 1 { names.append(name) }
    if !tag.hasSuffix("/") { depth += 1 }
  }
  return names
}

/// Whether `names` follow the order of `required` (each name in `names` appears in `required`, and no later
/// name of `required` comes before an earlier one).
func follows(_ names: [String], order required: [String]) -> Bool {
  let positions = names.map { required.firstIndex(of: $0) }
  guard positions.allSatisfy({ $0 != nil }) else { return false }
  let numbers = positions.map { $0! }
  return zip(numbers, numbers.dropFirst()).allSatisfy { $0 <= $1 }
}
