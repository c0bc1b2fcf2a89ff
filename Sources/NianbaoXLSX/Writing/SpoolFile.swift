#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes kept on disk while a workbook is written to a file, and read back when the zip archive is put together: a
/// sheet's deflated rows (``DeflatingSpool``).
///
/// The file is created in the output's folder (so it needs no other space than the output's disk) and removed from
/// the folder at once: it lives only as long as this object, and nothing is left behind whatever happens.
final class SpoolFile {
  /// The output path, for error messages.
  let outputPath: String
  /// How many bytes have been written.
  private(set) var count = 0
  private let descriptor: Int32

  /// Creates an empty spool file beside `outputPath`.
  init(beside outputPath: String) throws {
    let (folder, file) = AtomicFile.split(outputPath)
    let name = folder + "." + file + "." + AtomicFile.randomSuffix() + ".spool"
    let descriptor = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw AtomicFile.failure(outputPath, "cannot create a temporary file in its folder")
    }
    _ = unlink(name)
    self.outputPath = outputPath
    self.descriptor = descriptor
  }

  deinit {
    _ = close(descriptor)
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw AtomicFile.failure(outputPath, "cannot write a temporary file")
      }
      offset += written
    }
    count += bytes.count
  }

  /// Reads up to `buffer.count` bytes from `offset` on; fewer only at the end of the file.
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
    var done = 0
    while done < buffer.count {
      let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
      if read < 0 {
        if errno == EINTR { continue }
        throw AtomicFile.failure(outputPath, "cannot read a temporary file back")
      }
      if read == 0 { break }
      done += read
    }
    return done
  }
}

/// POSIX `write(2)`, reachable under another name inside ``SpoolFile`` (whose own `write` hides it).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
