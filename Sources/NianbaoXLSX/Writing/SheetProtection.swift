/// Sheet protection without a password: locked cells cannot be edited, and the flags say what else stays allowed.
public struct SheetProtection: Hashable, Sendable {
  /// Whether drawing objects are protected too.
  public var protectsObjects: Bool
  /// Whether scenarios are protected too.
  public var protectsScenarios: Bool
  /// Whether cells may still be formatted.
  public var allowsFormattingCells: Bool
  /// Whether columns may still be formatted (resized, hidden).
  public var allowsFormattingColumns: Bool
  /// Whether rows may still be formatted (resized, hidden).
  public var allowsFormattingRows: Bool
  /// Whether columns may be inserted.
  public var allowsInsertingColumns: Bool
  /// Whether rows may be inserted.
  public var allowsInsertingRows: Bool
  /// Whether columns may be deleted.
  public var allowsDeletingColumns: Bool
  /// Whether rows may be deleted.
  public var allowsDeletingRows: Bool
  /// Whether locked cells may be selected.
  public var allowsSelectingLockedCells: Bool
  /// Whether unlocked cells may be selected.
  public var allowsSelectingUnlockedCells: Bool
  /// Whether ranges may be sorted.
  public var allowsSorting: Bool
  /// Whether auto-filters may be used.
  public var allowsAutoFilter: Bool

  /// Creates a protection; by default only selecting cells is allowed, as in Excel's "Protect Sheet" dialog.
  public init(
    protectsObjects: Bool = true, protectsScenarios: Bool = true, allowsFormattingCells: Bool = false,
    allowsFormattingColumns: Bool = false, allowsFormattingRows: Bool = false, allowsInsertingColumns: Bool = false,
    allowsInsertingRows: Bool = false, allowsDeletingColumns: Bool = false, allowsDeletingRows: Bool = false,
    allowsSelectingLockedCells: Bool = true, allowsSelectingUnlockedCells: Bool = true, allowsSorting: Bool = false,
    allowsAutoFilter: Bool = false
  ) {
    self.protectsObjects = protectsObjects
    self.protectsScenarios = protectsScenarios
    self.allowsFormattingCells = allowsFormattingCells
    self.allowsFormattingColumns = allowsFormattingColumns
    self.allowsFormattingRows = allowsFormattingRows
    self.allowsInsertingColumns = allowsInsertingColumns
    self.allowsInsertingRows = allowsInsertingRows
    self.allowsDeletingColumns = allowsDeletingColumns
    self.allowsDeletingRows = allowsDeletingRows
    self.allowsSelectingLockedCells = allowsSelectingLockedCells
    self.allowsSelectingUnlockedCells = allowsSelectingUnlockedCells
    self.allowsSorting = allowsSorting
    self.allowsAutoFilter = allowsAutoFilter
  }
}
