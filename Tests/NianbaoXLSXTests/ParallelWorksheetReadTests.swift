import NianbaoPackage
import Testing

@testable import NianbaoXLSX

/// A worksheet read in chunks on several threads gives the rows, layout and errors of a read in one pass, including
/// the rows a body sees before an error.
@Suite struct ParallelWorksheetReadTests {
  /// What a read hands out: the rows up to the end or the error, the layout, the error.
  struct Outcome: Equatable {
    var rows: [Row] = []
    var layout: SheetLayout?
    var error: XLSXError?
  }

  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let strings = ["甲", "乙 ", "丙_x0041_", "丁"]

  /// A package of one sheet with this XML, the shared strings above and one percent style.
  static func package(_ sheet: String) throws -> [UInt8] {
    let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let items = strings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
    let entries: [(String, String)] = [
      (
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
          + "Id=\"rId1\" Type=\"\(relationship)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
      ),
      (
        "xl/workbook.xml",
        "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationship)\"><sheets><sheet name=\"表\" sheetId=\"1\" "
          + "r:id=\"rId1\"/></sheets></workbook>"
      ),
      (
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(relationship)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"\(relationship)/styles\" Target=\"styles.xml\"/>"
          + "<Relationship Id=\"rId3\" Type=\"\(relationship)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          + "</Relationships>"
      ),
      (
        "xl/styles.xml",
        "<styleSheet xmlns=\"\(mainNamespace)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/>"
          + "</cellXfs></styleSheet>"
      ),
      ("xl/sharedStrings.xml", "<sst xmlns=\"\(mainNamespace)\">\(items)</sst>"),
      ("xl/worksheets/sheet1.xml", sheet),
    ]
    return try ZipWriter.archive(entries.map { ZipWriter.Entry(name: $0.0, bytes: Array($0.1.utf8)) })
  }

  /// Reads the first sheet of `bytes`; `stopAt` makes the body throw at that row.
  static func read(
    _ bytes: [UInt8], _ parallelism: WorksheetParallelism, limits: ReadLimits = .default, stopAt: Int? = nil
  ) -> (Outcome, WorksheetReadStatistics) {
    var outcome = Outcome()
    var statistics = WorksheetReadStatistics()
    do {
      let reader = try WorkbookReader(bytes: bytes, name: "test.xlsx", limits: limits)
      outcome.layout = try reader.readSheet(at: 0, parallelism: parallelism, statistics: &statistics) { row in
        if row.index == stopAt { throw XLSXError(.invalidWorkbook, "stopped by the body at \(row.index)") }
        outcome.rows.append(row)
      }
    } catch let error as XLSXError {
      outcome.error = error
    } catch {
      Issue.record("untyped error \(error)")
    }
    return (outcome, statistics)
  }

  /// Reads the sheet in one pass and in chunks of several sizes; every read must give the same outcome. Returns the
  /// one-pass outcome and the chunks worker threads parsed and the caller's thread parsed in order, over all reads.
  @discardableResult
  static func expectSame(
    _ sheet: String, limits: ReadLimits = .default, stopAt: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (outcome: Outcome, parallel: Int, ordered: Int) {
    let bytes = try package(sheet)
    let (expected, _) = read(bytes, .sequential, limits: limits, stopAt: stopAt)
    var parallel = 0
    var ordered = 0
    for chunkBytes in [1, 40, 150, 700, 5_000] {
      for workers in [1, 3] {
        let (actual, statistics) = read(
          bytes, .parallel(chunkBytes: chunkBytes, workers: workers), limits: limits, stopAt: stopAt)
        #expect(actual == expected, "chunks of \(chunkBytes) bytes, \(workers) workers", sourceLocation: sourceLocation)
        parallel += statistics.parallelChunks
        ordered += statistics.orderedChunks
      }
    }
    return (expected, parallel, ordered)
  }

  static func sheet(_ rows: String, root: String = "", after: String = "") -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(mainNamespace)\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"\(root)>"
      + "<dimension ref=\"A1:D40\"/><cols><col min=\"1\" max=\"2\" width=\"12\"/></cols><sheetData>"
      + rows + "</sheetData>" + after + "</worksheet>"
  }

  /// Rows of every cell type: numbers, shared and inline strings (runs, phonetics, escapes), booleans, errors.
  static func plainRows(_ count: Int, from first: Int = 1) -> String {
    (first..<first + count).map { row in
      "<row r=\"\(row)\"\(row % 7 == 0 ? " ht=\"20\" customHeight=\"1\"" : "")>"
        + "<c r=\"A\(row)\"><v>\(row).5</v></c><c r=\"B\(row)\" t=\"s\"><v>\(row % 4)</v></c>"
        + "<c r=\"C\(row)\" t=\"inlineStr\" s=\"1\"><is><r><t xml:space=\"preserve\"> 行\(row) </t></r><r><t> x_x0042_ </t>"
        + "</r><rPh sb=\"0\" eb=\"1\"><t>ぎょう</t></rPh></is></c>"
        + "<c r=\"D\(row)\" t=\"b\"><v>\(row % 2)</v></c><c r=\"E\(row)\" t=\"e\"><v>#N/A</v></c></row>"
    }.joined()
  }

  @Test func everyCellTypeReadsTheSameInChunks() throws {
    let result = try Self.expectSame(
      Self.sheet(Self.plainRows(60), after: "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>"))
    #expect(result.outcome.rows.count == 60)
    #expect(result.outcome.layout?.merges == [CellRange("A1:B1")!])
    #expect(result.parallel > 0)
  }

  @Test func sharedFormulasResolveAcrossChunks() throws {
    var rows = "<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A30\" si=\"0\">B1*2+$C$1</f><v>1</v></c></row>"
    for row in 2...30 {
      rows += "<row r=\"\(row)\"><c r=\"A\(row)\"><f t=\"shared\" si=\"0\"/><v>\(row)</v></c>"
      // A second shared formula anchored halfway, and a dependent that names an anchor that never comes.
      if row == 15 { rows += "<c r=\"B15\"><f t=\"shared\" ref=\"B15:B30\" si=\"1\">SUM(A$1:A15)</f></c>" }
      if row > 15 { rows += "<c r=\"B\(row)\"><f t=\"shared\" si=\"1\"/></c>" }
      rows += "<c r=\"C\(row)\"><f t=\"shared\" si=\"9\"/></c></row>"
    }
    let result = try Self.expectSame(Self.sheet(rows))
    #expect(result.outcome.rows.last?.cells.first?.formula == "B30*2+$C$1")
    #expect(result.outcome.rows.last?.cells[1].formula == "SUM(A$1:A30)")
    #expect(result.parallel > 0)
  }

  @Test func sharedFormulaLimitsStopAtTheSameCell() throws {
    var rows =
      "<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A40\" si=\"0\">\(String(repeating: "B1+", count: 30))1</f></c></row>"
    for row in 2...40 { rows += "<row r=\"\(row)\"><c r=\"A\(row)\"><f t=\"shared\" si=\"0\"/></c></row>" }
    var limits = ReadLimits()
    limits.maxTextBytes = 1_000
    let result = try Self.expectSame(Self.sheet(rows), limits: limits)
    #expect(result.outcome.error?.kind == .contentLimitExceeded)
    #expect(result.outcome.error?.cell != nil)
  }

  @Test func rowsAndCellsWithoutReferencesArePlacedInOrder() throws {
    var rows = ""
    for row in 1...40 {
      let reference = row % 5 == 0 ? " r=\"\(row * 2)\"" : ""
      rows += "<row\(reference)><c><v>\(row)</v></c><c r=\"D\(row)\"><v>1</v></c><c><v>2</v></c></row>"
    }
    let result = try Self.expectSame(Self.sheet(rows))
    #expect(result.outcome.rows.map(\.index).prefix(6) == [1, 2, 3, 4, 10, 11])
    #expect(result.outcome.rows[5].cells.map(\.reference.a1) == ["A11", "D6", "E11"])
  }

  @Test func duplicateAndUnorderedRowsAndCellsReadTheSame() throws {
    var rows = ""
    for row in [3, 1, 2, 2, 9, 4] {
      rows +=
        "<row r=\"\(row)\"><c r=\"C\(row)\"><v>1</v></c><c r=\"A\(row)\"><f t=\"shared\" ref=\"A1:A9\" si=\"0\">"
        + "B\(row)</f></c><c r=\"C\(row)\"><v>2</v></c></row>"
    }
    rows += Self.plainRows(10, from: 20)
    try Self.expectSame(Self.sheet(rows))
  }

  @Test func commentsCDATAAndProcessingInstructionsReadTheSame() throws {
    let rows =
      Self.plainRows(5)
      + "<!-- </row> a comment --><row r=\"6\"><c r=\"A6\" t=\"str\"><v><![CDATA[</row>]]></v></c></row>"
      + "<?pi </row>?>" + Self.plainRows(5, from: 7) + "<row r=\"12\"><!-- inside --><c r=\"A12\"><v>3</v></c></row>"
      + Self.plainRows(5, from: 13)
    let result = try Self.expectSame(Self.sheet(rows))
    #expect(result.outcome.rows.count == 17)
    #expect(result.ordered > 0)
  }

  @Test func prefixedElementsAndPrettyPrintedLinesReadTheSame() throws {
    let rows = (1...30).map { row in
      "\r\n  <x:row r=\"\(row)\" x14ac:dyDescent=\"0.25\">\n    <x:c r=\"A\(row)\" t=\"s\"><x:v>\(row % 4)</x:v></x:c>\n"
        + "    <x:c r=\"B\(row)\"><x:v>\(row)</x:v></x:c>\n  </x:row>"
    }.joined()
    let sheet =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"\(Self.mainNamespace)\" "
      + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">\n <x:sheetData xmlns:y=\"urn:y\">"
      + rows + "\n </x:sheetData>\n <x:mergeCells><x:mergeCell ref=\"A1:A2\"/></x:mergeCells>\n</x:worksheet>\n"
    let result = try Self.expectSame(sheet)
    #expect(result.outcome.rows.count == 30)
    #expect(result.parallel > 0)
  }

  @Test func malformedXMLLateInThePartGivesTheSameLine() throws {
    let rows = (1...30).map { "\n<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
    let result = try Self.expectSame(Self.sheet(rows + "\n<row r=\"31\"><c r=\"A31\"><v>1</c></row>" + rows))
    #expect(result.outcome.error?.kind == .malformedXML)
    #expect(result.outcome.error?.message.contains("line 33") == true, "\(String(describing: result.outcome.error))")
    let late = try Self.expectSame(Self.sheet(rows, after: "\n<mergeCells><mergeCell ref=\"A1:B1\"></mergeCells>"))
    #expect(late.outcome.error?.kind == .malformedXML)
  }

  @Test(arguments: [
    "<c r=\"B17\" t=\"s\"><v>99</v></c>", "<c r=\"B17x\"><v>1</v></c>",
    "<c r=\"B17\" t=\"inlineStr\"><is><t>&foo;</t></is></c>",
  ])
  func errorsInTheMiddleStopAfterTheSameRows(_ bad: String) throws {
    let rows = Self.plainRows(16) + "<row r=\"17\">\(bad)</row>" + Self.plainRows(10, from: 18)
    let result = try Self.expectSame(Self.sheet(rows))
    #expect(result.outcome.error != nil)
    #expect(result.outcome.rows.count == 16)
  }

  @Test func rowsAndMergesInsideAndAfterSheetDataReadTheSame() throws {
    let rows =
      Self.plainRows(10) + "<row r=\"11\"><mergeCell ref=\"C1:D1\"/><c r=\"A11\"><v>1</v></c></row>"
      + "<extLst><row r=\"99\"><c r=\"A99\"><v>1</v></c></row></extLst>" + Self.plainRows(10, from: 12)
    let result = try Self.expectSame(
      Self.sheet(rows, after: "<rows><row r=\"50\"><c r=\"A50\"><v>5</v></c></row></rows>"))
    #expect(result.outcome.layout?.merges == [CellRange("C1:D1")!])
    #expect(result.outcome.rows.last?.index == 50)
  }

  @Test func aThrowingBodyStopsEveryThreadAfterTheSameRows() throws {
    let result = try Self.expectSame(Self.sheet(Self.plainRows(80)), stopAt: 41)
    #expect(result.outcome.rows.count == 40)
    #expect(result.outcome.error?.message == "stopped by the body at 41")
  }

  @Test func tooManyRowsAndCellsStopTheSame() throws {
    let rows = "<row r=\"1048575\"><c><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row>"
    let result = try Self.expectSame(Self.sheet(Self.plainRows(20) + rows))
    #expect(result.outcome.error?.kind == .invalidReference)
  }

  @Test func everyFixtureReadsTheSameInChunks() throws {
    let files =
      HostileFileTests.cases.map { HostileFileTests.path($0.0) }
      + HostileReadableTests.files.map { TestFixtures.path("hostile/" + $0) }
      + ["crafted/every-cell-type.xlsx", "crafted/minimal.xlsx", "crafted/strict.xlsx"].map { TestFixtures.path($0) }
      + TestFixtures.sharedWorkbooks.map { TestFixtures.sharedPath("xlsx/" + $0) }
    for file in files {
      guard let reader = try? WorkbookReader(path: file) else { continue }
      for index in reader.sheets.indices {
        var statistics = WorksheetReadStatistics()
        func outcome(_ parallelism: WorksheetParallelism) -> Outcome {
          var outcome = Outcome()
          do {
            let again = try WorkbookReader(path: file)
            outcome.layout = try again.readSheet(at: index, parallelism: parallelism, statistics: &statistics) {
              outcome.rows.append($0)
            }
          } catch {
            outcome.error = error as? XLSXError
          }
          return outcome
        }
        let expected = outcome(.sequential)
        for chunkBytes in [1, 2_000] {
          #expect(outcome(.parallel(chunkBytes: chunkBytes, workers: 2)) == expected, "\(file) sheet \(index)")
        }
      }
    }
  }
}
