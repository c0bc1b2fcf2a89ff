/// Table 四 (政府信息公开行政复议、行政诉讼情况), the same in both templates.
enum AppealsTable {
  static let title = Label(
    "四、政府信息公开行政复议、行政诉讼情况", variants: ["四、政府信息公开行政法复议、行政诉讼情况"])

  /// The five result columns every group repeats.
  static let results: [HeaderNode] = [
    .leaf("结果维持", key: "upheld"),
    .leaf("结果纠正", key: "corrected"),
    .leaf("其他结果", key: "other"),
    .leaf("尚未审结", key: "pending"),
    SharedHeaders.totalColumn(rule: .r4),
  ]

  /// The table: fifteen value columns under three header rows, one value row.
  static let layout = TableLayout(
    id: .appeals, title: title,
    structure: .matrix(
      MatrixLayout(
        rows: [],
        columns: [
          .group("行政复议", key: "administrativeReview", results),
          .group(
            "行政诉讼",
            [
              .group("未经复议直接起诉", key: "litigationWithoutReview", results),
              .group("复议后起诉", key: "litigationAfterReview", results),
            ]),
        ],
        valueKind: .count)))
}
