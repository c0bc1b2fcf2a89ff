#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file all at once: the bytes go to a hidden temporary file in the target's folder, which is flushed to
/// disk and then renamed over the target. A reader sees either the old file or the whole new one; on any failure
/// the temporary file is removed and the target is left as it was.
public enum AtomicFile {
  /// Writes `bytes` to `path`, replacing any existing file there. An existing file keeps its permissions; a
  /// symbolic link at `path` is replaced by the new file rather than followed.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw XLSXError(.writeFailed, "Cannot write to '\(path)': it does not name a file.")
    }
    let (folder, file) = split(path)
    let temporary = folder + "." + file + "." + randomSuffix() + ".tmp"
    var mode: mode_t = 0o666
    var existing = stat()
    if stat(path, &existing) == 0 {
      guard (existing.st_mode & S_IFMT) == S_IFREG else {
        throw XLSXError(.writeFailed, "Cannot write to '\(path)': something other than a file is there.")
      }
      mode = existing.st_mode & 0o7777
    }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      throw failure(path, "cannot create a temporary file in its folder")
    }
    var isOpen = true
    do {
      if (existing.st_mode & S_IFMT) == S_IFREG, fchmod(descriptor, mode) != 0 {
        throw failure(path, "cannot set the permissions of the temporary file")
      }
      try writeAll(bytes, to: descriptor, path: path)
      guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush the temporary file to disk") }
      isOpen = false
      guard close(descriptor) == 0 else { throw failure(path, "cannot close the temporary file") }
    } catch {
      if isOpen { _ = close(descriptor) }
      _ = unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let failed = failure(path, "cannot move the temporary file into place")
      _ = unlink(temporary)
      throw failed
    }
    syncFolder(folder)
  }

  /// The folder (with a trailing `/`, or empty for the current folder) and the file name of a path.
  static func split(_ path: String) -> (folder: String, file: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
    try bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw failure(path, "cannot write the temporary file")
        }
        offset += written
      }
    }
  }

  /// Flushes the folder entry of the rename; a failure here does not undo the completed write.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }

  private static func randomSuffix() -> String {
    String(UInt64.random(in: .min ... .max), radix: 16)
  }

  private static func failure(_ path: String, _ action: String) -> XLSXError {
    let reason = String(cString: strerror(errno))
    return XLSXError(.writeFailed, "Cannot write '\(path)': \(action) (\(reason)).")
  }
}

/// POSIX `write(2)`, reachable under another name inside ``AtomicFile`` (whose own `write` hides it).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
