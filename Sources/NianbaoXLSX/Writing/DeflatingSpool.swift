/// A sheet's row markup deflated on a second thread while the sheet is being written, and kept compressed in a
/// ``SpoolFile`` beside the output until the zip archive is put together.
///
/// The caller's thread makes the markup and hands it over in chunks of ``chunkBytes``; a worker thread deflates
/// them in order into one raw deflate stream (``RawDeflater``), so that compressing overlaps writing instead of
/// following it inside `zip_close`. At most ``queueLength`` chunks wait, so memory stays bounded. The stream ends
/// with a sync flush: ``ZipWriter`` deflates the sheet's head and tail apart and joins the three.
final class DeflatingSpool: MarkupSink {
  /// The size of the chunks handed to the worker.
  static let chunkBytes = 256 * 1024
  /// The most chunks waiting for the worker.
  static let queueLength = 4

  private let worker: Worker
  private var thread: JoinableThread?
  private var chunk: [UInt8] = []
  private var finished: ZipWriter.Piece?

  /// Starts the worker, with an empty spool file beside `outputPath`.
  init(beside outputPath: String) throws {
    worker = Worker(spool: try SpoolFile(beside: outputPath), outputPath: outputPath)
    let worker = worker
    guard let thread = JoinableThread({ worker.run() }) else {
      throw AtomicFile.failure(outputPath, "cannot start a thread to compress a worksheet")
    }
    self.thread = thread
    chunk.reserveCapacity(Self.chunkBytes)
  }

  deinit {
    worker.cancel()
    thread?.join()
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    chunk.append(contentsOf: bytes)
    if chunk.count >= Self.chunkBytes {
      try worker.push(chunk)
      chunk = []
      chunk.reserveCapacity(Self.chunkBytes)
    }
  }

  func finishedPiece() throws -> ZipWriter.Piece {
    if let finished { return finished }
    if !chunk.isEmpty { try worker.push(chunk) }
    chunk = []
    worker.end()
    thread?.join()
    thread = nil
    let body = try worker.result()
    finished = .deflated(body)
    return .deflated(body)
  }

  /// The worker thread's side: the queue of chunks (under one lock) and, owned by the thread until it is joined,
  /// the deflater and the spool file.
  private final class Worker: @unchecked Sendable {
    private let lock = ConditionLock()
    private var queue: [[UInt8]] = []
    private var ended = false
    private var cancelled = false
    private var failure: (any Error)?
    private let spool: SpoolFile
    private let outputPath: String
    private var body: ZipWriter.DeflatedBody?

    init(spool: SpoolFile, outputPath: String) {
      self.spool = spool
      self.outputPath = outputPath
    }

    /// Queues a chunk, waiting while the queue is full; rethrows the worker's failure.
    func push(_ chunk: [UInt8]) throws {
      try lock.withLock {
        while queue.count >= DeflatingSpool.queueLength, failure == nil { lock.wait() }
        if let failure { throw failure }
        queue.append(chunk)
        lock.broadcast()
      }
    }

    /// No more chunks will come.
    func end() {
      lock.withLock {
        ended = true
        lock.broadcast()
      }
    }

    /// Stops the worker without finishing the stream (the sheet was abandoned).
    func cancel() {
      lock.withLock {
        cancelled = true
        lock.broadcast()
      }
    }

    /// The deflated rows, once the worker has been joined after ``end()``.
    func result() throws -> ZipWriter.DeflatedBody {
      try lock.withLock {
        if let failure { throw failure }
        guard let body else {
          throw AtomicFile.failure(outputPath, "the compression of a worksheet stopped before its end")
        }
        return body
      }
    }

    /// The thread's body: deflates chunks in order until the end, a failure or a cancellation.
    func run() {
      guard let deflater = RawDeflater() else {
        fail(AtomicFile.failure(outputPath, "zlib could not start compressing a worksheet"))
        return
      }
      let spool = spool
      do {
        while let chunk = next() {
          try chunk.withUnsafeBytes { bytes in try deflater.deflate(bytes) { try spool.write($0) } }
        }
        guard lock.withLock({ !cancelled }) else { return }
        try deflater.flush { try spool.write($0) }
        let body = ZipWriter.DeflatedBody(spool: spool, crc: deflater.crc, count: deflater.count)
        lock.withLock { self.body = body }
      } catch {
        fail(error)
      }
    }

    /// The next chunk, waiting for one; `nil` at the end or when cancelled.
    private func next() -> [UInt8]? {
      lock.withLock {
        while queue.isEmpty, !ended, !cancelled { lock.wait() }
        guard !cancelled, !queue.isEmpty else { return nil }
        let chunk = queue.removeFirst()
        lock.broadcast()
        return chunk
      }
    }

    private func fail(_ error: any Error) {
      lock.withLock {
        failure = error
        lock.broadcast()
      }
    }
  }
}
