// Identifiers introduced by a label ("MRN 00482913", "DOB: 3/4/11",
// "license plate ABC-1234"). The labels are data (rules/data/identifier-labels.json);
// the value after a label is read with anchored, bounded patterns.
import { eitherCase, escapeRegex } from '../document/regexText';
import table from '../rules/data/identifier-labels.json';
import { dateEndAt, isNumericDate } from './dates';
import { PRIORITY, type Candidate } from './patterns';

type Shape = 'id' | 'ssn' | 'date' | 'plate' | 'handle';

interface LabelEntry {
  kind: string;
  shape: Shape;
  labels: string[];
}

const ENTRIES = table.entries as LabelEntry[];
const normal = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

// Labels written in capitals only ("SSN", "DOC") are matched only in capitals, so "doc" (a doctor) is not a label.
const exact = new Map<string, LabelEntry>();
const anyCase = new Map<string, LabelEntry>();
for (const entry of ENTRIES) {
  for (const label of entry.labels) {
    if (/[A-Z]/.test(label) && !/[a-z]/.test(label)) exact.set(label, entry);
    else anyCase.set(normal(label), entry);
  }
}

/**
 * One pattern for all of `labels`, longest first. A label that ends in a
 * letter or digit must not run on into a word; that test is written once for
 * each run of such labels, not once a label: V8 took 100 ms to compile the
 * Unicode classes of 300 copies, on the first note of every run. In any case,
 * each letter is its own class ("[mM][rR][nN]"): the labels are plain ASCII.
 */
function labelPattern(labels: Iterable<string>, inAnyCase: boolean): RegExp {
  const runs: { word: boolean; bodies: string[] }[] = [];
  for (const l of [...labels].sort((a, b) => b.length - a.length)) {
    const escaped = escapeRegex(l);
    const body = (inAnyCase ? eitherCase(escaped) : escaped).replace(/ /g, '[ \\t]+').replace(/'/g, "['’]");
    const word = /[\p{L}\p{N}]$/u.test(l);
    if (runs.at(-1)?.word === word) runs.at(-1)!.bodies.push(body);
    else runs.push({ word, bodies: [body] });
  }
  const alternatives = runs.map((r) => (r.word ? `(?:${r.bodies.join('|')})(?![\\p{L}\\p{N}])` : r.bodies.join('|')));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu');
}

const EXACT_LABELS = labelPattern(exact.keys(), false);
const ANY_CASE_LABELS = labelPattern(anyCase.keys(), true);

// "<word> number", "<word> ID", "<word> #": a label Casewise does not know, for an identifying number.
const GENERIC_LABEL = /(?<![\p{L}\p{N}])(\p{L}[\p{L}'’-]{1,24})(?:[ \t]+(?:ID|[Nn]umber|[Ii]dentifier|nbr)(?![\p{L}\p{N}])|[ \t]+(?:I\.D\.|No\.|no\.|num\.)|[ \t]?#)/gu;
// Words before "number" or "#" that do not make an identifier: "room number 214", "phone number" (found by its shape).
const NOT_IDENTIFYING = new Set(
  `room suite ste apt apartment unit floor bed bus route grade score level step page line item question version session week day visit dose
   phase section title rule part chapter form model exit gate lane row seat table lot dock platform track size shoe code cpt icd dsm
   phone telephone cell mobile fax contact callback home work office emergency ext extension a an the any some this that which what
   each every no one same another large small total`.split(/\s+/),
);

const CONNECTOR = /[ \t]*(?:#|:|=|\(|\.(?=[ \t])|-(?=[ \t\d])|no\.?(?![\p{L}])|nos?\.|number(?![\p{L}])|num\.?(?![\p{L}])|nbr(?![\p{L}])|identifier(?![\p{L}])|I\.?D\.?(?![\p{L}])|is(?![\p{L}])|was(?![\p{L}])|as(?![\p{L}])|reads(?![\p{L}])|listed[ \t]+as(?![\p{L}]))/iuy;
const DATE_CONNECTOR = /[ \t]*(?:on|in|of)(?![\p{L}])/iuy;
const SPACE = /[ \t]*/y;

const SSN_VALUE = /\d{3}([- ]?)\d{2}\1\d{4}(?![\w-])/y;
const ID_CHUNK = /[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,29}(?![\w-])/y;
const DIGIT_CHUNK = /[ \t]\d{2,6}(?![\w-])/y;
const PLATE_VALUE = /[A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,5}(?![\w-])/y;
const HANDLE_VALUE = /@?[A-Za-z0-9_][A-Za-z0-9_.]{1,29}/y;
const UNIT_AFTER = /[ \t]*(?:%|(?:mg|mcg|ml|lb|lbs|kg|oz|dollars|miles|hours|minutes|days|weeks|months|years|times|units|people|children)(?![\p{L}]))/iuy;
const NOT_PLATES = new Set(['NOT', 'NONE', 'UNKNOWN', 'UNK', 'NA', 'TBD', 'PENDING', 'MISSING', 'UNREADABLE', 'OBSCURED']);
const EXPLICIT_HANDLE_LABELS = new Set(['username', 'user name', 'screen name', 'screenname', 'gamertag', 'handle']);

/** Labelled identifiers in `text`. */
export function findLabelled(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, lookup] of [
    [EXACT_LABELS, (s: string) => exact.get(s)],
    [ANY_CASE_LABELS, (s: string) => anyCase.get(normal(s))],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const entry = lookup(m[0].replace(/[ \t]+/g, ' '));
      if (!entry) continue;
      const value = valueAfter(text, m.index + m[0].length, entry.shape, m[0], true);
      // The longest label wins: "Medicaid ID" over "ID".
      if (value) out.push({ ...value, kind: entry.kind, priority: PRIORITY.label, labelStart: m.index });
    }
  }
  for (const m of text.matchAll(GENERIC_LABEL)) {
    if (NOT_IDENTIFYING.has(normal(m[1]).replace(/'s$/, ''))) continue;
    const value = valueAfter(text, m.index + m[0].length, 'id', m[0], false);
    if (value) out.push({ ...value, kind: 'id', priority: PRIORITY.genericLabel, labelStart: m.index });
  }
  return out;
}

/** The value that follows a label ending at `at`, skipping "#", ":", "number", "is" and the like. */
function valueAfter(text: string, at: number, shape: Shape, label: string, known: boolean): { start: number; end: number } | undefined {
  let pos = at;
  for (let i = 0; i < 4; i++) {
    const next = sticky(CONNECTOR, text, pos) ?? (shape === 'date' ? sticky(DATE_CONNECTOR, text, pos) : undefined);
    if (next === undefined) break;
    pos = next;
  }
  const start = sticky(SPACE, text, pos)!;
  // A value needs something between it and its label: "MR#7730192" and "SSN: 1…" but not "Snapchat.com".
  if (start === at && !/[#:]$/.test(label)) return undefined;
  const end = valueEnd(text, start, shape, label, known);
  return end === undefined ? undefined : { start, end };
}

function valueEnd(text: string, start: number, shape: Shape, label: string, known: boolean): number | undefined {
  switch (shape) {
    case 'ssn':
      return sticky(SSN_VALUE, text, start);
    case 'date':
      return dateEndAt(text, start);
    case 'plate': {
      const end = sticky(PLATE_VALUE, text, start);
      if (end === undefined) return undefined;
      const value = text.slice(start, end).replace(/[- ]/g, '');
      const ok = /\d/.test(value) ? value.length >= 3 : value.length >= 5 && !NOT_PLATES.has(value);
      return ok ? end : undefined;
    }
    case 'handle': {
      let end = sticky(HANDLE_VALUE, text, start);
      if (end === undefined) return undefined;
      while (text[end - 1] === '.') end--;
      const value = text.slice(start, end);
      const ok = value.startsWith('@') || /[\d_.]/.test(value) || EXPLICIT_HANDLE_LABELS.has(normal(label));
      return ok && value.length >= 3 ? end : undefined;
    }
    case 'id':
      return idEnd(text, start, known);
  }
}

/**
 * An ID such as "2024-JV-00419", "H4471902" or "7731 2290 0018": at least 4
 * digits (after a known label, a code of 6 or more capitals and digits such as
 * "DMPXQ9K2LM4R" will do), and not a year, date or quantity.
 */
function idEnd(text: string, start: number, known: boolean): number | undefined {
  let end = sticky(ID_CHUNK, text, start);
  if (end === undefined) return undefined;
  const first = text.slice(start, end);
  if (first.length <= 6 && /^(?:\d+|[A-Z]+)$/.test(first)) {
    for (let i = 0; i < 3; i++) {
      const next = sticky(DIGIT_CHUNK, text, end);
      if (next === undefined) break;
      end = next;
    }
  }
  const value = text.slice(start, end);
  const digits = value.replace(/\D/g, '');
  const code = known && digits.length > 0 && /^[A-Z0-9-]{6,}$/.test(value);
  if (digits.length < 4 && !code) return undefined;
  if (/^(?:19|20)\d{2}$/.test(value) || isNumericDate(value)) return undefined;
  if (sticky(UNIT_AFTER, text, end) !== undefined) return undefined;
  return end;
}

function sticky(re: RegExp, text: string, at: number): number | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : undefined;
}
