// One note, boiled down to what the caseload report shows: counts by rule,
// the open-question share of each interview, how late it was written, and what
// is missing. Privacy by construction: a NoteSummary holds no text from the
// note, except its path, the worker's name (for --by worker) and, only when the
// user asks for it, the flagged text, all with identifiers and the names of the
// people in the note masked.
import type { Note } from '../document/note';
import { findIdentifiers, findIdentifiersInNote, redactionOf } from '../identifiers/detect';
import { IDENTIFIER_KINDS, kindInfo } from '../identifiers/kinds';
import { interviewSummaries } from '../interviewSummary';
import { questionsAsked } from '../interviewProtocol';
import { participantsOf } from '../redact';
import { contactWindow, recordedWindow } from '../rules/timing';
import type { RuledFinding } from '../rules/types';
import type { Settings } from '../settings';

/** The rules that say a record is incomplete, in the order the report's table shows them. */
export const INCOMPLETE_RULES = ['missing-field', 'missing-section', 'empty-section', 'placeholder'] as const;

export type Severity = RuledFinding['severity'];

/** One flagged passage, shown only with --include-text. */
export interface FlaggedText {
  line: number;
  column: number;
  rule: string;
  /** The flagged words, identifiers masked. */
  text: string;
  message: string;
}

/** How late a note was written, when it was written later than the timeliness setting allows. */
export interface Lateness {
  /** Hours from the end of the contact to when the note was written; absent when the note marks itself late without dates to measure. */
  hours?: number;
  /** The note has a "Late entry:" line or `late_entry: true`. */
  marked: boolean;
  /** The mark says why. */
  reason: boolean;
}

export interface NoteSummary {
  /** The note's path as the report shows it, identifiers and people's names masked. */
  path: string;
  /** Where a link to the note goes: a path relative to the report, or a file URI in the editor. */
  target: string;
  /** The `worker:` field, masked like the path; undefined when the note has none. */
  worker?: string;
  /** Findings by rule ID. */
  byRule: Record<string, number>;
  bySeverity: Record<Severity, number>;
  /** The 1-based line of each rule's first finding, and of the note's first finding overall (key ""). */
  firstLine: Record<string, number>;
  /** Open and asked questions of each interview with at least one question. */
  interviews: { open: number; asked: number }[];
  late?: Lateness;
  /** Only with --include-text. */
  flagged?: FlaggedText[];
}

export interface SummarizeOptions {
  path: string;
  target: string;
  /** When the note has no `recorded:`: the file's time. */
  modified?: Date;
  includeText?: boolean;
}

const LATE_MARK = /^(?:true|yes|y|1)$/i;

/** The summary of a checked note, from its parse and its findings (never re-analysed). */
export function summarizeNote(note: Note, findings: readonly RuledFinding[], settings: Settings, options: SummarizeOptions): NoteSummary {
  const mask = masker(note, findings, settings);
  const byRule: Record<string, number> = {};
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const firstLine: Record<string, number> = {};
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    bySeverity[f.severity]++;
    const line = note.lines.lineAt(f.start) + 1;
    firstLine[f.rule] ??= line;
    firstLine[''] ??= line;
  }
  const worker = note.frontMatter?.fields.get('worker')?.text.trim();
  const path = mask(options.path);
  return {
    path,
    // A link would carry what the shown path masks.
    target: path === options.path ? options.target : '',
    // The worker's own name is shown by design (--by worker); only an identifier in the field is masked.
    ...(worker ? { worker: maskShapes(worker) } : {}),
    byRule,
    bySeverity,
    firstLine,
    interviews: interviewSummaries(note, findings)
      .map((i) => ({ open: i.metrics.questions.open, asked: questionsAsked(i.metrics) }))
      .filter((i) => i.asked > 0),
    ...lateness(note, findings, settings, options.modified),
    ...(options.includeText
      ? {
          flagged: findings.map((f) => {
            const at = note.lines.positionAt(f.start);
            return { line: at.line + 1, column: at.character + 1, rule: f.rule, text: mask(note.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim()), message: mask(f.message) };
          }),
        }
      : {}),
  };
}

/** Whether, and how late, the note was written: measured as the late-entry rule measures it. */
function lateness(note: Note, findings: readonly RuledFinding[], settings: Settings, modified: Date | undefined): { late?: Lateness } {
  const fields = note.frontMatter?.fields;
  const flagged = LATE_MARK.test(fields?.get('late_entry')?.text ?? '');
  const marked = flagged || note.lateEntry !== undefined;
  const reason = flagged ? !!fields?.get('late_reason')?.value : !!note.lateEntry?.reason && note.lateEntry.reason.start < note.lateEntry.reason.end;
  const contact = note.frontMatter?.closed ? contactWindow(note.dates) : undefined;
  const written = recordedWindow(note.dates)?.earliest ?? modified;
  const hours = contact && written ? (written.getTime() - contact.latest.getTime()) / 3_600_000 : undefined;
  const tooLate = hours !== undefined && hours > settings['timeliness.hours'];
  if (tooLate) return { late: { hours, marked, reason } };
  // Marked late but with nothing to measure, or a mark the rule found fault with.
  if (marked || findings.some((f) => f.rule === 'late-entry')) return { late: { marked, reason } };
  return {};
}

/**
 * A function that masks identifiers, and the names of the people the note is
 * about, in a string taken from or about the note: its path, the worker
 * field, flagged text. The identifiers are those the identifier rule found,
 * plus the `client` field's; when the rule is off or looks for fewer kinds, the
 * whole note is scanned again.
 */
function masker(note: Note, findings: readonly RuledFinding[], settings: Settings): (s: string) => string {
  const secrets = new Map<string, string>();
  const team = settings['identifiers.patterns'];
  const ruleSawAll = settings.rules.identifier !== 'off' && IDENTIFIER_KINDS.every((k) => settings['identifiers.kinds'].includes(k));
  if (ruleSawAll) {
    for (const f of findings) if (f.rule === 'identifier') secrets.set(note.text.slice(f.start, f.end).toLowerCase(), '[redacted]');
    const client = note.frontMatter?.fields.get('client')?.value;
    if (client) for (const f of findIdentifiers(note.text.slice(client.start, client.end), team)) secrets.set(note.text.slice(client.start + f.start, client.start + f.end).toLowerCase(), redactionOf(f));
  } else {
    for (const f of findIdentifiersInNote(note, DATE_FIELDS, team)) secrets.set(note.text.slice(f.start, f.end).toLowerCase(), redactionOf(f));
  }
  // The people the note is about, not the worker who wrote it (whose name the report shows by design);
  // initials alone are too short to find safely.
  const workerTokens = new Set(tokensOf(note.frontMatter?.fields.get('worker')?.text ?? ''));
  const names = new Set<string>();
  for (const p of participantsOf(note)) {
    if (p.role === 'worker') continue;
    for (const token of tokensOf(p.name)) if (token.length >= 3 && !TITLES.has(token) && !workerTokens.has(token)) names.add(token);
  }
  const values = [...secrets.keys()].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
  return (s) => {
    let out = s;
    for (const v of values) {
      // Whole values only: "555" inside a longer number is not the identifier.
      let at = out.toLowerCase().indexOf(v);
      while (at >= 0) {
        const bounded = !/[\p{L}\p{N}]/u.test(out[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(out[at + v.length] ?? '');
        if (bounded) out = out.slice(0, at) + secrets.get(v)! + out.slice(at + v.length);
        at = out.toLowerCase().indexOf(v, at + (bounded ? secrets.get(v)!.length : 1));
      }
    }
    if (names.size) out = out.replace(/[\p{L}'’]+/gu, (w) => (names.has(w.toLowerCase()) ? '…' : w));
    return maskShapes(out);
  };
}

/** Masks anything shaped like an identifier, even one the note never wrote (a case number in a file name). */
export function maskShapes(s: string): string {
  if (!/[\d@]|www\.|:\/\//.test(s)) return s;
  let out = '';
  let at = 0;
  for (const f of findIdentifiers(s)) {
    out += s.slice(at, f.start) + kindInfo(f.kind).redactAs;
    at = f.end;
  }
  return out + s.slice(at);
}

// The contact's own date and time are no identifier of the person; a date of birth is, wherever it is written.
const DATE_FIELDS: ReadonlySet<string> = new Set(['date', 'time', 'recorded']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'miss', 'client', 'mother', 'father']);
const tokensOf = (s: string) => s.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
