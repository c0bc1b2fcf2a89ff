/// Table 二 (主动公开政府信息情况) as declared by the two templates.
///
/// Every label and key is written once here; the 2019 and 2021 versions share the rows and
/// titles they have in common and relabel the ones whose wording changed.
enum ProactiveTable {
  static let title: Label = "二、主动公开政府信息情况"
  static let rowHeader: Label = "信息内容"

  // Block titles.
  static let article20Item1: Label = "第二十条第（一）项"
  static let article20Item5: Label = "第二十条第（五）项"
  static let article20Item6: Label = "第二十条第（六）项"
  static let article20Item8: Label = "第二十条第（八）项"
  static let article20Item9: Label = "第二十条第（九）项"

  // Rows.
  static let regulations = BlockRow("规章", key: "regulations")
  static let normativeDocumentsLabel2019: Label = "规范性文件"
  static let normativeDocumentsLabel2021: Label = "行政规范性文件"
  static let normativeDocuments2019 = BlockRow(
    normativeDocumentsLabel2019.accepting([normativeDocumentsLabel2021.text]), key: "normativeDocuments")
  static let normativeDocuments2021 = normativeDocuments2019.relabeled(
    normativeDocumentsLabel2021.accepting([normativeDocumentsLabel2019.text]))
  static let licensing = BlockRow("行政许可", key: "licensing")
  static let otherServices = BlockRow("其他对外管理服务事项", key: "otherServices")
  static let penalties = BlockRow("行政处罚", key: "penalties")
  static let coercion = BlockRow("行政强制", key: "coercion")
  static let fees = BlockRow("行政事业性收费", key: "fees")
  static let procurement = BlockRow("政府集中采购", key: "procurement")

  // 2021 columns.
  static let issued = BlockColumn("本年制发件数", key: "issued")
  static let repealed = BlockColumn("本年废止件数", key: "repealed")
  static let inForce = BlockColumn("现行有效件数", key: "inForce")
  static let decisionsLabel2019: Label = "处理决定数量"
  static let decisionsLabel2021: Label = "本年处理决定数量"
  static let decisions2019 = BlockColumn(
    decisionsLabel2019.accepting([decisionsLabel2021.text]), key: "decisions")
  static let decisions2021 = decisions2019.relabeled(decisionsLabel2021.accepting([decisionsLabel2019.text]))
  static let feeAmount = BlockColumn(
    Label("本年收费金额（单位：万元）", variants: ["本年收费金额"]), key: "amount", kind: .amount)

  // 2019 columns.
  static let newlyMade = BlockColumn("本年新制作数量", key: "newlyMade")
  static let newlyPublished = BlockColumn("本年新公开数量", key: "newlyPublished")
  static let totalPublished = BlockColumn("对外公开总数量", key: "totalPublished")
  static let previousYearItems = BlockColumn("上一年项目数量", key: "previousYearItems")
  static let change = BlockColumn(Label("本年增/减", variants: ["本年增减"]), key: "change", kind: .signedCount)
  static let procurementItems = BlockColumn("采购项目数量", key: "items")
  static let procurementAmount = BlockColumn("采购总金额", key: "amount", kind: .amount)

  /// The 2021 table: a 4-column grid.
  static let v2021 = TableLayout(
    id: .proactive, title: title,
    structure: .blocks(
      BlockLayout(
        columnCount: 4, rowHeader: rowHeader,
        blocks: [
          Block(
            title: article20Item1, columns: [issued, repealed, inForce],
            rows: [regulations, normativeDocuments2021]),
          Block(title: article20Item5, columns: [decisions2021.spanning(3)], rows: [licensing]),
          Block(title: article20Item6, columns: [decisions2021.spanning(3)], rows: [penalties, coercion]),
          Block(title: article20Item8, columns: [feeAmount.spanning(3)], rows: [fees]),
        ])))

  /// The 2019 table: five blocks on a 5-column grid.
  static let v2019 = TableLayout(
    id: .proactive, title: title,
    structure: .blocks(
      BlockLayout(
        columnCount: 5, rowHeader: rowHeader,
        blocks: [
          Block(
            title: article20Item1, columns: [newlyMade, newlyPublished.spanning(2), totalPublished],
            rows: [regulations, normativeDocuments2019]),
          Block(
            title: article20Item5, columns: [previousYearItems, change.spanning(2), decisions2019],
            rows: [licensing, otherServices]),
          Block(
            title: article20Item6, columns: [previousYearItems, change.spanning(2), decisions2019],
            rows: [penalties, coercion]),
          Block(title: article20Item8, columns: [previousYearItems.spanning(2), change.spanning(2)], rows: [fees]),
          Block(
            title: article20Item9, columns: [procurementItems.spanning(2), procurementAmount.spanning(2)],
            rows: [procurement]),
        ])))
}
