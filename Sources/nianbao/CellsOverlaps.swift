import NianbaoXLSX

/// The overlapping merged ranges `nianbao cells` lists: each pair also said on standard error, since Excel refuses
/// to open such a file and `import` and `check` refuse it.
enum CellsOverlaps {
  /// The sheet's overlapping pairs, each announced on standard error.
  static func report(_ layout: SheetLayout, sheet: String) -> [MergeOverlap] {
    let overlaps = layout.mergeOverlaps()
    for overlap in overlaps {
      printError(
        "nianbao: sheet '\(sheet)': the merged ranges \(overlap.first.a1) and \(overlap.second.a1) overlap; Excel "
          + "refuses to open such a file, and import and check refuse it.")
    }
    return overlaps
  }
}
