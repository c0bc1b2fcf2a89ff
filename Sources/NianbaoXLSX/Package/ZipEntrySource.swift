import CZip

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The data of one zip entry as libzip pulls it while it writes the archive (in `zip_close`, entry by entry, in the
/// order they were added): the entry's pieces one after another, bytes in memory or a whole ``SpoolFile``.
///
/// Its size is known before it is read, so libzip writes plain (not ZIP64) headers, as for an in-memory buffer.
final class ZipEntrySource {
  /// The pieces, in order.
  private let pieces: [ZipWriter.Piece]
  /// The total size in bytes.
  private let size: Int
  /// The piece being read and the offset inside it.
  private var position = (piece: 0, offset: 0)
  /// The `errno` of the last failed read, for libzip's `ZIP_SOURCE_ERROR`.
  private var systemError: Int32 = 0

  private init(_ pieces: [ZipWriter.Piece]) {
    self.pieces = pieces
    size = pieces.reduce(0) { $0 + $1.count }
  }

  /// A libzip source for the pieces, owned by `archive` once it is added to it (or to be freed with
  /// `zip_source_free` when adding fails).
  static func make(_ pieces: [ZipWriter.Piece], in archive: OpaquePointer) -> OpaquePointer? {
    let reader = Unmanaged.passRetained(ZipEntrySource(pieces))
    guard let source = zip_source_function(archive, callback, reader.toOpaque()) else {
      reader.release()
      return nil
    }
    return source
  }

  /// Copies the next bytes into `buffer`; 0 at the end.
  private func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    var done = 0
    while done < buffer.count, position.piece < pieces.count {
      let target = UnsafeMutableRawBufferPointer(rebasing: buffer[done...])
      let read: Int
      switch pieces[position.piece] {
      case .bytes(let bytes):
        read = min(target.count, bytes.count - position.offset)
        bytes.withUnsafeBytes { source in
          target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position.offset..<(position.offset + read)]))
        }
      case .spool(let spool):
        read = try spool.read(
          into: UnsafeMutableRawBufferPointer(rebasing: target[..<min(target.count, spool.count - position.offset)]),
          at: position.offset)
      }
      done += read
      position.offset += read
      if position.offset == pieces[position.piece].count {
        position = (position.piece + 1, 0)
      } else if read == 0 {
        throw XLSXError(.writeFailed, "A temporary file ended before all of its bytes were read back.")
      }
    }
    return done
  }

  /// libzip's callback: the commands of a readable source (open, read, close, stat, error, free).
  private static let callback: zip_source_callback = { userdata, data, length, command in
    let source = Unmanaged<ZipEntrySource>.fromOpaque(userdata!)
    let reader = source.takeUnretainedValue()
    switch command {
    case ZIP_SOURCE_OPEN:
      reader.position = (0, 0)
      return 0
    case ZIP_SOURCE_READ:
      do {
        return zip_int64_t(try reader.read(into: UnsafeMutableRawBufferPointer(start: data, count: Int(length))))
      } catch {
        reader.systemError = errno
        return -1
      }
    case ZIP_SOURCE_CLOSE:
      return 0
    case ZIP_SOURCE_STAT:
      let stat = data!.assumingMemoryBound(to: zip_stat_t.self)
      zip_stat_init(stat)
      stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE)
      stat.pointee.size = zip_uint64_t(reader.size)
      return zip_int64_t(MemoryLayout<zip_stat_t>.size)
    case ZIP_SOURCE_ERROR:
      let codes = data!.assumingMemoryBound(to: Int32.self)
      codes[0] = ZIP_ER_READ
      codes[1] = reader.systemError
      return zip_int64_t(2 * MemoryLayout<Int32>.size)
    case ZIP_SOURCE_FREE:
      source.release()
      return 0
    case ZIP_SOURCE_SUPPORTS:
      return [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE]
        .reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
    default:
      return -1
    }
  }
}
