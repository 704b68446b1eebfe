import { conjugate, type VerbForm } from './inline';

/** One row of a phrase table in rules/data/*.json: what a social worker reviews. */
export interface PhraseEntry {
  phrase: string;
  /** `phrase` and `alternatives` are base forms of verbs; every form matches. */
  verb?: boolean;
  alternatives: string[];
  note: string;
  source: string;
  example?: string;
  /** Lower-case phrases in which the word is used in a neutral sense; "*" stands for any one word. */
  exceptions?: string[];
  /**
   * Words that make the match neutral when one of them comes shortly before it
   * in the same sentence: the subject of "denied" is a board or an office, not a person.
   */
  neutralBefore?: string[];
  /** Words that make the match neutral when one of them comes shortly after it: "denied the repair request". */
  neutralAfter?: string[];
  /**
   * Match only this capitalisation ("pt" is patient, "PT" physical therapy).
   * A capital first letter is still accepted, for the start of a sentence.
   */
  caseSensitive?: boolean;
  /** Fine in an Assessment section, where clinical terms belong ("agitated", "histrionic traits"). */
  okInAssessment?: boolean;
}

/** A phrase found in the text, with its replacements already inflected and cased like the original. */
export interface PhraseMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
  text: string;
  replacements: string[];
}

interface Form {
  entry: PhraseEntry;
  form?: VerbForm;
}

interface Compiled {
  regex: RegExp;
  /** Forms by lower-cased text. */
  forms: Map<string, Form>;
  /** Case-sensitive forms by their exact text. */
  exact: Map<string, Form>;
}

const compiled = new WeakMap<readonly PhraseEntry[], Compiled>();

const normalizeSpace = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Compiles a table once into a single alternation (longest first), as PERFORMANCE-NOTES.md advises. */
function compile(table: readonly PhraseEntry[]): Compiled {
  let c = compiled.get(table);
  if (c) return c;
  const forms = new Map<string, Form>();
  const exact = new Map<string, Form>();
  for (const entry of table) {
    if (entry.caseSensitive) {
      exact.set(entry.phrase.replace(/\s+/g, ' '), { entry });
    } else if (entry.verb) {
      for (const [form, word] of Object.entries(conjugate(entry.phrase))) {
        const key = normalizeSpace(word);
        if (!forms.has(key)) forms.set(key, { entry, form: form as VerbForm });
      }
    } else {
      forms.set(normalizeSpace(entry.phrase), { entry });
    }
  }
  const keys = new Set([...forms.keys(), ...[...exact.keys()].map(normalizeSpace)]);
  // An empty table must match nothing (an empty alternation would match everywhere).
  const alternation = keys.size ? [...keys].sort((a, b) => b.length - a.length).map(escape).join('|') : '(?!)';
  c = { regex: new RegExp(`(?<![\\p{L}\\p{N}_\\-])(?:${alternation})(?![\\p{L}\\p{N}_\\-])`, 'giu'), forms, exact };
  compiled.set(table, c);
  return c;
}

/** Finds every phrase of `table` in `text`; offsets are relative to `text`. */
export function matchPhrases(table: readonly PhraseEntry[], text: string, allow: readonly string[]): PhraseMatch[] {
  const { regex, forms, exact } = compile(table);
  const out: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const spaced = m[0].replace(/\s+/g, ' ');
    const found = exact.get(spaced) ?? exact.get(spaced[0].toLowerCase() + spaced.slice(1)) ?? forms.get(normalizeSpace(m[0]));
    const neutral =
      !found ||
      covered(text, start, end, found.entry.exceptions) ||
      covered(text, start, end, allow) ||
      nearby(found.entry.neutralBefore, wordsBefore(text, start)) ||
      nearby(found.entry.neutralAfter, wordsAfter(text, end));
    if (neutral) {
      // A shorter phrase inside this one may still count ("a diabetic patient" holds "diabetic patient").
      regex.lastIndex = start + 1;
      continue;
    }
    const { entry, form } = found;
    // An abbreviation's capitals are its spelling, not emphasis ("ETOH" → "alcohol", not "ALCOHOL");
    // its expansion is capitalised only where a sentence starts.
    const caseOf = isAbbreviation(entry) ? (startsSentence(text, start) ? 'X' : 'x') : m[0];
    const replacements = entry.alternatives.map((alt) => matchCase(caseOf, form ? conjugate(alt)[form] ?? alt : alt));
    out.push({ entry, start, end, text: m[0], replacements });
  }
  return out;
}

const coverRegexes = new WeakMap<readonly string[], RegExp>();
// Exceptions and allowed terms are phrases in which "*" stands for any one word
// ("denied the * request"), matched case-insensitively with any spacing. One
// list becomes one regex that, at each position, finds the longest phrase there
// without consuming it, so overlapping phrases are all seen.
function coverRegex(phrases: readonly string[]): RegExp {
  let re = coverRegexes.get(phrases);
  if (!re) {
    const bodies = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((phrase) =>
        phrase
          .trim()
          .split(/\s+/)
          .map((w) => (w === '*' ? "[\\p{L}\\p{N}'’-]+" : escape(w)))
          .join('\\s+'),
      );
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?=((?:${bodies.join('|')})(?![\\p{L}\\p{N}])))`, 'giu');
    coverRegexes.set(phrases, re);
  }
  return re;
}

/** True when one of `phrases` occurs in `text` around the span start..end. */
function covered(text: string, start: number, end: number, phrases: readonly string[] | undefined): boolean {
  if (!phrases?.length) return false;
  // Exceptions are short, so a window around the match is enough to look in.
  const from = Math.max(0, start - 120);
  const window = text.slice(from, end + 120);
  const re = coverRegex(phrases);
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (from + m.index > start) break;
    if (from + m.index + m[1].length >= end) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

// How far a neutral subject or object may be from the phrase, in words.
const NEAR_BEFORE = 6;
const NEAR_AFTER = 4;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Up to NEAR_BEFORE lower-case words before `at`, within its sentence. */
function wordsBefore(text: string, at: number): string[] {
  const head = text.slice(Math.max(0, at - 80), at);
  const clause = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(';')) + 1);
  return (clause.toLowerCase().match(WORD) ?? []).slice(-NEAR_BEFORE);
}

// The object of a phrase ends where a new phrase or clause begins ("a bipolar | on the unit").
const PHRASE_END = new Set('on in at to for from with by about and or but who whom that which because when while was were is are has had'.split(' '));

/** Up to NEAR_AFTER lower-case words after `at`, within its phrase. */
function wordsAfter(text: string, at: number): string[] {
  const tail = text.slice(at, at + 80);
  const clause = tail.slice(0, tail.search(/[,.!?;:]|$/));
  const words = (clause.toLowerCase().match(WORD) ?? []).slice(0, NEAR_AFTER);
  const end = words.findIndex((w) => PHRASE_END.has(w));
  return end < 0 ? words : words.slice(0, end);
}

const nearby = (neutral: readonly string[] | undefined, words: string[]) =>
  !!neutral?.length && words.some((w) => neutral.includes(w) || neutral.includes(w.replace(/['’]s$/, '')));

const isAbbreviation = (entry: PhraseEntry) => !!entry.caseSensitive || entry.phrase.includes('/') || !/\p{Ll}/u.test(entry.phrase);
const startsSentence = (text: string, at: number) => /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at)) || at === 0;

/** "Claims" → "Reports", "CLAIMS" → "REPORTS", "claims" → "reports". */
export function matchCase(original: string, replacement: string): string {
  const isUpper = (s: string) => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
  if (isUpper(original)) return replacement.toUpperCase();
  // "IV drug user" starts with an acronym, not a capitalised word: leave the replacement as written.
  if (isUpper(original.split(/\s/)[0])) return replacement;
  if (original[0] !== original[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
