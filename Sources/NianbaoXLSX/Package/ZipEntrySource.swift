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

  /// For pieces that are one raw deflate stream: the CRC-32 and size of the uncompressed bytes.
  private let deflated: (crc: UInt, size: Int)?

  private init(_ pieces: [ZipWriter.Piece], deflated: (crc: UInt, size: Int)?) {
    self.pieces = pieces
    size = pieces.reduce(0) { $0 + $1.count }
    self.deflated = deflated
  }

  /// A libzip source for the pieces, owned by `archive` once it is added to it (or to be freed with
  /// `zip_source_free` when adding fails). With `deflated`, the pieces are one raw deflate stream of that many
  /// bytes with that CRC-32, which libzip stores as they are.
  static func make(
    _ pieces: [ZipWriter.Piece], deflated: (crc: UInt, size: Int)? = nil, in archive: OpaquePointer
  ) -> OpaquePointer? {
    let reader = Unmanaged.passRetained(ZipEntrySource(pieces, deflated: deflated))
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
      case .deflated:
        preconditionFailure("deflated pieces are read as their spool files")
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
      if let deflated = reader.deflated {
        stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC)
        stat.pointee.size = zip_uint64_t(deflated.size)
        stat.pointee.comp_size = zip_uint64_t(reader.size)
        stat.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
        stat.pointee.crc = zip_uint32_t(truncatingIfNeeded: deflated.crc)
      } else {
        stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE)
        stat.pointee.size = zip_uint64_t(reader.size)
      }
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
