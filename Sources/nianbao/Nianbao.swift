import ArgumentParser

/// The `nianbao` command: converts, checks and round-trips 政府信息公开工作年度报告 workbooks.
@main
struct Nianbao: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nianbao",
    abstract: "Convert, check and round-trip 政府信息公开工作年度报告 workbooks; serve a page for clerks and offices.",
    subcommands: [
      ImportCommand.self, ExportCommand.self, TemplateCommand.self, CheckCommand.self, RoundTripCommand.self,
      CellsCommand.self, SumCommand.self, RenderCommand.self, ServeCommand.self,
    ]
  )
}
