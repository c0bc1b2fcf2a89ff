#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
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
}
