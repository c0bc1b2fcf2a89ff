import HTTPTypes
import Hummingbird

/// Wraps every answer: errors become `{"error": …, "kind": …}` with their status (a route that does not exist is
/// 404, anything unforeseen 500, logged), and every answer gets the strict Content-Security-Policy (unless the
/// route set its own), `X-Content-Type-Options: nosniff`, no referrer, no framing and no caching.
public struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  /// The middleware.
  public init() {}

  /// Answers the request through `next`, turning errors into JSON and adding the headers.
  public func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as APIError {
      response = Responses.error(error)
    } catch let error as HTTPError {
      response = Responses.error(Self.apiError(for: error, request: request))
    } catch {
      context.logger.error("\(request.method) \(request.uri.path): \(error)")
      response = Responses.error(
        APIError(.internalServerError, kind: "internal", "The server failed on this request; it has been logged."))
    }
    if response.headers[.contentSecurityPolicy] == nil {
      response.headers[.contentSecurityPolicy] = Responses.contentSecurityPolicy
    }
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[Self.referrerPolicy] = "no-referrer"
    response.headers[Self.frameOptions] = "DENY"
    response.headers[.cacheControl] = "no-store"
    return response
  }

  /// `Referrer-Policy`.
  static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }
  /// `X-Frame-Options`.
  static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }

  /// The error of the framework's own failures (no such route, a body over its limit), in words.
  static func apiError(for error: HTTPError, request: Request) -> APIError {
    switch error.status {
    case .notFound:
      return APIError(.notFound, kind: "notFound", "There is nothing at \(request.method) \(request.uri.path).")
    case .contentTooLarge:
      return .tooLarge("The request is too large.")
    default:
      return APIError(error.status, kind: "http\(error.status.code)", error.body ?? error.status.reasonPhrase)
    }
  }
}
