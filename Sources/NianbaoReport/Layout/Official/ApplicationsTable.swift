/// Table 三 (收到和处理政府信息公开申请情况) as declared by the two templates, which differ only
/// in （六）其他处理: three sub-rows in 2021, one row in 2019.
enum ApplicationsTable {
  static let title: Label = "三、收到和处理政府信息公开申请情况"
  static let note: Label = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

  /// The seven data columns under 申请人情况, shared by every row.
  static let columns: [HeaderNode] = [
    .group(
      "申请人情况",
      [
        .leaf("自然人", key: "naturalPerson"),
        .group(
          "法人或其他组织",
          [
            .leaf("商业企业", key: "commercialEnterprise"),
            .leaf("科研机构", key: "researchInstitution"),
            .leaf("社会公益组织", key: "socialWelfareOrganization"),
            .leaf("法律服务机构", key: "legalServiceAgency"),
            .leaf("其他", key: "otherOrganization"),
          ]),
        SharedHeaders.totalColumn(rule: .r2),
      ])
  ]

  static let newlyReceived = HeaderNode.leaf("一、本年新收政府信息公开申请数量", key: "newlyReceived")
  static let carriedOver = HeaderNode.leaf("二、上年结转政府信息公开申请数量", key: "carriedOver")
  static let disclosed = HeaderNode.leaf("（一）予以公开", key: "disclosed")
  static let partiallyDisclosed = HeaderNode.leaf(
    Label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", variants: ["（二）部分公开"]), key: "partiallyDisclosed")
  static let withheld = HeaderNode.group(
    "（三）不予公开", key: "withheld",
    [
      .leaf("1.属于国家秘密", key: "stateSecret"),
      .leaf(Label("2.其他法律行政法规禁止公开", variants: ["2.其他法律行政止公开"]), key: "prohibitedByLaw"),
      .leaf("3.危及“三安全一稳定”", key: "endangersSafetyOrStability"),
      .leaf("4.保护第三方合法权益", key: "thirdPartyRights"),
      .leaf("5.属于三类内部事务信息", key: "internalAffairs"),
      .leaf("6.属于四类过程性信息", key: "processInformation"),
      .leaf("7.属于行政执法案卷", key: "enforcementFiles"),
      .leaf("8.属于行政查询事项", key: "administrativeQuery"),
    ])
  static let unavailable = HeaderNode.group(
    "（四）无法提供", key: "unavailable",
    [
      .leaf("1.本机关不掌握相关政府信息", key: "notHeld"),
      .leaf("2.没有现成信息需要另行制作", key: "needsCreation"),
      .leaf("3.补正后申请内容仍不明确", key: "unclearAfterCorrection"),
    ])
  static let notProcessed = HeaderNode.group(
    "（五）不予处理", key: "notProcessed",
    [
      .leaf("1.信访举报投诉类申请", key: "petitionOrComplaint"),
      .leaf("2.重复申请", key: "duplicate"),
      .leaf("3.要求提供公开出版物", key: "publication"),
      .leaf("4.无正当理由大量反复申请", key: "excessive"),
      .leaf("5.要求行政机关确认或重新出具已获取信息", key: "confirmation"),
    ])
  /// （六）其他处理 as the single row of the 2019 template.
  static let otherHandling2019 = HeaderNode.leaf("（六）其他处理", key: "otherHandling")
  static let otherHandlingOther = HeaderNode.leaf("3.其他", key: "other")
  /// （六）其他处理 with the three sub-rows of the 2021 template; a report printing it as one
  /// row has its values in 3.其他.
  static let otherHandling2021 = otherHandling2019.splitting(
    into: [
      .leaf("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", key: "noCorrection"),
      .leaf("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", key: "unpaidFee"),
      otherHandlingOther,
    ],
    collapsingInto: otherHandlingOther)
  static let outcomesTotal = HeaderNode.total("（七）总计", key: SharedHeaders.totalKey, rule: .r3)
  static let carriedForward = HeaderNode.leaf("四、结转下年度继续办理", key: "carriedForward")

  /// The table with the given （六）其他处理 row.
  static func layout(otherHandling: HeaderNode) -> TableLayout {
    let outcomes = HeaderNode.group(
      "三、本年度办理结果", key: "outcomes",
      [disclosed, partiallyDisclosed, withheld, unavailable, notProcessed, otherHandling, outcomesTotal])
    let matrix = MatrixLayout(
      corner: note, rows: [newlyReceived, carriedOver, outcomes, carriedForward], columns: columns,
      valueKind: .count,
      rowBalances: [
        RowBalance(
          rule: .r1, parts: [[newlyReceived], [carriedOver]], totals: [[outcomes, outcomesTotal], [carriedForward]])
      ],
      rowLinks: [RowLink(rule: .r5, current: [carriedOver], previous: [carriedForward])])
    return TableLayout(id: .applications, title: title, structure: .matrix(matrix))
  }

  /// The 2019 table (26 rows).
  static let v2019 = layout(otherHandling: otherHandling2019)
  /// The 2021 table (28 rows).
  static let v2021 = layout(otherHandling: otherHandling2021)
}
