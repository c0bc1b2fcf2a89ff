/// A workbook-level or sheet-level name for a formula or range (`<definedName>` in `xl/workbook.xml`).
///
/// The print area and print titles of a sheet are usually given with ``SheetDocument/printArea`` and
/// ``SheetDocument/printTitleRows``, which the writer turns into `_xlnm.Print_Area` and `_xlnm.Print_Titles`.
public struct DefinedName: Hashable, Sendable {
  /// The name: a letter, `_` or `\` first, then letters, digits, `_`, `.` or `\`; not a cell reference.
  /// Built-in names such as `_xlnm.Print_Area` are allowed.
  public var name: String
  /// What the name stands for, without a leading `=` (`'表三'!$A$1:$J$28`).
  public var formula: String
  /// The 0-based index of the sheet the name is local to, or `nil` for a workbook-wide name.
  public var localSheetIndex: Int?
  /// Whether the name is hidden from the user.
  public var isHidden: Bool

  /// Creates a defined name.
  public init(name: String, formula: String, localSheetIndex: Int? = nil, isHidden: Bool = false) {
    self.name = name
    self.formula = formula
    self.localSheetIndex = localSheetIndex
    self.isHidden = isHidden
  }

  /// The built-in name of a sheet's print area.
  public static let printAreaName = "_xlnm.Print_Area"
  /// The built-in name of a sheet's rows (and columns) repeated on every printed page.
  public static let printTitlesName = "_xlnm.Print_Titles"

  /// A sheet name quoted for use in a formula (`'表三'`, with any `'` doubled).
  public static func quotedSheetName(_ sheetName: String) -> String {
    "'" + sheetName.replacingApostrophes() + "'"
  }
}

extension String {
  fileprivate func replacingApostrophes() -> String {
    var result = ""
    for character in self {
      result.append(character)
      if character == "'" { result.append("'") }
    }
    return result
  }
}
