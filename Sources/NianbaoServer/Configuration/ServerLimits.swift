/// How much a request may carry: one file, and the whole body.
public struct ServerLimits: Sendable, Equatable {
  /// The largest file (one part of a form, or a JSON body) a request may carry, in bytes.
  public var maxFileBytes: Int
  /// The largest request body, in bytes.
  public var maxRequestBytes: Int
  /// The most parts a form may hold (files and fields).
  public var maxParts: Int
  /// The largest header block of one part of a form, in bytes.
  public var maxPartHeaderBytes: Int

  /// Limits: by default 20 MiB a file and 200 MiB a request, 1,000 parts and 16 KiB of headers a part.
  public init(
    maxFileBytes: Int = 20 << 20, maxRequestBytes: Int = 200 << 20, maxParts: Int = 1_000,
    maxPartHeaderBytes: Int = 16 << 10
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxRequestBytes = maxRequestBytes
    self.maxParts = maxParts
    self.maxPartHeaderBytes = maxPartHeaderBytes
  }
}
