/// Where the row markup of a sheet goes as it is produced: memory (``MemorySink``), or a ``SpoolFile`` beside the
/// output when the workbook is written to a file.
protocol MarkupSink: AnyObject {
  /// Takes the next bytes of markup.
  func write(_ bytes: UnsafeRawBufferPointer) throws
  /// Everything written so far, as a piece of a zip entry.
  var piece: ZipWriter.Piece { get }
}

/// Keeps the markup in memory, for ``WorkbookWriter/data(_:)``.
final class MemorySink: MarkupSink {
  /// The markup written so far.
  private(set) var bytes: [UInt8] = []

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    self.bytes.append(contentsOf: bytes)
  }

  var piece: ZipWriter.Piece { .bytes(bytes) }
}
