import FuzzSupport
import NianbaoXLSX

/// Fuzzes the XLSX reader with raw file bytes: file-type sniffing, the zip layer (libzip) with its entry checks and
/// inflation limits, and every part reader. Any input must give a workbook or an XLSXError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzInput(data, size)
  do {
    let reader = try WorkbookReader(bytes: bytes, name: "fuzz.xlsx", limits: FuzzLimits.small)
    try WorkbookWalk.walk(reader)
  } catch let error as XLSXError {
    precondition(!error.description.isEmpty, "an error without a message")
  } catch {
    untypedError(error, in: "FuzzReader")
  }
  return 0
}

runFuzzer(fuzzReader)
