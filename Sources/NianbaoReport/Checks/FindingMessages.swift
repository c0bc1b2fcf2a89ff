import NianbaoGrid

/// The sentences of the checks' findings, in Chinese and English.
///
/// Labels come from the layout; only the prose describing each rule is written here.
enum FindingMessages {
  /// How the parts and the total of a balance rule are named.
  private struct Phrases {
    /// The parts as a noun phrase (“自然人、商业企业…”), used when they are all blank.
    let partsChinese: String
    let partsEnglish: String
    /// The sum of the parts (“…之和”, “a + b”).
    let sumChinese: String
    let sumEnglish: String
    /// The printed total.
    let totalChinese: String
    let totalEnglish: String
  }

  private static func phrases(for rule: RuleID, partSlots: [ValueSlot], totalSlot: ValueSlot) -> Phrases {
    switch rule {
    case .r1:
      let handled = totalSlot.rowHeaders.last?.text ?? ""
      return Phrases(
        partsChinese: "第一项和第二项", partsEnglish: "items 一 and 二",
        sumChinese: "第一项加第二项之和", sumEnglish: "items 一 + 二 (received + carried over)",
        totalChinese: "第三项「\(handled)」加第四项之和",
        totalEnglish: "\(handled) + item 四 (handled + carried forward)")
    case .r3:
      let total = totalSlot.rowHeaders.last?.text ?? ""
      return Phrases(
        partsChinese: "（一）至（六）各项办理结果", partsEnglish: "the outcome rows （一）–（六）",
        sumChinese: "（一）至（六）各项办理结果之和", sumEnglish: "the outcome rows （一）–（六）",
        totalChinese: "「\(total)」", totalEnglish: total)
    case .r5:
      let previous = partSlots.first?.rowLabel ?? ""
      return Phrases(
        partsChinese: "上年报告的「\(previous)」", partsEnglish: "last year's \(previous)",
        sumChinese: "上年报告的「\(previous)」", sumEnglish: "last year's \(previous)",
        totalChinese: "本年的「\(totalSlot.rowLabel)」", totalEnglish: "this year's \(totalSlot.rowLabel)")
    default:
      var labels: [String] = []
      for slot in partSlots where !labels.contains(slot.columnLabel) { labels.append(slot.columnLabel) }
      return Phrases(
        partsChinese: labels.joined(separator: "、"), partsEnglish: labels.joined(separator: ", "),
        sumChinese: labels.joined(separator: "、") + "之和", sumEnglish: labels.joined(separator: " + "),
        totalChinese: "「\(totalSlot.columnLabel)」", totalEnglish: totalSlot.columnLabel)
    }
  }

  /// The message of a broken balance equation or continuity link.
  static func balance(
    rule: RuleID, result: BalanceResult, partSlots: [ValueSlot], partValues: [Int?], totalSlot: ValueSlot,
    location: SourceLocation
  ) -> LocalizedMessage {
    let phrases = phrases(for: rule, partSlots: partSlots, totalSlot: totalSlot)
    let sameRow = partSlots.allSatisfy { $0.rowLabel == totalSlot.rowLabel }
    let table = totalSlot.table
    let whereChinese: String
    let whereEnglish: String
    if sameRow {
      whereChinese = "\(table.sheetName)「\(totalSlot.rowLabel)」" + (totalSlot.rowHeaders.isEmpty ? "" : "行")
      whereEnglish = "Table \(table.rawValue), row \(totalSlot.rowLabel)"
    } else {
      whereChinese = "\(table.sheetName)「\(totalSlot.columnLabel)」列"
      whereEnglish = "Table \(table.rawValue), column \(totalSlot.columnLabel)"
    }
    let filled = partValues.compactMap { $0 }
    let termsChinese = filled.isEmpty ? "各项均为空" : filled.map(String.init).joined(separator: "+")
    let termsEnglish = filled.isEmpty ? "all blank" : filled.map(String.init).joined(separator: "+")
    let found = result.found.map(String.init) ?? ""
    switch result.kind {
    case .totalMissing:
      return LocalizedMessage(
        chinese: "\(whereChinese)（\(location)）：\(phrases.totalChinese)为空，但\(phrases.sumChinese)为 "
          + "\(result.expected)（\(termsChinese)）。请填写\(phrases.totalChinese)。",
        english: "\(whereEnglish) (\(location)): \(phrases.totalEnglish) is blank although "
          + "\(phrases.sumEnglish) comes to \(result.expected) (\(termsEnglish)).")
    case .partsMissing:
      return LocalizedMessage(
        chinese: "\(whereChinese)（\(location)）：\(phrases.totalChinese)为 \(found)，但\(phrases.partsChinese)"
          + "全部为空。请填写各组成部分（无此情况填0）。",
        english: "\(whereEnglish) (\(location)): \(phrases.totalEnglish) reads \(found), but "
          + "\(phrases.partsEnglish) are all blank.")
    default:
      return LocalizedMessage(
        chinese: "\(whereChinese)（\(location)）：\(phrases.sumChinese)为 \(result.expected)（\(termsChinese)），"
          + "而\(phrases.totalChinese)为 \(found)，两者应相等。",
        english: "\(whereEnglish) (\(location)): \(phrases.sumEnglish) comes to \(result.expected) "
          + "(\(termsEnglish)), but \(phrases.totalEnglish) reads \(found); they must be equal.")
    }
  }

  /// The message listing a table's blank cells.
  static func blankCells(table: TableID, locations: [SourceLocation]) -> LocalizedMessage {
    let examples = locations.prefix(3).map(\.description)
    let more = locations.count > examples.count
    return LocalizedMessage(
      chinese: "\(table.sheetName)有 \(locations.count) 个空白单元格（\(examples.joined(separator: "、"))\(more ? "等" : "")）。"
        + "空白表示未填报，与0不同；如确无此类情况，请填0。",
      english: "Table \(table.rawValue) has \(locations.count) blank cell\(locations.count == 1 ? "" : "s") "
        + "(\(examples.joined(separator: ", "))\(more ? ", …" : "")). Blank means not reported, which is not 0; "
        + "write 0 where there was nothing to count.")
  }

  /// The message of a fee reported in table 二 while section 六 says nothing.
  static func feeNotReported(slot: ValueSlot, amount: Amount, location: SourceLocation, sectionText: String?)
    -> LocalizedMessage
  {
    let section = TextSection.other.title.text
    let state = sectionText == nil ? "未提供" : "为空或仅写“无”"
    let stateEnglish = sectionText == nil ? "is missing" : "is empty or says “无”"
    return LocalizedMessage(
      chinese: "\(slot.table.sheetName)「\(slot.rowLabel)」\(slot.columnLabel)为 \(amount)（\(location)），"
        + "但「\(section)」\(state)。收费情况应在该部分说明，请核对。",
      english: "Table \(slot.table.rawValue), \(slot.rowLabel) × \(slot.columnLabel) is \(amount) (\(location)), "
        + "but section \(section) \(stateEnglish); fees charged should be reported there.")
  }

  /// The message of an empty problems section.
  static func problemsNotReported() -> LocalizedMessage {
    let section = TextSection.problems.title.text
    return LocalizedMessage(
      chinese: "「\(section)」为空或仅写“无”。审核时通常要求说明存在的主要问题和改进措施。",
      english: "Section \(section) is empty or says “无”; reviewers expect the main problems and improvements.")
  }

  /// The message of a previous-year report that cannot be compared.
  static func incomparable(report: Report, previous: Report) -> LocalizedMessage {
    func describe(_ report: Report) -> String {
      "\(report.organ ?? "（机关不详）")\(report.year.map { "\($0)年" } ?? "（年度不详）")"
    }
    func describeEnglish(_ report: Report) -> String {
      "\(report.organ ?? "unknown organ") \(report.year.map(String.init) ?? "(unknown year)")"
    }
    return LocalizedMessage(
      chinese: "作为上年报告提供的是「\(describe(previous))」的报告，本报告为「\(describe(report))」，"
        + "二者不是同一机关相邻两年的报告，未比较结转数。",
      english: "The report given as last year's (\(describeEnglish(previous))) and this report "
        + "(\(describeEnglish(report))) are not the same organ's consecutive years; carried-over numbers were not "
        + "compared.")
  }
}
