// The caseload report's figures, from the notes' summaries: a pure function,
// so that the HTML (and a test) reads numbers that were computed once.
import { RULES } from '../rules';
import { INCOMPLETE_RULES, type Lateness, type NoteSummary, type Severity } from './summarize';

export interface ReportOptions {
  /** Group by the front matter's `worker` field. */
  byWorker: boolean;
  /** Show flagged text (identifiers masked). */
  includeText: boolean;
  /** How many notes the "most findings" table lists. */
  top: number;
  /** How many rows the late and incomplete table lists. */
  maxRows: number;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { byWorker: false, includeText: false, top: 20, maxRows: 200 };

export interface RuleCount {
  id: string;
  principle: string;
  summary: string;
  count: number;
  /** Notes with at least one finding of the rule. */
  notes: number;
}

export interface PrincipleCount {
  principle: string;
  count: number;
  notes: number;
  rules: string[];
}

export interface InterviewFigures {
  /** Interviews with at least one question. */
  count: number;
  /** Each interview's open questions ÷ questions asked. */
  shares: number[];
  median?: number;
  /** Interviews by share, in tenths: [0, 0.1), …, [0.9, 1]. */
  histogram: number[];
  /** Interviews where fewer than half the questions were open. */
  belowHalf: number;
}

export interface RecordRow {
  note: NoteSummary;
  late?: Lateness;
  incomplete: Record<(typeof INCOMPLETE_RULES)[number], number>;
}

export interface WorkerGroup {
  /** The worker field, or undefined for notes without one. */
  worker?: string;
  notes: number;
  findings: number;
  byPrinciple: Record<string, number>;
  interviews: InterviewFigures;
  late: number;
  incomplete: number;
  topRules: { id: string; count: number }[];
}

export interface CaseloadReport {
  notes: number;
  findings: number;
  /** Notes with no findings. */
  clean: number;
  bySeverity: Record<Severity, number>;
  principles: PrincipleCount[];
  /** Every rule, most findings first. */
  rules: RuleCount[];
  interviews: InterviewFigures;
  /** Notes written late, or missing fields or sections, most to fix first; `records.total` counts them all. */
  records: { rows: RecordRow[]; total: number; late: number; incomplete: number };
  /** The notes with the most findings. */
  top: NoteSummary[];
  groups?: WorkerGroup[];
  /** Only with --include-text: the words each rule flagged most often. */
  commonText?: { rule: string; texts: { text: string; count: number }[] }[];
  /** Files that could not be read, and Markdown files without Casewise front matter, which were left out. */
  unreadable: { path: string; error: string }[];
  skipped: number;
  options: ReportOptions;
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
/** Written late: measured late, or marked late by the note itself. */
const isLate = (late?: Lateness) => late !== undefined;
const incompleteCount = (n: NoteSummary) => INCOMPLETE_RULES.reduce((a, r) => a + (n.byRule[r] ?? 0), 0);

export function interviewFigures(notes: readonly NoteSummary[]): InterviewFigures {
  const shares = notes.flatMap((n) => n.interviews.map((i) => i.open / i.asked));
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const s of shares) histogram[Math.min(9, Math.floor(s * 10))]++;
  const sorted = [...shares].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { count: shares.length, shares, median, histogram, belowHalf: shares.filter((s) => s < 0.5).length };
}

/** The whole report's figures. */
export function aggregate(notes: readonly NoteSummary[], unreadable: { path: string; error: string }[], skipped: number, options: ReportOptions): CaseloadReport {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const ruleCounts = new Map(RULES.map((r) => [r.id, { id: r.id, principle: r.principle, summary: r.summary, count: 0, notes: 0 }]));
  for (const n of notes) {
    for (const s of Object.keys(bySeverity) as Severity[]) bySeverity[s] += n.bySeverity[s];
    for (const [rule, count] of Object.entries(n.byRule)) {
      const c = ruleCounts.get(rule);
      if (!c) continue;
      c.count += count;
      c.notes++;
    }
  }
  const rules = [...ruleCounts.values()].sort((a, b) => b.count - a.count || RULES.findIndex((r) => r.id === a.id) - RULES.findIndex((r) => r.id === b.id));

  const principles: PrincipleCount[] = [];
  for (const r of RULES) {
    let p = principles.find((x) => x.principle === r.principle);
    if (!p) principles.push((p = { principle: r.principle, count: 0, notes: 0, rules: [] }));
    p.rules.push(r.id);
    p.count += ruleCounts.get(r.id)!.count;
  }
  for (const p of principles) p.notes = notes.filter((n) => p.rules.some((r) => n.byRule[r])).length;

  const rows: RecordRow[] = notes
    .filter((n) => isLate(n.late) || incompleteCount(n) > 0)
    .map((n) => ({ note: n, late: n.late, incomplete: Object.fromEntries(INCOMPLETE_RULES.map((r) => [r, n.byRule[r] ?? 0])) as RecordRow['incomplete'] }));
  const weight = (r: RecordRow) => (isLate(r.late) && !r.late?.marked ? 1000 : isLate(r.late) ? 500 : 0) + total(r.incomplete);
  rows.sort((a, b) => byWorkerThen(options, a.note, b.note) || weight(b) - weight(a) || a.note.path.localeCompare(b.note.path));

  const findingsOf = (n: NoteSummary) => total(n.byRule);
  const top = notes
    .filter((n) => findingsOf(n) > 0)
    .sort((a, b) => findingsOf(b) - findingsOf(a) || b.bySeverity.error - a.bySeverity.error || a.path.localeCompare(b.path))
    .slice(0, options.top);

  return {
    notes: notes.length,
    findings: total(bySeverity),
    clean: notes.filter((n) => findingsOf(n) === 0).length,
    bySeverity,
    principles,
    rules,
    interviews: interviewFigures(notes),
    records: { rows: rows.slice(0, options.maxRows), total: rows.length, late: notes.filter((n) => isLate(n.late)).length, incomplete: notes.filter((n) => incompleteCount(n) > 0).length },
    top,
    // A worker table needs workers: notes without a `worker:` field give none.
    ...(options.byWorker && notes.some((n) => n.worker !== undefined) ? { groups: workerGroups(notes, principles) } : {}),
    ...(options.includeText ? { commonText: commonText(notes) } : {}),
    unreadable,
    skipped,
    options,
  };
}

function byWorkerThen(options: ReportOptions, a: NoteSummary, b: NoteSummary): number {
  if (!options.byWorker) return 0;
  // Notes without a worker go last.
  return (a.worker === undefined ? 1 : 0) - (b.worker === undefined ? 1 : 0) || (a.worker ?? '').localeCompare(b.worker ?? '');
}

function workerGroups(notes: readonly NoteSummary[], principles: readonly PrincipleCount[]): WorkerGroup[] {
  const byWorker = new Map<string | undefined, NoteSummary[]>();
  for (const n of notes) {
    const key = n.worker?.replace(/\s+/g, ' ');
    byWorker.set(key, [...(byWorker.get(key) ?? []), n]);
  }
  return [...byWorker]
    .map(([worker, group]) => {
      const byRule = new Map<string, number>();
      for (const n of group) for (const [r, c] of Object.entries(n.byRule)) byRule.set(r, (byRule.get(r) ?? 0) + c);
      return {
        worker,
        notes: group.length,
        findings: [...byRule.values()].reduce((a, b) => a + b, 0),
        byPrinciple: Object.fromEntries(principles.map((p) => [p.principle, p.rules.reduce((a, r) => a + (byRule.get(r) ?? 0), 0)])),
        interviews: interviewFigures(group),
        late: group.filter((n) => isLate(n.late)).length,
        incomplete: group.filter((n) => incompleteCount(n) > 0).length,
        topRules: [...byRule]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 3)
          .map(([id, count]) => ({ id, count })),
      };
    })
    .sort((a, b) => (a.worker === undefined ? 1 : 0) - (b.worker === undefined ? 1 : 0) || (a.worker ?? '').localeCompare(b.worker ?? ''));
}

/** Rules whose flagged text is a heading, a field or a whole passage, not a word anyone chose: they are left out of the word counts. */
const NOT_WORDS = new Set(['interviewer-talk', 'interview-opening', 'missing-field', 'missing-section', 'empty-section', 'late-entry', 'invalid-date', 'identifier', 'long-sentence']);

function commonText(notes: readonly NoteSummary[]): { rule: string; texts: { text: string; count: number }[] }[] {
  const byRule = new Map<string, Map<string, number>>();
  for (const n of notes) {
    for (const f of n.flagged ?? []) {
      if (NOT_WORDS.has(f.rule) || !f.text || f.text.length > 80) continue;
      const key = f.text.toLowerCase();
      const counts = byRule.get(f.rule) ?? new Map<string, number>();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      byRule.set(f.rule, counts);
    }
  }
  return RULES.filter((r) => byRule.has(r.id)).map((r) => ({
    rule: r.id,
    texts: [...byRule.get(r.id)!]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([text, count]) => ({ text, count })),
  }));
}
