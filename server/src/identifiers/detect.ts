// Finds identifiers in a note: by label, by shape and as street addresses,
// keeping one finding where several overlap.
import type { Note } from '../document/note';
import type { TeamPattern } from '../settings';
import { findAddresses } from './addresses';
import { kindInfo } from './kinds';
import { findLabelled } from './labelled';
import { findByShape, PRIORITY, type Candidate } from './patterns';
import { compileTeamPatterns, findTeamMatches } from './teamPatterns';

/** The kind of a match of a team's own pattern; its `name` says what it is. */
export const TEAM_KIND = 'team';

/** One identifier, as offsets into the text it was found in. */
export interface FoundIdentifier {
  start: number;
  end: number;
  kind: string;
  /** For a team pattern's match (kind "team"): the team's name for it, such as "agency case number". */
  name?: string;
}

/** What Redact writes in place of an identifier: "[redacted SSN]", or "[redacted agency case number]" for a team's own kind. */
export function redactionOf(f: FoundIdentifier): string {
  return f.name !== undefined ? `[redacted ${f.name}]` : kindInfo(f.kind).redactAs;
}

/**
 * Identifiers in a stretch of text. Where candidates overlap, a labelled value
 * wins over a shape ("serial # 2204718831" is a serial number, not a phone),
 * a shape over a guess, and then the longer one (or the one with the longer label).
 */
export function findIdentifiers(text: string, team: readonly TeamPattern[] = []): FoundIdentifier[] {
  const candidates: Candidate[] = [
    ...findTeamMatches(text, compileTeamPatterns(team)).map((m): Candidate => ({ ...m, kind: TEAM_KIND, priority: PRIORITY.team })),
    ...findLabelled(text),
    ...findByShape(text),
    ...findAddresses(text).map((s): Candidate => ({ ...s, kind: 'address', priority: PRIORITY.shape })),
  ].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || (a.labelStart ?? a.start) - (b.labelStart ?? b.start) || a.start - b.start);
  // Which characters a kept candidate already covers. Each candidate checks only its own characters, and
  // candidates overlap a bounded number of times, so this is linear (a sorted array with splice() was
  // quadratic: a megabyte of phone numbers took seconds).
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ start, end, kind, name }) => (name === undefined ? { start, end, kind } : { start, end, kind, name }));
}

/**
 * Front-matter fields that hold what a note must record about the contact
 * itself; the rule leaves them alone (redaction does not).
 */
export const RECORD_FIELDS: ReadonlySet<string> = new Set(['client', 'date', 'time', 'recorded']);

/**
 * Identifiers in a parsed note, as offsets into the note: everywhere in the
 * body, including quotes and interviewee turns, and in the front matter's
 * values, except the fields in `skipFields`. `team` adds the team's own
 * patterns (identifiers.patterns).
 */
export function findIdentifiersInNote(note: Note, skipFields: ReadonlySet<string> = RECORD_FIELDS, team: readonly TeamPattern[] = []): FoundIdentifier[] {
  const out: FoundIdentifier[] = [];
  const scan = (start: number, end: number) => {
    for (const f of findIdentifiers(note.text.slice(start, end), team)) out.push({ ...f, start: f.start + start, end: f.end + start });
  };
  for (const [name, field] of note.frontMatter?.fields ?? []) if (field.value && !skipFields.has(name)) scan(field.value.start, field.value.end);
  // The body in as few passes as possible (one pass is 4 times faster than block by block): each run of
  // blocks with only blank lines between them, which no pattern reaches across. For a whole note that is
  // one run; when analyze() hands over only the changed blocks, it is those blocks.
  // A run that starts after a label on the same line ("Reason for call: 555-0100") starts at the label,
  // which may say what the number is: the same scan whether or not the label's block changed too.
  let run: { start: number; end: number } | undefined;
  for (const b of note.blocks) {
    if (run && note.text.slice(run.end, b.start).trim() === '') run.end = b.end;
    else {
      if (run) scan(run.start, run.end);
      run = { start: note.lines.lineStart(note.lines.lineAt(b.start)), end: b.end };
    }
  }
  if (run) scan(run.start, run.end);
  return out;
}

/**
 * The edits that put `newText` in place of [start, end). In the front matter,
 * a value that would then start with "[" is wrapped in double quotes, so that
 * YAML still reads it as text rather than as a list.
 */
export function replacementEdits(note: Note, start: number, end: number, newText: string): { start: number; end: number; newText: string }[] {
  const field = [...(note.frontMatter?.fields.values() ?? [])].find((f) => f.value && f.value.start === start);
  if (!field || !newText.startsWith('[')) return [{ start, end, newText }];
  const rest = note.text.slice(end, field.value!.end);
  if (/["\\]/.test(rest)) return [{ start, end, newText: `(${newText.slice(1, -1)})` }];
  return end === field.value!.end
    ? [{ start, end, newText: `"${newText}"` }]
    : [
        { start, end, newText: `"${newText}` },
        { start: field.value!.end, end: field.value!.end, newText: '"' },
      ];
}
