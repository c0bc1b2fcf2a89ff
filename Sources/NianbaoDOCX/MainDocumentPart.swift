import NianbaoPackage

/// Finds the main document part of a Word package: the target of the package's `officeDocument` relationship in
/// `_rels/.rels`, or `word/document.xml` when the package has no such relationship (or it points nowhere).
enum MainDocumentPart {
  /// The part name used when the package relationships do not name one.
  static let fallback = "word/document.xml"

  /// The stored name of the main document part; throws ``DOCXError/Kind/notWordDocument`` for a zip that holds
  /// none, naming what the zip seems to be instead.
  static func find(in archive: ZipArchive) throws -> String {
    if archive.storedName("_rels/.rels") != nil {
      let stream = try archive.open("_rels/.rels")
      let relationships = try XMLEventParser.parse(stream, with: PackageRelationships(part: stream.part))
      if let target = relationships.mainTarget, let stored = archive.storedName(target),
        !isOtherOfficeMainPart(stored)
      {
        return stored
      }
    }
    if let stored = archive.storedName(fallback) { return stored }
    throw DOCXError(
      .notWordDocument,
      "The file \(archive.displayName) is \(describe(archive.names)), not a Word document: it holds no "
        + "word/document.xml.")
  }

  /// Whether a main part is a workbook's or a presentation's rather than a document's.
  private static func isOtherOfficeMainPart(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered.hasPrefix("xl/") || lowered.hasPrefix("ppt/")
  }

  /// What a zip without a Word document holds, for the error message.
  static func describe(_ names: [String]) -> String {
    let lowered = Set(names.map { $0.lowercased() })
    if lowered.contains("xl/workbook.xml") { return "an Excel workbook (.xlsx)" }
    if lowered.contains("ppt/presentation.xml") { return "a PowerPoint presentation (.pptx)" }
    if lowered.contains("content.xml"), lowered.contains("mimetype") {
      return "an OpenDocument file (.odt, .ods); save it as .docx"
    }
    if lowered.contains("[content_types].xml") { return "an Office package of another kind" }
    return "a plain zip archive"
  }
}

/// Reads the package relationships (`_rels/.rels`) and keeps the target of the first internal `officeDocument`
/// relationship (transitional or Strict namespace).
struct PackageRelationships: XMLPartHandler {
  /// The part read, for errors.
  let part: String
  /// The main document's part name (no leading slash), once found.
  private(set) var mainTarget: String?

  /// Starts on `part`.
  init(part: String) {
    self.part = part
  }

  /// Every `Relationship` element is looked at; the first internal `officeDocument` one is kept.
  mutating func startElement(_ name: XMLElementName, attributes: XMLAttributes, isEmpty: Bool, depth: Int) throws
    -> Bool
  {
    guard name.is("Relationship"), mainTarget == nil else { return false }
    guard let type = attributes.unprefixedValue(of: "Type"), type.hasSuffix("/officeDocument"),
      attributes.unprefixedValue(of: "TargetMode") != "External",
      let target = attributes.unprefixedValue(of: "Target")
    else { return false }
    mainTarget = Self.resolve(target)
    return false
  }

  /// A target of the package relationships as a part name: relative to the package root, `.` segments dropped and
  /// `..` climbing; `nil` when it climbs out of the package or names nothing.
  static func resolve(_ target: String) -> String? {
    var segments: [Substring] = []
    for segment in target.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
      if segment == ".." {
        guard !segments.isEmpty else { return nil }
        segments.removeLast()
      } else {
        segments.append(segment)
      }
    }
    return segments.isEmpty ? nil : segments.joined(separator: "/")
  }
}
