/// The sheets of a workbook being written by ``WorkbookWriter/write(to:definedNames:properties:sheets:)``, added one
/// after another, each with cells appended as they are produced.
public struct WorkbookStream: ~Copyable {
  var assembly: WorkbookAssembly

  /// Adds a sheet in the next tab position: its name, layout, printing and protection from `sheet`, its rows from
  /// `sheet.cells` followed by the cells `cells` appends to the ``SheetStream`` it is given.
  ///
  /// The sheet's rows are kept in a temporary file beside the output (removed from its folder as soon as it is
  /// created) until the workbook is complete, so memory does not grow with them.
  ///
  /// - Throws: ``XLSXError`` — `.invalidWorkbook` or `.overlappingMerges` naming the sheet (and cell) when the
  ///   sheet or a cell cannot be written, `.writeFailed` when a temporary file cannot be written — or whatever
  ///   `cells` throws. After an error the workbook is not written.
  public mutating func addSheet(_ sheet: SheetDocument, cells: (inout SheetStream) throws -> Void = { _ in }) throws {
    try assembly.addSheet(sheet, cells: cells)
  }
}
