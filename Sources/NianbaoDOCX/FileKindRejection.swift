import NianbaoPackage

extension FileKind {
  /// The error for a file that is not a zip package, or `nil` for a zip: each names what the file really is.
  func docxRejection(file: String) -> DOCXError? {
    switch self {
    case .zip:
      return nil
    case .empty:
      return DOCXError(.emptyFile, "The file \(file) is empty (0 bytes); a Word document (.docx) is a zip package.")
    case .legacyWord:
      return DOCXError(
        .legacyWord,
        "The file \(file) is a legacy Word 97-2003 (.doc) or WPS (.wps) document, which is not read. "
          + "Open it in Word, WPS or LibreOffice and save it as .docx.")
    case .legacyXLS:
      return DOCXError(
        .otherFileType,
        "The file \(file) is a legacy Excel 97-2003 workbook (.xls), not a Word document. "
          + "Save it as .xlsx and import the workbook instead.")
    case .encryptedOOXML:
      return DOCXError(
        .encryptedDocument,
        "The file \(file) is password-protected (encrypted). Remove the password and save it again as .docx.")
    case .otherOLE2:
      return DOCXError(
        .otherFileType,
        "The file \(file) is an old Office file (OLE2 container) that is neither a Word nor a WPS document.")
    case .png, .pdf, .jpeg, .gif:
      let name =
        switch self {
        case .png: "a PNG image"
        case .pdf: "a PDF document"
        case .jpeg: "a JPEG image"
        default: "a GIF image"
        }
      return DOCXError(.otherFileType, "The file \(file) is \(name), not a Word document (.docx).")
    case .json:
      return DOCXError(.textFile, "The file \(file) is a JSON document, not a Word document (.docx).")
    case .text:
      return DOCXError(
        .textFile,
        "The file \(file) is text (a web page, plain text or CSV), not a Word document (.docx is a zip package).")
    case .unknown:
      return DOCXError(
        .otherFileType, "The file \(file) is not a Word document: it does not start like a zip package.")
    }
  }
}
