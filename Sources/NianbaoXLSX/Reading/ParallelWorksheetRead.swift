import NianbaoPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thrown by the parse of a chunk where its result could differ from a read of the whole part; the caller's thread
/// then reads that chunk itself, in order.
struct ChunkNotProvable: Error {}

/// Reads one worksheet part on several threads, with the rows, layout and errors of a read in one pass.
///
/// The caller's thread parses the part up to the end of its first row. When libxml2 has then read every byte and the
/// read stands between rows (``WorksheetState/isBetweenRows``) of a UTF-8 part, a splitter thread inflates the rest
/// and cuts it after row end tags (``WorksheetChunkSplitter``); worker threads parse each chunk with their own libxml2
/// parser, wrapped in two elements that declare the namespaces of the root and of its open child. The caller's
/// thread takes the chunks strictly in order:
///
/// - a chunk a worker parsed whole, that neither ended inside an element nor held a comment, a processing
///   instruction, a CDATA section, merges, columns or a leading row without `r`, holds balanced row content. Its rows
///   are what the one-pass read makes of the same bytes; the caller's thread resolves the shared formulas against
///   the anchors so far, hands the rows to the body, and feeds its own parser the chunk's line breaks only, so that
///   libxml2's line numbers stay those of the part;
/// - any other chunk (a parse error included) is fed to the caller's own parser, which carries on exactly as the
///   one-pass read does and raises its errors. Should that leave the read anywhere but between rows, the rest of the
///   part is fed the same way;
/// - what follows the last cut, and a stream error after it, go to the caller's parser last.
///
/// At most ``capacity`` chunks are in flight. An error or a throwing body cancels the pipeline, and every thread is
/// joined before ``run(_:)`` returns or throws.
struct ParallelWorksheetRead {
  let context: WorksheetContext
  let chunkBytes: Int
  let workers: Int
  /// The caller's parser and state, which have read nothing of the part yet.
  let parser: XMLEventParser
  let state: UnsafeMutablePointer<WorksheetState>

  /// The processors online.
  static var processorCount: Int { max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1) }

  /// The most chunks inflated but not yet taken by the caller's thread.
  var capacity: Int { 2 * workers + 2 }

  /// Reads the part from `stream`, which nothing has read yet.
  func run(_ stream: ZipEntryStream) throws -> WorksheetReadStatistics {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: XMLEventParser.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    while true {
      let count = try parser.read(stream, into: buffer)
      if count == 0 {
        try parser.finish()
        return WorksheetReadStatistics()
      }
      let block = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
      guard let cut = WorksheetChunkSplitter.firstCut(in: block) else {
        try parser.feed(block)
        continue
      }
      try parser.feed(UnsafeRawBufferPointer(rebasing: block[0..<cut]))
      let rest = UnsafeRawBufferPointer(rebasing: block[cut...])
      if state.pointee.isBetweenRows, parser.hasParsedAllInput, parser.readsUTF8,
        let statistics = try runPipeline(stream, carry: Array(rest))
      {
        return statistics
      }
      try parser.feed(rest)
      try parser.parse(stream)
      return WorksheetReadStatistics()
    }
  }

  /// The element pair a chunk is parsed in: the namespace declarations of the open root and its open child.
  private func wrapper() -> (prefix: [UInt8], suffix: [UInt8]) {
    func tag(_ name: String, _ declarations: [(prefix: String?, uri: String)]) -> String {
      var text = "<" + name
      for declaration in declarations {
        text += " xmlns" + (declaration.prefix.map { ":" + $0 } ?? "") + "=\"" + Self.escaped(declaration.uri) + "\""
      }
      return text + ">"
    }
    let namespaces = state.pointee.outerNamespaces
    return (Array((tag("w", namespaces[0]) + tag("d", namespaces[1])).utf8), Array("</d></w>".utf8))
  }

  /// An attribute value as written between double quotes.
  private static func escaped(_ text: String) -> String {
    var result = ""
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case "\"": result += "&quot;"
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Runs the threads over the rest of the part, `carry` first; `nil` when no thread could be started (nothing of
  /// the stream has been read then).
  private func runPipeline(_ stream: ZipEntryStream, carry: [UInt8]) throws -> WorksheetReadStatistics? {
    let pipeline = ChunkPipeline(capacity: capacity)
    let wrapper = wrapper()
    let context = context
    var threads: [JoinableThread] = []
    defer {
      pipeline.cancel()
      for thread in threads { thread.join() }
    }
    for _ in 0..<workers {
      guard let thread = JoinableThread({ Self.work(pipeline, context: context, wrapper: wrapper) }) else { break }
      threads.append(thread)
    }
    // The stream belongs to the splitter thread until that thread is joined; this thread does not touch it meanwhile.
    nonisolated(unsafe) let source = stream
    let chunkBytes = chunkBytes
    guard !threads.isEmpty,
      let splitter = JoinableThread({ Self.split(source, carry: carry, chunkBytes: chunkBytes, into: pipeline) })
    else { return nil }
    threads.append(splitter)
    return try consume(pipeline)
  }

  /// Takes the chunks in order on the caller's thread.
  private func consume(_ pipeline: ChunkPipeline) throws -> WorksheetReadStatistics {
    var statistics = WorksheetReadStatistics()
    var inOrderOnly = false
    var index = 0
    while true {
      switch pipeline.take(index) {
      case .chunk(let raw, let parsed):
        if let parsed, !inOrderOnly {
          if !parsed.lineBreaks.isEmpty { try parsed.lineBreaks.withUnsafeBytes { try parser.feed($0) } }
          try state.pointee.accept(parsed.chunk)
          statistics.parallelChunks += 1
        } else {
          try raw.withUnsafeBytes { try parser.feed($0) }
          statistics.orderedChunks += 1
          if !inOrderOnly, !(state.pointee.isBetweenRows && parser.hasParsedAllInput) {
            inOrderOnly = true
            pipeline.stopParsing()
          }
        }
      case .end(let tail, let error):
        try tail.withUnsafeBytes { try parser.feed($0) }
        if let error { throw error }
        try parser.finish()
        return statistics
      }
      index += 1
    }
  }

  /// The splitter thread: inflates the part and cuts it into chunks of at least `chunkBytes`, after row end tags.
  private static func split(_ stream: ZipEntryStream, carry: [UInt8], chunkBytes: Int, into pipeline: ChunkPipeline) {
    var carry = carry
    carry.reserveCapacity(chunkBytes + XMLEventParser.chunkSize)
    let giant = max(16 * chunkBytes, 4 << 20)
    // How far the carry has been searched for a row end without finding one.
    var searched = 0
    let block = UnsafeMutableRawBufferPointer.allocate(byteCount: XMLEventParser.chunkSize, alignment: 1)
    defer { block.deallocate() }
    while true {
      // Cut after the first row end at `chunkBytes` or later; a row longer than `giant` goes as it is (its chunk
      // is then read in order).
      while carry.count >= chunkBytes {
        let from = max(chunkBytes - 1, searched - 16)
        let found = carry.withUnsafeBytes { WorksheetChunkSplitter.firstCut(in: $0, from: from) }
        guard let cut = found ?? (carry.count >= giant ? carry.count : nil) else {
          searched = carry.count
          break
        }
        searched = 0
        var chunk = carry
        carry = Array(chunk[cut...])
        carry.reserveCapacity(chunkBytes + XMLEventParser.chunkSize)
        chunk.removeLast(chunk.count - cut)
        guard pipeline.push(chunk) else { return }
      }
      let count: Int
      do {
        count = try stream.read(into: block)
      } catch {
        pipeline.finish(tail: carry, error: error)
        return
      }
      if count == 0 {
        pipeline.finish(tail: carry, error: nil)
        return
      }
      carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[0..<count]))
    }
  }

  /// A worker thread: parses chunks until there are no more.
  private static func work(
    _ pipeline: ChunkPipeline, context: WorksheetContext, wrapper: (prefix: [UInt8], suffix: [UInt8])
  ) {
    while let job = pipeline.nextJob() {
      let parsed = job.parse ? try? parse(job.raw, context: context, wrapper: wrapper) : nil
      pipeline.publish(job.index, .chunk(raw: job.raw, parsed: parsed))
    }
  }

  /// The rows of one chunk, or an error where they cannot be proved to be those of a read in one pass.
  private static func parse(
    _ raw: [UInt8], context: WorksheetContext, wrapper: (prefix: [UInt8], suffix: [UInt8])
  ) throws -> ParsedChunk {
    let state = UnsafeMutablePointer<WorksheetState>.allocate(capacity: 1)
    state.initialize(to: WorksheetState(context: context, body: nil))
    defer {
      state.deinitialize(count: 1)
      state.deallocate()
    }
    let parser = try XMLEventParser(
      part: context.part, handler: state, callbacks: WorksheetState.callbacks, markupError: ChunkNotProvable())
    try wrapper.prefix.withUnsafeBytes { try parser.feed($0) }
    try raw.withUnsafeBytes { try parser.feed($0) }
    guard state.pointee.isBetweenRows, parser.hasParsedAllInput else { throw ChunkNotProvable() }
    try wrapper.suffix.withUnsafeBytes { try parser.feed($0) }
    try parser.finish()
    return ParsedChunk(chunk: state.pointee.takeChunk(), lineBreaks: lineBreaks(raw))
  }

  /// The line feeds and carriage returns of the bytes, in order.
  private static func lineBreaks(_ raw: [UInt8]) -> [UInt8] {
    raw.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress,
        memchr(base, Int32(UInt8(ascii: "\n")), bytes.count) != nil
          || memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) != nil
      else { return [] }
      return bytes.filter { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
  }
}

/// A chunk a worker parsed: its rows and the line breaks of its bytes.
struct ParsedChunk: Sendable {
  var chunk: WorksheetChunk
  var lineBreaks: [UInt8]
}

/// The chunks of a parallel read between the splitter, the workers and the caller's thread, under one lock.
final class ChunkPipeline: @unchecked Sendable {
  /// What the caller's thread takes at one index.
  enum Item {
    /// A chunk's bytes, with its rows when a worker proved them.
    case chunk(raw: [UInt8], parsed: ParsedChunk?)
    /// The bytes after the last cut, and the stream's error if the part could not be read to its end.
    case end(tail: [UInt8], error: (any Error)?)
  }

  private let lock = ConditionLock()
  private let capacity: Int
  /// Chunks waiting for a worker, oldest first from `nextPending`.
  private var pending: [(index: Int, raw: [UInt8])] = []
  private var nextPending = 0
  private var produced = 0
  private var taken = 0
  private var results: [Int: Item] = [:]
  private var end: (index: Int, item: Item)?
  private var cancelled = false
  private var parsing = true

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The splitter adds a chunk, waiting while `capacity` chunks are in flight; `false` once cancelled.
  func push(_ raw: [UInt8]) -> Bool {
    lock.withLock {
      while !cancelled, produced - taken >= capacity { lock.wait() }
      guard !cancelled else { return false }
      if nextPending == pending.count {
        pending.removeAll(keepingCapacity: true)
        nextPending = 0
      }
      pending.append((produced, raw))
      produced += 1
      lock.broadcast()
      return true
    }
  }

  /// The splitter ends the part: `tail` follows the last chunk, then `error` if the part could not be read.
  func finish(tail: [UInt8], error: (any Error)?) {
    lock.withLock {
      end = (produced, .end(tail: tail, error: error))
      lock.broadcast()
    }
  }

  /// A worker's next chunk, and whether to parse it; `nil` when no chunk will come.
  func nextJob() -> (index: Int, raw: [UInt8], parse: Bool)? {
    lock.withLock {
      while !cancelled, nextPending == pending.count, end == nil { lock.wait() }
      guard !cancelled, nextPending < pending.count else { return nil }
      let job = pending[nextPending]
      pending[nextPending].raw = []
      nextPending += 1
      return (job.index, job.raw, parsing)
    }
  }

  /// A worker hands over the chunk at `index`.
  func publish(_ index: Int, _ item: Item) {
    lock.withLock {
      results[index] = item
      lock.broadcast()
    }
  }

  /// The caller's thread takes the item at `index`, waiting for it.
  func take(_ index: Int) -> Item {
    lock.withLock {
      while true {
        if let item = results.removeValue(forKey: index) {
          taken += 1
          lock.broadcast()
          return item
        }
        if let end, end.index == index { return end.item }
        lock.wait()
      }
    }
  }

  /// Workers pass the remaining chunks on unparsed.
  func stopParsing() {
    lock.withLock { parsing = false }
  }

  /// Stops every thread at its next wait.
  func cancel() {
    lock.withLock {
      cancelled = true
      lock.broadcast()
    }
  }
}
