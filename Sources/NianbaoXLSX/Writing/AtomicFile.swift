#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file all at once: the bytes go to a hidden temporary file in the target's folder, which is flushed to
/// disk and then renamed over the target. A reader sees either the old file or the whole new one; on any failure
/// the temporary file is removed and the target is left as it was.
public enum AtomicFile {
  /// When a written file is flushed to disk.
  public enum Durability: Sendable {
    /// Before it is renamed into place, and its folder after: the file is on disk when the write returns.
    case immediate
    /// Left to the caller, who flushes once after many files with ``flushFileSystems()`` (a flush per file costs
    /// about a millisecond each). The write stays atomic: a reader sees the old file or the whole new one.
    case deferred
  }

  /// Writes `bytes` to `path`, replacing any existing file there. An existing file keeps its permissions; a
  /// symbolic link at `path` is replaced by the new file rather than followed.
  public static func write(_ bytes: [UInt8], to path: String, durability: Durability = .immediate) throws {
    // The bytes go through the descriptor that created the temporary file, never through a second open of its path.
    try write(
      to: path, durability: durability, throughDescriptor: true,
      writing: { descriptor in try writeAll(bytes, to: descriptor, path: path) }, using: { _ in })
  }

  /// Writes the file that `create` makes at the temporary path it is given, then flushes it to disk and renames it
  /// over `path`, as ``write(_:to:)`` does.
  ///
  /// The temporary path names an empty file in the target's folder, already carrying the permissions of the file
  /// it replaces, so that its contents are never more widely readable than the target's; `create` may write it in
  /// place or replace it. Whatever `create` throws is rethrown after the temporary file is removed; the target is
  /// then untouched.
  static func write(
    to path: String, durability: Durability = .immediate, using create: (_ temporary: String) throws -> Void
  ) throws {
    try write(to: path, durability: durability, throughDescriptor: false, writing: { _ in }, using: create)
  }

  /// ``write(to:durability:using:)``, or, `throughDescriptor`, `writing` through the descriptor that created the
  /// temporary file, which is then flushed and closed, so that what is renamed into place is the file that was
  /// written even if its path was swapped meanwhile.
  private static func write(
    to path: String, durability: Durability, throughDescriptor: Bool, writing: (_ descriptor: Int32) throws -> Void,
    using create: (_ temporary: String) throws -> Void
  ) throws {
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw XLSXError(.writeFailed, "Cannot write to '\(path)': it does not name a file.")
    }
    let (folder, file) = split(path)
    let temporary = folder + "." + file + "." + randomSuffix() + ".tmp"
    var existing = stat()
    let replaces = stat(path, &existing) == 0
    if replaces, (existing.st_mode & S_IFMT) != S_IFREG {
      throw XLSXError(.writeFailed, "Cannot write to '\(path)': something other than a file is there.")
    }
    let mode = replaces ? existing.st_mode & 0o7777 : nil
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
    guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file in its folder") }
    let created = mode.map { fchmod(descriptor, $0) == 0 } ?? true
    var open = true
    do {
      guard created else { throw failure(path, "cannot set the permissions of the temporary file") }
      if throughDescriptor {
        try writing(descriptor)
        if durability == .immediate, fsync(descriptor) != 0 {
          throw failure(path, "cannot flush the temporary file to disk")
        }
        open = false
        guard close(descriptor) == 0 else { throw failure(path, "cannot close the temporary file") }
      } else {
        open = false
        _ = close(descriptor)
        try create(temporary)
        try settle(temporary, mode: mode, flush: durability == .immediate, path: path)
      }
    } catch {
      if open { _ = close(descriptor) }
      _ = unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let failed = failure(path, "cannot move the temporary file into place")
      _ = unlink(temporary)
      throw failed
    }
    if durability == .immediate { syncFolder(folder) }
  }

  /// Flushes every file system's written data to disk, for files written with ``Durability/deferred``.
  public static func flushFileSystems() {
    sync()
  }

  /// Gives the finished temporary file the permissions of the file it replaces (if any) and, with `flush`, flushes
  /// it to disk.
  private static func settle(_ temporary: String, mode: mode_t?, flush: Bool, path: String) throws {
    guard mode != nil || flush else { return }
    let descriptor = open(temporary, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, "cannot reopen the temporary file") }
    var problem: XLSXError?
    if let mode, fchmod(descriptor, mode) != 0 {
      problem = failure(path, "cannot set the permissions of the temporary file")
    } else if flush, fsync(descriptor) != 0 {
      problem = failure(path, "cannot flush the temporary file to disk")
    }
    if close(descriptor) != 0, problem == nil { problem = failure(path, "cannot close the temporary file") }
    if let problem { throw problem }
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

  /// A random hexadecimal suffix that makes a temporary file name unique.
  static func randomSuffix() -> String {
    String(UInt64.random(in: .min ... .max), radix: 16)
  }

  /// A `.writeFailed` error naming the path, the action that failed and the system's reason (from `errno`).
  static func failure(_ path: String, _ action: String) -> XLSXError {
    let reason = String(cString: strerror(errno))
    return XLSXError(.writeFailed, "Cannot write '\(path)': \(action) (\(reason)).")
  }
}

/// POSIX `write(2)`, reachable under another name inside ``AtomicFile`` (whose own `write` hides it).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
