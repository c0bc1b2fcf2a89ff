import HTTPTypes
import NianbaoReport

/// A request the server turns down, with a sentence for people and a stable kind for programs; it is answered as
/// `{"error": "…", "kind": "…"}` with its status (4xx for bad input, 503 when the queue is full).
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The status of the answer.
  public let status: HTTPResponse.Status
  /// A short, stable name of the problem, such as `tooLarge`, `badMultipart`, `zipBomb`.
  public let kind: String
  /// The sentence.
  public let message: String

  /// An error with its status, kind and sentence.
  public init(_ status: HTTPResponse.Status, kind: String, _ message: String) {
    self.status = status
    self.kind = kind
    self.message = message
  }

  /// The sentence.
  public var description: String { message }

  /// The answer's body.
  public var jsonValue: JSONValue {
    .object([JSONMember("error", .string(message)), JSONMember("kind", .string(kind))])
  }

  /// A report that cannot be read (or added): 422 with the sentence the command line prints for it.
  public static func unreadable(_ error: any Error) -> APIError {
    APIError(.unprocessableContent, kind: ReadFailure.kind(for: error), ReadFailure.message(for: error))
  }

  /// A body or a file over its limit.
  public static func tooLarge(_ message: String) -> APIError {
    APIError(.contentTooLarge, kind: "tooLarge", message)
  }

  /// A form that is not well made.
  public static func badMultipart(_ message: String) -> APIError {
    APIError(.badRequest, kind: "badMultipart", message)
  }

  /// A request that lacks something, or asks for something that does not exist.
  public static func badRequest(_ message: String) -> APIError {
    APIError(.badRequest, kind: "badRequest", message)
  }

  /// Every place for a conversion is taken and so is the queue.
  public static let busy = APIError(
    .serviceUnavailable, kind: "busy", "The server is busy with other reports; try again in a moment.")
}
