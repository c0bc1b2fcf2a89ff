/// Streams a worksheet part (`xl/worksheets/sheetN.xml`) row by row.
///
/// Memory holds one row, the shared strings and the shared-formula anchors; merges and column descriptions are
/// collected as they come (they are bounded by ``ReadLimits/maxMerges`` and the column count).
struct WorksheetPartReader {
  let archive: ZipArchive
  let part: String
  let sheetName: String
  let sharedStrings: [String]
  let styles: [NumberFormat]

  /// A cell being assembled from its `<c>` element.
  private struct PendingCell {
    var reference: CellReference
    var type = ""
    var style = 0
    var valueText: String?
    var formula: String?
    var sharedIndex: String?
    var sharedMaster = false
    var inline: String?
    /// The child element whose text is being read.
    var target = Target.none
  }

  /// Which child of a cell receives text.
  private enum Target {
    case none, value, formula
  }

  /// The anchor of a shared formula: its text and cell.
  private struct SharedAnchor {
    var formula: String
    var cell: CellReference
  }

  /// Reads the sheet, handing each row that holds cells or layout to `body`, and returns the sheet's layout.
  func read(rows body: (Row) throws -> Void) throws -> SheetLayout {
    let reader = try XMLStreamReader(stream: archive.open(part))
    var layout = SheetLayout()
    var anchors: [String: SharedAnchor] = [:]
    var row: Row?
    var lastRow = 0
    var lastColumn = 0
    var rowTextBytes = 0
    var cell: PendingCell?
    var advanced = try reader.next()
    while advanced {
      switch reader.node {
      case .startElement:
        if reader.isNamed("extLst") || reader.isNamed("AlternateContent") {
          advanced = try reader.skipSubtree()
          continue
        }
        if cell != nil {
          try readCellChild(reader, into: &cell!, rowTextBytes: &rowTextBytes)
        } else if reader.isNamed("c") {
          if row == nil {
            // A cell outside any <row>: malformed.
            throw error(.malformedXML, "A cell stands outside a <row> element.", cell: nil)
          }
          let pending = try startCell(reader, row: row!.index, lastColumn: lastColumn)
          lastColumn = pending.reference.column
          guard row!.cells.count < CellReference.maxColumn else {
            throw error(
              .contentLimitExceeded, "Row \(row!.index) holds more than \(CellReference.maxColumn) cells.", cell: nil)
          }
          if reader.isEmptyElement {
            try finish(pending, into: &row!, anchors: &anchors)
          } else {
            cell = pending
          }
        } else if reader.isNamed("row") {
          row = try startRow(reader, lastRow: lastRow)
          lastRow = row!.index
          lastColumn = 0
          rowTextBytes = 0
          if reader.isEmptyElement {
            if row!.height != nil || row!.isHidden { try body(row!) }
            row = nil
          }
        } else if reader.isNamed("mergeCell") {
          try readMerge(reader, into: &layout)
        } else if reader.isNamed("col") {
          try readColumn(reader, into: &layout)
        } else if reader.isNamed("dimension") {
          layout.dimension = reader.attribute("ref").flatMap { CellRange($0) }
        }
      case .endElement:
        if let pending = cell, reader.isNamed("c") {
          cell = nil
          try finish(pending, into: &row!, anchors: &anchors)
        } else if cell != nil, reader.isNamed("v") || reader.isNamed("f") {
          cell!.target = .none
        } else if cell == nil, reader.isNamed("row"), var finished = row {
          row = nil
          if finished.cells.count > 1, !isSorted(finished.cells) {
            finished.cells = ordered(finished.cells)
          }
          if !finished.cells.isEmpty || finished.height != nil || finished.isHidden { try body(finished) }
        }
      case .text:
        if cell != nil { try appendText(reader, to: &cell!, rowTextBytes: &rowTextBytes) }
      case .other:
        break
      }
      advanced = try reader.next()
    }
    return layout
  }

  // MARK: Rows and cells

  private func startRow(_ reader: XMLStreamReader, lastRow: Int) throws -> Row {
    var index: Int?
    var height: Double?
    var hidden = false
    var badIndex: String?
    reader.forEachAttribute { name, uri, value in
      guard uri == nil || uri!.pointee == 0 else { return }
      if strcmpBytes(name, "r") {
        let text = String(cString: value)
        if let number = Int(text), (1...CellReference.maxRow).contains(number) {
          index = number
        } else {
          badIndex = text
        }
      } else if strcmpBytes(name, "ht") {
        height = Double(String(cString: value))
      } else if strcmpBytes(name, "hidden") {
        hidden = isTrue(value)
      }
    }
    if let badIndex {
      throw error(
        .invalidReference, "A row number \"\(badIndex)\" is not a row between 1 and \(CellReference.maxRow).",
        cell: nil)
    }
    let number = index ?? lastRow + 1
    guard number <= CellReference.maxRow else {
      throw error(.invalidReference, "The sheet has more than \(CellReference.maxRow) rows.", cell: nil)
    }
    return Row(index: number, cells: [], height: height, isHidden: hidden)
  }

  private func startCell(_ reader: XMLStreamReader, row: Int, lastColumn: Int) throws -> PendingCell {
    var referenceText: String?
    var type = ""
    var style = 0
    reader.forEachAttribute { name, uri, value in
      guard uri == nil || uri!.pointee == 0 else { return }
      if strcmpBytes(name, "r") {
        referenceText = String(cString: value)
      } else if strcmpBytes(name, "t") {
        type = String(cString: value)
      } else if strcmpBytes(name, "s") {
        style = Int(String(cString: value)) ?? 0
      }
    }
    let reference: CellReference
    if let referenceText {
      guard let parsed = CellReference(referenceText) else {
        throw error(
          .invalidReference,
          "The cell reference \"\(referenceText.prefix(40))\" is malformed or lies beyond XFD1048576.", cell: nil)
      }
      reference = parsed
    } else {
      guard let next = CellReference(row: row, column: lastColumn + 1) else {
        throw error(.invalidReference, "Row \(row) holds a cell beyond column XFD.", cell: nil)
      }
      reference = next
    }
    return PendingCell(reference: reference, type: type, style: style)
  }

  private func readCellChild(_ reader: XMLStreamReader, into cell: inout PendingCell, rowTextBytes: inout Int) throws {
    if reader.isNamed("v") {
      cell.valueText = cell.valueText ?? ""
      cell.target = reader.isEmptyElement ? .none : .value
    } else if reader.isNamed("f") {
      cell.formula = cell.formula ?? ""
      cell.target = reader.isEmptyElement ? .none : .formula
      if let type = reader.attribute("t"), type == "shared" {
        cell.sharedIndex = reader.attribute("si")
        cell.sharedMaster = reader.attribute("ref") != nil
      }
    } else if reader.isNamed("is") {
      let text = try SharedStringsPartReader.readStringItem(reader)
      rowTextBytes += text.utf8.count
      try checkRowText(rowTextBytes, cell: cell.reference)
      cell.inline = text
    }
  }

  private func appendText(_ reader: XMLStreamReader, to cell: inout PendingCell, rowTextBytes: inout Int) throws {
    // Text directly inside <v> or <f> (inline strings are read whole by readCellChild).
    guard cell.target != .none else { return }
    let text = reader.text
    rowTextBytes += text.utf8.count
    try checkRowText(rowTextBytes, cell: cell.reference)
    if cell.target == .formula {
      cell.formula! += text
    } else {
      cell.valueText! += text
    }
  }

  private func checkRowText(_ bytes: Int, cell: CellReference) throws {
    guard bytes <= archive.limits.maxTextBytes else {
      throw error(
        .contentLimitExceeded, "The row holds more than \(archive.limits.maxTextBytes) bytes of text.", cell: cell)
    }
  }

  private func finish(_ pending: PendingCell, into row: inout Row, anchors: inout [String: SharedAnchor]) throws {
    var formula = pending.formula
    if let index = pending.sharedIndex {
      if pending.sharedMaster || anchors[index] == nil, let text = formula, !text.isEmpty {
        anchors[index] = SharedAnchor(formula: text, cell: pending.reference)
      } else if let anchor = anchors[index] {
        formula = SharedFormula.shift(
          anchor.formula, rows: pending.reference.row - anchor.cell.row,
          columns: pending.reference.column - anchor.cell.column)
      }
    }
    let value = try value(of: pending)
    guard value != .empty || formula != nil else { return }
    let format = pending.style >= 0 && pending.style < styles.count ? styles[pending.style] : .general
    row.cells.append(Cell(reference: pending.reference, value: value, formula: formula, numberFormat: format))
  }

  private func value(of cell: PendingCell) throws -> CellValue {
    switch cell.type {
    case "s":
      guard let text = cell.valueText?.trimmingSpaces, !text.isEmpty else { return .empty }
      guard let index = Int(text), index >= 0, index < sharedStrings.count else {
        throw error(
          .sharedStringOutOfRange,
          "The cell points at shared string \(text.prefix(20)), but the workbook has \(sharedStrings.count).",
          cell: cell.reference)
      }
      return .string(sharedStrings[index])
    case "inlineStr":
      if let inline = cell.inline { return .string(inline) }
      return cell.valueText.map { .string(TextEscapes.decode($0)) } ?? .empty
    case "str":
      guard let text = cell.valueText else { return .empty }
      return .string(TextEscapes.decode(text))
    case "b":
      guard let text = cell.valueText?.trimmingSpaces, !text.isEmpty else { return .empty }
      return .boolean(text == "1" || text.lowercased() == "true")
    case "e":
      guard let text = cell.valueText?.trimmingSpaces, !text.isEmpty else { return .empty }
      return .error(text)
    case "d":
      guard let text = cell.valueText?.trimmingSpaces, !text.isEmpty else { return .empty }
      return .string(text)
    default:
      guard let text = cell.valueText?.trimmingSpaces, !text.isEmpty else {
        return cell.inline.map { .string($0) } ?? .empty
      }
      return NumberText.isValid(text) ? .number(text) : .string(text)
    }
  }

  // MARK: Layout

  private func readMerge(_ reader: XMLStreamReader, into layout: inout SheetLayout) throws {
    guard let text = reader.attribute("ref") else { return }
    guard let range = CellRange(text) else {
      throw error(
        .invalidReference, "The merged range \"\(text.prefix(40))\" is malformed, inverted or beyond XFD1048576.",
        cell: nil)
    }
    guard layout.merges.count < archive.limits.maxMerges else {
      throw error(
        .contentLimitExceeded, "The sheet has more than \(archive.limits.maxMerges) merged ranges.", cell: nil)
    }
    layout.merges.append(range)
  }

  private func readColumn(_ reader: XMLStreamReader, into layout: inout SheetLayout) throws {
    let attributes = reader.attributes()
    guard let first = attributes["min"].flatMap(Int.init), let last = attributes["max"].flatMap(Int.init),
      first >= 1, last >= first, last <= CellReference.maxColumn
    else {
      throw error(
        .invalidReference, "A column description has a min/max outside 1…\(CellReference.maxColumn).", cell: nil)
    }
    guard layout.columns.count < CellReference.maxColumn else {
      throw error(.contentLimitExceeded, "The sheet describes more columns than a sheet can have.", cell: nil)
    }
    let hidden = attributes["hidden"].map { $0 == "1" || $0 == "true" } ?? false
    layout.columns.append(
      ColumnInfo(first: first, last: last, width: attributes["width"].flatMap(Double.init), isHidden: hidden))
  }

  // MARK: Helpers

  private func error(_ kind: XLSXError.Kind, _ message: String, cell: CellReference?) -> XLSXError {
    XLSXError(kind, message, part: part, sheet: sheetName, cell: cell?.a1)
  }

  private func isTrue(_ value: UnsafePointer<UInt8>) -> Bool {
    strcmpBytes(value, "1") || strcmpBytes(value, "true")
  }

  private func isSorted(_ cells: [Cell]) -> Bool {
    zip(cells, cells.dropFirst()).allSatisfy { $0.reference.column < $1.reference.column }
  }

  /// Cells in column order; of two cells at one reference the later wins.
  private func ordered(_ cells: [Cell]) -> [Cell] {
    var byColumn: [Int: Cell] = [:]
    for cell in cells { byColumn[cell.reference.column] = cell }
    return byColumn.keys.sorted().map { byColumn[$0]! }
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces, tabs and line breaks.
  fileprivate var trimmingSpaces: String { SharedStringsPartReader.trimmingXMLSpace(self) }
}
