/// Reads `xl/workbook.xml`: the sheets in order, with names, visibility and relationship ids.
enum WorkbookPartReader {
  /// A sheet entry before its relationship is resolved.
  struct SheetEntry: Equatable {
    var name: String
    var visibility: SheetInfo.Visibility
    var relationshipID: String
  }

  /// Reads the sheet list; a part whose root is not `<workbook>` means the package is not a spreadsheet.
  static func read(from archive: ZipArchive, part: String) throws -> [SheetEntry] {
    let reader = try XMLStreamReader(stream: archive.open(part))
    var sheets: [SheetEntry] = []
    var advanced = try reader.next()
    while advanced, reader.node != .startElement { advanced = try reader.next() }
    guard advanced, reader.isNamed("workbook") else {
      let types = try ContentTypesPartReader.read(from: archive)
      let kind = ContentTypesPartReader.describeNonSpreadsheet(types, names: archive.names)
      throw XLSXError(
        .notSpreadsheetPackage, "The file \(archive.displayName) is \(kind): its main part is not a workbook.",
        part: part)
    }
    while advanced {
      guard reader.node == .startElement, !reader.isNamed("extLst"), !reader.isNamed("definedNames") else {
        advanced = try reader.node == .startElement ? reader.skipSubtree() : reader.next()
        continue
      }
      guard reader.isNamed("sheet") else {
        advanced = try reader.next()
        continue
      }
      var name: String?
      var state = SheetInfo.Visibility.visible
      var relationshipID: String?
      reader.forEachAttribute { local, uri, value in
        if uri == nil || uri!.pointee == 0 {
          if strcmpBytes(local, "name") { name = String(cString: value) }
          if strcmpBytes(local, "state") {
            state = SheetInfo.Visibility(rawValue: String(cString: value)) ?? .visible
          }
        } else if strcmpBytes(local, "id"), String(cString: uri!).hasSuffix("relationships") {
          relationshipID = String(cString: value)
        }
      }
      guard let name, let relationshipID else {
        throw XLSXError(.malformedXML, "A <sheet> element lacks its name or r:id attribute.", part: part)
      }
      sheets.append(SheetEntry(name: name, visibility: state, relationshipID: relationshipID))
      advanced = try reader.next()
    }
    guard !sheets.isEmpty else {
      throw XLSXError(.malformedXML, "The workbook lists no sheets.", part: part)
    }
    return sheets
  }
}
