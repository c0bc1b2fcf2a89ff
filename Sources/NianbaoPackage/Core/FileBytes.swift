#if canImport(Glibc)
  import Glibc

  private let readDescriptor = Glibc.read
#elseif canImport(Darwin)
  import Darwin

  private let readDescriptor = Darwin.read
#endif

/// Reads a whole input file into memory, up to a limit, for the carriers that take their input whole.
public enum FileBytes {
  /// The bytes of the file at `path`; throws ``PackageError/Kind/unreadableFile`` when it cannot be opened or read
  /// and ``PackageError/Kind/packageTooLarge`` when it holds more than `limit` bytes.
  public static func read(path: String, limit: Int) throws(PackageError) -> [UInt8] {
    guard let handle = fopen(path, "rb") else {
      throw PackageError(.unreadableFile, "The file \(path) cannot be opened: \(String(cString: strerror(errno))).")
    }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, handle)
      if count == 0 {
        if ferror(handle) != 0 { throw PackageError(.unreadableFile, "The file \(path) cannot be read.") }
        return bytes
      }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        throw PackageError(.packageTooLarge, "The file \(path) is larger than \(limit) bytes.")
      }
    }
  }

  /// The first `count` bytes of the file at `path` (fewer when it is shorter; none when it cannot be read).
  public static func head(path: String, count: Int) -> [UInt8] {
    guard let handle = fopen(path, "rb") else { return [] }
    defer { fclose(handle) }
    var bytes = [UInt8](repeating: 0, count: max(count, 0))
    let read = fread(&bytes, 1, bytes.count, handle)
    return Array(bytes.prefix(read))
  }

  /// The whole file at `path` when it is a regular file of at most `limit` bytes, read in one call; `nil` when it is
  /// larger, not a regular file, or cannot be read (the caller then opens it the usual way and gets the usual
  /// sentence). A report workbook of some ten kilobytes read this way costs one open and one read instead of the
  /// dozens of small reads a zip directory walk makes.
  public static func small(path: String, limit: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { _ = close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= limit else {
      return nil
    }
    let size = Int(status.st_size)
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var filled = 0
    while filled < bytes.count {
      let got = bytes.withUnsafeMutableBytes {
        readDescriptor(descriptor, $0.baseAddress! + filled, $0.count - filled)
      }
      if got < 0, errno == EINTR { continue }
      guard got >= 0 else { return nil }
      if got == 0 { break }
      filled += got
    }
    // A file that grew past its size while being read is left to the usual path, which applies the limits.
    guard filled <= size else { return nil }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }
}
