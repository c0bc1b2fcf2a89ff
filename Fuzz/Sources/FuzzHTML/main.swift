import FuzzSupport
import NianbaoGrid
import NianbaoHTML

/// Fuzzes the HTML carrier with raw page bytes: encoding detection (BOM, `<meta>` prescan, UTF-8 validation, iconv
/// through libxml2), libxml2's HTML push parser and the page walker. Any input must give grids or an HTMLError; the
/// grids of a page must be what a second read gives (nothing depends on state left behind).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzInput(data, size)
  _ = HTMLReader.looksLikeHTML(bytes)
  do {
    let grids = try HTMLReader.read(bytes: bytes, name: "fuzz.html", limits: FuzzLimits.small)
    precondition(grids.first?.name == DocumentGridBuilder.bodyName, "the body grid is not first")
    for grid in grids {
      for cell in grid.cells { precondition(cell.row >= 1 && cell.column >= 1, "a cell off the grid") }
    }
    let again = try HTMLReader.read(bytes: bytes, name: "fuzz.html", limits: FuzzLimits.small)
    precondition(again == grids, "a second read gives other grids")
  } catch {
    precondition(!error.description.isEmpty, "an error without a message")
  }
  return 0
}

runFuzzer(fuzzHTML)
