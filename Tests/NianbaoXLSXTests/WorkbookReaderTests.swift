import Foundation
import Testing

@testable import NianbaoXLSX

/// The reader against python-calamine: golden files made once by `scripts/calamine_cells.py` (`make goldens`).
@Suite struct WorkbookReaderTests {
  /// One cell of a calamine golden file.
  struct GoldenCell: Decodable {
    var row: Int
    var column: Int
    var type: String
    var value: GoldenValue
  }

  /// A golden value: text, or a boolean.
  enum GoldenValue: Decodable, Equatable {
    case text(String)
    case flag(Bool)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        self = .flag(flag)
      } else {
        self = .text(try container.decode(String.self))
      }
    }
  }

  struct GoldenSheet: Decodable {
    var name: String
    var cells: [GoldenCell]
    var merges: [[Int]]
  }

  struct Golden: Decodable {
    var sheets: [GoldenSheet]
  }

  static let goldenWorkbooks: [String] =
    TestFixtures.sharedWorkbooks.map { "shared:" + $0 } + TestFixtures.files(in: "crafted").map { "crafted:" + $0 }

  static func workbookPath(_ id: String) -> String {
    let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
    return parts[0] == "shared" ? TestFixtures.sharedPath("xlsx/" + parts[1]) : TestFixtures.path("crafted/" + parts[1])
  }

  static func golden(_ id: String) throws -> Golden {
    let name = String(id.split(separator: ":")[1].dropLast(".xlsx".count))
    let data = try Data(contentsOf: URL(fileURLWithPath: TestFixtures.path("calamine/\(name).calamine.json")))
    return try JSONDecoder().decode(Golden.self, from: data)
  }

  @Test func sharedFixturesArePresent() {
    #expect(TestFixtures.sharedWorkbooks.count >= 6, "../shared/fixtures/xlsx must sit beside the checkout")
  }

  @Test(arguments: goldenWorkbooks)
  func everyCellEqualsCalamine(_ id: String) throws {
    let golden = try Self.golden(id)
    let workbook = try WorkbookReader(path: Self.workbookPath(id)).readWorkbook()
    #expect(workbook.sheets.map(\.info.name) == golden.sheets.map(\.name))
    for (sheet, expected) in zip(workbook.sheets, golden.sheets) {
      var ours: [CellReference: Cell] = [:]
      for cell in sheet.cells { ours[cell.reference] = cell }
      var seen = Set<CellReference>()
      for goldenCell in expected.cells {
        let reference = CellReference(row: goldenCell.row, column: goldenCell.column)!
        seen.insert(reference)
        guard let cell = ours[reference] else {
          Issue.record(
            "\(id) '\(sheet.info.name)'!\(reference.a1): calamine reads \(goldenCell.value), we read nothing")
          continue
        }
        Self.compare(cell, goldenCell, context: "\(id) '\(sheet.info.name)'!\(reference.a1)")
      }
      // Cells we read that calamine does not show: only blanks, error values and formulas without a cached value.
      for (reference, cell) in ours where !seen.contains(reference) {
        let invisible =
          cell.value == .empty || cell.value == .string("")
          || {
            if case .error = cell.value { return true }; return false
          }()
        #expect(invisible, "\(id) '\(sheet.info.name)'!\(reference.a1): we read \(cell.value), calamine nothing")
      }
      let merges = sheet.layout.merges.map { [$0.start.row, $0.start.column, $0.end.row, $0.end.column] }.sorted {
        $0.lexicographicallyPrecedes($1)
      }
      #expect(merges == expected.merges.sorted { $0.lexicographicallyPrecedes($1) }, "\(id) merges")
    }
  }

  static func compare(_ cell: Cell, _ golden: GoldenCell, context: String) {
    switch (golden.type, golden.value, cell.value) {
    case ("string", .text(let text), .string(let ours)):
      #expect(ours == text, "\(context)")
    case ("number", .text(let text), .number(let ours)):
      #expect(Double(ours) == Double(text), "\(context): \(ours) vs \(text)")
    case ("boolean", .flag(let flag), .boolean(let ours)):
      #expect(ours == flag, "\(context)")
    case ("date", _, .number):
      #expect(
        cell.numberFormat.category == .date, "\(context): calamine sees a date, our format is \(cell.numberFormat)")
    default:
      Issue.record("\(context): calamine reads \(golden.type) \(golden.value), we read \(cell.value)")
    }
  }

  @Test func readsFromMemoryLikeFromAFile() throws {
    let path = TestFixtures.sharedPath("xlsx/xiasizhen_2021.libreoffice.xlsx")
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let fromMemory = try WorkbookReader(bytes: bytes).readWorkbook()
    let fromFile = try WorkbookReader(path: path).readWorkbook()
    #expect(fromMemory == fromFile)
  }

  @Test func listsSheetsWithVisibility() throws {
    let reader = try WorkbookReader(path: TestFixtures.path("crafted/every-cell-type.xlsx"))
    #expect(reader.sheets.map(\.name) == ["数据", "隐藏"])
    #expect(reader.sheets.map(\.visibility) == [.visible, .hidden])
    #expect(reader.sheets[0].partName == "xl/worksheets/sheet1.xml")
  }

  @Test func readsStrictOOXML() throws {
    let sheet = try WorkbookReader(path: TestFixtures.path("crafted/strict.xlsx")).readWorksheet(at: 0)
    #expect(sheet.cells.map(\.value) == [.string("strict"), .number("7")])
    #expect(sheet.layout.merges == [CellRange("A1:A2")!])
  }

  @Test func missingOptionalPartsReadAsEmpty() throws {
    let sheet = try WorkbookReader(path: TestFixtures.path("crafted/minimal.xlsx")).readWorksheet(at: 0)
    #expect(sheet.cells.map(\.value) == [.string("only")])
  }

  @Test func streamsRowsInOrder() throws {
    let reader = try WorkbookReader(path: TestFixtures.sharedPath("xlsx/hongzequ_2023.official.xlsx"))
    var indices: [Int] = []
    _ = try reader.readSheet(at: 0) { indices.append($0.index) }
    #expect(indices == indices.sorted())
    #expect(indices.first == 1)
  }
}
