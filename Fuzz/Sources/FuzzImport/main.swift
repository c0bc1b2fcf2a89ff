import FuzzSupport
import NianbaoReport
import NianbaoXLSX

/// Fuzzes the report import with raw file bytes: the reader, then table location, version detection, value
/// parsing, formula evaluation and the checks; an imported report must survive its own JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  ImportProbe.run(fuzzInput(data, size), name: "fuzz.xlsx")
  return 0
}

runFuzzer(fuzzImport)
