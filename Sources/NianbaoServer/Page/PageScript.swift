/// The page's script (`/app.js`): uploads with progress, the report shown as the official tables (the page
/// `render` writes, inserted with DOM methods into a shadow root with its own style sheet, so the strict
/// Content-Security-Policy needs no inline exception), the findings beside it, downloads, the office's summary and
/// sum, and the English switch. Every value from a report is inserted as text (`textContent`), never as markup; the
/// rendered page is the library's, which escapes every value.
enum PageScript {
  /// `/app.js`.
  static let text = #"""
    'use strict';
    (function () {
      const TEXTS = {
        title: ['政府信息公开工作年度报告检查', 'Government information disclosure annual report check'],
        subtitle: ['在本机离线运行：上传的文件只在内存中处理，答复后即丢弃，不保存、不外传。',
          'Runs offline on this machine: uploads are processed in memory and discarded after the answer; nothing is kept or sent on.'],
        tabReport: ['单份报告', 'One report'],
        tabOffice: ['多份报告（主管部门）', 'Several reports (office)'],
        tabTemplates: ['空白模板', 'Blank templates'],
        dropReport: ['把报告文件拖到这里，或选择文件：XLSX、Word（DOCX）、网页（HTML）、PDF、文本或 JSON。',
          'Drop a report here, or choose it: XLSX, Word (DOCX), web page (HTML), PDF, text or JSON.'],
        chooseReport: ['选择报告', 'Choose the report'],
        choosePrevious: ['上年报告（可选，用于 R5）', "Last year's report (optional, for R5)"],
        file: ['文件', 'File'], organ: ['机关', 'Organ'], year: ['年度', 'Year'], version: ['模板版本', 'Template version'],
        dlJSON: ['下载 JSON', 'Download JSON'], dlXLSX: ['下载官方 XLSX', 'Download the official XLSX'],
        dlCSV: ['下载检查结果 CSV', 'Download findings (CSV)'], dlHTML: ['下载网页 HTML', 'Download the page (HTML)'],
        findings: ['检查发现', 'Findings'],
        dropOffice: ['把一个文件夹里的多份报告一起拖到这里，或选择多个文件：逐份检查，汇总无错误的报告。',
          'Drop several reports (or a folder) here, or choose them: each is checked, the ones without errors are summed.'],
        chooseFiles: ['选择多个文件', 'Choose files'], chooseFolder: ['选择文件夹', 'Choose a folder'],
        summaryTable: ['逐份检查（最严重的在前，点击一行打开该报告）', 'Each file (worst first; click a row to open the report)'],
        sumTitle: ['无错误报告的汇总', 'Sum of the reports without errors'],
        templatesText: ['空白模板：标签受保护，输入格有数据验证，校验格实时显示勾稽关系是否平衡。',
          'Blank templates: labels protected, input cells validated, check cells showing live whether the sums balance.'],
        template2021: ['2021 版模板（2021 年起）', '2021 template (2021 onwards)'],
        template2019: ['2019 版模板（2019–2020 年）', '2019 template (2019–2020)'],
        footer: ['nianbao serve · 接口说明见 README（POST /api/import、/api/export、/api/render、/api/check、/api/sum，GET /api/template）',
          'nianbao serve · the API is described in README (POST /api/import, /api/export, /api/render, /api/check, /api/sum, GET /api/template)'],
        uploading: ['正在上传', 'Uploading'], working: ['正在检查…', 'Checking…'],
        unreadable: ['无法读取', 'Cannot read'], noServer: ['无法连接本机服务，请确认 nianbao serve 仍在运行。',
          'The server cannot be reached; check that nianbao serve is still running.'],
        noClean: ['没有无错误的报告可以汇总。', 'No report without errors to sum.'],
        sumOf: ['已汇总 %n 份无错误的报告：', 'Summed %n reports without errors: '],
        notSummed: ['未汇总（有错误、无法读取或模板版本不同）：', 'Not summed (errors, unreadable, or another template version): '],
        noFindings: ['没有发现问题。', 'No findings.'],
        english: ['English', '中文']
      };
      const EXTENSIONS = ['.xlsx', '.docx', '.doc', '.wps', '.html', '.htm', '.shtml', '.pdf', '.txt', '.json'];
      let lang = 'zh';
      const state = { report: null, reportFiles: null, office: null, officeFiles: null, sum: null };
      const $ = (id) => document.getElementById(id);
      const t = (key) => TEXTS[key][lang === 'zh' ? 0 : 1];

      function applyTexts() {
        document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
        for (const element of document.querySelectorAll('[data-i18n]')) {
          element.textContent = t(element.dataset.i18n);
        }
        $('lang').textContent = t('english');
        $('lang').lang = lang === 'zh' ? 'en' : 'zh-CN';
      }

      function show(element, visible) { element.hidden = !visible; }

      function showError(box, text) {
        box.textContent = text;
        show(box, true);
      }

      // An upload (or a request) with progress; resolves with status, headers and the body as a Blob.
      function send(method, url, body, progressBox) {
        return new Promise((resolve, reject) => {
          const request = new XMLHttpRequest();
          request.open(method, url);
          request.responseType = 'blob';
          const bar = progressBox ? progressBox.querySelector('progress') : null;
          const label = progressBox ? progressBox.querySelector('span') : null;
          if (progressBox) {
            bar.value = 0;
            label.textContent = t('uploading');
            show(progressBox, true);
            request.upload.onprogress = (event) => {
              if (!event.lengthComputable) return;
              bar.value = Math.round(100 * event.loaded / event.total);
              label.textContent = event.loaded < event.total
                ? t('uploading') + ' ' + bar.value + '%' : t('working');
            };
          }
          request.onload = () => {
            if (progressBox) show(progressBox, false);
            resolve({ status: request.status, type: request.getResponseHeader('Content-Type') || '', body: request.response });
          };
          request.onerror = () => {
            if (progressBox) show(progressBox, false);
            reject(new Error(t('noServer')));
          };
          request.send(body);
        });
      }

      // The JSON of an answer, or an Error carrying the server's sentence.
      async function json(answer) {
        let value = null;
        try { value = JSON.parse(await answer.body.text()); } catch (error) { value = null; }
        if (answer.status >= 400 || value === null) {
          const error = new Error(value && value.error ? value.error : 'HTTP ' + answer.status);
          error.kind = value && value.kind ? value.kind : 'http';
          throw error;
        }
        return value;
      }

      async function blobOf(answer) {
        if (answer.status >= 400) await json(answer);
        return answer.body;
      }

      function save(blob, name) {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
      }

      // The rendered page's <article>, inserted into a shadow root with /report.css in place of the page's own
      // <style>. Its style attributes (column widths) are renamed before parsing and applied through the CSSOM,
      // which the policy allows: the library escapes every quote and angle bracket of a report's values, so
      // ` style="` and `<style>` in the page can only be its own markup.
      function showPage(host, html) {
        const markup = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/ style="/g, ' data-style="');
        const parsed = new DOMParser().parseFromString(markup, 'text/html');
        const article = parsed.querySelector('article');
        for (const element of article.querySelectorAll('script, iframe, object, embed, link, style')) element.remove();
        const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
        const sheet = document.createElement('link');
        sheet.rel = 'stylesheet';
        sheet.href = '/report.css';
        root.replaceChildren(sheet, document.importNode(article, true));
        for (const element of root.querySelectorAll('[data-style]')) {
          element.style.cssText = element.dataset.style;
          delete element.dataset.style;
        }
        if (!host.dataset.listening) {
          host.dataset.listening = '1';
          root.addEventListener('click', (event) => {
            const link = event.target.closest('a[href^="#"]');
            if (!link) return;
            event.preventDefault();
            focusAnchor(decodeURIComponent(link.getAttribute('href').slice(1)));
          });
        }
      }

      function focusAnchor(anchor) {
        const root = $('report-page').shadowRoot;
        if (!root || !anchor) return;
        const target = root.getElementById(anchor);
        if (!target) return;
        for (const element of root.querySelectorAll('.selected')) element.classList.remove('selected');
        target.classList.add('selected');
        target.scrollIntoView({ block: 'center', inline: 'center' });
      }

      function findingList(list, report, withAnchors) {
        list.replaceChildren();
        report.findings.forEach((finding, index) => {
          const item = document.createElement('li');
          item.className = finding.severity;
          const line = report.lines[index];
          const rule = document.createElement('span');
          rule.className = 'rule';
          const head = line.indexOf('] ');
          rule.textContent = head >= 0 ? line.slice(0, head + 1) : line;
          const message = document.createElement('span');
          message.className = 'message';
          message.textContent = head >= 0 ? line.slice(head + 1) : '';
          item.append(rule, message);
          item.dataset.rule = finding.rule;
          if (finding.cell) item.dataset.cell = finding.cell;
          if (withAnchors && report.anchors[index]) {
            item.dataset.anchor = report.anchors[index];
            item.addEventListener('click', () => {
              for (const other of list.querySelectorAll('.active')) other.classList.remove('active');
              item.classList.add('active');
              focusAnchor(item.dataset.anchor);
            });
          }
          list.append(item);
        });
      }

      async function importReport(file, previous) {
        const box = $('error-report');
        show(box, false);
        const form = new FormData();
        form.append('file', file, file.name);
        if (previous) form.append('previous', previous, previous.name);
        try {
          const report = await json(await send('POST', '/api/import?view=' + lang, form, $('progress-report')));
          state.report = report;
          state.reportFiles = { file, previous };
          $('meta-file').textContent = report.file;
          $('meta-organ').textContent = report.report.organ === null ? '—' : report.report.organ;
          $('meta-year').textContent = report.report.year === null ? '—' : String(report.report.year);
          $('meta-version').textContent = String(report.report.formatVersion);
          showPage($('report-page'), report.page);
          $('findings-summary').textContent = report.findings.length ? report.summaryLine : t('noFindings');
          findingList($('findings-list'), report, true);
          show($('report-result'), true);
        } catch (error) {
          show($('report-result'), false);
          state.report = null;
          state.reportFiles = null;
          showError(box, t('unreadable') + ' ' + file.name + (lang === 'zh' ? '：' : ': ') + error.message);
        }
      }

      async function download(kind) {
        const report = state.report;
        if (!report) return;
        const box = $('error-report');
        try {
          if (kind === 'json') save(new Blob([report.canonical], { type: 'application/json' }), report.name + '.json');
          if (kind === 'csv') save(new Blob([report.csv], { type: 'text/csv' }), report.name + '.findings.csv');
          if (kind === 'xlsx') {
            const answer = await send('POST', '/api/export', new Blob([report.canonical], { type: 'application/json' }));
            save(await blobOf(answer), report.name + '.xlsx');
          }
          if (kind === 'html') {
            const form = new FormData();
            form.append('file', state.reportFiles.file, state.reportFiles.file.name);
            const answer = await send('POST', '/api/render?lang=' + lang, form);
            save(await blobOf(answer), report.name + '.html');
          }
        } catch (error) {
          showError(box, error.message);
        }
      }

      async function check(files) {
        const box = $('error-office');
        show(box, false);
        show($('error-sum'), false);
        const form = new FormData();
        for (const file of files) form.append('file', file, file.name);
        try {
          const review = await json(await send('POST', '/api/check?view=' + lang, form, $('progress-office')));
          state.office = review;
          state.officeFiles = files;
          const head = $('office-table').querySelector('thead tr');
          head.replaceChildren(...review.headings.map((text) => {
            const cell = document.createElement('th');
            cell.textContent = text;
            return cell;
          }));
          const body = $('office-table').querySelector('tbody');
          body.replaceChildren(...review.rows.map((cells, row) => {
            const position = review.order[row];
            const entry = review.files[position];
            const line = document.createElement('tr');
            line.dataset.index = String(position);
            if (entry.error !== null) line.className = 'unreadable';
            else if (entry.summary.error > 0) line.className = 'broken';
            for (const text of cells) {
              const cell = document.createElement('td');
              cell.textContent = text;
              line.append(cell);
            }
            line.addEventListener('click', () => {
              selectTab('report');
              importReport(files[position], null);
            });
            return line;
          }));
          $('office-closing').textContent = review.closing;
          show($('office-result'), true);
          await sum(files, review);
        } catch (error) {
          showError(box, error.message);
        }
      }

      async function sum(files, review) {
        // The reports without errors of one template version (the version most of them follow; the newer on a
        // tie): reports of different versions cannot be added cell by cell.
        const counts = {};
        review.files.forEach((entry) => {
          if (entry.error === null && entry.summary.error === 0) {
            counts[entry.formatVersion] = (counts[entry.formatVersion] || 0) + 1;
          }
        });
        const version = Object.keys(counts).map(Number).sort((a, b) => counts[b] - counts[a] || b - a)[0];
        const clean = [];
        const left = [];
        review.files.forEach((entry, index) => {
          if (entry.error === null && entry.summary.error === 0 && entry.formatVersion === version) {
            clean.push(files[index]);
          } else {
            left.push(entry.file);
          }
        });
        show($('sum-result'), false);
        state.sum = null;
        if (!clean.length) {
          showError($('error-sum'), t('noClean'));
          return;
        }
        const form = new FormData();
        for (const file of clean) form.append('file', file, file.name);
        try {
          const total = await json(await send('POST', '/api/sum?view=' + lang, form));
          state.sum = total;
          $('sum-inputs').textContent = t('sumOf').replace('%n', String(total.inputs.length)) + total.inputs.join('、')
            + (left.length ? '。' + t('notSummed') + left.join('、') : '');
          $('sum-version').textContent = String(total.report.formatVersion);
          $('sum-year').textContent = total.report.year === null ? '—' : String(total.report.year);
          $('sum-summary').textContent = total.findings.length ? total.summaryLine : t('noFindings');
          findingList($('sum-findings'), total, false);
          show($('sum-result'), true);
        } catch (error) {
          showError($('error-sum'), error.message);
        }
      }

      async function downloadSum(kind) {
        const total = state.sum;
        if (!total) return;
        const body = new Blob([total.canonical], { type: 'application/json' });
        try {
          if (kind === 'json') save(body, total.name + '.json');
          if (kind === 'xlsx') save(await blobOf(await send('POST', '/api/export', body)), total.name + '.xlsx');
          if (kind === 'html') {
            save(await blobOf(await send('POST', '/api/render?lang=' + lang, body)), total.name + '.html');
          }
        } catch (error) {
          showError($('error-sum'), error.message);
        }
      }

      function selectTab(name) {
        for (const tab of ['report', 'office', 'templates']) {
          $('tab-' + tab).classList.toggle('active', tab === name);
          show($('view-' + tab), tab === name);
        }
      }

      function isReport(file) {
        const name = file.name.toLowerCase();
        return EXTENSIONS.some((ending) => name.endsWith(ending)) && !name.startsWith('.') && !name.startsWith('~$')
          && !name.endsWith('.findings.json');
      }

      // The files of a drop, folders opened (one level deep, as `nianbao check FOLDER`).
      async function droppedFiles(event) {
        const items = event.dataTransfer.items ? [...event.dataTransfer.items] : [];
        const entries = items.map((item) => item.webkitGetAsEntry ? item.webkitGetAsEntry() : null);
        if (!entries.some((entry) => entry && entry.isDirectory)) return [...event.dataTransfer.files];
        const files = [];
        for (const entry of entries) {
          if (!entry) continue;
          if (entry.isFile) files.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
          if (entry.isDirectory) {
            const reader = entry.createReader();
            while (true) {
              const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
              if (!batch.length) break;
              for (const child of batch) {
                if (child.isFile) files.push(await new Promise((resolve, reject) => child.file(resolve, reject)));
              }
            }
          }
        }
        return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      }

      function dropZone(zone, handle) {
        zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
        zone.addEventListener('dragleave', () => zone.classList.remove('over'));
        zone.addEventListener('drop', async (event) => {
          event.preventDefault();
          zone.classList.remove('over');
          handle(await droppedFiles(event));
        });
      }

      document.addEventListener('DOMContentLoaded', () => {
        applyTexts();
        $('lang').addEventListener('click', () => {
          lang = lang === 'zh' ? 'en' : 'zh';
          applyTexts();
          if (state.reportFiles) importReport(state.reportFiles.file, state.reportFiles.previous);
          if (state.officeFiles) check(state.officeFiles);
        });
        for (const tab of ['report', 'office', 'templates']) {
          $('tab-' + tab).addEventListener('click', () => selectTab(tab));
        }
        $('file-report').addEventListener('change', (event) => {
          const file = event.target.files[0];
          event.target.value = '';
          if (file) importReport(file, previousFile());
        });
        let previous = null;
        const previousFile = () => previous;
        $('file-previous').addEventListener('change', (event) => {
          previous = event.target.files[0] || null;
          event.target.value = '';
          $('previous-name').textContent = previous ? previous.name : '';
          if (state.reportFiles) importReport(state.reportFiles.file, previous);
        });
        dropZone($('drop-report'), (files) => { if (files.length) importReport(files[0], previousFile()); });
        for (const id of ['files-office', 'folder-office']) {
          $(id).addEventListener('change', (event) => {
            const files = [...event.target.files].filter(isReport);
            event.target.value = '';
            if (files.length) check(files);
          });
        }
        dropZone($('drop-office'), (files) => {
          const reports = files.filter(isReport);
          if (reports.length) check(reports);
        });
        $('dl-json').addEventListener('click', () => download('json'));
        $('dl-xlsx').addEventListener('click', () => download('xlsx'));
        $('dl-csv').addEventListener('click', () => download('csv'));
        $('dl-html').addEventListener('click', () => download('html'));
        $('sum-json').addEventListener('click', () => downloadSum('json'));
        $('sum-xlsx').addEventListener('click', () => downloadSum('xlsx'));
        $('sum-html').addEventListener('click', () => downloadSum('html'));
        document.body.dataset.ready = '1';
      });
    })();

    """#
}
