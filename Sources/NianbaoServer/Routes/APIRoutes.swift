import Hummingbird
import NianbaoReport

/// The API the page uses, each route reading its upload within the limits and running its conversion through the
/// gate. Every failure is a JSON error with a 4xx status (503 when the queue is full).
public struct APIRoutes: Sendable {
  /// The upload limits.
  public let limits: ServerLimits
  /// The gate conversions pass.
  public let gate: ConversionGate

  /// Routes with their limits and gate.
  public init(limits: ServerLimits, gate: ConversionGate) {
    self.limits = limits
    self.gate = gate
  }

  /// Adds the routes under `/api`.
  public func add(to router: Router<some RequestContext>) {
    router.post("/api/import") { request, _ in try await importReport(request) }
    router.post("/api/export") { request, _ in try await export(request) }
    router.post("/api/render") { request, _ in try await render(request) }
    router.get("/api/template") { request, _ in try await template(request) }
    router.post("/api/check") { request, _ in try await check(request) }
    router.post("/api/sum") { request, _ in try await sum(request) }
  }

  /// `POST /api/import`: multipart `file` (and optional `previous`) → `{"report": …, "findings": […]}`.
  func importReport(_ request: Request) async throws(APIError) -> Response {
    let form = try await UploadReader.form(of: request, limits: limits)
    let view = try Self.language(request, key: "view")
    return Responses.json(
      try await gate.run { () throws(APIError) in try ReportService.importReport(form, view: view) })
  }

  /// `POST /api/export`: canonical JSON → the official XLSX.
  func export(_ request: Request) async throws(APIError) -> Response {
    let json = try await UploadReader.body(of: request, limit: limits.maxFileBytes)
    let result = try await gate.run { () throws(APIError) in try ReportService.export(json) }
    return Responses.download(
      result.bytes, contentType: Responses.xlsxType, stem: DownloadName.stem(for: result.report), ending: ".xlsx")
  }

  /// `POST /api/render`: canonical JSON (or multipart `file`, any carrier) → the HTML page; `?lang=en`,
  /// `?findings=0` for the clean page to publish.
  func render(_ request: Request) async throws(APIError) -> Response {
    let bytes: [UInt8]
    let name: String
    if request.headers[.contentType]?.lowercased().hasPrefix("multipart/") == true {
      let form = try await UploadReader.form(of: request, limits: limits)
      guard let file = form.first(where: { $0.name == ReportService.fileField }) else {
        throw .badRequest("The form has no field named \(ReportService.fileField) holding the report.")
      }
      (bytes, name) = (file.bytes, file.displayName)
    } else {
      (bytes, name) = (try await UploadReader.body(of: request, limit: limits.maxFileBytes), "request body")
    }
    let language = try Self.language(request, key: "lang") ?? .chinese
    let findings = request.uri.queryParameters.get("findings") != "0"
    let result = try await gate.run { () throws(APIError) in
      try ReportService.render(bytes, name: name, language: language, findings: findings)
    }
    var response = Responses.download(
      Array(result.html.utf8), contentType: "text/html; charset=utf-8", stem: DownloadName.stem(for: result.report),
      ending: ".html")
    response.headers[.contentSecurityPolicy] = Responses.renderedPagePolicy
    return response
  }

  /// `GET /api/template?version=2019|2021` → a blank workbook.
  func template(_ request: Request) async throws(APIError) -> Response {
    let version = request.uri.queryParameters.get("version")
    let result = try await gate.run { () throws(APIError) in try ReportService.template(version) }
    return Responses.download(
      result.bytes, contentType: Responses.xlsxType, stem: "template_\(result.version.rawValue)", ending: ".xlsx")
  }

  /// `POST /api/check`: several multipart `file` fields → the bulk-check JSON.
  func check(_ request: Request) async throws(APIError) -> Response {
    let form = try await UploadReader.form(of: request, limits: limits)
    let view = try Self.language(request, key: "view")
    return Responses.json(try await gate.run { () throws(APIError) in try ReportService.check(form, view: view) })
  }

  /// `POST /api/sum`: several multipart `file` fields → the sum and its findings; `?organ=…&year=…` name them.
  func sum(_ request: Request) async throws(APIError) -> Response {
    let form = try await UploadReader.form(of: request, limits: limits)
    let view = try Self.language(request, key: "view")
    let organ = request.uri.queryParameters.get("organ").flatMap { $0.isEmpty ? nil : $0 }
    let year = try Self.year(request)
    return Responses.json(
      try await gate.run { () throws(APIError) in try ReportService.sum(form, organ: organ, year: year, view: view) })
  }

  /// The year `?year=` names, `nil` when it is absent or empty.
  static func year(_ request: Request) throws(APIError) -> Int? {
    guard let text = request.uri.queryParameters.get("year"), !text.isEmpty else { return nil }
    guard let number = Int(text), (1900...2200).contains(number) else {
      throw .badRequest("The year must be a year such as 2023, not \(text).")
    }
    return number
  }

  /// The language a query parameter names (`zh` or `en`), `nil` when it is absent.
  static func language(_ request: Request, key: String) throws(APIError) -> Language? {
    guard let text = request.uri.queryParameters.get(key) else { return nil }
    guard let language = Language(rawValue: text) else {
      throw .badRequest("\(key) must be zh or en, not \(text).")
    }
    return language
  }
}
