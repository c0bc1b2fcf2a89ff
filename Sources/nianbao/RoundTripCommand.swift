import ArgumentParser
import NianbaoReport
import NianbaoXLSX

/// `nianbao roundtrip`: proof that nothing a clerk entered is lost or changed.
struct RoundTripCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roundtrip",
    abstract: "XLSX → JSON → XLSX → JSON: compare every value, blank, text section and official merge.",
    discussion: "Prints each difference (nothing when the round trip holds). Exit 0: identical; 3: differences; "
      + "2: unreadable input."
  )

  @Argument(help: "The workbook (.xlsx), or - for standard input.")
  var input: String

  func run() throws {
    try CommandFailure.guarding {
      let bytes = try InputFile.readBytes(input)
      let result = try RoundTrip.run(workbook: bytes, name: input == "-" ? "standard input" : input)
      var output = StandardOutput()
      for difference in result.differences {
        output.write(difference.description + "\n")
      }
      let slots = result.first.report.layout.slots.count
      let filled = result.first.report.values.count
      output.write(
        result.differences.isEmpty
          ? "round trip holds: \(slots) cells (\(filled) filled, \(slots - filled) blank), text sections and merges.\n"
          : "round trip differs in \(result.differences.count) places.\n")
      output.flush()
      if !result.differences.isEmpty { throw ExitCode(ExitStatus.roundTripDifference.rawValue) }
    }
  }
}
