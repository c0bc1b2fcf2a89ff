/// The markup of a sheet's rows and cells (`<row r="3"><c r="B3" s="2" t="s"><v>7</v></c></row>`), built as bytes.
///
/// It gives the very bytes libxml2's `xmlTextWriter` gives for the same elements (attributes `r`, `s`, `t` and
/// `r`, `ht`, `customHeight` in that order, `<f>` before `<v>`, `<x/>` for an element without content, text
/// escaped as `xmlEncodeSpecialChars` does), without the per-call cost of libxml2: a large sheet is mostly cells.
/// The bytes gather in a buffer that grows to hold one row; ``flush(to:)`` hands them on.
struct CellMarkup {
  /// The buffer, freed when the last copy of the markup goes.
  private final class Storage {
    var start: UnsafeMutablePointer<UInt8>
    var capacity: Int

    init(capacity: Int) {
      start = .allocate(capacity: capacity)
      self.capacity = capacity
    }

    deinit { start.deallocate() }
  }

  private let storage = Storage(capacity: 64 * 1024)
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes are waiting to be flushed.
  private(set) var count = 0
  /// The decimal digits of the open row's number, which every cell reference of the row ends with.
  private var rowDigits: (UInt64, UInt64) = (0, 0)
  private var rowDigitCount = 0
  /// Whether the start tag of the open row still lacks its `>` (it gets `/>` if no cell follows).
  private var isRowTagOpen = false

  init() {
    start = storage.start
    capacity = storage.capacity
  }

  /// Hands the bytes gathered so far to the sink and empties the buffer.
  mutating func flush(to sink: any MarkupSink) throws {
    guard count > 0 else { return }
    try sink.write(UnsafeRawBufferPointer(start: start, count: count))
    count = 0
  }

  // MARK: Rows and cells

  /// Opens `<row r="number">`, with the height attributes when `height` is given.
  mutating func openRow(_ number: Int, height: Double?) {
    reserve(32)
    var cursor = start + count
    Self.put("<row r=\"", at: &cursor)
    let digitsStart = cursor
    Self.putDecimal(number, at: &cursor)
    rowDigitCount = cursor - digitsStart
    var digits: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &digits) {
      $0.copyMemory(from: UnsafeRawBufferPointer(start: digitsStart, count: cursor - digitsStart))
    }
    rowDigits = digits
    Self.put("\"", at: &cursor)
    count = cursor - start
    if let height {
      append(" ht=\"")
      appendPlain(XMLWriter.decimalText(height))
      append("\" customHeight=\"1\"")
    }
    isRowTagOpen = true
  }

  /// Closes the open row: `/>` when it has no cell, else `</row>`.
  mutating func closeRow() {
    append(isRowTagOpen ? "/>" : "</row>")
    isRowTagOpen = false
  }

  /// Starts `<c r="…"` in the open row, with `s` when `style` is not 0 and `t` when `type` is given.
  @inline(__always)
  mutating func startCell(column: Int, style: Int, type: StaticString?) {
    reserve(64)
    var cursor = start + count
    if isRowTagOpen {
      Self.put(">", at: &cursor)
      isRowTagOpen = false
    }
    Self.put("<c r=\"", at: &cursor)
    Self.putColumn(column, at: &cursor)
    let digitCount = rowDigitCount
    withUnsafeBytes(of: rowDigits) {
      UnsafeMutableRawPointer(cursor).copyMemory(from: $0.baseAddress!, byteCount: digitCount)
    }
    cursor += digitCount
    Self.put("\"", at: &cursor)
    if style != 0 {
      Self.put(" s=\"", at: &cursor)
      Self.putDecimal(style, at: &cursor)
      Self.put("\"", at: &cursor)
    }
    if let type {
      Self.put(" t=\"", at: &cursor)
      Self.put(type, at: &cursor)
      Self.put("\"", at: &cursor)
    }
    count = cursor - start
  }

  /// Ends a cell that has neither formula nor value: `/>`.
  mutating func endEmptyCell() {
    append("/>")
  }

  /// Writes the formula element (escaped), after the start of the cell.
  mutating func formula(_ text: String) {
    append(">")
    appendElement("f", text)
  }

  /// Writes `<v>` with text that needs no escaping (a number, `0` or `1`) and closes the cell.
  @inline(__always)
  mutating func plainValue(_ text: String, afterFormula: Bool) {
    append(afterFormula ? "<v>" : "><v>")
    appendPlain(text)
    append("</v></c>")
  }

  /// Writes `<v>` with a shared-string index and closes the cell.
  @inline(__always)
  mutating func indexValue(_ index: Int, afterFormula: Bool) {
    reserve(40)
    var cursor = start + count
    Self.put(afterFormula ? "<v>" : "><v>", at: &cursor)
    Self.putDecimal(index, at: &cursor)
    Self.put("</v></c>", at: &cursor)
    count = cursor - start
  }

  /// Writes `<v>` with text escaped for XML and closes the cell.
  mutating func escapedValue(_ text: String, afterFormula: Bool) {
    if !afterFormula { append(">") }
    appendElement("v", text)
    append("</c>")
  }

  /// Closes a cell whose formula has been written and that has no value.
  mutating func endCell() {
    append("</c>")
  }

  // MARK: Bytes

  /// `<name>text</name>` with the text escaped, or `<name/>` for an empty text.
  private mutating func appendElement(_ name: StaticString, _ text: String) {
    append("<")
    append(name)
    guard !text.isEmpty else {
      append("/>")
      return
    }
    append(">")
    appendEscaped(text)
    append("</")
    append(name)
    append(">")
  }

  /// The text escaped as libxml2's `xmlEncodeSpecialChars` escapes element content: `<`, `>`, `&`, `"` and
  /// carriage return become references; everything else (UTF-8 included) is copied.
  private mutating func appendEscaped(_ text: String) {
    for byte in text.utf8 {
      reserve(6)
      switch byte {
      case UInt8(ascii: "<"): append("&lt;")
      case UInt8(ascii: ">"): append("&gt;")
      case UInt8(ascii: "&"): append("&amp;")
      case UInt8(ascii: "\""): append("&quot;")
      case UInt8(ascii: "\r"): append("&#13;")
      default:
        start[count] = byte
        count += 1
      }
    }
  }

  /// Text copied as it is; the caller knows it needs no escaping.
  @inline(__always)
  private mutating func appendPlain(_ text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      reserve(bytes.count)
      (start + count).update(from: bytes.baseAddress!, count: bytes.count)
      count += bytes.count
    }
    if copied == nil {
      for byte in text.utf8 {
        reserve(1)
        start[count] = byte
        count += 1
      }
    }
  }

  @inline(__always)
  private mutating func append(_ literal: StaticString) {
    reserve(literal.utf8CodeUnitCount)
    var cursor = start + count
    Self.put(literal, at: &cursor)
    count = cursor - start
  }

  /// Writes a literal at the cursor and moves the cursor past it; the caller has reserved the room.
  @inline(__always)
  private static func put(_ literal: StaticString, at cursor: inout UnsafeMutablePointer<UInt8>) {
    let length = literal.utf8CodeUnitCount
    cursor.update(from: literal.utf8Start, count: length)
    cursor += length
  }

  /// Writes a non-negative integer in decimal digits (at most 19) at the cursor.
  @inline(__always)
  private static func putDecimal(_ value: Int, at cursor: inout UnsafeMutablePointer<UInt8>) {
    var digits = 1
    var power = 10
    while digits < 19, value >= power {
      digits += 1
      power &*= 10
    }
    var number = value
    for offset in stride(from: digits - 1, through: 0, by: -1) {
      cursor[offset] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: number % 10)
      number /= 10
    }
    cursor += digits
  }

  /// Writes the column letters at the cursor, as ``CellReference/columnName(_:)`` spells them.
  @inline(__always)
  private static func putColumn(_ column: Int, at cursor: inout UnsafeMutablePointer<UInt8>) {
    if column > 702 {
      cursor.pointee = UInt8(ascii: "A") &+ UInt8(truncatingIfNeeded: (column - 703) / 676)
      cursor += 1
    }
    if column > 26 {
      cursor.pointee = UInt8(ascii: "A") &+ UInt8(truncatingIfNeeded: ((column - 27) / 26) % 26)
      cursor += 1
    }
    cursor.pointee = UInt8(ascii: "A") &+ UInt8(truncatingIfNeeded: (column - 1) % 26)
    cursor += 1
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toHold: extra) }
  }

  /// Makes the buffer large enough for `extra` more bytes (at least twice as large).
  @inline(never)
  private mutating func grow(toHold extra: Int) {
    let grown = max(capacity * 2, count + extra)
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    bigger.update(from: start, count: count)
    storage.start.deallocate()
    storage.start = bigger
    storage.capacity = grown
    start = bigger
    capacity = grown
  }
}
