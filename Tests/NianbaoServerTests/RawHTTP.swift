import Foundation
import NianbaoReport

/// A plain HTTP/1.1 client on a blocking socket, for talking to the server on a loopback port exactly as a test
/// needs: whole requests, requests whose body stops half-way, bodies sent in chunks. Each call runs on a thread of
/// its own, so that many can be under way at once.
enum RawHTTP {
  /// An answer: status, headers, body.
  struct Answer: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    /// The value of a header, by its name in any case.
    func header(_ name: String) -> String? {
      headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as JSON.
    var json: JSONValue? { try? JSONParser().parse(body) }

    /// The sentence and kind of an error answer.
    var error: (message: String, kind: String)? {
      guard case .string(let message)? = json?["error"], case .string(let kind)? = json?["kind"] else { return nil }
      return (message, kind)
    }
  }

  /// What went wrong talking to the server.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Sends `method path` with headers and a body (with its Content-Length) and reads the answer.
  static func request(
    port: Int, _ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []
  ) async throws -> Answer {
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    head += "Content-Length: \(body.count)\r\n\r\n"
    return try await exchange(port: port, [Array(head.utf8) + body])
  }

  /// Sends each piece of `pieces` in turn (a head written by the caller, then parts of a body) and reads the
  /// answer; with `wait`, waits that long between pieces.
  static func exchange(port: Int, _ pieces: [[UInt8]], wait: Duration = .zero) async throws -> Answer {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(with: Result { try blockingExchange(port: port, pieces, wait: wait) })
      }
    }
  }

  /// A `multipart/form-data` body of files (`field`, file name, bytes) and its Content-Type.
  static func form(_ files: [(String, String, [UInt8])], boundary: String = "nianbao-test-boundary-7MA4YWxkTrZu0gW")
    -> (contentType: String, body: [UInt8])
  {
    var body: [UInt8] = []
    for (field, name, bytes) in files {
      body += Array(
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\n".utf8)
      body += Array("Content-Type: application/octet-stream\r\n\r\n".utf8)
      body += bytes + [0x0D, 0x0A]
    }
    body += Array("--\(boundary)--\r\n".utf8)
    return ("multipart/form-data; boundary=\(boundary)", body)
  }

  /// Posts files as a form.
  static func upload(port: Int, _ path: String, _ files: [(String, String, [UInt8])]) async throws -> Answer {
    let form = form(files)
    return try await request(port: port, "POST", path, headers: [("Content-Type", form.contentType)], body: form.body)
  }

  private static func blockingExchange(port: Int, _ pieces: [[UInt8]], wait: Duration) throws -> Answer {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure(description: "no socket") }
    defer { close(socket) }
    var timeout = timeval(tv_sec: 120, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw Failure(description: "cannot connect to port \(port)") }
    for (index, piece) in pieces.enumerated() {
      if index > 0, wait > .zero {
        Thread.sleep(forTimeInterval: Double(wait.components.seconds) + 1e-18 * Double(wait.components.attoseconds))
      }
      var sent = 0
      while sent < piece.count {
        let count = piece[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        // The server may answer (and stop reading) before the body is sent to its end.
        if count <= 0 { break }
        sent += count
      }
    }
    return try readAnswer(socket)
  }

  /// Reads one answer: its head, then its body by Content-Length or chunks (or to the end of the connection).
  private static func readAnswer(_ socket: Int32) throws -> Answer {
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    func more() throws -> Bool {
      let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
      if count < 0 { throw Failure(description: "read failed or timed out (errno \(errno))") }
      data += chunk[0..<count]
      return count > 0
    }
    let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
    var headEnd: Int?
    while headEnd == nil {
      if let range = data.firstRange(of: separator) { headEnd = range.lowerBound; break }
      guard try more() else { throw Failure(description: "the connection closed before an answer") }
    }
    let lines = String(decoding: data[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
    let status = Int(lines[0].split(separator: " ")[1]) ?? 0
    let headers = lines.dropFirst().compactMap { line -> (String, String)? in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }
    var body = Array(data[(headEnd! + 4)...])
    let answer = { Answer(status: status, headers: headers, body: body) }
    if let length = answer().header("Content-Length").flatMap(Int.init) {
      while body.count < length {
        data = []
        guard try more() else { break }
        body += data
      }
      body = Array(body.prefix(length))
      return answer()
    }
    if answer().header("Transfer-Encoding")?.lowercased() == "chunked" {
      var raw = body
      var decoded: [UInt8] = []
      while true {
        guard let lineEnd = raw.firstRange(of: [0x0D, 0x0A]) else {
          data = []
          guard try more() else { break }
          raw += data
          continue
        }
        let size = Int(String(decoding: raw[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
        if size == 0 { break }
        while raw.count < lineEnd.upperBound + size + 2 {
          data = []
          guard try more() else { break }
          raw += data
        }
        decoded += raw[lineEnd.upperBound..<lineEnd.upperBound + size]
        raw = Array(raw[(lineEnd.upperBound + size + 2)...])
      }
      body = decoded
      return answer()
    }
    while try more() {}
    body = Array(data[(headEnd! + 4)...])
    return answer()
  }
}
