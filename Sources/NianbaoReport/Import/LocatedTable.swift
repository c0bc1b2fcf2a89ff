import NianbaoGrid

/// Where the locator found one table in a grid: the value cell of each slot, and what it noticed on the way.
struct LocatedTable {
  /// One value slot and the source cells that hold it (more than one when a hybrid layout splits a row).
  struct Placement {
    /// The slot's key path.
    var keyPath: ReportKeyPath
    /// The source cells, top to bottom; their values are added.
    var cells: [SourceCell]
    /// The position of the slot's cell when the source left it empty (no cell object), for locations.
    var row: Int
    var column: Int
  }

  /// A layout difference the locator accepted.
  struct Deviation {
    /// What kind of difference it is.
    enum Kind {
      /// A group printed as one row (the 2019 （六）其他处理 in a 2021 report).
      case collapsedGroup
      /// One row printed as several (2021 sub-rows under a 2019 row).
      case splitRow
    }

    /// What kind of difference it is.
    var kind: Kind
    /// A plain description in Chinese.
    var chinese: String
    /// The same in English.
    var english: String
    /// The slots whose values were moved or added up because of it.
    var keyPaths: [ReportKeyPath]
  }

  /// The table.
  var table: TableID
  /// The grid it was found in.
  var grid: String
  /// The placements by key path.
  var placements: [ReportKeyPath: Placement] = [:]
  /// The rows and columns the table covers (for finding cells nobody claimed).
  var rows: ClosedRange<Int>
  var columns: ClosedRange<Int>
  /// Accepted layout differences.
  var deviations: [Deviation] = []
}
