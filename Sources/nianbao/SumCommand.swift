import ArgumentParser
import Foundation
import NianbaoReport
import NianbaoXLSX

/// `nianbao sum`: reports added cell by cell (逐级汇总) into one report, R1–R4 re-run on the sum.
struct SumCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sum",
    abstract: "Add reports (.xlsx, .json, folders) cell by cell into one report: JSON, or the official XLSX.",
    discussion: """
      The inputs must share their template version. A cell of the sum is blank only where every input is blank; \
      amounts add exactly; the text sections are not summed. R1–R4 are re-run on the sum and printed on standard \
      error, with every input that breaks one. --explain KEY lists each input's contribution to a cell and the \
      total. Exit 0: written, no rule broken; 1: written, a rule broken in the sum or an input; 2: an input could \
      not be read, the versions differ, or the output could not be written.
      """
  )

  @Argument(help: "The reports to add: workbooks (.xlsx), canonical JSON, or folders of them.")
  var inputs: [String]

  @Option(name: .shortAndLong, help: "The sum to write: FILE.json, FILE.xlsx (the official layout), or - (JSON).")
  var output: String?

  @Option(help: "The organ named in the sum (default: none).")
  var organ: String?

  @Option(help: "The year of the sum (default: the inputs' year, when they share one).")
  var year: Int?

  @Option(help: "A key path such as applications.newlyReceived.total: list each input's contribution and the total.")
  var explain: [String] = []

  @Option(help: "The language of the findings and explanations: zh or en.")
  var lang: FindingOptions.LanguageOption = .zh

  @Option(help: "Parallel reads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// The formats the sum can be written in.
  enum OutputKind { case json, xlsx }

  /// The format `-o` asks for, by the file's ending.
  static func kind(of output: String) -> OutputKind? {
    if output == "-" || output.lowercased().hasSuffix(".json") { return .json }
    return output.lowercased().hasSuffix(".xlsx") ? .xlsx : nil
  }

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("Name at least one report or folder to add.") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    guard output != nil || !explain.isEmpty else {
      throw ValidationError("Name the sum to write with -o TOTAL.json or -o TOTAL.xlsx (or ask --explain KEY).")
    }
    if let output, Self.kind(of: output) == nil {
      throw ValidationError("-o \(output): the sum is written as .json or .xlsx (or - for JSON on standard output).")
    }
  }

  var language: Language { lang == .en ? .english : .chinese }

  func run() throws {
    let loaded = try load()
    let sum: ReportSum
    do {
      sum = try ReportSum(
        zip(loaded.files, loaded.reports).map { ReportSum.Input(name: $0.path, report: $1.report) }, organ: organ,
        year: year)
    } catch {
      printError("nianbao: \(error)")
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    }
    var explanations: [String] = []
    for key in explain {
      do {
        explanations.append(try Self.explanation(of: ReportKeyPath(parsing: key), in: sum, language: language))
      } catch {
        printError("nianbao: \(error)")
        throw ExitCode(ExitStatus.unreadableInput.rawValue)
      }
    }
    try CommandFailure.guarding {
      if let output {
        let bytes = Self.kind(of: output) == .xlsx ? try ReportExporter.data(for: sum.total) : sum.total.jsonUTF8()
        try OutputFile.write(bytes, to: output, isBinary: Self.kind(of: output) == .xlsx)
      }
    }
    let broken = report(sum, inputs: zip(loaded.files, loaded.reports).map { ($0.path, $1.findings) })
    let text = explanations.joined(separator: "\n")
    if !text.isEmpty {
      if output == "-" {
        printError(text, terminator: "")
      } else {
        var standardOutput = StandardOutput()
        standardOutput.write(text)
        standardOutput.flush()
      }
    }
    if broken { throw ExitCode(ExitStatus.rulesBroken.rawValue) }
  }

  /// Every input read (in parallel); throws exit 2 after naming each one that cannot be read.
  private func load() throws -> (files: [ReviewInputs.Input], reports: [InputFile.LoadedReport]) {
    let files = ReviewInputs.expand(inputs)
    guard !files.isEmpty else {
      printError("nianbao: No report (.xlsx, .json) in \(inputs.joined(separator: ", ")).")
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    }
    let results = ParallelWork.map(count: files.count, jobs: jobs) { index -> Result<InputFile.LoadedReport, Failure> in
      if let error = files[index].error { return .failure(Failure(message: error)) }
      do {
        return .success(try InputFile.load(files[index].path))
      } catch {
        return .failure(Failure(message: ReadFailure.message(for: error)))
      }
    }
    var reports: [InputFile.LoadedReport] = []
    var failed = false
    for (file, result) in zip(files, results) {
      switch result {
      case .success(let report): reports.append(report)
      case .failure(let failure):
        failed = true
        printError("nianbao: \(file.path): \(failure.message)")
      }
    }
    if failed {
      printError(language == .english ? "Nothing was added." : "未汇总。")
      throw ExitCode(ExitStatus.unreadableInput.rawValue)
    }
    return (files, reports)
  }

  /// Why an input could not be read.
  private struct Failure: Error {
    let message: String
  }

  /// Prints R1–R4 on the sum, then every input's broken R1–R4, on standard error; whether any rule is broken.
  private func report(_ sum: ReportSum, inputs: [(String, [Finding])]) -> Bool {
    let findings = sum.findings
    var lines: [String] = []
    let english = language == .english
    lines.append(
      english
        ? "Sum of \(sum.inputs.count) reports (\(sum.total.formatVersion) format): R1–R4 "
          + (findings.isEmpty ? "hold." : "broken in \(findings.count) places:")
        : "\(sum.inputs.count) 份报告（\(sum.total.formatVersion) 版）的汇总："
          + (findings.isEmpty ? "R1–R4 均平衡。" : "R1–R4 有 \(findings.count) 处不平衡："))
    lines += findings.map { "  " + FindingText.line($0, language: language) }
    var brokenInputs = 0
    for (name, inputFindings) in inputs {
      let broken = ReportSum.brokenRules(in: inputFindings)
      guard !broken.isEmpty else { continue }
      brokenInputs += 1
      lines += broken.map { "  \(name): " + FindingText.line($0, language: language) }
    }
    if brokenInputs > 0 {
      lines.insert(
        english
          ? "\(brokenInputs) of the inputs break R1–R4 themselves:" : "其中 \(brokenInputs) 份输入本身有 R1–R4 不平衡：",
        at: findings.count + 1)
    }
    let years = sum.inputYears
    if year == nil, years.count > 1 {
      lines.append(
        english
          ? "The inputs are of several years (\(years.map(String.init).joined(separator: ", "))); the sum has no year "
            + "(give one with --year)."
          : "输入报告涉及多个年度（\(years.map(String.init).joined(separator: "、"))），汇总表未填年度（可用 --year 指定）。")
    }
    printError(lines.joined(separator: "\n"))
    return !findings.isEmpty || brokenInputs > 0
  }

  /// Each input's contribution to one cell, and the total.
  static func explanation(of keyPath: ReportKeyPath, in sum: ReportSum, language: Language) throws -> String {
    let contributions = try sum.contributions(to: keyPath)
    let slot = sum.total.layout.slot(at: keyPath)!
    let total = sum.total[keyPath]
    let width = max(contributions.map(\.value.description.count).max() ?? 0, total?.description.count ?? 0)
    func pad(_ text: String) -> String { String(repeating: " ", count: width - text.count) + text }
    let english = language == .english
    var lines = [
      english
        ? "\(keyPath): table \(slot.table.rawValue), \(slot.rowLabel) × \(slot.columnLabel)"
        : "\(keyPath)：\(slot.table.sheetName)「\(slot.rowLabel)」×「\(slot.columnLabel)」"
    ]
    lines += contributions.map { "  " + pad($0.value.description) + "  " + $0.name }
    let blank = sum.inputs.count - contributions.count
    let totalText = total?.description ?? (english ? "blank" : "空白")
    lines.append(
      english
        ? "  " + pad(totalText)
          + "  total (\(contributions.count) of \(sum.inputs.count) inputs filled, \(blank) blank)"
        : "  " + pad(totalText) + "  合计（\(sum.inputs.count) 份输入中 \(contributions.count) 份有值，\(blank) 份空白）")
    return lines.joined(separator: "\n") + "\n"
  }
}
