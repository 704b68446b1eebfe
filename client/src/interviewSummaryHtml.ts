// The interview summary's page, as one string: a pure function of the
// summary, so a unit test can read exactly what the webview shows. No
// network, no inline style attributes (the CSP forbids them): geometry goes
// in SVG attributes, looks in the nonce'd style sheet, colours in VS Code's
// theme variables.
import {
  interviewerPercent,
  openQuestionsText,
  questionsAsked,
  reflectionsText,
  type FlaggedQuestion,
  type InterviewSummary,
  type InterviewSummaryEntry,
} from '../../server/src/interviewProtocol';

export interface SummaryPage {
  /** A fresh random string per render, allowing exactly this page's one style sheet and one script. */
  nonce: string;
  /** The interview to scroll to, by index. */
  focus?: number;
}

/** The question classes in chart order, with the label that says what the colour means. */
export const QUESTION_KINDS = [
  { key: 'open', label: 'Open' },
  { key: 'closed', label: 'Closed' },
  { key: 'leading', label: 'Leading' },
  { key: 'why', label: 'Why' },
  { key: 'multiple', label: 'Multiple' },
] as const;

const RULE_LABELS: Record<string, string> = {
  'closed-question': 'Closed',
  'leading-question': 'Leading',
  'why-question': 'Why',
  'multiple-questions': 'Multiple',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CHART = { width: 320, label: 72, row: 24, bar: 14, countGap: 6 };

/** A horizontal bar per question class, each with its name and count in text. */
function questionChart(entry: InterviewSummaryEntry, id: string): string {
  const q = entry.metrics.questions;
  const max = Math.max(1, ...QUESTION_KINDS.map((k) => q[k.key]));
  const span = CHART.width - CHART.label - 32;
  const rows = QUESTION_KINDS.map((k, i) => {
    const y = i * CHART.row + (k.key === 'multiple' ? 6 : 0);
    const w = Math.round((q[k.key] / max) * span);
    const mid = y + CHART.row / 2;
    return [
      `<g class="row q-${k.key}" data-kind="${k.key}" data-count="${q[k.key]}">`,
      `<text class="label" x="0" y="${mid}" dominant-baseline="central">${k.label}</text>`,
      `<rect class="track" x="${CHART.label}" y="${mid - CHART.bar / 2}" width="${span}" height="${CHART.bar}" rx="2"></rect>`,
      w > 0 ? `<rect class="bar" x="${CHART.label}" y="${mid - CHART.bar / 2}" width="${w}" height="${CHART.bar}" rx="2"></rect>` : '',
      `<text class="count" x="${CHART.label + w + CHART.countGap}" y="${mid}" dominant-baseline="central">${q[k.key]}</text>`,
      '</g>',
    ].join('');
  });
  // "Multiple" overlaps the other classes, so it sits apart, under a rule.
  const ruleY = 4 * CHART.row + 3;
  const height = QUESTION_KINDS.length * CHART.row + 6;
  const described = QUESTION_KINDS.map((k) => `${q[k.key]} ${k.label.toLowerCase()}`).join(', ');
  return [
    `<svg class="chart" role="img" aria-labelledby="${id}" width="${CHART.width}" height="${height}" viewBox="0 0 ${CHART.width} ${height}">`,
    `<title id="${id}">Questions: ${described}</title>`,
    ...rows,
    `<line class="divider" x1="${CHART.label}" x2="${CHART.width - 32}" y1="${ruleY}" y2="${ruleY}"></line>`,
    '</svg>',
  ].join('\n');
}

/** One bar split into the interviewer's and the interviewee's share of the words. */
function talkBar(entry: InterviewSummaryEntry, id: string): string {
  const percent = interviewerPercent(entry.words);
  if (percent === undefined) return '<p class="muted">No words recorded yet.</p>';
  const width = CHART.width;
  const split = Math.round((percent / 100) * width);
  return [
    `<svg class="talk" role="img" aria-labelledby="${id}" width="${width}" height="16" viewBox="0 0 ${width} 16">`,
    `<title id="${id}">Interviewer ${percent}% of words, interviewee ${100 - percent}%</title>`,
    split > 0 ? `<rect class="interviewer" x="0" y="0" width="${split}" height="16"></rect>` : '',
    split < width ? `<rect class="interviewee" x="${split}" y="0" width="${width - split}" height="16"></rect>` : '',
    `<line class="half" x1="${width / 2}" x2="${width / 2}" y1="0" y2="16"></line>`,
    '</svg>',
    `<p class="legend"><span class="key interviewer"></span>Interviewer ${percent}% <span class="key interviewee"></span>Interviewee ${100 - percent}%</p>`,
  ].join('\n');
}

/** The first sentence of a rule's message: what is wrong, in a line. The rest is in the tooltip. */
const firstSentence = (message: string) => /^.*?[.!?](?=\s+["“A-Z]|$)/.exec(message)?.[0] ?? message;

function flaggedItem(f: FlaggedQuestion): string {
  const label = RULE_LABELS[f.rule] ?? f.rule;
  const { start, end } = f.range;
  return [
    `<li>`,
    `<button class="goto" type="button" data-line="${start.line}" data-character="${start.character}" data-end-line="${end.line}" data-end-character="${end.character}" title="${escapeHtml(f.message)}">`,
    `<span class="chip q-${escapeHtml(f.rule.replace(/-.*/, ''))}">${escapeHtml(label)}</span>`,
    `<span class="question">${escapeHtml(f.text)}</span>`,
    `<span class="line">line ${start.line + 1}</span>`,
    `</button>`,
    `<div class="why">${escapeHtml(firstSentence(f.message))}</div>`,
    `</li>`,
  ].join('');
}

function interviewSection(entry: InterviewSummaryEntry, index: number): string {
  const m = entry.metrics;
  const asked = questionsAsked(m);
  const flagged = entry.flagged.length
    ? `<ol class="flagged">${entry.flagged.map(flaggedItem).join('\n')}</ol>`
    : '<p class="muted">No flagged questions.</p>';
  return [
    `<section class="interview" id="interview-${index}" data-open="${m.questions.open}" data-asked="${asked}">`,
    `<h2>${escapeHtml(entry.title)} <span class="line">line ${entry.range.start.line + 1}</span></h2>`,
    `<p class="headline">${openQuestionsText(m.questions.open, asked)}</p>`,
    `<div class="figures">`,
    `<div class="figure"><h3>Questions</h3>${questionChart(entry, `questions-${index}`)}</div>`,
    `<div class="figure"><h3>Talk</h3>${talkBar(entry, `talk-${index}`)}<p class="reflections" data-reflections="${m.reflections}">↩ ${reflectionsText(m.reflections).replace(/^n/, 'N')}</p></div>`,
    `</div>`,
    `<h3>Flagged questions</h3>`,
    flagged,
    `</section>`,
  ].join('\n');
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 24px; line-height: 1.4; }
h2 { font-size: 1.15em; font-weight: 600; margin: 0 0 2px; }
h3 { font-size: 0.85em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--vscode-descriptionForeground); margin: 14px 0 6px; }
.interview { padding: 14px 0 8px; }
.interview + .interview { border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); margin-top: 10px; }
.headline { font-size: 1.6em; font-weight: 600; margin: 2px 0 0; }
.line, .muted, .legend, .why { color: var(--vscode-descriptionForeground); }
.line { font-size: 0.85em; font-weight: normal; margin-left: 6px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px 40px; }
svg text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
svg .count { font-weight: 600; }
svg .track { fill: var(--vscode-foreground); opacity: 0.08; }
svg .divider, svg .half { stroke: var(--vscode-foreground); opacity: 0.35; stroke-dasharray: 2 2; }
.q-open .bar { fill: var(--vscode-charts-green); }
.q-closed .bar { fill: var(--vscode-charts-blue); }
.q-leading .bar { fill: var(--vscode-charts-red); }
.q-why .bar { fill: var(--vscode-charts-orange); }
.q-multiple .bar { fill: var(--vscode-charts-purple); }
/* Yellow is the one chart colour the question classes leave free; the person's share is the neutral rest of the bar. */
svg .interviewer, .key.interviewer { fill: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); }
svg .interviewee { fill: var(--vscode-foreground); opacity: 0.25; }
.key.interviewee { background: var(--vscode-foreground); opacity: 0.25; }
.legend { margin: 4px 0 0; font-size: 0.9em; }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; vertical-align: baseline; }
.key:first-child { margin-left: 0; }
.reflections { font-size: 1.1em; font-weight: 600; margin: 14px 0 0; }
.flagged { list-style: none; padding: 0; margin: 0; }
.flagged li { margin: 0 0 8px; }
.goto { display: flex; align-items: baseline; gap: 8px; width: 100%; text-align: left; background: none; border: none; padding: 2px 0; margin: 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; }
.goto:hover .question { text-decoration: underline; }
.goto:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.goto .line { margin-left: auto; white-space: nowrap; }
.chip { flex: none; font-size: 0.8em; font-weight: 600; color: var(--vscode-foreground); border: 1px solid; border-left-width: 4px; border-radius: 3px; padding: 0 5px; }
.chip.q-closed { border-color: var(--vscode-charts-blue); }
.chip.q-leading { border-color: var(--vscode-charts-red); }
.chip.q-why { border-color: var(--vscode-charts-orange); }
.chip.q-multiple { border-color: var(--vscode-charts-purple); }
.why { font-size: 0.9em; margin: 0 0 0 2px; }
`;

// Clicks on a flagged question ask the extension to show its line; nothing else leaves the page.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.goto') : null;
  if (!button) return;
  const n = (name) => Number(button.dataset[name]);
  vscode.postMessage({ type: 'reveal', range: [n('line'), n('character'), n('endLine'), n('endCharacter')] });
});
// A refresh reloads the page: keep the reader's place unless the page was opened at an interview.
const focus = document.getElementById('interview-' + document.body.dataset.focus);
if (focus) focus.scrollIntoView();
else if ((vscode.getState() || {}).note === document.body.dataset.note) window.scrollTo(0, vscode.getState().scrollY || 0);
window.addEventListener('scroll', () => vscode.setState({ note: document.body.dataset.note, scrollY: window.scrollY }), { passive: true });
`;

/** The whole page for one note's interview summary. */
export function interviewSummaryHtml(summary: InterviewSummary, page: SummaryPage): string {
  const { nonce } = page;
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const body = summary.interviews.length
    ? summary.interviews.map(interviewSection).join('\n')
    : '<p class="muted">No interview in this note yet. Add an <strong>## Interview</strong> section with lines such as <strong>Worker: …</strong> and <strong>Client: …</strong>.</p>';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Interview Summary</title>',
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    `<body data-note="${escapeHtml(summary.uri)}" data-focus="${page.focus ?? ''}">`,
    body,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
