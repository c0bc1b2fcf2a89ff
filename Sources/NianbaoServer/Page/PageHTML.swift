/// The page (`GET /`): the markup only; its script (``PageScript``) and style (``PageStyleSheet``) are separate
/// files of the server, so the strict Content-Security-Policy needs no inline exception. Texts are Chinese; the
/// script switches them to English (`data-i18n` names each text's key).
enum PageHTML {
  /// The markup.
  static let text = #"""
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>政府信息公开工作年度报告检查 · nianbao</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
    </head>
    <body>
    <header>
      <div>
        <h1 data-i18n="title">政府信息公开工作年度报告检查</h1>
        <p class="subtitle" data-i18n="subtitle">在本机离线运行：上传的文件只在内存中处理，答复后即丢弃，不保存、不外传。</p>
      </div>
      <button type="button" id="lang" lang="en">English</button>
    </header>
    <nav class="tabs">
      <button type="button" id="tab-report" class="active" data-i18n="tabReport">单份报告</button>
      <button type="button" id="tab-office" data-i18n="tabOffice">多份报告（主管部门）</button>
      <button type="button" id="tab-templates" data-i18n="tabTemplates">空白模板</button>
    </nav>
    <main>
    <section id="view-report">
      <div class="drop" id="drop-report">
        <p data-i18n="dropReport">把报告文件拖到这里，或选择文件：XLSX、Word（DOCX）、网页（HTML）、PDF、文本或 JSON。</p>
        <label class="pick"><span data-i18n="chooseReport">选择报告</span>
          <input type="file" id="file-report"
            accept=".xlsx,.docx,.doc,.wps,.html,.htm,.shtml,.pdf,.txt,.json"></label>
        <label class="pick secondary"><span data-i18n="choosePrevious">上年报告（可选，用于 R5）</span>
          <input type="file" id="file-previous"
            accept=".xlsx,.docx,.doc,.wps,.html,.htm,.shtml,.pdf,.txt,.json"></label>
        <span id="previous-name" class="file-name"></span>
      </div>
      <div class="progress" id="progress-report" hidden><progress max="100" value="0"></progress><span></span></div>
      <div class="alert" id="error-report" role="alert" hidden></div>
      <div id="report-result" hidden>
        <dl class="meta">
          <div><dt data-i18n="file">文件</dt><dd id="meta-file"></dd></div>
          <div><dt data-i18n="organ">机关</dt><dd id="meta-organ"></dd></div>
          <div><dt data-i18n="year">年度</dt><dd id="meta-year"></dd></div>
          <div><dt data-i18n="version">模板版本</dt><dd id="meta-version"></dd></div>
        </dl>
        <div class="downloads">
          <button type="button" id="dl-json" data-i18n="dlJSON">下载 JSON</button>
          <button type="button" id="dl-xlsx" data-i18n="dlXLSX">下载官方 XLSX</button>
          <button type="button" id="dl-csv" data-i18n="dlCSV">下载检查结果 CSV</button>
          <button type="button" id="dl-html" data-i18n="dlHTML">下载网页 HTML</button>
        </div>
        <div class="layout">
          <div id="report-page" class="report-page"></div>
          <aside class="findings" id="findings">
            <h2 data-i18n="findings">检查发现</h2>
            <p id="findings-summary"></p>
            <ol id="findings-list"></ol>
          </aside>
        </div>
      </div>
    </section>
    <section id="view-office" hidden>
      <div class="drop" id="drop-office">
        <p data-i18n="dropOffice">把一个文件夹里的多份报告一起拖到这里，或选择多个文件：逐份检查，汇总无错误的报告。</p>
        <label class="pick"><span data-i18n="chooseFiles">选择多个文件</span>
          <input type="file" id="files-office" multiple
            accept=".xlsx,.docx,.doc,.wps,.html,.htm,.shtml,.pdf,.txt,.json"></label>
        <label class="pick secondary"><span data-i18n="chooseFolder">选择文件夹</span>
          <input type="file" id="folder-office" webkitdirectory multiple></label>
      </div>
      <div class="progress" id="progress-office" hidden><progress max="100" value="0"></progress><span></span></div>
      <div class="alert" id="error-office" role="alert" hidden></div>
      <div id="office-result" hidden>
        <h2 data-i18n="summaryTable">逐份检查（最严重的在前，点击一行打开该报告）</h2>
        <p id="office-closing"></p>
        <div class="table-scroll">
          <table id="office-table"><thead><tr></tr></thead><tbody></tbody></table>
        </div>
        <h2 data-i18n="sumTitle">无错误报告的汇总</h2>
        <div class="alert" id="error-sum" role="alert" hidden></div>
        <div id="sum-result" hidden>
          <p id="sum-inputs"></p>
          <dl class="meta">
            <div><dt data-i18n="version">模板版本</dt><dd id="sum-version"></dd></div>
            <div><dt data-i18n="year">年度</dt><dd id="sum-year"></dd></div>
          </dl>
          <div class="downloads">
            <button type="button" id="sum-json" data-i18n="dlJSON">下载 JSON</button>
            <button type="button" id="sum-xlsx" data-i18n="dlXLSX">下载官方 XLSX</button>
            <button type="button" id="sum-html" data-i18n="dlHTML">下载网页 HTML</button>
          </div>
          <p id="sum-summary"></p>
          <ol id="sum-findings" class="plain-findings"></ol>
        </div>
      </div>
    </section>
    <section id="view-templates" hidden>
      <p data-i18n="templatesText">空白模板：标签受保护，输入格有数据验证，校验格实时显示勾稽关系是否平衡。</p>
      <p class="downloads">
        <a class="button" id="template-2021" href="/api/template?version=2021" data-i18n="template2021">2021 版模板（2021 年起）</a>
        <a class="button" id="template-2019" href="/api/template?version=2019" data-i18n="template2019">2019 版模板（2019–2020 年）</a>
      </p>
    </section>
    </main>
    <footer><p data-i18n="footer">nianbao serve · 接口说明见 README（POST /api/import、/api/export、/api/render、/api/check、/api/sum，GET /api/template）</p></footer>
    </body>
    </html>

    """#
}
