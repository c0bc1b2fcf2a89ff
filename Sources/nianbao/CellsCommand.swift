import ArgumentParser
import Foundation
import NianbaoXLSX

/// `nianbao cells`: a window into the XLSX reader, printing every sheet's cells and merged ranges.
struct CellsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cells",
    abstract: "Print every cell (reference, type, value, formula, cached value) and merged range of a workbook."
  )

  /// The output formats of the command.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, tsv
  }

  @Argument(help: "The workbook to read (.xlsx), or - for standard input.")
  var file: String

  @Option(name: .long, help: "Output format: json or tsv.")
  var format: Format = .json

  func run() throws {
    try CommandFailure.guarding {
      let reader = try InputFile.openWorkbook(file)
      var output = StandardOutput()
      switch format {
      case .json: try CellsJSON.write(reader, to: &output)
      case .tsv: try CellsTSV.write(reader, to: &output)
      }
      output.flush()
    }
  }
}
