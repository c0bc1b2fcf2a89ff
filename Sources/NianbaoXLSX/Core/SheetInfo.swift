/// A sheet as the workbook lists it: name, visibility and the part that holds its cells.
public struct SheetInfo: Hashable, Sendable {
  /// Whether a sheet is shown to the user.
  public enum Visibility: String, Sendable {
    /// Shown as a tab.
    case visible
    /// Hidden; the user can unhide it.
    case hidden
    /// Hidden; only a program can unhide it.
    case veryHidden
  }

  /// The sheet's name as shown on its tab.
  public var name: String
  /// Whether the sheet is shown.
  public var visibility: Visibility
  /// The package part of the sheet, such as `xl/worksheets/sheet1.xml`.
  public var partName: String

  /// Creates a sheet description.
  public init(name: String, visibility: Visibility = .visible, partName: String) {
    self.name = name
    self.visibility = visibility
    self.partName = partName
  }
}
