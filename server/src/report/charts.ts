// The caseload report's charts, as inline SVG strings: no library, no script,
// no style attributes (a webview's CSP forbids them). Geometry goes in SVG
// attributes, looks in the page's style sheet (classes), and every chart has a
// <title> that says in words what it shows.
import type { InterviewFigures, RuleCount } from './aggregate';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const fmt = (n: number) => n.toLocaleString('en-US');
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The colour family of a principle: the five interviewing principles share one. */
export function family(principle: string): string {
  switch (principle) {
    case 'Be objective':
      return 'objective';
    case 'Be clear and concise':
      return 'clear';
    case 'Be accurate':
      return 'accurate';
    case 'Be timely':
      return 'timely';
    case 'Be confidential':
      return 'confidential';
    default:
      return 'interview';
  }
}

export const FAMILIES = [
  { key: 'objective', label: 'Objective' },
  { key: 'clear', label: 'Clear' },
  { key: 'accurate', label: 'Accurate' },
  { key: 'timely', label: 'Timely' },
  { key: 'confidential', label: 'Confidential' },
  { key: 'interview', label: 'Interviewing' },
] as const;

const BAR = { width: 720, label: 168, row: 24, bar: 15, countRoom: 56 };

/** A horizontal bar per rule that fired, most findings first, coloured by principle. */
export function rulesChart(rules: readonly RuleCount[], id: string): string {
  const shown = rules.filter((r) => r.count > 0);
  if (shown.length === 0) return '<p class="muted">No findings.</p>';
  const max = shown[0].count;
  const span = BAR.width - BAR.label - BAR.countRoom;
  const height = shown.length * BAR.row;
  const rows = shown.map((r, i) => {
    const y = i * BAR.row;
    const mid = y + BAR.row / 2;
    const w = Math.max(2, Math.round((r.count / max) * span));
    return [
      `<g class="row f-${family(r.principle)}" data-rule="${r.id}" data-count="${r.count}">`,
      `<title>${escapeHtml(`${r.id} (${r.principle}): ${fmt(r.count)} findings in ${fmt(r.notes)} notes. ${r.summary}`)}</title>`,
      `<text class="label" x="${BAR.label - 10}" y="${mid}" text-anchor="end" dominant-baseline="central">${r.id}</text>`,
      `<rect class="bar" x="${BAR.label}" y="${mid - BAR.bar / 2}" width="${w}" height="${BAR.bar}" rx="2"></rect>`,
      `<text class="count" x="${BAR.label + w + 6}" y="${mid}" dominant-baseline="central">${fmt(r.count)}</text>`,
      '</g>',
    ].join('');
  });
  const described = shown.map((r) => `${r.id} ${r.count}`).join(', ');
  return [
    `<svg class="chart rules-chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${BAR.width} ${height}" width="${BAR.width}" height="${height}">`,
    `<title id="${id}">Findings by rule: ${escapeHtml(described)}</title>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

const HIST = { width: 720, height: 236, left: 44, right: 12, top: 40, bottom: 40 };

/**
 * Interviews by their share of open questions, in tenths. Bars under half are
 * drawn in the "mostly closed" colour; a dashed line marks the median.
 */
export function shareHistogram(figures: InterviewFigures, id: string): string {
  if (figures.count === 0) return '<p class="muted">No interview with a question was found.</p>';
  const plotW = HIST.width - HIST.left - HIST.right;
  const plotH = HIST.height - HIST.top - HIST.bottom;
  const max = Math.max(...figures.histogram);
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => HIST.top + plotH - (v / top) * plotH;
  const binW = plotW / 10;
  const parts: string[] = [];
  // Drawn last, over the median line.
  const counts: string[] = [];
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line class="grid" x1="${HIST.left}" x2="${HIST.width - HIST.right}" y1="${y(v)}" y2="${y(v)}"></line>`);
    parts.push(`<text class="tick" x="${HIST.left - 8}" y="${y(v)}" text-anchor="end" dominant-baseline="central">${fmt(v)}</text>`);
  }
  figures.histogram.forEach((n, i) => {
    const x = HIST.left + i * binW + 3;
    const label = `${i * 10}–${i === 9 ? 100 : i * 10 + 9}% open: ${fmt(n)} interview${n === 1 ? '' : 's'}`;
    parts.push(`<g class="bin ${i < 5 ? 'low' : 'high'}" data-bin="${i}" data-count="${n}"><title>${label}</title>`);
    if (n > 0) parts.push(`<rect class="bar" x="${x}" y="${y(n)}" width="${binW - 6}" height="${y(0) - y(n)}" rx="2"></rect>`);
    parts.push('</g>');
    if (n > 0) counts.push(`<text class="count" x="${x + (binW - 6) / 2}" y="${y(n) - 6}" text-anchor="middle">${fmt(n)}</text>`);
  });
  for (let i = 0; i <= 10; i += 1) {
    const x = HIST.left + i * binW;
    parts.push(`<text class="tick" x="${x}" y="${HIST.top + plotH + 16}" text-anchor="middle">${i * 10}%</text>`);
  }
  parts.push(`<text class="axis" x="${HIST.left + plotW / 2}" y="${HIST.height - 4}" text-anchor="middle">Share of the interviewer's questions that were open</text>`);
  if (figures.median !== undefined) {
    const x = HIST.left + figures.median * plotW;
    // The label sits above the bars' counts, so that the two never collide.
    parts.push(`<line class="median" x1="${x}" x2="${x}" y1="18" y2="${HIST.top + plotH}"></line>`);
    const anchor = figures.median > 0.85 ? 'end' : figures.median < 0.15 ? 'start' : 'middle';
    parts.push(`<text class="median-label" x="${x}" y="12" text-anchor="${anchor}">median ${percent(figures.median)}</text>`);
  }
  parts.push(...counts);
  const described = figures.histogram.map((n, i) => `${i * 10}% to ${i * 10 + 10}%: ${n}`).join('; ');
  return [
    `<svg class="chart histogram" role="img" aria-labelledby="${id}" viewBox="0 0 ${HIST.width} ${HIST.height}" width="${HIST.width}" height="${HIST.height}">`,
    `<title id="${id}">Interviews by share of open questions (${escapeHtml(described)})</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** 1, 2, 5, 10, 20, 50 … so that the axis has three to six ticks. */
function niceStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
}
