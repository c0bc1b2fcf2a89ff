import NianbaoPackage

extension FileKind {
  /// The error for a file that is not a zip package, or `nil` for a zip.
  func rejection(file: String) -> XLSXError? {
    switch self {
    case .zip:
      return nil
    case .empty:
      return XLSXError(.emptyFile, "The file \(file) is empty (0 bytes); an XLSX workbook is a zip package.")
    case .legacyXLS:
      return XLSXError(
        .legacyXLS,
        "The file \(file) is a legacy Excel 97-2003 workbook (.xls), not an XLSX workbook. "
          + "Open it in Excel, WPS or LibreOffice and save it as .xlsx.")
    case .legacyWord:
      return XLSXError(
        .otherFileType,
        "The file \(file) is a legacy Word 97-2003 or WPS document (.doc, .wps), not an XLSX workbook.")
    case .encryptedOOXML:
      return XLSXError(
        .encryptedWorkbook,
        "The file \(file) is a password-protected (encrypted) workbook. Remove the password and save it again.")
    case .otherOLE2:
      return XLSXError(
        .otherFileType, "The file \(file) is an old Office document (OLE2 container) that is not a workbook.")
    case .png, .pdf, .jpeg, .gif:
      let name = [FileKind.png: "a PNG image", .pdf: "a PDF document", .jpeg: "a JPEG image", .gif: "a GIF image"][
        self]!
      return XLSXError(.otherFileType, "The file \(file) is \(name), not an XLSX workbook.")
    case .json:
      return XLSXError(
        .textFile,
        "The file \(file) is a JSON document, not an XLSX workbook. To write a workbook from a nianbao JSON "
          + "report use `nianbao export`; to check it use `nianbao check`.")
    case .text:
      return XLSXError(
        .textFile,
        "The file \(file) is text (CSV or similar), not an XLSX workbook (a zip package). "
          + "Open it in a spreadsheet program and save it as .xlsx.")
    case .unknown:
      return XLSXError(
        .otherFileType, "The file \(file) is not an XLSX workbook: it does not start like a zip package.")
    }
  }

}
