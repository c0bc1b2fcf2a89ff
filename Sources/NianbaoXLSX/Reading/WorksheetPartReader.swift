import CXML2
import NianbaoPackage

/// The read-only inputs of one worksheet read, shared with the threads of a parallel read.
struct WorksheetContext: Sendable {
  let part: String
  let sheetName: String
  let sharedStrings: [String]
  let styles: [NumberFormat]
  let limits: ReadLimits

  func error(_ kind: XLSXError.Kind, _ message: String, cell: CellReference?) -> XLSXError {
    XLSXError(kind, message, part: part, sheet: sheetName, cell: cell?.a1)
  }
}

/// How a worksheet part is parsed: in one pass on the caller's thread, or in chunks on several threads
/// (``ParallelWorksheetRead``) with the same rows, layout and errors.
enum WorksheetParallelism: Sendable {
  /// In chunks for parts that declare at least ``automaticThreshold`` bytes, when the machine has several processors.
  case automatic
  /// In one pass.
  case sequential
  /// In chunks of about `chunkBytes` bytes parsed by `workers` threads, whatever the part's size (for tests).
  case parallel(chunkBytes: Int, workers: Int)

  /// The declared size from which ``automatic`` reads in chunks.
  static let automaticThreshold: Int64 = 4 << 20

  /// The chunk size and worker count for a part that declares `declaredSize` bytes, or `nil` to read in one pass.
  func plan(declaredSize: Int64) -> (chunkBytes: Int, workers: Int)? {
    switch self {
    case .sequential: return nil
    case .parallel(let chunkBytes, let workers): return (max(chunkBytes, 1), max(workers, 1))
    case .automatic:
      let processors = ParallelWorksheetRead.processorCount
      guard declaredSize >= Self.automaticThreshold, processors > 1 else { return nil }
      return (256 << 10, min(processors, 4))
    }
  }
}

/// How a read went, for tests: how many chunks worker threads parsed and how many the caller's thread parsed itself.
struct WorksheetReadStatistics {
  /// Chunks parsed by worker threads whose rows were used.
  var parallelChunks = 0
  /// Chunks parsed again, in order, on the caller's thread (a worker could not prove them the same).
  var orderedChunks = 0
}

/// Streams a worksheet part (`xl/worksheets/sheetN.xml`) row by row.
///
/// Memory holds one row, the shared strings and the shared-formula anchors; merges and column descriptions are
/// collected as they come (they are bounded by ``ReadLimits/maxMerges`` and the column count). The part is parsed by
/// libxml2's SAX2 push parser (``XMLEventParser``) calling ``WorksheetState``'s C callbacks, which read values,
/// references and styles from libxml2's bytes without building a string per attribute. Large parts are parsed in
/// chunks on several threads (``ParallelWorksheetRead``).
struct WorksheetPartReader {
  let archive: ZipArchive
  let context: WorksheetContext
  var parallelism = WorksheetParallelism.automatic

  init(archive: ZipArchive, part: String, sheetName: String, sharedStrings: [String], styles: [NumberFormat]) {
    self.archive = archive
    self.context = WorksheetContext(
      part: part, sheetName: sheetName, sharedStrings: sharedStrings, styles: styles, limits: archive.limits)
  }

  /// Reads the sheet, handing each row that holds cells or layout to `body`, and returns the sheet's layout.
  func read(rows body: (Row) throws -> Void) throws -> SheetLayout {
    var statistics = WorksheetReadStatistics()
    return try read(statistics: &statistics, rows: body)
  }

  /// Reads the sheet as ``read(rows:)`` does, counting how its chunks were parsed.
  func read(statistics: inout WorksheetReadStatistics, rows body: (Row) throws -> Void) throws -> SheetLayout {
    try withoutActuallyEscaping(body) { body in
      let state = UnsafeMutablePointer<WorksheetState>.allocate(capacity: 1)
      state.initialize(to: WorksheetState(context: context, body: body))
      defer {
        state.deinitialize(count: 1)
        state.deallocate()
      }
      let parser = try XMLEventParser(part: context.part, handler: state, callbacks: WorksheetState.callbacks)
      let stream = try archive.open(context.part)
      if let plan = parallelism.plan(declaredSize: stream.declaredSize) {
        let read = ParallelWorksheetRead(
          context: context, chunkBytes: plan.chunkBytes, workers: plan.workers, parser: parser, state: state)
        statistics = try read.run(stream)
      } else {
        try parser.parse(stream)
      }
      return state.pointee.layout
    }
  }
}

/// A cell of a chunk whose formula is shared (`<f t="shared" si="…">`): left as written for the caller's thread, which
/// knows the anchors of the earlier chunks.
struct SharedFormulaCell: Sendable {
  /// The index of the row among the chunk's rows.
  var row: Int
  /// The index of the cell among the row's cells.
  var cell: Int
  /// The `si` attribute.
  var index: String
  /// Whether the cell carries the `ref` of the formula's range (it is an anchor).
  var isMaster: Bool
}

/// The rows of a chunk parsed by a worker, with what the caller's thread needs to carry on after them.
struct WorksheetChunk: Sendable {
  var rows: [Row] = []
  var sharedCells: [SharedFormulaCell] = []
  /// The state after the chunk's last row.
  var lastRow = 0
  var lastColumn = 0
  var lastRowWidth = 0
}

/// The state of one worksheet read: the open row and cell, the subtree being skipped, the inline string being read.
///
/// The logic is that of a pull reader over the same part: `extLst` and `AlternateContent` subtrees are skipped,
/// cell children are read only inside a `<c>`, an inline string (`<is>`) is read whole like a shared string item,
/// and an empty element (`<c/>`) has no end of its own.
///
/// A state without `body` reads one chunk of a parallel read (``ParallelWorksheetRead``): it collects its rows,
/// leaves shared formulas to the caller's thread (``accept(_:)``), and throws ``ChunkNotProvable`` where its result
/// could differ from a read of the whole part (a leading row without `r`, merges or columns inside the chunk).
struct WorksheetState {
  /// A cell being assembled from its `<c>` element; its `<v>` and `<f>` texts are in `valueBytes`, `formulaBytes`.
  struct PendingCell {
    var reference: CellReference
    var type = CellType.other
    var style = 0
    var hasValue = false
    var hasFormula = false
    var sharedIndex: String?
    var sharedMaster = false
    var inline: String?
    /// The child element whose text is being read.
    var target = Target.none
  }

  /// The cell types (`t` attribute) read differently; `n` and unknown types read as numbers.
  enum CellType {
    case sharedString, inlineString, formulaString, boolean, error, date, other
  }

  /// Which child of a cell receives text.
  enum Target {
    case none, value, formula
  }

  /// The anchor of a shared formula: its text and cell.
  struct SharedAnchor {
    var formula: String
    var cell: CellReference
  }

  /// An inline string being read: the state of a ``SharedStringsPartReader`` item; its text so far and
  /// the text of the open `<t>` are in `inlineBytes` and `runBytes`.
  struct InlineString {
    /// The depth of the `<is>` element.
    var depth: Int
    /// Whether a `<t>` is open.
    var inRun = false
    var preserve = false
  }

  let context: WorksheetContext
  /// Receives the rows; `nil` for a chunk, whose rows are collected in `chunk`.
  let body: ((Row) throws -> Void)?
  let maxTextBytes: Int
  let sharedStrings: [String]
  let styles: [NumberFormat]
  var layout = SheetLayout()
  var anchors: [String: SharedAnchor] = [:]
  /// The bytes of formula text made so far by copying shared formulas to their cells.
  var sharedFormulaBytes = 0
  var row: Row?
  var lastRow = 0
  /// Whether `lastRow` is known: a chunk does not know the rows before it until its first row with an `r`.
  var knowsLastRow: Bool
  var lastColumn = 0
  var lastRowWidth = 0
  var rowTextBytes = 0
  var cell: PendingCell?
  var valueBytes: [UInt8] = []
  var formulaBytes: [UInt8] = []
  var inline: InlineString?
  var inlineBytes: [UInt8] = []
  var runBytes: [UInt8] = []
  /// The depth of the element being started or ended (the root is at 0).
  var depth = 0
  /// The depth of the subtree being skipped, if any.
  var skipDepth: Int?
  /// An empty element just started: its end is not an event of its own.
  var swallowEnd = false
  /// The namespace declarations of the open elements at depths 0 and 1 (root and `sheetData`), for chunk wrappers.
  var outerNamespaces: [[(prefix: String?, uri: String)]] = [[], []]
  /// The rows of a chunk and its shared-formula cells.
  var chunk = WorksheetChunk()

  init(context: WorksheetContext, body: ((Row) throws -> Void)?) {
    self.context = context
    self.body = body
    self.knowsLastRow = body != nil
    self.maxTextBytes = context.limits.maxTextBytes
    self.sharedStrings = context.sharedStrings
    self.styles = context.styles
  }

  /// Whether the read stands between rows directly inside the root's child, with nothing open or skipped: where a
  /// chunk of a parallel read may start.
  var isBetweenRows: Bool {
    depth == 2 && row == nil && cell == nil && inline == nil && skipDepth == nil && !swallowEnd
  }

  // MARK: Callbacks

  /// The C callbacks of a worksheet parse; the parser's handler is an `UnsafeMutablePointer<WorksheetState>`.
  static var callbacks: XMLEventCallbacks {
    XMLEventCallbacks(
      startElement: { parser, name, _, _, namespaceCount, namespaces, count, _, attributes in
        guard let parser, let name else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        let state = XMLEventParser.handler(of: context).assumingMemoryBound(to: WorksheetState.self)
        do {
          try state.pointee.startElement(
            name, attributes: XMLAttributes(base: attributes, count: Int(count)),
            isEmpty: XMLEventParser.isEmptyElement(context),
            namespaces: XMLNamespaces(base: namespaces, count: Int(namespaceCount)))
        } catch {
          XMLEventParser.stop(context, error)
        }
      },
      endElement: { parser, name, _, _ in
        guard let parser, let name else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        let state = XMLEventParser.handler(of: context).assumingMemoryBound(to: WorksheetState.self)
        do {
          try state.pointee.endElement(name)
        } catch {
          XMLEventParser.stop(context, error)
        }
      },
      characters: { parser, text, length in
        guard let parser, let text, length > 0 else { return }
        let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
        let state = XMLEventParser.handler(of: context).assumingMemoryBound(to: WorksheetState.self)
        do {
          try state.pointee.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        } catch {
          XMLEventParser.stop(context, error)
        }
      })
  }

  // MARK: Events

  mutating func startElement(
    _ name: UnsafePointer<UInt8>, attributes: XMLAttributes, isEmpty: Bool, namespaces: XMLNamespaces
  ) throws {
    let elementDepth = depth
    depth += 1
    if isEmpty { swallowEnd = true }
    if elementDepth < 2 {
      outerNamespaces[elementDepth] = namespaces.count == 0 ? [] : namespaces.declarations
      if elementDepth == 0 { outerNamespaces[1] = [] }
    }
    guard skipDepth == nil else { return }
    if inline != nil {
      startInInlineString(name, attributes: attributes, isEmpty: isEmpty, depth: elementDepth)
      return
    }
    if strcmpBytes(name, "extLst") || strcmpBytes(name, "AlternateContent") {
      if !isEmpty { skipDepth = elementDepth }
      return
    }
    if cell != nil {
      startCellChild(name, attributes: attributes, isEmpty: isEmpty, depth: elementDepth)
    } else if strcmpBytes(name, "c") {
      guard let current = row else {
        // A cell outside any <row>: malformed.
        throw context.error(.malformedXML, "A cell stands outside a <row> element.", cell: nil)
      }
      let pending = try startCell(attributes, row: current.index)
      lastColumn = pending.reference.column
      guard current.cells.count < CellReference.maxColumn else {
        throw context.error(
          .contentLimitExceeded, "Row \(current.index) holds more than \(CellReference.maxColumn) cells.",
          cell: nil)
      }
      valueBytes.removeAll(keepingCapacity: true)
      formulaBytes.removeAll(keepingCapacity: true)
      if isEmpty {
        try finish(pending)
      } else {
        cell = pending
      }
    } else if strcmpBytes(name, "row") {
      var started = try startRow(attributes)
      lastRow = started.index
      knowsLastRow = true
      lastColumn = 0
      rowTextBytes = 0
      if isEmpty {
        if started.height != nil || started.isHidden { try deliver(started) }
        row = nil
      } else {
        started.cells.reserveCapacity(lastRowWidth)
        row = started
      }
    } else if strcmpBytes(name, "mergeCell") {
      guard body != nil else { throw ChunkNotProvable() }
      try readMerge(attributes)
    } else if strcmpBytes(name, "col") {
      guard body != nil else { throw ChunkNotProvable() }
      try readColumn(attributes)
    } else if strcmpBytes(name, "dimension") {
      guard body != nil else { throw ChunkNotProvable() }
      layout.dimension = attributes.index(of: "ref").flatMap { Self.range(attributes.rawValue($0)) }
    }
  }

  mutating func endElement(_ name: UnsafePointer<UInt8>) throws {
    guard ElementEnd.isHandled(depth: &depth, swallowEnd: &swallowEnd, skipDepth: &skipDepth) else { return }
    if inline != nil {
      try endInInlineString(name)
    } else if cell != nil {
      if strcmpBytes(name, "c") {
        try finish(cell.take()!)
      } else if strcmpBytes(name, "v") || strcmpBytes(name, "f") {
        cell!.target = .none
      }
    } else if strcmpBytes(name, "row"), var finished = row {
      row = nil
      if finished.cells.count > 1, !isSorted(finished.cells) {
        // The consumer resolves shared formulas by cell index, in the order the cells were written.
        if body == nil, chunk.sharedCells.last?.row == chunk.rows.count { throw ChunkNotProvable() }
        finished.cells = ordered(finished.cells)
      }
      lastRowWidth = finished.cells.count
      if !finished.cells.isEmpty || finished.height != nil || finished.isHidden { try deliver(finished) }
    }
  }

  mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws {
    guard skipDepth == nil else { return }
    if let current = inline {
      if current.inRun { runBytes.append(contentsOf: text) }
      return
    }
    // Text directly inside <v> or <f> (inline strings are read whole).
    guard let target = cell?.target, target != .none else { return }
    rowTextBytes += text.count
    guard rowTextBytes <= maxTextBytes else {
      throw context.error(
        .contentLimitExceeded, "The row holds more than \(maxTextBytes) bytes of text.", cell: cell!.reference)
    }
    if target == .formula {
      formulaBytes.append(contentsOf: text)
    } else {
      valueBytes.append(contentsOf: text)
    }
  }

  /// Hands a finished row to the body, or keeps it with the chunk.
  private mutating func deliver(_ finished: Row) throws {
    if let body {
      try body(finished)
    } else {
      chunk.rows.append(finished)
    }
  }

  // MARK: Chunks

  /// Takes the rows of a chunk a worker parsed, in order: resolves its shared formulas against the anchors so far and
  /// hands each row to the body, as if this state had read the chunk itself.
  mutating func accept(_ parsed: consuming WorksheetChunk) throws {
    var rows = parsed.rows
    parsed.rows = []
    var next = 0
    let shared = parsed.sharedCells
    for index in rows.indices {
      while next < shared.count, shared[next].row == index {
        let item = shared[next]
        let target = rows[index].cells[item.cell]
        rows[index].cells[item.cell].formula = try resolveShared(
          item.index, isMaster: item.isMaster, formula: target.formula, at: target.reference)
        next += 1
      }
      try body!(rows[index])
    }
    lastRow = parsed.lastRow
    lastColumn = parsed.lastColumn
    lastRowWidth = parsed.lastRowWidth
  }

  /// The chunk read so far, with the state a read of the following rows starts from.
  mutating func takeChunk() -> WorksheetChunk {
    var taken = chunk
    chunk = WorksheetChunk()
    taken.lastRow = lastRow
    taken.lastColumn = lastColumn
    taken.lastRowWidth = lastRowWidth
    return taken
  }

  // MARK: Rows and cells

  private func startRow(_ attributes: XMLAttributes) throws -> Row {
    var index: Int?
    var height: Double?
    var hidden = false
    var badIndex: String?
    for attribute in 0..<attributes.count where !attributes.isNamespaced(attribute) {
      let name = attributes.name(attribute)
      if strcmpBytes(name, "r") {
        if let number = Self.integer(attributes.rawValue(attribute)), (1...CellReference.maxRow).contains(number) {
          index = number
        } else {
          badIndex = attributes.value(attribute)
        }
      } else if strcmpBytes(name, "ht") {
        height = Double(attributes.value(attribute))
      } else if strcmpBytes(name, "hidden") {
        hidden = Self.isTrue(attributes.rawValue(attribute))
      }
    }
    if let badIndex {
      throw context.error(
        .invalidReference, "A row number \"\(badIndex)\" is not a row between 1 and \(CellReference.maxRow).",
        cell: nil)
    }
    guard index != nil || knowsLastRow else { throw ChunkNotProvable() }
    let number = index ?? lastRow + 1
    guard number <= CellReference.maxRow else {
      throw context.error(.invalidReference, "The sheet has more than \(CellReference.maxRow) rows.", cell: nil)
    }
    return Row(index: number, cells: [], height: height, isHidden: hidden)
  }

  private func startCell(_ attributes: XMLAttributes, row: Int) throws -> PendingCell {
    var referenceIndex: Int?
    var type = CellType.other
    var style = 0
    for attribute in 0..<attributes.count where !attributes.isNamespaced(attribute) {
      let name = attributes.name(attribute)
      if strcmpBytes(name, "r") {
        referenceIndex = attribute
      } else if strcmpBytes(name, "t") {
        type = Self.cellType(attributes.rawValue(attribute))
      } else if strcmpBytes(name, "s") {
        style = Self.integer(attributes.rawValue(attribute)) ?? 0
      }
    }
    let reference: CellReference
    if let referenceIndex {
      guard let parsed = Self.reference(attributes.rawValue(referenceIndex)) else {
        let text = attributes.value(referenceIndex)
        throw context.error(
          .invalidReference, "The cell reference \"\(text.prefix(40))\" is malformed or lies beyond XFD1048576.",
          cell: nil)
      }
      reference = parsed
    } else {
      guard let next = CellReference(row: row, column: lastColumn + 1) else {
        throw context.error(.invalidReference, "Row \(row) holds a cell beyond column XFD.", cell: nil)
      }
      reference = next
    }
    return PendingCell(reference: reference, type: type, style: style)
  }

  private mutating func startCellChild(
    _ name: UnsafePointer<UInt8>, attributes: XMLAttributes, isEmpty: Bool, depth: Int
  ) {
    if strcmpBytes(name, "v") {
      cell!.hasValue = true
      cell!.target = isEmpty ? .none : .value
    } else if strcmpBytes(name, "f") {
      cell!.hasFormula = true
      cell!.target = isEmpty ? .none : .formula
      if let type = attributes.index(of: "t"), attributes.value(type) == "shared" {
        cell!.sharedIndex = attributes.index(of: "si").map { attributes.value($0) }
        cell!.sharedMaster = attributes.index(of: "ref") != nil
      }
    } else if strcmpBytes(name, "is") {
      if isEmpty {
        cell!.inline = ""
      } else {
        inline = InlineString(depth: depth)
        inlineBytes.removeAll(keepingCapacity: true)
      }
    }
  }

  /// A start inside `<is>`: phonetic runs are skipped, a `<t>` opens a run.
  private mutating func startInInlineString(
    _ name: UnsafePointer<UInt8>, attributes: XMLAttributes, isEmpty: Bool, depth: Int
  ) {
    if strcmpBytes(name, "rPh") || strcmpBytes(name, "phoneticPr") {
      if !isEmpty { skipDepth = depth }
    } else if strcmpBytes(name, "t"), !isEmpty {
      inline!.inRun = true
      runBytes.removeAll(keepingCapacity: true)
      inline!.preserve = SharedStringsPartReader.preservesSpace(attributes)
    }
  }

  /// An end inside `<is>`: a `<t>` adds its run; the end of `<is>` completes the cell's inline string.
  private mutating func endInInlineString(_ name: UnsafePointer<UInt8>) throws {
    if depth == inline!.depth {
      let text = inlineBytes.withUnsafeBufferPointer { TextEscapes.decode($0) }
      inline = nil
      rowTextBytes += text.utf8.count
      guard rowTextBytes <= maxTextBytes else {
        throw context.error(
          .contentLimitExceeded, "The row holds more than \(maxTextBytes) bytes of text.", cell: cell!.reference)
      }
      cell!.inline = text
    } else if strcmpBytes(name, "t"), inline!.inRun {
      if inline!.preserve {
        inlineBytes.append(contentsOf: runBytes)
      } else {
        runBytes.withUnsafeBufferPointer {
          inlineBytes.append(contentsOf: SharedStringsPartReader.trimmingXMLSpace($0))
        }
      }
      inline!.inRun = false
    }
  }

  private mutating func finish(_ pending: PendingCell) throws {
    var formula = pending.hasFormula ? String(decoding: formulaBytes, as: UTF8.self) : nil
    if let index = pending.sharedIndex {
      if body == nil {
        // The anchors of earlier chunks are known only in order: the caller's thread resolves the formula.
        chunk.sharedCells.append(
          SharedFormulaCell(
            row: chunk.rows.count, cell: row!.cells.count, index: index, isMaster: pending.sharedMaster))
      } else {
        formula = try resolveShared(index, isMaster: pending.sharedMaster, formula: formula, at: pending.reference)
      }
    }
    let value = try valueBytes.withUnsafeBufferPointer { try self.value(of: pending, text: $0) }
    guard value != .empty || formula != nil else { return }
    let format = pending.style >= 0 && pending.style < styles.count ? styles[pending.style] : .general
    row!.cells.append(Cell(reference: pending.reference, value: value, formula: formula, numberFormat: format))
  }

  /// The formula of a cell of shared formula `index`: an anchor keeps (and records) its text, a dependent gets the
  /// anchor's formula moved to its cell.
  private mutating func resolveShared(
    _ index: String, isMaster: Bool, formula: String?, at reference: CellReference
  ) throws -> String? {
    if isMaster || anchors[index] == nil, let text = formula, !text.isEmpty {
      guard text.utf8.count <= SharedFormula.maxAnchorBytes else {
        throw context.error(
          .contentLimitExceeded, "A shared formula is longer than \(SharedFormula.maxAnchorBytes) bytes.",
          cell: reference)
      }
      anchors[index] = SharedAnchor(formula: text, cell: reference)
      return formula
    }
    guard let anchor = anchors[index] else { return formula }
    // Every cell gets its own copy: a long formula shared by many cells is a text bomb, so copies count as text.
    sharedFormulaBytes += anchor.formula.utf8.count
    guard sharedFormulaBytes <= maxTextBytes else {
      throw context.error(
        .contentLimitExceeded, "The sheet's shared formulas expand to more than \(maxTextBytes) bytes of text.",
        cell: reference)
    }
    return SharedFormula.shift(
      anchor.formula, rows: reference.row - anchor.cell.row, columns: reference.column - anchor.cell.column)
  }

  private func value(of cell: PendingCell, text: UnsafeBufferPointer<UInt8>) throws -> CellValue {
    let trimmed = SharedStringsPartReader.trimmingXMLSpace(text)
    switch cell.type {
    case .sharedString:
      guard cell.hasValue, !trimmed.isEmpty else { return .empty }
      guard let index = Self.integer(trimmed), index >= 0, index < sharedStrings.count else {
        let shown = String(decoding: trimmed, as: UTF8.self).prefix(20)
        throw context.error(
          .sharedStringOutOfRange,
          "The cell points at shared string \(shown), but the workbook has \(sharedStrings.count).",
          cell: cell.reference)
      }
      return .string(sharedStrings[index])
    case .inlineString:
      if let inline = cell.inline { return .string(inline) }
      return cell.hasValue ? .string(TextEscapes.decode(text)) : .empty
    case .formulaString:
      guard cell.hasValue else { return .empty }
      return .string(TextEscapes.decode(text))
    case .boolean:
      guard cell.hasValue, !trimmed.isEmpty else { return .empty }
      let flag = String(decoding: trimmed, as: UTF8.self)
      return .boolean(flag == "1" || flag.lowercased() == "true")
    case .error:
      guard cell.hasValue, !trimmed.isEmpty else { return .empty }
      return .error(String(decoding: trimmed, as: UTF8.self))
    case .date:
      guard cell.hasValue, !trimmed.isEmpty else { return .empty }
      return .string(String(decoding: trimmed, as: UTF8.self))
    case .other:
      guard cell.hasValue, !trimmed.isEmpty else {
        return cell.inline.map { .string($0) } ?? .empty
      }
      let number = String(decoding: trimmed, as: UTF8.self)
      return NumberText.isValid(trimmed) ? .number(number) : .string(number)
    }
  }

  // MARK: Layout

  private mutating func readMerge(_ attributes: XMLAttributes) throws {
    guard let attribute = attributes.index(of: "ref") else { return }
    guard let range = Self.range(attributes.rawValue(attribute)) else {
      let text = attributes.value(attribute)
      throw context.error(
        .invalidReference, "The merged range \"\(text.prefix(40))\" is malformed, inverted or beyond XFD1048576.",
        cell: nil)
    }
    let limit = context.limits.maxMerges
    guard layout.merges.count < limit else {
      throw context.error(.contentLimitExceeded, "The sheet has more than \(limit) merged ranges.", cell: nil)
    }
    layout.merges.append(range)
  }

  private mutating func readColumn(_ attributes: XMLAttributes) throws {
    func attribute(_ name: StaticString) -> String? { attributes.index(of: name).map { attributes.value($0) } }
    guard let first = attribute("min").flatMap(Int.init), let last = attribute("max").flatMap(Int.init),
      first >= 1, last >= first, last <= CellReference.maxColumn
    else {
      throw context.error(
        .invalidReference, "A column description has a min/max outside 1…\(CellReference.maxColumn).", cell: nil)
    }
    guard layout.columns.count < CellReference.maxColumn else {
      throw context.error(.contentLimitExceeded, "The sheet describes more columns than a sheet can have.", cell: nil)
    }
    let hidden = attribute("hidden").map { $0 == "1" || $0 == "true" } ?? false
    layout.columns.append(
      ColumnInfo(first: first, last: last, width: attribute("width").flatMap(Double.init), isHidden: hidden))
  }

  // MARK: Bytes

  /// The `t` attribute's cell type.
  private static func cellType(_ value: UnsafeBufferPointer<UInt8>) -> CellType {
    if equals(value, "s") { return .sharedString }
    if equals(value, "str") { return .formulaString }
    if equals(value, "inlineStr") { return .inlineString }
    if equals(value, "b") { return .boolean }
    if equals(value, "e") { return .error }
    if equals(value, "d") { return .date }
    return .other
  }

  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    guard bytes.count == text.utf8CodeUnitCount else { return false }
    let expected = text.utf8Start
    for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
    return true
  }

  private static func isTrue(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    equals(value, "1") || equals(value, "true")
  }

  /// The integer the bytes spell as Swift's `Int(_:)` reads a string: an optional sign, then decimal digits.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      negative = first == UInt8(ascii: "-")
      index = 1
    }
    guard index < bytes.count else { return nil }
    var value = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard NumberText.isDigit(byte) else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowing) =
        negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !overflow, !overflowing else { return nil }
      value = sum
      index += 1
    }
    return value
  }

  /// A cell reference read as ``CellReference/init(_:)`` reads its text, from the attribute's bytes.
  private static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    var index = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
    while index < bytes.count {
      let upper = bytes[index] & 0xDF
      guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
      letters += 1
      guard letters <= 3 else { return nil }
      column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
      index += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
    while index < bytes.count {
      let byte = bytes[index]
      guard NumberText.isDigit(byte) else { return nil }
      if digits == 0, byte == UInt8(ascii: "0") { return nil }
      digits += 1
      guard digits <= 7 else { return nil }
      row = row * 10 + Int(byte - UInt8(ascii: "0"))
      index += 1
    }
    guard letters > 0, digits > 0 else { return nil }
    return CellReference(row: row, column: column)
  }

  /// A range read as ``CellRange/init(_:)`` reads its text, from the attribute's bytes (text holding anything but ASCII
  /// is no range either way).
  static func range(_ bytes: UnsafeBufferPointer<UInt8>) -> CellRange? {
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
      return reference(bytes).flatMap { CellRange(start: $0, end: $0) }
    }
    guard let start = reference(UnsafeBufferPointer(rebasing: bytes[..<colon])),
      let end = reference(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]))
    else { return nil }
    return CellRange(start: start, end: end)
  }

  // MARK: Helpers

  private func isSorted(_ cells: [Cell]) -> Bool {
    var previous = 0
    for cell in cells {
      guard cell.reference.column > previous else { return false }
      previous = cell.reference.column
    }
    return true
  }

  /// Cells in column order; of two cells at one reference the later wins.
  private func ordered(_ cells: [Cell]) -> [Cell] {
    var byColumn: [Int: Cell] = [:]
    for cell in cells { byColumn[cell.reference.column] = cell }
    return byColumn.keys.sorted().map { byColumn[$0]! }
  }
}
