import Foundation
import NianbaoGrid

/// Where the tables of a workbook were found, kept for the next workbook of the same shape.
///
/// An office imports hundreds of reports made from one template: the same sheets, the same header texts in the same
/// cells, only the numbers differ. Locating the tables (version detection, header matching, the row walk) is the
/// costliest step of an import after reading the file, and its outcome depends only on what ``Key`` holds: the grid
/// names, every cell's position and spans, the exact text of every cell that is not a plain number, and whether a
/// cell is a formula. So do the title (organ and year, which version detection also uses) and the text sections,
/// which are kept too. A plain number (ASCII digits with an optional sign and point) is keyed by its
/// class alone: the locators only ask whether such a cell is empty (it never is) and whether it matches a header
/// label, a title or a section title (it never does — every label holds more scalars that are not digits than its edit tolerance; the tests
/// check this for both layouts).
///
/// A hit hands back the detected version, the detection findings and the located tables, with each placement's cells
/// taken from the new grids at the same positions (which the key guarantees hold a cell); the table keeps positions,
/// not the cells of the workbook it was located in. The table is shared by
/// every thread of a batch, behind a lock, and emptied when it would grow past ``capacity`` shapes.
final class LocationCache: @unchecked Sendable {
  /// Everything the locators look at in a set of grids, as bytes.
  struct Key: Hashable {
    let bytes: [UInt8]

    /// Hashes the bytes in one call (an array of bytes would be hashed byte by byte).
    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// Whether two keys hold the same bytes.
    static func == (lhs: Key, rhs: Key) -> Bool {
      lhs.bytes.count == rhs.bytes.count
        && (lhs.bytes.isEmpty
          || lhs.bytes.withUnsafeBytes { left in
            rhs.bytes.withUnsafeBytes { right in memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
          })
    }

    /// The key of `grids`.
    init(grids: [SourceGrid]) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(grids.reduce(0) { $0 + 48 * $1.cells.count })
      for grid in grids {
        Self.append(text: grid.name, to: &bytes)
        Self.append(grid.cells.count, to: &bytes)
        for cell in grid.cells {
          Self.append(cell.row, to: &bytes)
          Self.append(cell.column, to: &bytes)
          Self.append(cell.rowSpan, to: &bytes)
          Self.append(cell.columnSpan, to: &bytes)
          Self.append(cell.content, to: &bytes)
        }
      }
      self.bytes = bytes
    }

    private static func append(_ content: SourceContent, to bytes: inout [UInt8]) {
      switch content {
      case .number(let text) where CellValueParser.isPlainDecimal(text):
        bytes.append(UInt8(ascii: "N"))
      case .formula(_, let cached):
        bytes.append(UInt8(ascii: "F"))
        append(cached ?? .empty, to: &bytes)
      default:
        bytes.append(UInt8(ascii: "T"))
        append(text: content.text, to: &bytes)
      }
    }

    private static func append(_ number: Int, to bytes: inout [UInt8]) {
      withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// The text's UTF-8 bytes and a terminating 0xFF, a byte UTF-8 never holds.
    private static func append(text: String, to bytes: inout [UInt8]) {
      bytes.append(contentsOf: text.utf8)
      bytes.append(0xFF)
    }
  }

  /// What locating the tables of one shape gave.
  struct Entry {
    /// The detected version.
    var version: FormatVersion
    /// The findings of version detection.
    var findings: [Finding]
    /// Each table of the version's layout, located (with the cells of the grids it was found in) or not.
    var tables: [TableID: LocatedTable?]
    /// The organ named in the title, if any.
    var organ: String?
    /// The year named in the title, if any.
    var year: Int?
    /// The text sections.
    var text: ReportText

    /// The entry with every placement's cells reduced to their positions and spans: what is kept, so that the
    /// table holds no workbook's values.
    func positionsOnly() -> Entry {
      var entry = self
      for (id, located) in tables {
        guard var located else { continue }
        for (keyPath, placement) in located.placements {
          located.placements[keyPath]?.cells = placement.cells.map { cell in
            SourceCell(
              row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan, content: .empty)
          }
        }
        entry.tables[id] = located
      }
      return entry
    }

    /// The entry with every placement's cells taken from `grids` at the same positions.
    func resolved(in grids: [SourceGrid]) -> Entry {
      var entry = self
      for (id, located) in tables {
        guard var located, let grid = grids.first(where: { $0.name == located.grid }) else { continue }
        for (keyPath, placement) in located.placements {
          located.placements[keyPath]?.cells = placement.cells.compactMap { grid.cell(row: $0.row, column: $0.column) }
        }
        entry.tables[id] = located
      }
      return entry
    }
  }

  /// The most shapes kept before the table is emptied.
  static let capacity = 64

  /// The table every import shares.
  static let shared = LocationCache()

  private let lock = NSLock()
  private var entries: [Key: Entry] = [:]

  /// The entry for `key`, with its cells taken from `grids`, if a workbook of that shape was located before.
  func entry(for key: Key, grids: [SourceGrid]) -> Entry? {
    lock.lock()
    let entry = entries[key]
    lock.unlock()
    return entry?.resolved(in: grids)
  }

  /// Keeps `entry` for `key`.
  func keep(_ entry: Entry, for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
    entries[key] = entry.positionsOnly()
  }
}
