import Hummingbird
import NianbaoReport

/// The answers the server builds: JSON, a page's own files, downloads.
public enum Responses {
  /// The policy of every answer: nothing but the server's own script, style and images; no frames, no forms
  /// elsewhere, no base, no plugins.
  public static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

  /// The policy of a downloaded report page: its own inline style sheet, and nothing else at all.
  public static let renderedPagePolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; "
    + "base-uri 'none'"

  /// JSON with a status.
  public static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    bytes(value.prettyPrintedUTF8(), contentType: "application/json; charset=utf-8", status: status)
  }

  /// An error as `{"error": …, "kind": …}` with its status.
  public static func error(_ error: APIError) -> Response {
    json(error.jsonValue, status: error.status)
  }

  /// Bytes of a content type.
  public static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: contentType],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// A download offered under `name` (made safe).
  public static func download(_ bytes: [UInt8], contentType: String, stem: String, ending: String) -> Response {
    var response = self.bytes(bytes, contentType: contentType)
    response.headers[.contentDisposition] = DownloadName.contentDisposition(DownloadName.safe(stem, ending: ending))
    return response
  }

  /// The content type of an XLSX workbook.
  public static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
}
