import Hummingbird

/// Reads a request's body within the limits: the declared length is checked before a byte is read, and the bytes
/// are counted as they arrive, so that an oversize upload is answered with 413 before the body is read to the end.
public enum UploadReader {
  /// The parts of a `multipart/form-data` body.
  public static func form(of request: Request, limits: ServerLimits) async throws(APIError) -> [FormPart] {
    let boundary = try MultipartParser.boundary(contentType: request.headers[.contentType])
    try checkDeclaredLength(of: request, limit: limits.maxRequestBytes)
    var parser = try MultipartParser(boundary: boundary, limits: limits)
    var parts: [FormPart] = []
    try await forEachChunk(of: request, limit: limits.maxRequestBytes) { chunk throws(APIError) in
      parts += try parser.feed(chunk)
    }
    try parser.finish()
    return parts
  }

  /// The whole body (a JSON report), at most `limit` bytes.
  public static func body(of request: Request, limit: Int) async throws(APIError) -> [UInt8] {
    try checkDeclaredLength(of: request, limit: limit)
    var bytes: [UInt8] = []
    try await forEachChunk(of: request, limit: limit) { chunk throws(APIError) in bytes.append(contentsOf: chunk) }
    return bytes
  }

  /// Throws 413 when the request declares a body longer than `limit`.
  static func checkDeclaredLength(of request: Request, limit: Int) throws(APIError) {
    guard let declared = request.headers[.contentLength] else { return }
    guard let length = Int(declared), length >= 0 else {
      throw .badRequest("The request's Content-Length \(declared) is not a number of bytes.")
    }
    if length > limit {
      throw .tooLarge("The request is \(length) bytes long; the most it may be is \(ByteCount.words(limit)).")
    }
  }

  /// Hands each chunk of the body to `body`, throwing 413 as soon as more than `limit` bytes have arrived.
  static func forEachChunk(
    of request: Request, limit: Int, _ body: ([UInt8]) throws(APIError) -> Void
  ) async throws(APIError) {
    var total = 0
    var iterator = request.body.makeAsyncIterator()
    while true {
      let next: ByteBuffer?
      do {
        next = try await iterator.next()
      } catch {
        throw .badRequest("The request's body could not be read to its end.")
      }
      guard let buffer = next else { return }
      total += buffer.readableBytes
      if total > limit {
        throw .tooLarge("The request is longer than \(ByteCount.words(limit)), the most it may be.")
      }
      try body(Array(buffer.readableBytesView))
    }
  }
}
