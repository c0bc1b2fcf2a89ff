import Foundation
import Testing

@Suite struct RenderCommandTests {
  static let clerk = CLIRunner.repository.appendingPathComponent("Samples/clerk_imbalance_2022.xlsx").path

  @Test func thePageWithFindingsAndTheCleanPage() throws {
    let folder = try CLIRunner.temporaryFolder()
    let page = folder.appendingPathComponent("report.html")
    let marked = try CLIRunner.run(["render", Self.clerk, "-o", page.path])
    #expect(marked.status == 1, "written; the sample breaks rules")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h1>示例县示例镇2022年政府信息公开工作年度报告</h1>"))
    #expect(html.contains("class=\"value mark-error\"") && html.contains("<aside class=\"findings\">"))
    let clean = try CLIRunner.run(["render", Self.clerk, "--no-findings", "--lang", "en"])
    #expect(clean.status == 1)
    #expect(!clean.output.contains("<aside") && !clean.output.contains("class=\"value mark-"))
    #expect(clean.output.contains("<h2>三、收到和处理政府信息公开申请情况</h2>"))
  }

  @Test func anOrganWithMarkupShowsAsText() throws {
    let sample = CLIRunner.repository.appendingPathComponent("Samples/xiasizhen_2021.json")
    let json = try String(contentsOf: sample, encoding: .utf8).replacingOccurrences(
      of: "\"凯里市下司镇\"", with: "\"<script>alert(1)</script>\"")
    let result = try CLIRunner.run(["render", "-"], input: Data(json.utf8))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.output.contains("<script>") && result.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func unreadableInputWritesNothing() throws {
    let folder = try CLIRunner.temporaryFolder()
    let page = folder.appendingPathComponent("report.html")
    let bad = CLIRunner.sharedFixtures.appendingPathComponent("bad/truncated.xlsx").path
    let result = try CLIRunner.run(["render", bad, "-o", page.path])
    #expect(result.status == 2 && result.standardError.contains("truncated"))
    #expect(!FileManager.default.fileExists(atPath: page.path))
  }
}
