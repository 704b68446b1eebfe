// A redacted copy of a note, to share outside the secure record: every
// identifier is replaced by "[redacted …]", and optionally the names listed in
// `participants` by initials or roles. Pure: text in, text out; nothing else
// in the note changes.
import { parse } from './analyze';
import type { Note } from './document/note';
import { escapeRegex } from './document/regexText';
import { findIdentifiersInNote, redactionOf, replacementEdits } from './identifiers/detect';
import { allowedValues, comparable } from './rules/identifier';
import type { Edit } from './rules/types';
import type { Settings } from './settings';

/** What to do with the names of the people in `participants`. */
export type NameMode = 'initials' | 'roles' | 'keep';
export const NAME_MODES: readonly NameMode[] = ['initials', 'roles', 'keep'];

export interface RedactOptions {
  /** Default "keep". */
  names?: NameMode;
}

export interface RedactResult {
  text: string;
  /** The changes made, as offsets into the original text. */
  edits: Edit[];
  /** How many identifiers and how many mentions of names were replaced. */
  identifiers: number;
  names: number;
}

// Redaction also reads the `client` field, which the rule leaves alone: a shared copy must not carry a case number.
// The contact's own date and time stay: the copy is still a record of that contact.
const KEEP_FIELDS: ReadonlySet<string> = new Set(['date', 'time', 'recorded']);
const NO_NAMES_FIELDS: ReadonlySet<string> = new Set(['date', 'time', 'recorded', 'format', 'contact', 'casewise']);

/**
 * The note's text with every identifier redacted, whatever `identifiers.kinds`
 * says, the team's own patterns (`identifiers.patterns`) included (values in
 * `identifiers.allow` stay), and the participants' names
 * replaced as `options.names` asks.
 */
export function redactNote(text: string, settings: Settings, options: RedactOptions = {}): RedactResult {
  const note = parse(text, settings);
  const allowed = allowedValues(settings);
  const found = findIdentifiersInNote(note, KEEP_FIELDS, settings['identifiers.patterns']).filter((f) => !allowed.has(comparable(text.slice(f.start, f.end))));
  const edits: Edit[] = found.flatMap((f) => replacementEdits(note, f.start, f.end, redactionOf(f)));
  const names = options.names && options.names !== 'keep' ? nameEdits(note, options.names, found) : [];
  const all = [...edits, ...names];
  return { text: applyEdits(text, all), edits: all, identifiers: found.length, names: names.length };
}

/** A person listed in the front matter, with the role in brackets after the name. */
export interface Participant {
  name: string;
  role?: string;
}

/** The people in `participants`, plus `client` and `worker` when they are not listed there. */
export function participantsOf(note: Note): Participant[] {
  const fields = note.frontMatter?.fields;
  if (!fields) return [];
  const people = splitParticipants(fields.get('participants')?.text ?? '').map(parsePerson);
  const add = (text: string | undefined, role: string) => {
    const name = text === undefined ? undefined : cutLastLineAt(cutLastLineAt(text, '('), ',').trim();
    if (name && /\p{Lu}/u.test(name) && !people.some((p) => sameName(p.name, name))) people.push({ name, role });
  };
  add(fields.get('client')?.text, 'client');
  add(fields.get('worker')?.text, 'worker');
  return people.filter((p) => p.name.length > 0);
}

function splitParticipants(text: string): string[] {
  // A line that starts "- " (after blanks, which never include a line break: "^\s*" ran across blank lines, quadratically).
  if (/^[^\S\r\n\u2028\u2029]*-\s/m.test(text)) return text.split(/\r?\n/).map((l) => l.replace(/^\s*-\s*/, '').trim()).filter(Boolean);
  if (text.includes(';')) return text.split(';').map((p) => p.trim()).filter(Boolean);
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const listed = parts.length > 1 && (parts.every((p) => /\([^()]+\)$/.test(p)) || parts.every((p) => /^\p{Lu}[\p{L}.'’ -]{0,40}$/u.test(p) && !/^(?:MSW|LCSW|LSW|BSW|PhD|MD|RN|LPC|LMFT|Jr|Sr)\.?$/.test(p)));
  return listed ? parts : [text.trim()].filter(Boolean);
}

/**
 * `text` without what follows the first `mark` on its last line, as
 * text.replace(/\(.*$/, '') does ("." stops at a line break), but linear: that
 * pattern re-reads the rest of the text from each "(" of a long run.
 */
function cutLastLineAt(text: string, mark: string): string {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
  const at = text.indexOf(mark, lastBreak + 1);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * "A. Rivera (caseworker)": the name, and the role in the closing brackets.
 * By hand, as /^(.*?)\s*\(([^()]*)\)\s*$/ would read it: that pattern was
 * quadratic on a long run of blanks (44 s for a 300 KB participants line).
 */
function splitRole(entry: string): [name: string, role: string] | undefined {
  const trimmed = entry.trimEnd();
  if (!trimmed.endsWith(')')) return undefined;
  const open = trimmed.lastIndexOf('(');
  if (open < 0 || trimmed.slice(open + 1, -1).includes(')')) return undefined;
  const name = trimmed.slice(0, open).trimEnd();
  // "." in the pattern does not cross a line break.
  if (/[\n\r\u2028\u2029]/.test(name)) return undefined;
  return [name, trimmed.slice(open + 1, -1)];
}

function parsePerson(entry: string): Participant {
  const m = splitRole(entry);
  const name = (m ? m[0] : entry).replace(/,\s*(?:MSW|LCSW|LSW|BSW|PhD|MD|RN|LPC|LMFT|MA|MS)\.?$/i, '').trim();
  const role = m?.[1].split(/[,;/]/)[0].trim().toLowerCase() || undefined;
  return { name, role };
}

const sameName = (a: string, b: string) => a.replace(/[\s.]/g, '').toLowerCase() === b.replace(/[\s.]/g, '').toLowerCase();

const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Miss', 'Mr', 'Mrs', 'Ms', 'Dr'];
const INITIAL = /^\p{Lu}\.?$/u;
const WORD = /^\p{Lu}[\p{L}'’-]+$/u;

interface Variant {
  text: string;
  person: Participant;
  initials: string;
}

/** The ways a person's name may be written: "Anna Rivera", "A. Rivera", "Ms. Rivera", "Rivera", "Anna"; "J. D." and "J.D.". */
function variantsOf(person: Participant, everyone: Participant[]): Variant[] {
  const tokens = person.name.split(/\s+/).filter((t) => !TITLES.includes(t));
  if (tokens.length === 0 || !tokens.every((t) => INITIAL.test(t) || WORD.test(t))) return [];
  const initialOf = (t: string) => `${t[0]}.`;
  const out: Variant[] = [];
  const push = (text: string, initials: string) => {
    if (!out.some((v) => v.text === text)) out.push({ text, person, initials });
  };
  push(tokens.join(' '), tokens.map(initialOf).join(' '));
  if (tokens.every((t) => INITIAL.test(t))) push(tokens.map(initialOf).join(''), tokens.map(initialOf).join(' '));
  const last = tokens[tokens.length - 1];
  const first = tokens[0];
  const othersShare = (pick: (ts: string[]) => string | undefined, value: string) =>
    everyone.some((p) => p !== person && pick(p.name.split(/\s+/).filter((t) => !TITLES.includes(t))) === value);
  if (tokens.length > 1 && WORD.test(last)) {
    if (WORD.test(first)) push(`${initialOf(first)} ${last}`, tokens.map(initialOf).join(' '));
    for (const title of TITLES) push(`${title} ${last}`, `${title} ${initialOf(last)}`);
    if (!othersShare((ts) => (ts.length > 1 ? ts[ts.length - 1] : undefined), last)) push(last, initialOf(last));
  }
  if (tokens.length > 1 && WORD.test(first) && !othersShare((ts) => (ts.length > 1 ? ts[0] : undefined), first)) push(first, initialOf(first));
  if (tokens.length === 1 && WORD.test(first)) push(first, initialOf(first));
  return out;
}

/** Edits that replace each mention of a participant, outside the identifiers already redacted. */
function nameEdits(note: Note, mode: Exclude<NameMode, 'keep'>, taken: readonly { start: number; end: number }[]): Edit[] {
  const people = participantsOf(note);
  const variants = people.flatMap((p) => variantsOf(p, people)).sort((a, b) => b.text.length - a.text.length);
  if (variants.length === 0) return [];
  const byText = new Map(variants.map((v) => [v.text, v]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${variants.map((v) => escapeRegex(v.text).replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const roleOf = (p: Participant) => `the ${p.role ?? 'participant'}`;
  const edits: Edit[] = [];
  const free = (start: number, end: number) => !taken.some((t) => t.start < end && start < t.end) && !edits.some((e) => e.start < end && start < e.end);

  const participants = note.frontMatter?.fields.get('participants');
  if (mode === 'roles' && participants?.value) {
    // "J. D. (client)" in the list becomes "the client".
    const value = participants.value;
    for (const m of note.text.slice(value.start, value.end).matchAll(/[^;\n,-][^;\n]*?\([^()]*\)/g)) {
      const entry = m[0].trim();
      const start = value.start + m.index + m[0].indexOf(entry);
      const person = parsePerson(entry);
      if (person.role && free(start, start + entry.length)) edits.push({ start, end: start + entry.length, newText: roleOf(person) });
    }
  }

  const scan = (start: number, end: number, inBody: boolean) => {
    for (const m of note.text.slice(start, end).matchAll(pattern)) {
      const s = start + m.index;
      const e = s + m[0].length;
      const variant = byText.get(m[0].replace(/[ \t]+/g, ' '));
      if (!variant || !free(s, e)) continue;
      const role = roleOf(variant.person);
      const newText = mode === 'initials' ? variant.initials : inBody && startsSentence(note.text, s) ? role[0].toUpperCase() + role.slice(1) : role;
      if (newText !== m[0]) edits.push({ start: s, end: e, newText });
    }
  };
  for (const [name, field] of note.frontMatter?.fields ?? []) if (field.value && !NO_NAMES_FIELDS.has(name)) scan(field.value.start, field.value.end, false);
  for (const block of note.blocks) scan(block.start, block.end, true);
  return edits;
}

/** At the start of a line or a sentence, or just inside an opening quote there. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r' || /[.!?#>*-]/.test(text[i]);
}

/** Applies non-overlapping edits, last first, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
