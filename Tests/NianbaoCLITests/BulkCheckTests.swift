import Foundation
import NianbaoReport
import Testing

/// `nianbao check FOLDER`: a generated folder of 200 workbooks and JSON files (both versions, some broken, two
/// unreadable, three organs over four years with one broken R5 link), checked against what the generator put in.
@Suite(.serialized) final class BulkCheckTests {
  let folder: ReviewFolder

  init() throws {
    folder = try ReviewFolder.make(count: 200)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder.url)
  }

  /// The JSON document's entries by file path.
  func entries(_ result: CLIRunner.Result) throws -> [String: [String: Any]] {
    let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
    let files = try #require(document["files"] as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: files.map { ($0["file"] as! String, $0) })
  }

  @Test func theJSONDocumentHasEveryFileAndWhatTheGeneratorPlanted() throws {
    let result = try CLIRunner.run(["check", folder.url.path, "--format", "json"])
    #expect(result.status == 2, "an unreadable file gives 2")
    #expect(result.standardError.isEmpty, "no progress bar when standard error is not a terminal")
    let entries = try entries(result)
    #expect(entries.count == 200)
    let document = try JSONValue.parse(bytes: [UInt8](result.standardOutput))
    #expect(try ReportSchema.validator().validate(document, against: "#/$defs/reviewDocument").isEmpty)
    for file in folder.files {
      let entry = try #require(entries[folder.path(file.name)], "\(file.name)")
      let findings = entry["findings"] as? [[String: Any]] ?? []
      if file.unreadable {
        #expect(entry["error"] is String, "\(file.name)")
        #expect(findings.isEmpty)
        #expect(entry["organ"] is NSNull)
        continue
      }
      #expect(entry["error"] is NSNull, "\(file.name): \(entry["error"] ?? "")")
      #expect(entry["organ"] as? String == file.organ, "\(file.name)")
      #expect(entry["year"] as? Int == file.year, "\(file.name)")
      #expect(entry["formatVersion"] as? Int == file.version?.rawValue, "\(file.name)")
      let errors = findings.filter { $0["severity"] as? String == "error" }
      let warnings = findings.filter { $0["severity"] as? String == "warning" }
      #expect(errors.count == file.errors, "\(file.name): \(errors)")
      #expect(warnings.count == file.warnings, "\(file.name): \(warnings)")
      let summary = entry["summary"] as? [String: Int]
      #expect(summary?["error"] == file.errors && summary?["warning"] == file.warnings)
      #expect(errors.first?["rule"] as? String == file.firstErrorRule, "\(file.name)")
      #expect(errors.first?["cell"] as? String == file.firstErrorCell, "\(file.name)")
      let links = findings.filter { $0["rule"] as? String == "R5" && $0["severity"] as? String == "warning" }
      #expect(links.map { $0["cell"] as? String } == file.brokenLinkCells, "\(file.name)")
      if let previous = file.brokenLinkPrevious {
        for link in links {
          let message = (link["message"] as? [String: String])?["zh"] ?? ""
          #expect(message.contains(folder.path(file.name)) && message.contains(folder.path(previous)), "\(message)")
          #expect((link["reference"] as? String)?.isEmpty == false)
        }
      }
      let notes = findings.filter { $0["rule"] as? String == "R5" && $0["severity"] as? String == "info" }
      #expect(notes.count == (file.similarNameNote ? 1 : 0), "\(file.name): \(notes)")
    }
  }

  @Test func theSummaryTableListsEveryFileWorstFirst() throws {
    let result = try CLIRunner.run(["check", folder.url.path, "--quiet"])
    #expect(result.status == 2)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("文件") == true)
    #expect(lines.count == 202, "header, 200 files, the closing count")
    let json = try entries(try CLIRunner.run(["check", folder.url.path, "--format", "json"]))
    var ranks: [(Int, Int, Int)] = []
    for line in lines.dropFirst().dropLast() {
      let fields = line.components(separatedBy: "  ").filter { !$0.isEmpty }.map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let file = try #require(folder.files.first { folder.path($0.name) == fields[0] }, "\(line)")
      if file.unreadable {
        #expect(fields[1...5].allSatisfy { $0 == "-" }, "\(line)")
        #expect(fields.last?.hasPrefix("无法读取：") == true)
        ranks.append((1, 0, 0))
        continue
      }
      #expect(fields[1] == file.organ && fields[2] == String(file.year!) && fields[3] == String(file.version!.rawValue))
      #expect(fields[4] == String(file.errors) && fields[5] == String(file.warnings), "\(line)")
      let findings = json[fields[0]]?["findings"] as? [[String: Any]] ?? []
      let firstError = findings.first { $0["severity"] as? String == "error" }
      let words = (firstError?["message"] as? [String: String])?["zh"]
      #expect(fields.count == (words == nil ? 6 : 7), "\(line)")
      if let words { #expect(fields[6] == words) }
      ranks.append((0, file.errors, file.warnings))
    }
    #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) >= ($1.1, $1.2) })
    let planted = folder.files
    let closing =
      "共 200 个文件：\(planted.filter { !$0.unreadable && $0.errors == 0 && $0.warnings == 0 }.count) 个无错误和警告，"
      + "\(planted.filter { $0.errors == 0 && $0.warnings > 0 }.count) 个仅有警告，"
      + "\(planted.filter { $0.errors > 0 }.count) 个有错误，2 个无法读取。"
    #expect(lines.last == closing)
  }

  @Test func theCSVHasOneRowPerFindingWithTheFileFirst() throws {
    let result = try CLIRunner.run(["check", folder.url.path, "--format", "csv", "--lang", "en"])
    #expect(result.status == 2)
    let bytes = [UInt8](result.standardOutput)
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte order mark, for Excel")
    let rows = CSV.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))
    #expect(rows.first?.first == "file" && rows.first?.last == "message")
    let json = try entries(try CLIRunner.run(["check", folder.url.path, "--format", "json"]))
    var counts: [String: Int] = [:]
    for row in rows.dropFirst() {
      #expect(row.count == 15, "\(row)")
      counts[row[0], default: 0] += 1
    }
    for file in folder.files {
      let path = folder.path(file.name)
      let expected = file.unreadable ? 1 : (json[path]?["findings"] as? [Any])?.count ?? -1
      #expect(counts[path] ?? 0 == expected, "\(file.name)")
    }
    let unreadable = rows.filter { $0.count > 5 && $0[5] == "unreadable" }
    #expect(Set(unreadable.map { $0[0] }) == Set(folder.files.filter(\.unreadable).map { folder.path($0.name) }))
    let linked = try #require(folder.files.first { !$0.brokenLinkCells.isEmpty })
    let linkRows = rows.filter { $0[0] == folder.path(linked.name) && $0[5] == "R5" }
    #expect(linkRows.map { $0[8] } == linked.brokenLinkCells)
    #expect(linkRows.allSatisfy { $0[14].contains("against last year's report") })
  }

  @Test func withoutUnreadableFilesTheExitCodeSaysWhetherARuleIsBroken() throws {
    let readable = folder.files.filter { !$0.unreadable }
    let broken = try #require(readable.first { $0.errors > 0 })
    let clean = readable.filter { $0.errors == 0 }.prefix(5).map { folder.path($0.name) }
    #expect(try CLIRunner.run(["check"] + clean).status == 0)
    #expect(try CLIRunner.run(["check"] + clean + [folder.path(broken.name)]).status == 1)
    let missing = try CLIRunner.run([
      "check", folder.path(broken.name), folder.url.appendingPathComponent("gone.xlsx").path,
    ])
    #expect(missing.status == 2)
    #expect(missing.output.contains("gone.xlsx"))
  }

  @Test func previousIsForOnePair() throws {
    let result = try CLIRunner.run(["check", folder.url.path, "--previous", folder.path(folder.files[0].name)])
    #expect(result.status == 64)
    #expect(result.standardError.contains("--previous"))
  }

  @Test func anEmptyFolderIsAnError() throws {
    let empty = try CLIRunner.temporaryFolder()
    let result = try CLIRunner.run(["check", empty.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("No report"))
  }
}

/// A small RFC 4180 reader for the tests.
enum CSV {
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
      if quoted {
        if scalar == "\"" {
          if characters.first == "\"" {
            field.unicodeScalars.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r": break
      case "\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}
