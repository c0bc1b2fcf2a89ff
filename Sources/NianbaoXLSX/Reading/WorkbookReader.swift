import NianbaoPackage

/// Reads an XLSX workbook in one streaming pass per sheet, over libzip entries fed to libxml2's reader.
///
/// Opening reads the package directory, the relationships, the workbook, the styles and the shared strings;
/// each sheet is then streamed row by row, so memory grows with one row plus the shared strings, never with
/// the sheet. Missing optional parts (shared strings, styles) read as empty. Hostile input is refused with an
/// ``XLSXError`` that names the part: see ``ReadLimits``.
///
/// A reader is not thread-safe; use one reader per thread.
public final class WorkbookReader {
  private let archive: ZipArchive
  private let sharedStrings: [String]
  private let styles: [NumberFormat]

  /// The sheets in workbook order, with names, visibility and parts.
  public let sheets: [SheetInfo]

  /// Opens the workbook at `path`.
  public convenience init(path: String, limits: ReadLimits = .default) throws {
    let archive = try XLSXError.translating {
      if let rejection = try FileKind.detect(path: path).rejection(file: path) { throw rejection }
      return try ZipArchive(path: path, limits: limits)
    }
    try self.init(archive: archive)
  }

  /// Opens a workbook held in memory (for example read from standard input); `name` is used in messages.
  public convenience init(bytes: [UInt8], name: String = "standard input", limits: ReadLimits = .default) throws {
    guard bytes.count <= limits.maxInputBytes else {
      throw XLSXError(.packageTooLarge, "The input \(name) is larger than \(limits.maxInputBytes) bytes.")
    }
    let archive = try XLSXError.translating {
      if let rejection = FileKind.detect(bytes).rejection(file: name) { throw rejection }
      return try ZipArchive(bytes: bytes, displayName: name, limits: limits)
    }
    try self.init(archive: archive)
  }

  /// Reads the workbook in a zip package already opened (the importer opens a package once to tell a workbook from
  /// a Word document by its entries).
  package convenience init(archive: ZipArchive) throws {
    let parts = try XLSXError.translating { try Parts(archive: archive) }
    self.init(archive: archive, parts: parts)
  }

  private init(archive: ZipArchive, parts: Parts) {
    self.archive = archive
    sheets = parts.sheets
    sharedStrings = parts.sharedStrings
    styles = parts.styles
  }

  /// What opening reads: the sheets, the shared strings and the number formats.
  private struct Parts {
    var sheets: [SheetInfo] = []
    var sharedStrings: [String] = []
    var styles: [NumberFormat] = []

    init(archive: ZipArchive) throws {
      let packageRelationships = try RelationshipsPartReader.read(from: archive, source: "")
      let workbookPart: String
      if let main = packageRelationships.first(where: { $0.isType("officeDocument") && !$0.isExternal }),
        archive.storedName(main.target) != nil
      {
        workbookPart = archive.storedName(main.target)!
      } else if packageRelationships.isEmpty, let fallback = archive.storedName("xl/workbook.xml") {
        workbookPart = fallback
      } else {
        let types = try ContentTypesPartReader.read(from: archive)
        let kind = ContentTypesPartReader.describeNonSpreadsheet(types, names: archive.names)
        throw XLSXError(
          .notSpreadsheetPackage,
          "The file \(archive.displayName) is \(kind): it holds no workbook (no xl/workbook.xml).")
      }
      let relationships = try RelationshipsPartReader.read(from: archive, source: workbookPart)
      let entries = try WorkbookPartReader.read(from: archive, part: workbookPart)
      var sheets: [SheetInfo] = []
      for entry in entries {
        guard let relationship = relationships.first(where: { $0.id == entry.relationshipID }), !relationship.isExternal
        else {
          throw XLSXError(
            .missingPart, "The sheet '\(entry.name)' points at relationship \(entry.relationshipID), which is missing.",
            part: RelationshipsPartReader.partName(for: workbookPart), sheet: entry.name)
        }
        sheets.append(SheetInfo(name: entry.name, visibility: entry.visibility, partName: relationship.target))
      }
      self.sheets = sheets
      let stringsPart = relationships.first { $0.isType("sharedStrings") && !$0.isExternal }?.target
      if let stringsPart, let stored = archive.storedName(stringsPart) {
        sharedStrings = try SharedStringsPartReader.read(from: archive, part: stored)
      } else {
        sharedStrings = []
      }
      let stylesPart = relationships.first { $0.isType("styles") && !$0.isExternal }?.target
      if let stylesPart, let stored = archive.storedName(stylesPart) {
        styles = try StylesPartReader.read(from: archive, part: stored)
      } else {
        styles = []
      }
    }
  }

  /// Streams the sheet at `index`, handing each row that holds cells (or a custom height, or is hidden) to `rows`,
  /// and returns the sheet's merges, columns and dimension.
  public func readSheet(at index: Int, rows: (Row) throws -> Void) throws -> SheetLayout {
    var statistics = WorksheetReadStatistics()
    return try readSheet(at: index, parallelism: .automatic, statistics: &statistics, rows: rows)
  }

  /// Streams the sheet at `index` as ``readSheet(at:rows:)`` does, parsed as `parallelism` says, counting how.
  func readSheet(
    at index: Int, parallelism: WorksheetParallelism, statistics: inout WorksheetReadStatistics,
    rows: (Row) throws -> Void
  ) throws -> SheetLayout {
    precondition(sheets.indices.contains(index), "sheet index out of range")
    let info = sheets[index]
    guard let stored = archive.storedName(info.partName) else {
      throw XLSXError(
        .missingPart, "The part of sheet '\(info.name)' is missing from the package.", part: info.partName,
        sheet: info.name)
    }
    var part = WorksheetPartReader(
      archive: archive, part: stored, sheetName: info.name, sharedStrings: sharedStrings, styles: styles)
    part.parallelism = parallelism
    return try XLSXError.translating { try part.read(statistics: &statistics, rows: rows) }
  }

  /// Reads the sheet at `index` whole.
  public func readWorksheet(at index: Int) throws -> Worksheet {
    var collected: [Row] = []
    let layout = try readSheet(at: index) { collected.append($0) }
    return Worksheet(info: sheets[index], rows: collected, layout: layout)
  }

  /// Reads every sheet whole, in workbook order.
  public func readWorkbook() throws -> Workbook {
    Workbook(sheets: try sheets.indices.map(readWorksheet(at:)))
  }
}
