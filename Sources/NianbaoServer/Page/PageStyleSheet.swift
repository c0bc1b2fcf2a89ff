/// The page's style sheet (`/app.css`), and the additions to the report page's own style sheet that the page shows
/// it with (`/report.css`): the cell a finding was clicked for.
enum PageStyleSheet {
  /// `/app.css`.
  static let app = #"""
    :root { --accent: #1d4ed8; --error: #b91c1c; --warning: #b45309; --info: #475569; --line: #d4d4d8; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      color: #18181b; background: #f4f4f5; }
    header { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem;
      padding: 1rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
    header h1 { margin: 0; font-size: 1.4rem; }
    .subtitle { margin: .3rem 0 0; color: #52525b; font-size: .9rem; }
    button, .button { font: inherit; padding: .45rem .9rem; border: 1px solid var(--accent); border-radius: 6px;
      background: #fff; color: var(--accent); cursor: pointer; text-decoration: none; display: inline-block; }
    button:hover, .button:hover { background: #eff6ff; }
    button:disabled { opacity: .5; cursor: default; }
    .tabs { display: flex; gap: .5rem; padding: .75rem 1.5rem 0; }
    .tabs button { border-radius: 6px 6px 0 0; border-bottom: none; }
    .tabs button.active { background: var(--accent); color: #fff; }
    main { padding: 0 1.5rem 2rem; }
    main > section { background: #fff; border: 1px solid var(--line); padding: 1rem; }
    .drop { border: 2px dashed #a1a1aa; border-radius: 8px; padding: 1rem; display: flex; flex-wrap: wrap;
      gap: .75rem; align-items: center; }
    .drop p { flex-basis: 100%; margin: 0 0 .25rem; }
    .drop.over { border-color: var(--accent); background: #eff6ff; }
    .pick { display: inline-flex; flex-direction: column; gap: .25rem; font-size: .9rem; }
    .pick.secondary { color: #52525b; }
    .file-name { color: #52525b; font-size: .85rem; }
    .progress { margin: .75rem 0; display: flex; gap: .5rem; align-items: center; }
    .progress progress { width: 20rem; }
    .alert { margin: .75rem 0; padding: .75rem 1rem; border-left: 4px solid var(--error); background: #fef2f2;
      color: #7f1d1d; white-space: pre-wrap; }
    .meta { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 1rem 0 .5rem; }
    .meta div { display: flex; gap: .4rem; }
    .meta dt { color: #52525b; }
    .meta dd { margin: 0; font-weight: 600; }
    .downloads { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; align-items: start; }
    @media (max-width: 1000px) { .layout { grid-template-columns: 1fr; } }
    .report-page { border: 1px solid var(--line); background: #fff; max-height: 80vh; overflow: auto;
      padding: 0 1rem; }
    .findings { position: sticky; top: 0; max-height: 80vh; overflow: auto; border: 1px solid var(--line);
      padding: .5rem 1rem; background: #fafafa; }
    .findings h2 { font-size: 1.1rem; margin: .5rem 0; }
    .findings ol { padding-left: 1.2rem; }
    .findings li { margin: .4rem 0; padding: .3rem .4rem; border-radius: 4px; cursor: pointer;
      overflow-wrap: anywhere; }
    .plain-findings li { overflow-wrap: anywhere; }
    .findings li:hover, .findings li.active { background: #e0e7ff; }
    .findings li.error .rule, .plain-findings li.error .rule { color: var(--error); font-weight: 600; }
    .findings li.warning .rule, .plain-findings li.warning .rule { color: var(--warning); font-weight: 600; }
    .findings li.info .rule, .plain-findings li.info .rule { color: var(--info); font-weight: 600; }
    .table-scroll { overflow-x: auto; }
    #office-table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    #office-table th { white-space: nowrap; }
    #office-table th, #office-table td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left;
      vertical-align: top; }
    #office-table tbody tr { cursor: pointer; }
    #office-table tbody tr:hover { background: #eff6ff; }
    #office-table tr.unreadable td { color: var(--error); }
    #office-table tr.broken td:nth-child(5) { color: var(--error); font-weight: 600; }
    footer { padding: 0 1.5rem 1.5rem; color: #71717a; font-size: .85rem; }

    """#

  /// `/favicon.svg`: a page with a tick.
  static let icon = #"""
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
    <rect x="4" y="2" width="24" height="28" rx="3" fill="#1d4ed8"/>
    <path d="M10 17l4 4 8-9" stroke="#fff" stroke-width="3" fill="none"/>
    </svg>

    """#

  /// What `/report.css` adds to the report page's style sheet.
  static let reportAdditions = #"""

    td.selected { outline: 3px solid #1d4ed8; outline-offset: -2px; background: #dbeafe; }
    section.selected { outline: 3px solid #1d4ed8; }
    article { max-width: none; }

    """#
}
