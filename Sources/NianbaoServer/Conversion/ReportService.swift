import Hummingbird
import NianbaoGrid
import NianbaoReport

/// The server's jobs, each as the command line does it, on bytes in memory: nothing is written to disk and nothing
/// is kept once the answer is built. Every failure is an ``APIError`` carrying the command line's sentence.
public enum ReportService {
  /// The form field of a report.
  public static let fileField = "file"
  /// The form field of last year's report (R5).
  public static let previousField = "previous"

  /// `nianbao import`: the report and its findings, `{"report": …, "findings": […]}`; with `view`, also what the
  /// page shows and offers: `file` (the upload's name), `name` (the downloads' stem), `page` (``ReportPage`` in that
  /// language), `canonical` (the JSON as `nianbao import` writes it), `csv` (the findings as `--format csv`
  /// prints them) and the findings as ``lines(_:language:)``.
  public static func importReport(_ form: [FormPart], view: Language?) throws(APIError) -> JSONValue {
    guard let file = form.first(where: { $0.name == fileField }) else {
      throw .badRequest("The form has no field named \(fileField) holding the report.")
    }
    var previous: Report?
    if let last = form.first(where: { $0.name == previousField && !$0.bytes.isEmpty }) {
      previous = try load(last).report
    }
    let loaded = try load(file, previous: previous)
    var members = [
      JSONMember("report", loaded.report.jsonValue),
      JSONMember("findings", .array(loaded.findings.map(\.jsonValue))),
    ]
    if let view {
      let entry = ReviewEntry(
        file: file.displayName, outcome: .checked(report: loaded.report, findings: loaded.findings))
      members +=
        [
          JSONMember("file", .string(file.displayName)),
          JSONMember("name", .string(DownloadName.safe(DownloadName.stem(for: loaded.report), ending: ""))),
          JSONMember("page", .string(ReportPage.html(for: loaded.report, findings: loaded.findings, language: view))),
          JSONMember("canonical", .string(loaded.report.jsonText())),
          JSONMember("csv", .string(ReviewCSV.text(for: [entry], language: view))),
        ] + lines(loaded.findings, language: view)
    }
    return .object(members)
  }

  /// `nianbao export`: canonical JSON in, the official workbook out.
  public static func export(_ json: [UInt8]) throws(APIError) -> (report: Report, bytes: [UInt8]) {
    let report = try parse(json)
    do {
      return (report, try ReportExporter.data(for: report))
    } catch {
      throw APIError(.internalServerError, kind: "exportFailed", "The workbook could not be written: \(error).")
    }
  }

  /// `nianbao render`: a report (canonical JSON, or a document of any carrier) as the published page, its
  /// findings marked unless `findings` is false.
  public static func render(_ bytes: [UInt8], name: String, language: Language, findings: Bool) throws(APIError)
    -> (report: Report, html: String)
  {
    let loaded = try load(bytes, name: name)
    return (
      loaded.report, ReportPage.html(for: loaded.report, findings: findings ? loaded.findings : [], language: language)
    )
  }

  /// `nianbao template`: a blank workbook of a version given as `2019` or `2021`.
  public static func template(_ version: String?) throws(APIError) -> (version: FormatVersion, bytes: [UInt8]) {
    guard let version, let number = Int(version), let format = FormatVersion(rawValue: number) else {
      throw .badRequest("The template version must be 2019 or 2021 (?version=2021), not \(version ?? "missing").")
    }
    do {
      return (format, try TemplateBuilder.data(for: format))
    } catch {
      throw APIError(.internalServerError, kind: "templateFailed", "The template could not be written: \(error).")
    }
  }

  /// `nianbao check` of several files: the review document (`files`, `summary`) as `--format json` prints it, each
  /// file named by its name; with `view`, also `order` (the files' positions, worst first), `headings` and `rows`
  /// (the summary table's cells in that language, worst first).
  public static func check(_ form: [FormPart], view: Language?) throws(APIError) -> JSONValue {
    let files = form.filter { $0.name == fileField }
    guard !files.isEmpty else { throw .badRequest("The form has no field named \(fileField) holding a report.") }
    var entries: [ReviewEntry] = []
    var locations: [[ReportKeyPath: SourceLocation]] = []
    for file in files {
      do {
        let loaded = try ReportImporter.load(bytes: file.bytes, name: file.displayName)
        entries.append(
          ReviewEntry(file: file.displayName, outcome: .checked(report: loaded.report, findings: loaded.findings)))
        locations.append(loaded.locations)
      } catch {
        entries.append(
          ReviewEntry(file: file.displayName, outcome: .unreadable(message: ReadFailure.message(for: error))))
        locations.append([:])
      }
    }
    let review = ReportReview(linking: entries, locations: locations)
    guard let view, case .object(var members) = review.jsonValue else { return review.jsonValue }
    let order = review.worstFirstOrder
    members += [
      JSONMember("order", .array(order.map(JSONValue.integer))),
      JSONMember("headings", .array(ReviewTable.headings(view).map(JSONValue.string))),
      JSONMember(
        "rows",
        .array(
          order.map { JSONValue.array(ReviewTable.cells(review.entries[$0], language: view).map(JSONValue.string)) })),
      JSONMember("closing", .string(ReviewTable.closing(review, language: view))),
    ]
    return .object(members)
  }

  /// `nianbao sum` of several files: `report` (the sum), `findings` (R1–R4 on it, at the official workbook's
  /// cells), `inputs` (the files added) and `brokenInputs` (each input that breaks R1–R4 itself, with those
  /// findings); with `view`, also `canonical` (the sum's JSON as `nianbao sum -o FILE.json` writes it), `name` (the
  /// downloads' stem) and its findings as ``lines(_:language:)``.
  public static func sum(_ form: [FormPart], organ: String?, year: Int?, view: Language?) throws(APIError) -> JSONValue
  {
    let files = form.filter { $0.name == fileField }
    guard !files.isEmpty else { throw .badRequest("The form has no field named \(fileField) holding a report.") }
    var inputs: [ReportSum.Input] = []
    var broken: [JSONValue] = []
    for file in files {
      let loaded: ReportImport
      do {
        loaded = try ReportImporter.load(bytes: file.bytes, name: file.displayName)
      } catch {
        let failure = APIError.unreadable(error)
        throw APIError(failure.status, kind: failure.kind, "\(file.displayName): \(failure.message) Nothing was added.")
      }
      inputs.append(ReportSum.Input(name: file.displayName, report: loaded.report))
      let brokenRules = ReportSum.brokenRules(in: loaded.findings)
      if !brokenRules.isEmpty {
        broken.append(
          .object([
            JSONMember("file", .string(file.displayName)),
            JSONMember("findings", .array(brokenRules.map(\.jsonValue))),
          ]))
      }
    }
    let sum: ReportSum
    do {
      sum = try ReportSum(inputs, organ: organ, year: year)
    } catch {
      throw .unreadable(error)
    }
    var members = [
      JSONMember("report", sum.total.jsonValue),
      JSONMember("findings", .array(sum.findings.map(\.jsonValue))),
      JSONMember("inputs", .array(inputs.map { .string($0.name) })),
      JSONMember("brokenInputs", .array(broken)),
    ]
    if let view {
      members +=
        [
          JSONMember("canonical", .string(sum.total.jsonText())),
          JSONMember("name", .string(DownloadName.safe(DownloadName.stem(for: sum.total), ending: ""))),
        ] + lines(sum.findings, language: view)
    }
    return .object(members)
  }

  /// The findings for the page: `lines` (each as the command line prints it), `anchors` (the `id` of the page's
  /// element each is about, or `null`) and `summaryLine` (the closing count).
  static func lines(_ findings: [Finding], language: Language) -> [JSONMember] {
    [
      JSONMember("lines", .array(findings.map { .string(FindingText.line($0, language: language)) })),
      JSONMember("anchors", .array(findings.map { ReportPage.anchor(of: $0).map(JSONValue.string) ?? .null })),
      JSONMember("summaryLine", .string(FindingText.summary(findings, language: language))),
    ]
  }

  /// A report from canonical JSON.
  static func parse(_ json: [UInt8]) throws(APIError) -> Report {
    do {
      return try Report(jsonBytes: json)
    } catch {
      throw .unreadable(error)
    }
  }

  /// A report from a form's file, of any carrier or canonical JSON.
  static func load(_ part: FormPart, previous: Report? = nil) throws(APIError) -> ReportImport {
    try load(part.bytes, name: part.displayName, previous: previous)
  }

  /// A report from bytes, of any carrier or canonical JSON.
  static func load(_ bytes: [UInt8], name: String, previous: Report? = nil) throws(APIError) -> ReportImport {
    do {
      return try ReportImporter.load(bytes: bytes, name: name, previous: previous)
    } catch {
      throw .unreadable(error)
    }
  }
}
