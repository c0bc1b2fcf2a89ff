import FuzzSupport
import NianbaoReport
import NianbaoXLSX

/// Structure-aware fuzzing: the input is a package as text (`@@@ NAME` lines, see PartsInput), packed into a
/// valid zip, so that mutations reach the XML of the parts. Each package goes through the reader and the import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParts(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let package = PartsInput.package(fuzzInput(data, size))
  do {
    let reader = try WorkbookReader(bytes: package, name: "parts.xlsx", limits: FuzzLimits.small)
    try WorkbookWalk.walk(reader)
  } catch let error as XLSXError {
    precondition(!error.description.isEmpty, "an error without a message")
    return 0
  } catch {
    untypedError(error, in: "FuzzParts")
  }
  ImportProbe.run(package, name: "parts.xlsx")
  return 0
}

runFuzzer(fuzzParts)
