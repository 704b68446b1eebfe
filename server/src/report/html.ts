// The caseload report as one self-contained HTML page: inline CSS and SVG,
// no fonts, images or requests of any kind (the CSP says so too). The same
// page is written by `casewise report` and shown in VS Code's webview; there
// the links to notes post a message instead of navigating.
import { FAMILIES, escapeHtml, family, fmt, percent, rulesChart, shareHistogram } from './charts';
import type { CaseloadReport, RecordRow, WorkerGroup } from './aggregate';
import { INCOMPLETE_RULES, type NoteSummary } from './summarize';
import { REPORT_STYLE } from './style';

export interface ReportPage {
  /** Allows exactly this page's style sheet (and, in the webview, its one script). */
  nonce: string;
  /** "file": links are paths relative to the report. "webview": links ask the extension to open the note. */
  mode: 'file' | 'webview';
  generatedAt: Date;
  version: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

function noteLink(note: NoteSummary, line: number | undefined, page: ReportPage): string {
  const text = `${escapeHtml(note.path)}${line ? `<span class="at">:${line}</span>` : ''}`;
  if (!note.target) return `<span class="note">${text}</span>`;
  return page.mode === 'webview'
    ? `<a class="note" href="#" data-target="${escapeHtml(note.target)}" data-line="${line ?? 1}">${text}</a>`
    : `<a class="note" href="${escapeHtml(note.target)}">${text}</a>`;
}

function stat(value: string, label: string, key: string, detail = ''): string {
  return `<div class="stat" data-stat="${key}"><div class="value">${value}</div><div class="label">${label}</div>${detail ? `<div class="detail">${detail}</div>` : ''}</div>`;
}

function summaryStats(r: CaseloadReport): string {
  const perNote = r.notes ? (r.findings / r.notes).toFixed(1) : '0';
  const severities = (['error', 'warning', 'information', 'hint'] as const)
    .filter((s) => r.bySeverity[s] > 0)
    .map((s) => `<span class="sev sev-${s}" data-severity="${s}" data-count="${r.bySeverity[s]}">${fmt(r.bySeverity[s])} ${s === 'information' ? 'info' : s + (r.bySeverity[s] === 1 ? '' : 's')}</span>`)
    .join(' ');
  return [
    '<div class="stats">',
    stat(fmt(r.notes), 'notes checked', 'notes', r.clean ? `${fmt(r.clean)} with no findings` : ''),
    stat(fmt(r.findings), 'findings', 'findings', `${perNote} per note`),
    stat(r.interviews.median === undefined ? '–' : percent(r.interviews.median), 'open questions (median)', 'open-share', plural(r.interviews.count, 'interview')),
    stat(fmt(r.records.late), 'late entries', 'late', 'written past the time limit'),
    stat(fmt(r.records.incomplete), 'incomplete records', 'incomplete', 'missing fields, sections or text'),
    '</div>',
    severities ? `<p class="severities">${severities}</p>` : '',
  ].join('\n');
}

/** One small card per principle: its findings, and how many notes have one. */
function principleCards(r: CaseloadReport): string {
  const cards = r.principles.map(
    (p) =>
      `<div class="principle f-${family(p.principle)}${p.count ? '' : ' none'}" data-principle="${escapeHtml(p.principle)}" data-count="${p.count}" title="${escapeHtml(`Rules: ${p.rules.join(', ')}`)}">` +
      `<div class="name"><span class="key f-${family(p.principle)}"></span>${escapeHtml(p.principle)}</div>` +
      `<div class="value">${fmt(p.count)}</div><div class="detail">${p.count ? `in ${plural(p.notes, 'note')}` : 'no findings'}</div></div>`,
  );
  return `<div class="principles">${cards.join('\n')}</div>`;
}

function lateCell(row: RecordRow): string {
  const late = row.late;
  if (!late) return '<td class="muted">–</td>';
  const howLate = late.hours !== undefined ? duration(late.hours) : '';
  const mark = !late.marked ? 'not marked' : late.reason ? 'marked, with reason' : 'marked, no reason';
  const cls = !late.marked ? 'bad' : late.reason ? 'ok' : 'warn';
  return `<td class="late" data-late="${late.marked ? (late.reason ? 'marked' : 'no-reason') : 'unmarked'}">${howLate ? `${howLate} · ` : ''}<span class="tag ${cls}">${mark}</span></td>`;
}

/** "30 hours", "5 days": how long after the contact the note was written. */
function duration(hours: number): string {
  if (hours < 72) return `${Math.floor(hours)} hours`;
  return `${Math.floor(hours / 24)} days`;
}

/** The first line a record finding is on; the top of the note for a late entry that was marked and so not flagged. */
function recordLine(note: NoteSummary): number {
  const lines = ['late-entry', ...INCOMPLETE_RULES].map((r) => note.firstLine[r]).filter((l): l is number => l !== undefined);
  return lines.length ? Math.min(...lines) : 1;
}

function recordsTable(r: CaseloadReport, page: ReportPage): string {
  if (r.records.total === 0) return '<p class="muted">Every note was written on time and has every field and section its format asks for.</p>';
  const byWorker = r.groups !== undefined;
  const count = (n: number) => (n ? `<td class="num">${fmt(n)}</td>` : '<td class="num muted">–</td>');
  const rows = r.records.rows.map((row) =>
    [
      `<tr data-path="${escapeHtml(row.note.path)}">`,
      `<td>${noteLink(row.note, recordLine(row.note), page)}</td>`,
      byWorker ? `<td class="worker">${escapeHtml(row.note.worker ?? '(no worker)')}</td>` : '',
      lateCell(row),
      count(row.incomplete['missing-field']),
      count(row.incomplete['missing-section']),
      count(row.incomplete['empty-section']),
      count(row.incomplete.placeholder),
      '</tr>',
    ].join(''),
  );
  const more = r.records.total - r.records.rows.length;
  return [
    '<table class="records">',
    `<thead><tr><th scope="col">Note</th>${byWorker ? '<th scope="col">Worker</th>' : ''}<th scope="col">Late entry</th><th scope="col" class="num">Missing fields</th><th scope="col" class="num">Missing sections</th><th scope="col" class="num">Empty sections</th><th scope="col" class="num">Placeholders</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    more > 0 ? `<p class="muted more">${plural(more, 'more note')} not shown. <code>casewise lint --format sarif</code> lists every finding.</p>` : '',
  ].join('\n');
}

function topTable(r: CaseloadReport, page: ReportPage): string {
  if (r.top.length === 0) return '<p class="muted">No note has a finding.</p>';
  const byWorker = r.groups !== undefined;
  const rows = r.top.map((n, i) => {
    const findings = Object.values(n.byRule).reduce((a, b) => a + b, 0);
    const main = Object.entries(n.byRule)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([id, c]) => `<span class="chip">${id} <b>${c}</b></span>`)
      .join(' ');
    const flagged = n.flagged?.length
      ? `<details><summary>Flagged text</summary><ul class="flagged">${n.flagged
          .map((f) => `<li><span class="at">${f.line}:${f.column}</span> <span class="rule-id">${f.rule}</span> “${escapeHtml(f.text)}” <span class="muted">${escapeHtml(f.message)}</span></li>`)
          .join('')}</ul></details>`
      : '';
    return [
      `<tr data-path="${escapeHtml(n.path)}" data-findings="${findings}">`,
      `<td class="num rank">${i + 1}</td>`,
      `<td>${noteLink(n, n.firstLine[''], page)}${flagged}</td>`,
      byWorker ? `<td class="worker">${escapeHtml(n.worker ?? '(no worker)')}</td>` : '',
      `<td class="num strong">${fmt(findings)}</td>`,
      `<td class="num">${n.bySeverity.error ? `<span class="sev-error">${n.bySeverity.error}</span>` : '<span class="muted">–</span>'}</td>`,
      `<td class="num">${n.bySeverity.warning || '<span class="muted">–</span>'}</td>`,
      `<td class="chips">${main}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<table class="top">',
    `<thead><tr><th scope="col" class="num">#</th><th scope="col">Note</th>${byWorker ? '<th scope="col">Worker</th>' : ''}<th scope="col" class="num">Findings</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col">Most frequent</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

function workersTable(r: CaseloadReport, groups: readonly WorkerGroup[]): string {
  const rate = (g: WorkerGroup, key: string) => {
    let n = 0;
    for (const p of r.principles) if (family(p.principle) === key) n += g.byPrinciple[p.principle] ?? 0;
    return g.notes ? n / g.notes : 0;
  };
  const maxRate = new Map(FAMILIES.map((f) => [f.key, Math.max(0, ...groups.map((g) => rate(g, f.key)))]));
  const rows = groups.map((g) => {
    const cells = FAMILIES.map((f) => {
      const v = rate(g, f.key);
      const max = maxRate.get(f.key)!;
      const level = v === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((v / max) * 4));
      return `<td class="num" data-family="${f.key}">${v === 0 ? '<span class="muted">–</span>' : `<span class="heat heat-${level}">${v < 0.05 ? '&lt;0.1' : v.toFixed(1)}</span>`}</td>`;
    });
    const share = g.interviews.median;
    return [
      `<tr data-worker="${escapeHtml(g.worker ?? '')}" data-notes="${g.notes}" data-findings="${g.findings}">`,
      `<th scope="row">${escapeHtml(g.worker ?? '(no worker recorded)')}<div class="top-rules">${g.topRules.map((t) => `<span>${t.id} ${t.count}</span>`).join(' · ')}</div></th>`,
      `<td class="num">${fmt(g.notes)}</td>`,
      `<td class="num strong">${g.notes ? (g.findings / g.notes).toFixed(1) : '0'}</td>`,
      ...cells,
      `<td class="num">${share === undefined ? '<span class="muted">–</span>' : `${percent(share)} <span class="muted of">of ${fmt(g.interviews.count)}</span>`}</td>`,
      `<td class="num">${g.late || '<span class="muted">–</span>'}</td>`,
      `<td class="num">${g.incomplete || '<span class="muted">–</span>'}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<div class="wide"><table class="workers">',
    '<thead><tr><th scope="col">Worker <span class="sub">and most frequent rules</span></th><th scope="col" class="num">Notes</th><th scope="col" class="num">Findings per note</th>',
    ...FAMILIES.map((f) => `<th scope="col" class="num"><span class="key f-${f.key}"></span>${f.label}</th>`),
    '<th scope="col" class="num">Open questions</th><th scope="col" class="num">Late entries</th><th scope="col" class="num">Incomplete records</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    '<p class="muted note">The principle columns are findings per note; the darker the figure, the closer it is to the highest among the workers. Open questions is the median share of open questions over each worker\'s interviews.</p>',
  ].join('\n');
}

function commonTextTable(r: CaseloadReport): string {
  if (!r.commonText?.length) return '';
  const rows = r.commonText.map(
    (c) => `<tr><th scope="row" class="rule-id">${c.rule}</th><td>${c.texts.map((t) => `<span class="chip">“${escapeHtml(t.text)}” <b>${t.count}</b></span>`).join(' ')}</td></tr>`,
  );
  return `<section><h2>Words flagged most often</h2><table class="common"><tbody>${rows.join('\n')}</tbody></table></section>`;
}

const LEGEND = FAMILIES.map((f) => `<span class="legend-item"><span class="key f-${f.key}"></span>${f.label}</span>`).join(' ');

// In the webview, a click on a note asks the extension to open it at the line; nothing else leaves the page.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.note') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', target: link.dataset.target, line: Number(link.dataset.line) });
});
`;

/** The whole page. */
export function reportHtml(r: CaseloadReport, page: ReportPage): string {
  const { nonce } = page;
  const script = page.mode === 'webview' ? `'nonce-${nonce}'` : `'none'`;
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src ${script}; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const when = page.generatedAt.toISOString().slice(0, 16).replace('T', ' ');
  const privacy = r.options.includeText
    ? '<p class="privacy warn" data-include-text="true"><b>This report includes words from the notes</b> (with identifiers and the names of the people in them masked). Keep and share it as you would the notes themselves.</p>'
    : '<p class="privacy">This report shows rule names and counts, not text from the notes. Identifiers and the names of the people in a note are masked wherever a path shows them.</p>';
  const skipped = [
    r.skipped ? `${plural(r.skipped, 'Markdown file')} without Casewise front matter ${r.skipped === 1 ? 'was' : 'were'} left out.` : '',
    r.unreadable.length ? `${plural(r.unreadable.length, 'file')} could not be read: ${r.unreadable.map((u) => `${escapeHtml(u.path)} (${escapeHtml(u.error)})`).join('; ')}.` : '',
  ].filter(Boolean);
  const i = r.interviews;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="Casewise ${escapeHtml(page.version)}">`,
    '<title>Casewise caseload report</title>',
    `<style nonce="${nonce}">${REPORT_STYLE}</style>`,
    '</head>',
    `<body class="mode-${page.mode}" data-notes="${r.notes}" data-findings="${r.findings}">`,
    '<main>',
    '<header>',
    '<h1>Caseload report</h1>',
    `<p class="meta">${plural(r.notes, 'note')} · ${plural(r.findings, 'finding')}${r.groups ? ` · ${plural(r.groups.filter((g) => g.worker !== undefined).length, 'worker')}` : ''} · ${when} UTC · Casewise ${escapeHtml(page.version)}</p>`,
    privacy,
    '</header>',
    summaryStats(r),
    ...skipped.map((s) => `<p class="muted">${s}</p>`),
    r.groups ? `<section><h2>By worker</h2>${workersTable(r, r.groups)}</section>` : '',
    `<section><h2>Findings by principle</h2>${principleCards(r)}</section>`,
    `<section><h2>Findings by rule</h2><p class="legend">${LEGEND}</p>${rulesChart(r.rules, 'rules-chart')}${
      r.rules.some((x) => x.count === 0) ? `<p class="muted note">No findings: ${r.rules.filter((x) => x.count === 0).map((x) => `<span class="rule-id">${x.id}</span>`).join(', ')}.</p>` : ''
    }</section>`,
    commonTextTable(r),
    `<section><h2>Open questions per interview</h2><p class="lede">${
      i.count
        ? `In ${plural(i.count, 'interview')} with at least one question, the median share of open questions was <b>${percent(i.median!)}</b>. ${fmt(i.belowHalf)} ${i.belowHalf === 1 ? 'interview was' : 'interviews were'} mostly closed, leading or “why” questions (under 50% open).`
        : 'No interview with a question was found.'
    }</p>${shareHistogram(i, 'share-chart')}</section>`,
    `<section><h2>Notes with the most findings</h2>${topTable(r, page)}</section>`,
    `<section><h2>Late entries and incomplete records</h2><p class="lede">${plural(r.records.late, 'note')} written late, ${plural(r.records.incomplete, 'note')} missing a field, a section or its text.</p>${recordsTable(r, page)}</section>`,
    '<footer><p class="muted">Made by Casewise from the notes on this computer. Each rule and the principle behind it is described in the Casewise documentation (docs/rules).</p></footer>',
    '</main>',
    page.mode === 'webview' ? `<script nonce="${nonce}">${SCRIPT}</script>` : '',
    '</body>',
    '</html>',
  ].join('\n');
}
