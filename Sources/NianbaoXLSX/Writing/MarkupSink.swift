/// Where the row markup of a sheet goes as it is produced: memory (``MemorySink``), or a ``DeflatingSpool`` beside
/// the output when the workbook is written to a file.
protocol MarkupSink: AnyObject {
  /// Takes the next bytes of markup.
  func write(_ bytes: UnsafeRawBufferPointer) throws
  /// Everything written, as a piece of a zip entry; nothing may be written after.
  func finishedPiece() throws -> ZipWriter.Piece
}

/// Keeps the markup in memory, for ``WorkbookWriter/data(_:)``.
final class MemorySink: MarkupSink {
  /// The markup written so far.
  private(set) var bytes: [UInt8] = []

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    self.bytes.append(contentsOf: bytes)
  }

  func finishedPiece() -> ZipWriter.Piece { .bytes(bytes) }
}
