import NianbaoReport
import NianbaoXLSX

/// Runs the report import on a workbook's bytes and checks what comes out: the report's JSON reads back to the same
/// report, and every finding has its messages. A refused input must be refused with a typed ``ImportError``.
public enum ImportProbe {
  /// Imports the bytes with ``FuzzLimits/small``; traps when an invariant does not hold.
  public static func run(_ bytes: [UInt8], name: String) {
    let result: ReportImport
    do {
      result = try ReportImporter.importWorkbook(bytes: bytes, name: name, limits: FuzzLimits.small)
    } catch {
      precondition(!error.description.isEmpty, "an import error without a message")
      return
    }
    let text = result.report.jsonText()
    do {
      let back = try Report(jsonText: text)
      precondition(back == result.report, "the report's JSON does not read back to the same report:\n\(text)")
    } catch {
      fatalError("the report's own JSON is refused: \(error)\n\(text)")
    }
    _ = FindingsDocument.json(for: result.report, findings: result.findings).prettyPrinted()
    for finding in result.findings {
      for language in Language.allCases { _ = finding.message(in: language) }
    }
  }
}
