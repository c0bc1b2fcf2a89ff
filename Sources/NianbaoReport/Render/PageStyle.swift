/// The look of the published page: the fonts of official documents (小标宋 title, 黑体 headings, 仿宋 text, 宋体
/// tables) each named with fallbacks for machines without them, black 1px borders, A4 print with table 三 kept on
/// one page, and tables that scroll sideways on a phone instead of shrinking.
///
/// The style sheet holds neither `<` nor `&`, so the page stays well-formed XML as well as HTML.
enum PageStyle {
  /// The title's typefaces.
  static let titleFonts = [
    "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC",
    "Source Han Serif SC", "serif",
  ]
  /// The section headings' typefaces.
  static let headingFonts = [
    "黑体", "SimHei", "Heiti SC", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "sans-serif",
  ]
  /// The running text's typefaces.
  static let textFonts = [
    "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC",
    "Source Han Serif SC", "serif",
  ]
  /// The tables' typefaces (宋体, as the official template).
  static let tableFonts = ["宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "serif"]

  /// A CSS font-family list.
  static func family(_ fonts: [String]) -> String {
    fonts.map {
      ["serif", "sans-serif"].contains($0) ? $0 : $0.allSatisfy { $0.isASCII && $0.isLetter } ? $0 : "\"\($0)\""
    }
    .joined(separator: ", ")
  }

  /// The style sheet.
  static var css: String {
    """
    @page { size: A4; margin: 16mm 14mm; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 1000px; padding: 24px; color: #000; background: #fff; \
    font-family: \(family(textFonts)); font-size: 16px; line-height: 1.75; }
    h1 { font-family: \(family(titleFonts)); font-size: 26px; font-weight: bold; text-align: center; \
    line-height: 1.4; margin: 8px 0 24px; }
    h2 { font-family: \(family(headingFonts)); font-size: 17px; font-weight: normal; margin: 20px 0 8px; \
    break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 4px; text-indent: 2em; white-space: pre-wrap; text-align: justify; }
    section.table { break-inside: avoid; page-break-inside: avoid; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: \(family(tableFonts)); \
    font-size: 14px; line-height: 1.35; }
    td { border: 1px solid #000; padding: 4px 3px; text-align: center; vertical-align: middle; \
    overflow-wrap: anywhere; }
    td.row-label { text-align: left; }
    td.value { font-variant-numeric: tabular-nums; }
    td.mark-error { background: #fbd5d5; outline: 2px solid #c00; outline-offset: -2px; }
    td.mark-warning { background: #fdefc3; outline: 2px solid #b77900; outline-offset: -2px; }
    td.mark-info { background: #e3edfb; }
    td.involved { background: #fdeaea; }
    aside.findings { margin: 8px 0 0; font-size: 14px; line-height: 1.5; }
    aside.findings ol { margin: 4px 0; padding-left: 1.6em; }
    aside.findings li.error a { color: #a00; }
    aside.findings li.warning a { color: #8a5a00; }
    aside.findings li.info a { color: #1d4f91; }
    @media (max-width: 640px) {
    body { padding: 12px; font-size: 15px; }
    h1 { font-size: 21px; }
    table { font-size: 13px; }
    table.wide { min-width: 600px; }
    }
    @media print {
    body { max-width: none; padding: 0; font-size: 12pt; line-height: 1.6; }
    h1 { font-size: 18pt; }
    h2 { font-size: 13pt; }
    table { font-size: 9pt; line-height: 1.25; }
    td { padding: 2px 2px; }
    .table-wrap { overflow: visible; }
    table.wide { min-width: 0; }
    aside.findings { font-size: 9pt; }
    a { color: inherit; text-decoration: none; }
    }
    """
  }
}
