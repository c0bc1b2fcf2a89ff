/// The markup of a cell (`<c r="B3" s="2" t="s"><v>7</v></c>`) built as bytes, for the common cells whose every
/// attribute and text libxml2 would write unchanged: printable ASCII without `<`, `>`, `&` or `"`.
///
/// Writing such cells through ``XMLWriter/raw(_:)`` gives the very bytes the element-by-element path gives
/// (attributes `r`, `s`, `t` in that order, `<f>` before `<v>`, `<x/>` for an empty text), at a fraction of the
/// cost: a large sheet spends most of its time in per-call overhead otherwise. Other cells return `false` and are
/// written element by element.
struct CellMarkup {
  /// The markup of the cells gathered so far.
  private(set) var bytes: [UInt8] = []

  /// Empties the markup, keeping its capacity.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends the cell's markup and returns `true`, or returns `false` (appending nothing) when some text needs
  /// escaping. `style` is the cell's index in `styles.xml`; `value` and `type` are what
  /// ``WorksheetPart`` writes for it.
  mutating func append(reference: CellReference, style: Int, type: String?, formula: String?, value: String?) -> Bool {
    if let type, !Self.isPlain(type) { return false }
    if let formula, !Self.isPlain(formula) { return false }
    if let value, !Self.isPlain(value) { return false }
    bytes.append(contentsOf: #"<c r=""#.utf8)
    appendColumn(reference.column)
    appendNumber(reference.row)
    bytes.append(UInt8(ascii: "\""))
    if style != 0 {
      bytes.append(contentsOf: #" s=""#.utf8)
      appendNumber(style)
      bytes.append(UInt8(ascii: "\""))
    }
    if let type {
      bytes.append(contentsOf: #" t=""#.utf8)
      bytes.append(contentsOf: type.utf8)
      bytes.append(UInt8(ascii: "\""))
    }
    guard formula != nil || value != nil else {
      bytes.append(contentsOf: "/>".utf8)
      return true
    }
    bytes.append(UInt8(ascii: ">"))
    if let formula { appendElement("f", formula) }
    if let value { appendElement("v", value) }
    bytes.append(contentsOf: "</c>".utf8)
    return true
  }

  /// `<name>text</name>`, or `<name/>` for an empty text, as ``XMLWriter/element(_:text:)`` writes it.
  private mutating func appendElement(_ name: Unicode.Scalar, _ text: String) {
    bytes.append(UInt8(ascii: "<"))
    bytes.append(UInt8(ascii: name))
    if text.isEmpty {
      bytes.append(contentsOf: "/>".utf8)
      return
    }
    bytes.append(UInt8(ascii: ">"))
    bytes.append(contentsOf: text.utf8)
    bytes.append(contentsOf: "</".utf8)
    bytes.append(UInt8(ascii: name))
    bytes.append(UInt8(ascii: ">"))
  }

  /// The column letters, as ``CellReference/columnName(_:)`` spells them.
  private mutating func appendColumn(_ column: Int) {
    CellReference.appendColumnName(column, to: &bytes)
  }

  /// A non-negative integer in decimal digits.
  private mutating func appendNumber(_ value: Int) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var number = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(number % 10)
        number /= 10
        count += 1
      } while number > 0 && count < buffer.count
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  /// Whether libxml2 writes the text unchanged in content and in attributes: printable ASCII without `<`, `>`,
  /// `&` or `"`.
  static func isPlain(_ text: String) -> Bool {
    text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
        && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "\"")
    }
  }
}
