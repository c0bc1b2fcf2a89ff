import NianbaoPackage
import NianbaoXLSX

/// Small reading limits for fuzzing, so that no input can spend much memory or time: libFuzzer then reports
/// only real faults (crashes, leaks, hangs of the code itself), not inputs that are merely large.
public enum FuzzLimits {
  /// At most 4 MiB per part, 16 MiB in all, 256 entries, 1 MiB of text, 10,000 merges, 4 MiB of input.
  public static let small = ReadLimits(
    maxPartBytes: 4 << 20,
    maxTotalBytes: 16 << 20,
    maxCompressionRatio: 100,
    ratioThresholdBytes: 100 * 1024,
    maxEntries: 256,
    maxSharedStrings: 50_000,
    maxTextBytes: 1 << 20,
    maxMerges: 10_000,
    maxInputBytes: 4 << 20
  )
}

/// Stops the fuzzer on an error that is not an ``XLSXError``: the reader promises a typed error for every input.
public func untypedError(_ error: any Error, in target: String) -> Never {
  fatalError("\(target): an error other than XLSXError escaped: \(type(of: error)): \(error)")
}
