import Foundation

/// A 1-based cell position on a sheet, written in A1 notation.
public struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based row number.
  public let row: Int
  /// The 1-based column number (`A` is 1).
  public let column: Int

  /// Creates an address from 1-based numbers.
  public init(row: Int, column: Int) {
    precondition(row >= 1 && column >= 1, "cell addresses are 1-based")
    self.row = row
    self.column = column
  }

  /// The A1 form, e.g. `J12`.
  public var description: String { Self.columnLetters(column) + String(row) }

  /// The letters of a 1-based column number (`1` → `A`, `27` → `AA`).
  public static func columnLetters(_ column: Int) -> String {
    precondition(column >= 1, "columns are 1-based")
    // Written as ASCII bytes straight into the string (at most 14 letters for the largest Int): no array of
    // characters to build and reverse.
    return String(unsafeUninitializedCapacity: 16) { buffer in
      var count = 0
      var number = column
      while number > 0 {
        buffer[count] = UInt8(ascii: "A") + UInt8((number - 1) % 26)
        count += 1
        number = (number - 1) / 26
      }
      for index in 0..<count / 2 {
        let letter = buffer[index]
        buffer[index] = buffer[count - 1 - index]
        buffer[count - 1 - index] = letter
      }
      return count
    }
  }

  /// Orders addresses row by row, then column by column.
  public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }
}

/// Where a value came from or belongs: a sheet and a cell (or range) on it.
///
/// The description is a spreadsheet reference such as `'表三'!J12`; the sheet name is always
/// quoted, with embedded single quotes doubled.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The sheet name, e.g. `表三`.
  public let sheet: String
  /// The cell or range on the sheet in A1 notation, e.g. `J12` or `B7:D7`.
  public let reference: String

  /// Creates a location from a sheet name and an A1 reference.
  public init(sheet: String, reference: String) {
    self.sheet = sheet
    self.reference = reference
  }

  /// Creates a location from a sheet name and a cell address.
  public init(sheet: String, address: CellAddress) {
    self.init(sheet: sheet, reference: address.description)
  }

  /// The reference as a spreadsheet formula would write it, e.g. `'表三'!J12`.
  public var description: String {
    "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'!" + reference
  }
}
