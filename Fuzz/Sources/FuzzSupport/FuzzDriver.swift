import CFuzzer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signature libFuzzer calls for each input.
public typealias FuzzTestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Starts libFuzzer with the process's arguments (libFuzzer flags, corpus folders or single inputs) and exits with
/// its status. libFuzzer runs `body` once per input; an input that crashes `body` is written out as `crash-…`.
public func runFuzzer(_ body: FuzzTestOneInput) -> Never {
  // A crash must reach libFuzzer's handler at once, not wait for Swift's interactive backtracer.
  setenv("SWIFT_BACKTRACE", "enable=no", 1)
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, body))
}

/// The bytes of one fuzz input.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}
