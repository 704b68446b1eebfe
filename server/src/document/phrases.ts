import { conjugate, type VerbForm } from './inline';
import { escapeRegex } from './regexText';

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

// Trimmed: a team's phrase written " lazy" would otherwise begin the pattern with \s+, which re-reads a long run of blanks from each of its positions.
const normalizeSpace = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const escape = (s: string) => escapeRegex(s).replace(/\s+/g, '\\s+');

/** Compiles a table once into a single alternation (longest first), as PERFORMANCE-NOTES.md advises. */
function compile(table: readonly PhraseEntry[]): Compiled {
  let c = compiled.get(table);
  if (c) return c;
  const forms = new Map<string, Form>();
  const exact = new Map<string, Form>();
  for (const entry of table) {
    if (entry.caseSensitive) {
      exact.set(entry.phrase.replace(/\s+/g, ' ').trim(), { entry });
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
  // toLowerCase can change a word's length ("İ" becomes "i̇"), which the regex's case folding does not
  // follow; such a phrase is also looked for as written. The lookup (normalizeSpace) lower-cases both alike.
  for (const entry of table) if (entry.phrase.toLowerCase().length !== entry.phrase.length) keys.add(entry.phrase.replace(/\s+/g, ' ').trim());
  c = { regex: phraseRegex(keys), forms, exact };
  compiled.set(table, c);
  return c;
}

/**
 * One regex that finds any of `keys` (lower-case phrases, single-spaced) as
 * whole words, longest first, in any case and with any spacing. The phrases
 * are merged into a trie ("claim(?:s|ed|ing)?"), so that the regex engine
 * tries a handful of branches at each position, not every phrase: with a
 * team's 3,000 "deny" phrases, one alternation took 50 s on a 1 MB note.
 * Trying a node's longer branches before ending there finds the same phrase
 * as an alternation sorted longest first. Every character is escaped, so a
 * phrase is only ever literal text.
 */
export function phraseRegex(keys: Iterable<string>): RegExp {
  const source = trieSource(buildTrie(keys));
  // An empty table must match nothing (an empty alternation would match everywhere).
  return new RegExp(`(?<![\\p{L}\\p{N}_\\-])(?:${source ?? '(?!)'})(?![\\p{L}\\p{N}_\\-])`, 'giu');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** A trie over code points (never half a surrogate pair), with a run of white space as one step " ". */
function buildTrie(keys: Iterable<string>): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    // An empty phrase would match nothing but the empty string, everywhere.
    if (key.trim() === '') continue;
    let node = root;
    for (const step of key.replace(/\s+/g, ' ')) {
      let child = node.next.get(step);
      if (!child) node.next.set(step, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The regex source of a trie below its root; undefined when it holds no phrase. */
function trieSource(root: TrieNode): string | undefined {
  if (root.next.size === 0) return root.end ? '' : undefined;
  // Iterative, so that a long phrase cannot overflow the stack.
  const out = new Map<TrieNode, string>();
  const order: TrieNode[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.next.values()) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const branches = [...node.next].map(([step, child]) => stepSource(step) + out.get(child)!);
    let source: string;
    if (branches.length === 0) source = '';
    else if (branches.length === 1 && !node.end) source = branches[0];
    else source = `(?:${branches.join('|')}${node.end ? '|' : ''})`;
    out.set(node, source);
  }
  return out.get(root);
}

// Escapes exactly the regex syntax characters: with the "u" flag, escaping any other character is an error.
const stepSource = (step: string) => (step === ' ' ? '\\s+' : escapeRegex(step));

/** Finds every phrase of `table` in `text`; offsets are relative to `text`. */
export function matchPhrases(table: readonly PhraseEntry[], text: string, allow: readonly string[]): PhraseMatch[] {
  const { regex, forms, exact } = compile(table);
  const out: PhraseMatch[] = [];
  const relevant = relevance(text);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const spaced = m[0].replace(/\s+/g, ' ');
    const found = exact.get(spaced) ?? exact.get(spaced[0].toLowerCase() + spaced.slice(1)) ?? forms.get(normalizeSpace(m[0]));
    const neutral =
      !found ||
      covered(text, start, end, relevant(found.entry.exceptions)) ||
      covered(text, start, end, relevant(allow)) ||
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

// Letters-and-digits runs, lower case: a phrase can occur in a text only if each of its runs does.
const RUN = /[\p{L}\p{N}]+/gu;
const runsOf = (s: string) => s.toLowerCase().match(RUN) ?? [];
const phraseRuns = new WeakMap<readonly string[], string[][]>();
/** Lists longer than this are narrowed to the phrases whose words occur in the text before they are compiled. */
const NARROW_ABOVE = 16;
const narrowed = new Map<string, string[]>();

/**
 * The phrases of a list that can occur in `text`, judged by their words (the
 * "*" wildcards aside). A team's long allow list then costs one pass over the
 * text, and the regex that looks for allowed phrases around each match holds
 * only the few that matter: 300 allowed phrases took 4 s on a 1 MB note
 * before, because every match tried every phrase at every nearby position.
 */
function relevance(text: string): (phrases: readonly string[] | undefined) => readonly string[] | undefined {
  let textRuns: Set<string> | undefined;
  const memo = new Map<readonly string[], readonly string[]>();
  return (phrases) => {
    if (!phrases || phrases.length <= NARROW_ABOVE) return phrases;
    let out = memo.get(phrases);
    if (out) return out;
    textRuns ??= new Set(runsOf(text));
    let runs = phraseRuns.get(phrases);
    if (!runs) phraseRuns.set(phrases, (runs = phrases.map((p) => runsOf(p.replace(/(^|\s)\*(?=\s|$)/g, ' ')))));
    const kept = phrases.filter((_, i) => runs[i].every((r) => textRuns!.has(r)));
    // The same narrowed list is the same array, so that its compiled regex is reused.
    const key = kept.join('\n');
    out = narrowed.get(key);
    if (!out) {
      if (narrowed.size >= 1000) narrowed.clear();
      narrowed.set(key, (out = kept));
    }
    memo.set(phrases, out);
    return out;
  };
}

const coverRegexes = new WeakMap<readonly string[], RegExp>();
// Exceptions and allowed terms are phrases in which "*" stands for any one word
// ("denied the * request"), matched case-insensitively with any spacing. One
// list becomes one regex that, at each position, finds the longest phrase there
// without consuming it, so overlapping phrases are all seen.
export function coverRegex(phrases: readonly string[]): RegExp {
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
