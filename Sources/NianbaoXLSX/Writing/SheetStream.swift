/// The cells of a sheet being written by ``WorkbookStream/addSheet(_:cells:)``: each cell is turned into markup as
/// it is appended, so memory holds one row of the sheet at a time, however many rows it has.
///
/// Cells must come in row-major order (row by row, left to right), each at most once, after the cells the
/// ``SheetDocument`` itself holds. A cell without value, formula or style is checked but leaves nothing in the file.
public struct SheetStream: ~Copyable {
  var builder: SheetBuilder

  /// Appends the next cell.
  ///
  /// - Throws: ``XLSXError`` `.invalidWorkbook` naming the sheet and the cell when the cell does not come after the
  ///   previous one or cannot be written (a number that is not plain decimal text, a text longer than a cell holds,
  ///   an unknown error code, an empty formula, a style with an invalid font…); `.writeFailed` when its markup
  ///   cannot be written to the temporary file.
  public mutating func append(_ cell: WriteCell) throws {
    try builder.append(cell)
  }

  /// Appends the cells in order, as ``append(_:)`` does each.
  public mutating func append(contentsOf cells: some Sequence<WriteCell>) throws {
    for cell in cells { try builder.append(cell) }
  }
}
