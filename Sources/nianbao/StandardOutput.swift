#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writing to standard output.
struct StandardOutput {
  private var buffer: [UInt8] = []

  init() { buffer.reserveCapacity(1 << 17) }

  mutating func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Appends one byte, flushing when the buffer is full.
  @inline(__always)
  mutating func append(byte: UInt8) {
    buffer.append(byte)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Appends bytes, flushing when the buffer is full.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func write(bytes: [UInt8]) {
    flush()
    StandardOutput.writeAll(bytes, to: STDOUT_FILENO)
  }

  mutating func flush() {
    StandardOutput.writeAll(buffer, to: STDOUT_FILENO)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes every byte to a file descriptor, retrying short writes.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}

/// Writes a line to standard error.
func printError(_ text: String, terminator: String = "\n") {
  StandardOutput.writeAll(Array((text + terminator).utf8), to: STDERR_FILENO)
}
