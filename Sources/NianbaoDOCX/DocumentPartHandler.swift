import NianbaoGrid
import NianbaoPackage

/// Reads the events of a Word main document part (`word/document.xml`) into a ``DocumentGridBuilder``: every
/// paragraph outside tables becomes a body paragraph, every table (also inside content controls and inside other
/// tables' cells) a grid of its own.
///
/// What a reader of the document sees is kept: the text of runs (`w:t`), line breaks (`w:br`, `w:cr` → "\n"), tabs
/// (`w:tab` → "\t"), tracked insertions and moves to, a field's result. What it does not see is dropped: tracked
/// deletions (`w:del`, `w:delText`, deleted rows and cells), moves from, field instructions (`w:instrText` and the
/// runs between a field's `begin` and `separate`), properties, drawings, text boxes and ruby guide text. A cell's
/// paragraphs are joined with "\n" (empty ones left out). Elements are matched by local name.
struct DocumentPartHandler: XMLPartHandler {
  /// The part read, for errors.
  let part: String
  /// The most bytes of text the document may hold.
  let maxTextBytes: Int

  private var builder: DocumentGridBuilder
  /// The body's paragraph being read.
  private var body = TextContainer()
  /// The open tables, outermost first.
  private var tables: [TableFrame] = []
  /// The elements whose end matters, innermost last.
  private var ends: [(depth: Int, role: Role)] = []
  /// The open fields, innermost last: `true` once the field's result has begun.
  private var fields: [Bool] = []
  /// How many open fields are still in their instruction.
  private var fieldsInInstruction = 0
  /// Whether a `w:t` is open.
  private var inText = false
  /// Text bytes and paragraphs kept so far, held to the limits.
  private var textBytes = 0
  private var paragraphCount = 0

  /// What an element whose end is awaited is.
  private enum Role {
    case paragraph, text, table, row, cell, rowProperties, cellProperties
  }

  /// The paragraphs of a cell (or the body's current one).
  private struct TextContainer {
    /// The nesting of open paragraphs (a paragraph inside a paragraph adds to the outer one).
    var paragraphDepth = 0
    /// The bytes of the paragraph being read.
    var current: [UInt8] = []
    /// A cell's finished paragraphs that hold text.
    var paragraphs: [String] = []
  }

  /// A vertical merge mark of a cell.
  private enum VerticalMerge {
    case none, restart, `continue`
  }

  /// A cell being read.
  private struct CellFrame {
    var text = TextContainer()
    var columnSpan = 1
    var verticalMerge = VerticalMerge.none
    var isDeleted = false
  }

  /// A table being read.
  private struct TableFrame {
    /// Whether the current row has been begun in the builder (rows begin at their first cell, after `w:trPr`).
    var rowBegun = false
    var rowDeleted = false
    var columnsBefore = 0
    var cell: CellFrame?
  }

  /// The most elements that may nest (the root is at depth 0).
  static let maxElementDepth = 200
  /// The most tables that may nest inside each other.
  static let maxTableNesting = 32
  /// The most fields that may be open at once.
  static let maxOpenFields = 1_000

  /// Starts a read of `part`; at most `maxCells` cells and paragraphs and `maxTextBytes` bytes of text are kept.
  init(part: String, maxCells: Int, maxTextBytes: Int) {
    self.part = part
    self.maxTextBytes = maxTextBytes
    builder = DocumentGridBuilder(maxCells: maxCells)
  }

  /// The grids: the body first, then the tables in the order they began.
  mutating func grids() -> [SourceGrid] {
    builder.grids()
  }

  // MARK: Events

  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    guard depth < Self.maxElementDepth else {
      throw DOCXError(
        .contentLimitExceeded,
        "Elements nest more than \(Self.maxElementDepth) deep; real Word documents nest a few dozen.", part: part)
    }
    if depth == 0 { try checkRoot(name) }
    if name.is("p") {
      beginParagraph()
      if isEmpty { try endParagraph() } else { ends.append((depth, .paragraph)) }
    } else if name.is("t") {
      if !isEmpty {
        inText = true
        ends.append((depth, .text))
      }
    } else if name.is("br") || name.is("cr") {
      try append("\n")
    } else if name.is("tab") || name.is("ptab") {
      try append("\t")
    } else if name.is("noBreakHyphen") {
      try append("-")
    } else if name.is("fldChar") {
      try field(attributes)
    } else if name.is("tbl") {
      try beginTable()
      if isEmpty { endTable() } else { ends.append((depth, .table)) }
    } else if name.is("tr") {
      guard let last = tables.indices.last, tables[last].cell == nil else { return false }
      tables[last].rowBegun = false
      tables[last].rowDeleted = false
      tables[last].columnsBefore = 0
      if isEmpty { beginRowIfNeeded() } else { ends.append((depth, .row)) }
    } else if name.is("trPr") {
      if ends.last?.role == .row, !isEmpty { ends.append((depth, .rowProperties)) }
    } else if name.is("gridBefore") {
      if ends.last?.role == .rowProperties, let last = tables.indices.last {
        tables[last].columnsBefore = Self.count(attributes) ?? 0
      }
    } else if name.is("tc") {
      guard let last = tables.indices.last, tables[last].cell == nil else { return false }
      beginRowIfNeeded()
      tables[last].cell = CellFrame()
      if isEmpty { try endCell() } else { ends.append((depth, .cell)) }
    } else if name.is("tcPr") {
      if ends.last?.role == .cell, !isEmpty { ends.append((depth, .cellProperties)) }
    } else if name.is("gridSpan") {
      if ends.last?.role == .cellProperties, let last = tables.indices.last {
        tables[last].cell?.columnSpan = Self.count(attributes) ?? 1
      }
    } else if name.is("vMerge") {
      if ends.last?.role == .cellProperties, let last = tables.indices.last {
        tables[last].cell?.verticalMerge = Self.value(attributes) == "restart" ? .restart : .continue
      }
    } else if name.is("cellDel") {
      if ends.last?.role == .cellProperties, let last = tables.indices.last { tables[last].cell?.isDeleted = true }
    } else if name.is("del") {
      // A deleted row is marked inside its properties; a deletion elsewhere is content to drop.
      if ends.last?.role == .rowProperties, let last = tables.indices.last { tables[last].rowDeleted = true }
      return true
    } else {
      return Self.skipped.contains { name.is($0) }
    }
    return false
  }

  mutating func endElement(_ name: XMLElementName, depth: Int) throws {
    guard let last = ends.last, last.depth == depth else { return }
    ends.removeLast()
    switch last.role {
    case .paragraph: try endParagraph()
    case .text: inText = false
    case .table: endTable()
    case .row: if let last = tables.indices.last { tables[last].rowBegun = false }
    case .cell: try endCell()
    case .rowProperties, .cellProperties: break
    }
  }

  mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws {
    guard inText else { return }
    try append(text)
  }

  /// Elements whose content is skipped: properties (with their tracked changes), what a reader does not see
  /// (deleted and moved-away text, field instructions), what holds no body text (section properties, drawings,
  /// embedded objects, ruby guide text) and content controls' properties.
  private static let skipped: [StaticString] = [
    "pPr", "rPr", "tblPr", "tblGrid", "tblPrEx", "tcPrChange", "trPrChange", "sectPr", "delText", "instrText",
    "moveFrom", "sdtPr", "sdtEndPr", "drawing", "pict", "object", "AlternateContent", "rt", "footnotePr",
    "endnotePr",
  ]

  // MARK: Structure

  private func checkRoot(_ name: XMLElementName) throws {
    guard !name.is("document") else { return }
    let root = String(cString: name.local)
    let what =
      switch root {
      case "workbook": "an Excel workbook's"
      case "presentation": "a PowerPoint presentation's"
      default: "a <\(root)>"
      }
    throw DOCXError(
      .notWordDocument, "The main part is \(what) part, not a Word document (its root is not w:document).",
      part: part)
  }

  private mutating func beginTable() throws {
    guard tables.count < Self.maxTableNesting else {
      throw DOCXError(
        .contentLimitExceeded,
        "Tables nest more than \(Self.maxTableNesting) deep inside each other; real documents nest a few.",
        part: part)
    }
    builder.beginTable()
    tables.append(TableFrame())
  }

  private mutating func endTable() {
    guard tables.popLast() != nil else { return }
    builder.endTable()
  }

  private mutating func beginRowIfNeeded() {
    guard let last = tables.indices.last, !tables[last].rowBegun else { return }
    tables[last].rowBegun = true
    guard !tables[last].rowDeleted else { return }
    builder.beginRow()
    builder.skipColumns(tables[last].columnsBefore)
  }

  private mutating func endCell() throws {
    guard let last = tables.indices.last, let cell = tables[last].cell else { return }
    tables[last].cell = nil
    guard !tables[last].rowDeleted, !cell.isDeleted else { return }
    try countOne()
    let added = builder.cell(
      cell.text.paragraphs.joined(separator: "\n"), columnSpan: cell.columnSpan,
      continuesAbove: cell.verticalMerge == .continue)
    guard added else { throw cellLimit }
  }

  private var cellLimit: DOCXError {
    DOCXError(
      .contentLimitExceeded,
      "The document holds more than \(builder.maxCells) table cells and paragraphs; a report holds a few hundred.",
      part: part)
  }

  // MARK: Paragraphs and text

  /// Runs `body` on the paragraphs text goes to: the innermost open cell's, the body's, or none (`nil`: text in a
  /// table but outside any cell).
  private mutating func withContainer<T>(_ body: (inout TextContainer) throws -> T) rethrows -> T? {
    guard let last = tables.indices.last else { return try body(&self.body) }
    // The cell is moved out while `body` runs, so that its text is not copied.
    guard var cell = tables[last].cell else { return nil }
    tables[last].cell = nil
    defer { tables[last].cell = cell }
    return try body(&cell.text)
  }

  private mutating func beginParagraph() {
    withContainer { $0.paragraphDepth += 1 }
  }

  private mutating func endParagraph() throws {
    let inBody = tables.isEmpty
    let finished: String? = withContainer { container in
      container.paragraphDepth -= 1
      guard container.paragraphDepth <= 0 else { return nil }
      container.paragraphDepth = 0
      let text = String(decoding: container.current, as: UTF8.self)
      container.current.removeAll(keepingCapacity: true)
      return text
    }.flatMap { $0 }
    guard let finished, finished.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return }
    try countOne()
    if inBody {
      builder.paragraph(finished)
    } else {
      withContainer { $0.paragraphs.append(finished) }
    }
  }

  /// Counts one more paragraph or cell against the limit shared with the builder's cells.
  private mutating func countOne() throws {
    paragraphCount += 1
    guard paragraphCount <= builder.maxCells else { throw cellLimit }
  }

  private mutating func append(_ text: String) throws {
    var text = text
    try text.withUTF8 { try append($0) }
  }

  /// Adds text to the open paragraph of the current container, unless it belongs to a field's instruction.
  private mutating func append(_ text: UnsafeBufferPointer<UInt8>) throws {
    guard fieldsInInstruction == 0 else { return }
    textBytes += text.count
    guard textBytes <= maxTextBytes else {
      throw DOCXError(
        .contentLimitExceeded, "The document holds more than \(maxTextBytes) bytes of text.", part: part)
    }
    withContainer { container in
      guard container.paragraphDepth > 0 else { return }
      container.current.append(contentsOf: text)
    }
  }

  /// A complex field's mark: `begin` opens a field in its instruction, `separate` starts its result, `end` closes it.
  private mutating func field(_ attributes: XMLAttributes) throws {
    switch Self.value(attributes, named: "fldCharType") {
    case "begin":
      guard fields.count < Self.maxOpenFields else {
        throw DOCXError(
          .contentLimitExceeded, "More than \(Self.maxOpenFields) fields are open at once.", part: part)
      }
      fields.append(false)
      fieldsInInstruction += 1
    case "separate":
      if let last = fields.indices.last, !fields[last] {
        fields[last] = true
        fieldsInInstruction -= 1
      }
    case "end":
      if let open = fields.popLast(), !open { fieldsInInstruction -= 1 }
    default:
      break
    }
  }

  // MARK: Attributes

  /// The value of the attribute whose local name is `name` (`w:val` by default), whatever its prefix.
  private static func value(_ attributes: XMLAttributes, named name: StaticString = "val") -> String? {
    for index in 0..<attributes.count where strcmpBytes(attributes.name(index), name) {
      return attributes.value(index)
    }
    return nil
  }

  /// A count attribute (`w:val` of `w:gridSpan`, `w:gridBefore`): a whole number from 1 to 16,384, else `nil`.
  static func count(_ attributes: XMLAttributes) -> Int? {
    guard let text = value(attributes), !text.isEmpty, text.utf8.count <= 6,
      text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let number = Int(text)
    else { return nil }
    return (1...16_384).contains(number) ? number : nil
  }
}
