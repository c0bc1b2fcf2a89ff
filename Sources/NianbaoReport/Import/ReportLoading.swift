import NianbaoPackage

extension ReportImporter {
  /// Reads a report from bytes, whatever carries it, recognised by its content (not its name): canonical JSON (the
  /// first character after white space and a byte order mark is `{`), checked with the locations of the official
  /// workbook, else a document of any carrier (``importDocument(bytes:name:previous:limits:)`` picks the reader).
  /// `name` names the input in messages. Throws ``ReportError`` for JSON that is not a report and ``ImportError``
  /// for a document that cannot be read; ``ReadFailure`` words either.
  public static func load(
    bytes: [UInt8], name: String, previous: Report? = nil, limits: ReadLimits = .default
  ) throws -> ReportImport {
    if !bytes.starts(with: [0x50, 0x4B]), looksLikeJSON(bytes) {
      let report = try Report(jsonBytes: bytes)
      let locations = ReportExporter.locations(for: report.formatVersion)
      let findings = ReportChecker(locations: locations).check(report, previous: previous)
      return ReportImport(report: report, locations: locations, findings: findings)
    }
    return try importDocument(bytes: bytes, name: name, previous: previous, limits: limits)
  }

  /// Whether the bytes start (after white space and a byte order mark) with `{`: canonical JSON, not a document.
  public static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return start.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
  }
}
