// The report's one style sheet. Colours come from VS Code's theme variables in
// the webview and fall back to a light or dark palette in a browser; the
// principle colours are the Okabe–Ito palette, which stays distinct for readers
// with colour-blindness. System fonts only: nothing is fetched.
export const REPORT_STYLE = `
:root {
  --fb-bg: #ffffff; --fb-fg: #1f2328; --fb-muted: #57606a; --fb-border: #d0d7de; --fb-card: #f6f8fa; --fb-link: #0550ae;
  --c-objective: #d55e00; --c-clear: #56b4e9; --c-accurate: #e69f00; --c-timely: #cc79a7; --c-confidential: #009e73; --c-interview: #0072b2;
  --c-low: #e69f00; --c-high: #009e73; --c-bad: #c93c37; --c-warn: #9a6700; --c-ok: #1a7f37;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --fb-bg: #0d1117; --fb-fg: #e6edf3; --fb-muted: #9198a1; --fb-border: #3d444d; --fb-card: #161b22; --fb-link: #4493f8; --c-interview: #4ea8de; --c-bad: #f47067; --c-warn: #d4a72c; --c-ok: #57ab5a; }
}
body.vscode-dark, body.vscode-high-contrast { --c-interview: #4ea8de; --c-bad: #f47067; --c-warn: #d4a72c; --c-ok: #57ab5a; }
body.vscode-light { --c-interview: #0072b2; --c-bad: #c93c37; --c-warn: #9a6700; --c-ok: #1a7f37; }
:root {
  --bg: var(--vscode-editor-background, var(--fb-bg));
  --fg: var(--vscode-foreground, var(--fb-fg));
  --muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --border: var(--vscode-panel-border, var(--vscode-widget-border, var(--fb-border)));
  --card: var(--vscode-editorWidget-background, var(--fb-card));
  --link: var(--vscode-textLink-foreground, var(--fb-link));
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif); font-size: 14px; line-height: 1.45; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 1.7em; margin: 0 0 2px; font-weight: 650; }
h2 { font-size: 1.15em; margin: 0 0 10px; font-weight: 650; }
section { margin: 30px 0 0; padding-top: 18px; border-top: 1px solid var(--border); }
.meta, .muted, .note, .detail, .lede { color: var(--muted); }
.lede { margin: 0 0 12px; color: var(--fg); }
.note { font-size: 0.9em; margin: 8px 0 0; }
.privacy { margin: 10px 0 0; padding: 8px 12px; border-left: 4px solid var(--c-high); background: var(--card); border-radius: 3px; }
.privacy.warn { border-left-color: var(--c-low); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
a:focus-visible, summary:focus-visible { outline: 1px solid var(--vscode-focusBorder, var(--link)); outline-offset: 2px; }
code { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 0.92em; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 20px 0 0; }
.stat { background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 12px 14px; }
.stat .value { font-size: 1.9em; font-weight: 650; line-height: 1.1; font-variant-numeric: tabular-nums; }
.stat .label { font-weight: 600; margin-top: 2px; }
.stat .detail { font-size: 0.88em; }
.severities { margin: 10px 0 0; }
.principles { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px; }
.principle { border: 1px solid var(--border); border-radius: 6px; padding: 8px 10px; }
.principle .name { font-size: 0.88em; font-weight: 600; }
.principle .value { font-size: 1.35em; font-weight: 650; font-variant-numeric: tabular-nums; }
.principle .detail { font-size: 0.85em; color: var(--muted); }
.principle.none .value { color: var(--muted); font-weight: normal; }
.sev { display: inline-block; margin-right: 12px; font-variant-numeric: tabular-nums; }
.sev::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; background: var(--muted); }
.sev-error::before { background: var(--c-bad); }
.sev-warning::before { background: var(--c-warn); }
.sev-information::before { background: var(--link); }
span.sev-error { color: var(--c-bad); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 10px 6px 0; border-bottom: 1px solid var(--border); vertical-align: top; }
thead th { font-size: 0.82em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); border-bottom-width: 2px; white-space: nowrap; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
td.strong { font-weight: 650; }
td.worker, td.late { white-space: nowrap; }
td a.note, td span.note { overflow-wrap: break-word; }
.wide { overflow-x: auto; }
.rule-id, .chip { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 0.85em; }
.chip { display: inline-block; border: 1px solid var(--border); border-radius: 10px; padding: 0 7px; margin: 1px 2px 1px 0; white-space: nowrap; }
.chip b { font-weight: 650; }
.common th { white-space: nowrap; }
.at { color: var(--muted); }
a .at { color: inherit; opacity: 0.75; }
.tag { font-size: 0.85em; font-weight: 600; white-space: nowrap; }
.tag.bad { color: var(--c-bad); }
.tag.warn { color: var(--c-warn); }
.tag.ok { color: var(--c-ok); }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
.legend { margin: 0 0 10px; font-size: 0.9em; color: var(--muted); }
.legend-item { margin-right: 14px; white-space: nowrap; }
.key.f-objective { background: var(--c-objective); } .key.f-clear { background: var(--c-clear); } .key.f-accurate { background: var(--c-accurate); }
.key.f-timely { background: var(--c-timely); } .key.f-confidential { background: var(--c-confidential); } .key.f-interview { background: var(--c-interview); }
svg { max-width: 100%; height: auto; overflow: visible; }
svg text { fill: var(--fg); font-family: inherit; font-size: 12px; }
svg .count { font-weight: 650; }
/* A halo in the page colour keeps a count readable where the median line crosses it. */
svg .count, svg .median-label { paint-order: stroke; stroke: var(--bg); stroke-width: 4px; stroke-linejoin: round; }
svg .tick, svg .axis { fill: var(--muted); }
svg .grid { stroke: var(--border); stroke-width: 1; }
svg .track { fill: var(--fg); opacity: 0.08; }
.f-objective .bar { fill: var(--c-objective); } .f-clear .bar { fill: var(--c-clear); } .f-accurate .bar { fill: var(--c-accurate); }
.f-timely .bar { fill: var(--c-timely); } .f-confidential .bar { fill: var(--c-confidential); } .f-interview .bar { fill: var(--c-interview); }
.bin.low .bar { fill: var(--c-low); } .bin.high .bar { fill: var(--c-high); }
svg .median { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .median-label { font-weight: 650; }
/* Pills rather than filled cells, so that neighbouring high figures stay apart. */
.heat { display: inline-block; min-width: 2.9em; padding: 1px 5px; border-radius: 10px; text-align: right; }
.records thead th { white-space: normal; vertical-align: bottom; }
.workers thead th { white-space: normal; vertical-align: bottom; font-size: 0.75em; letter-spacing: 0; }
.workers thead th .key { display: block; margin: 0 0 3px auto; }
.workers tbody th { white-space: nowrap; }
.workers .sub { text-transform: none; letter-spacing: 0; font-weight: normal; }
.top-rules { font-weight: normal; font-size: 0.82em; color: var(--muted); white-space: normal; font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); }
.heat-1 { background: color-mix(in srgb, var(--c-bad) 10%, transparent); }
.heat-2 { background: color-mix(in srgb, var(--c-bad) 20%, transparent); }
.heat-3 { background: color-mix(in srgb, var(--c-bad) 32%, transparent); }
.heat-4 { background: color-mix(in srgb, var(--c-bad) 46%, transparent); }
.workers td, .workers thead th { padding-left: 4px; padding-right: 4px; }
.workers tbody th { padding-right: 10px; min-width: 13em; }
.workers .of { font-size: 0.85em; }
.top-rules span { white-space: nowrap; }
details { margin-top: 4px; }
summary { cursor: pointer; color: var(--muted); font-size: 0.9em; }
.flagged { margin: 4px 0 0; padding-left: 18px; font-size: 0.9em; }
footer { margin-top: 36px; font-size: 0.88em; }
@media print {
  body { font-size: 11px; }
  main { max-width: none; padding: 0; }
  section { break-inside: avoid; }
  a { color: inherit; }
}
`;
