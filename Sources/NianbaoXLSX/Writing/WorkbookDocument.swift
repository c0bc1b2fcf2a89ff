/// A whole workbook to write: its sheets in tab order, its defined names and its document properties.
public struct WorkbookDocument: Hashable, Sendable {
  /// The sheets in tab order (at least one).
  public var sheets: [SheetDocument]
  /// Defined names besides the print areas and print titles the sheets declare.
  public var definedNames: [DefinedName]
  /// Title, author and dates.
  public var properties: DocumentProperties

  /// Creates a workbook.
  public init(sheets: [SheetDocument], definedNames: [DefinedName] = [], properties: DocumentProperties = .init()) {
    self.sheets = sheets
    self.definedNames = definedNames
    self.properties = properties
  }
}
