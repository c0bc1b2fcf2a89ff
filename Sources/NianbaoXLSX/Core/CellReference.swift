/// A cell address in A1 notation, held as 1-based integers and bounded to `A1…XFD1048576`.
///
/// Conversion between letters and numbers is done in integer arithmetic in both directions.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The largest row number a worksheet can hold (1,048,576).
  public static let maxRow = 1_048_576
  /// The largest column number a worksheet can hold (16,384, column `XFD`).
  public static let maxColumn = 16_384

  /// The 1-based row number.
  public let row: Int
  /// The 1-based column number (`A` is 1).
  public let column: Int

  /// Creates a reference from 1-based numbers, or returns `nil` when either is out of bounds.
  public init?(row: Int, column: Int) {
    guard (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else { return nil }
    self.row = row
    self.column = column
  }

  /// Parses `B12`, `$B$12` or `xfd1048576`; returns `nil` for anything malformed or out of bounds.
  public init?(_ text: some StringProtocol) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    var index = text.utf8.startIndex
    let utf8 = text.utf8
    if index < utf8.endIndex, utf8[index] == UInt8(ascii: "$") { index = utf8.index(after: index) }
    while index < utf8.endIndex {
      let byte = utf8[index]
      let upper = byte & 0xDF
      guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
      letters += 1
      guard letters <= 3 else { return nil }
      column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
      index = utf8.index(after: index)
    }
    if index < utf8.endIndex, utf8[index] == UInt8(ascii: "$") { index = utf8.index(after: index) }
    while index < utf8.endIndex {
      let byte = utf8[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      if digits == 0, byte == UInt8(ascii: "0") { return nil }
      digits += 1
      guard digits <= 7 else { return nil }
      row = row * 10 + Int(byte - UInt8(ascii: "0"))
      index = utf8.index(after: index)
    }
    guard letters > 0, digits > 0 else { return nil }
    self.init(row: row, column: column)
  }

  /// The column letters for a 1-based column number (`1` → `A`, `16384` → `XFD`).
  public static func columnName(_ column: Int) -> String {
    precondition(column >= 1, "columns are 1-based")
    var number = column
    var scalars: [UInt8] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      scalars.append(UInt8(ascii: "A") + UInt8(remainder))
      number = (number - 1) / 26
    }
    return String(decoding: scalars.reversed(), as: UTF8.self)
  }

  /// Appends the column letters of a 1-based column number (`28` → `AB`) as ASCII bytes, without building a String.
  static func appendColumnName(_ column: Int, to bytes: inout [UInt8]) {
    var letters: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var count = 0
    var number = column
    while number > 0 {
      let letter = UInt8(ascii: "A") + UInt8((number - 1) % 26)
      switch count {
      case 0: letters.0 = letter
      case 1: letters.1 = letter
      default: letters.2 = letter
      }
      count += 1
      number = (number - 1) / 26
    }
    if count > 2 { bytes.append(letters.2) }
    if count > 1 { bytes.append(letters.1) }
    bytes.append(letters.0)
  }

  /// Parses column letters alone (`A`, `xfd`) into a 1-based column number, or `nil`.
  public static func columnNumber(_ letters: some StringProtocol) -> Int? {
    guard !letters.isEmpty, letters.utf8.count <= 3 else { return nil }
    var column = 0
    for byte in letters.utf8 {
      let upper = byte & 0xDF
      guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
      column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
    }
    return column <= maxColumn ? column : nil
  }

  /// The reference in A1 notation, e.g. `J12`.
  public var a1: String { Self.columnName(column) + String(row) }

  /// The reference in A1 notation.
  public var description: String { a1 }

  /// Orders references row by row, then column by column.
  public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }

  /// This reference moved by the given number of rows and columns, or `nil` when that leaves the sheet.
  public func offset(rows: Int = 0, columns: Int = 0) -> CellReference? {
    CellReference(row: row + rows, column: column + columns)
  }
}
