/// Moves the relative cell references of a shared formula from its anchor cell to a dependent cell.
///
/// A shared formula is written once, on its first cell (`<f t="shared" si="0" ref="B2:B9">A2*2</f>`); the other
/// cells carry only `si`. Their formula is the anchor's with every relative reference moved by the same offset.
/// Absolute parts (`$A$1`), string literals, sheet-qualified names and function names are left as they are.
enum SharedFormula {
  /// The longest shared formula read, in UTF-8 bytes: spreadsheet programs write at most 8,192 characters.
  static let maxAnchorBytes = 32_768

  /// The formula text for a cell `rows` rows and `columns` columns away from the anchor.
  ///
  /// Works on the UTF-8 bytes: every character that matters (quotes, `$`, letters, digits, `(`, `!`) is ASCII, and
  /// the bytes of other characters (all 0x80 and above) count as name characters, as those characters do. Each cell
  /// of a shared formula gets its own copy, so this runs once per cell and must be cheap.
  static func shift(_ formula: String, rows: Int, columns: Int) -> String {
    guard rows != 0 || columns != 0 else { return formula }
    let bytes = Array(formula.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        // Copy a string literal, with its doubled quotes, unchanged.
        output.append(byte)
        index += 1
        while index < bytes.count {
          output.append(bytes[index])
          if bytes[index] == UInt8(ascii: "\"") {
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
              output.append(bytes[index + 1])
              index += 2
              continue
            }
            index += 1
            break
          }
          index += 1
        }
        continue
      }
      if byte == UInt8(ascii: "'") {
        // A quoted sheet name: copy up to the closing quote.
        output.append(byte)
        index += 1
        while index < bytes.count {
          output.append(bytes[index])
          index += 1
          if bytes[index - 1] == UInt8(ascii: "'") { break }
        }
        continue
      }
      let previous = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
      if isReferenceStart(byte), !isNameCharacter(previous),
        let (reference, length) = parseReference(bytes, from: index),
        !followsAsName(bytes, at: index + length)
      {
        reference.append(shiftedBy: rows, columns, to: &output)
        index += length
        continue
      }
      // Copy a whole name token so that references are only recognised at token starts.
      if isNameCharacter(byte) {
        while index < bytes.count, isNameCharacter(bytes[index]) {
          output.append(bytes[index])
          index += 1
        }
        continue
      }
      output.append(byte)
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  private struct Reference {
    var columnAbsolute: Bool
    var column: Int
    var rowAbsolute: Bool
    var row: Int

    /// Appends the reference moved by the offset, or `#REF!` when it leaves the sheet.
    func append(shiftedBy rows: Int, _ columns: Int, to output: inout [UInt8]) {
      let newColumn = columnAbsolute ? column : column + columns
      let newRow = rowAbsolute ? row : row + rows
      guard newColumn >= 1, newColumn <= CellReference.maxColumn, newRow >= 1, newRow <= CellReference.maxRow else {
        output.append(contentsOf: "#REF!".utf8)
        return
      }
      if columnAbsolute { output.append(UInt8(ascii: "$")) }
      CellReference.appendColumnName(newColumn, to: &output)
      if rowAbsolute { output.append(UInt8(ascii: "$")) }
      var divisor = 1
      while divisor * 10 <= newRow { divisor *= 10 }
      while divisor > 0 {
        output.append(UInt8(ascii: "0") + UInt8(newRow / divisor % 10))
        divisor /= 10
      }
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isReferenceStart(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "$") || isLetter(byte)
  }

  private static func isNameCharacter(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "$") || byte > 0x7F
  }

  /// After a reference, a `(` (function call) or a further name character means it was a name, not a reference.
  private static func followsAsName(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index < bytes.count else { return false }
    let next = bytes[index]
    return next == UInt8(ascii: "(") || next == UInt8(ascii: "!") || isNameCharacter(next)
  }

  private static func parseReference(_ bytes: [UInt8], from start: Int) -> (Reference, Int)? {
    var index = start
    var columnAbsolute = false
    if bytes[index] == UInt8(ascii: "$") {
      columnAbsolute = true
      index += 1
    }
    var column = 0
    var letters = 0
    while index < bytes.count, letters < 4, isLetter(bytes[index]) {
      column = column * 26 + Int((bytes[index] & 0xDF) - 0x40)
      letters += 1
      index += 1
    }
    guard (1...3).contains(letters), index < bytes.count else { return nil }
    var rowAbsolute = false
    if bytes[index] == UInt8(ascii: "$") {
      rowAbsolute = true
      index += 1
    }
    var row = 0
    var digits = 0
    while index < bytes.count, isDigit(bytes[index]), digits < 8 {
      row = row * 10 + Int(bytes[index] - 0x30)
      digits += 1
      index += 1
    }
    guard digits > 0 else { return nil }
    return (
      Reference(columnAbsolute: columnAbsolute, column: column, rowAbsolute: rowAbsolute, row: row), index - start
    )
  }
}
