// Sentence and quotation finding inside one block, and verb forms. Besides the
// question analysis in ../interview/, this is the only module that uses
// compromise (STYLE.md: parse once, in one place).
import nlp from 'compromise';
import type { Span } from './types';

// Double quotes pair with the next closing mark of their kind: "…", “…”, „…“ or „…”, «…».
// Scanned by hand rather than with /“[^”]*”/g, which re-reads the rest of the
// text from every unclosed mark: quadratic on a line of 100,000 “ marks.
const DOUBLE_CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»' };
// A single-quoted span opens after a space or punctuation and closes before
// one, so the apostrophes in "didn't" and "client's" never pair up. The length
// cap keeps the scan linear on text full of stray quotes.
const SINGLE_QUOTES = /(?<=^|[\s([{—–:,;])['‘](?=\S)[^\n]{0,600}?\S['’](?=$|[\s.,;:!?)\]}—–])/gu;

/** Quoted speech in `text`, marks included, as offsets into `text`. */
export function findQuotes(text: string): Span[] {
  const spans = findDoubleQuotes(text);
  for (const m of text.matchAll(SINGLE_QUOTES)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

/** Double-quoted spans, left to right, in one pass: each closing mark's next position is looked up once. */
function findDoubleQuotes(text: string): Span[] {
  const spans: Span[] = [];
  // The next position (at or after the last search) of each closing mark; -1 once there is none left.
  const next = new Map<string, number>();
  const closerAfter = (closers: string, from: number): number => {
    let best = -1;
    for (const c of closers) {
      let at = next.get(c);
      if (at === undefined || (at !== -1 && at < from)) next.set(c, (at = text.indexOf(c, from)));
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    return best;
  };
  for (let i = 0; i < text.length; i++) {
    const closers = DOUBLE_CLOSERS[text[i]];
    if (closers === undefined) continue;
    const end = closerAfter(closers, i + 1);
    if (end === -1) continue;
    spans.push({ start: i, end: end + 1 });
    i = end;
  }
  return spans;
}

// The platform's Unicode sentence segmenter (ICU) is about twenty times faster
// than compromise's tokenizer (PERFORMANCE-NOTES.md), which matters on a 1 MB
// note. It runs on pieces of at most PIECE characters, because it slows down on
// very long inputs, and a boundary after a title, an initial or a Latin
// abbreviation ("Dr. Lee", "J. D.", "e.g. the bus") is taken back.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const PIECE = 4000;
const NOT_AN_END = /(?:^|[\s("“'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|Lt|Sgt|Det|Ofc|Rev|Hon|Capt|No|Nos|Vol|Apt|Ste|Rm|Dept|approx|appt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]|[a-z]\.[a-z]|e\.g|i\.e|etc|cf)\.["”’']?\s*$/;
// "etc." and "a.m." end a sentence when the next one starts with a capital.
const SOFT_END = /(?:etc|[ap]\.m)\.\s*$/i;

/** Sentences in `text`, as offsets into `text`, trimmed of surrounding white space. */
export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  const raw: Span[] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) raw.push({ start: from + index, end: from + index + segment.length });
    from = to;
  }
  // `solid`: just past the last character of the sentence that is not white space.
  const merged: (Span & { solid: number })[] = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    const solid = solidEnd(text, span);
    if (last) {
      const before = tail(text, last);
      const next = text.slice(span.start, span.start + 2).trimStart();
      // A sentence does not start in lower case: "… at 3 p.m. on Tuesday" is one sentence.
      const continues = /^[a-z]/.test(next) || NOT_AN_END.test(before) || !/[.!?…]["”’')\]]*\s*$/.test(before);
      if (continues && !(SOFT_END.test(before) && /^[A-Z]/.test(next))) {
        last.end = span.end;
        if (solid > span.start) last.solid = solid;
        continue;
      }
    }
    merged.push({ start: span.start, end: span.end, solid });
  }
  return merged.flatMap((s) => trim(text, s));
}

// How much of a sentence's end decides whether it really ends there: the longest
// abbreviation, a closing quote and the space after it. Reading only this much
// keeps merging linear when a long run of segments joins one sentence ("A. A. A. …").
const TAIL = 40;

/** Just past the last character of `span` that is not white space; its start when it is all white space. */
function solidEnd(text: string, { start, end }: Span): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * The end of a sentence as the abbreviation checks read it: its last TAIL
 * characters before trailing white space, and one character of that white
 * space. A cut is marked with "\0", so that "^" does not match there.
 */
function tail(text: string, { start, end, solid }: Span & { solid: number }): string {
  const from = Math.max(start, solid - TAIL);
  return (from > start ? '\0' : '') + text.slice(from, Math.min(end, solid + 1));
}

/** Where the piece that starts at `from` ends: after a sentence end near PIECE characters, else at white space. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= PIECE) return text.length;
  const window = text.slice(from + PIECE / 2, from + PIECE);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
  if (stop >= 0) return from + PIECE / 2 + stop + 1;
  const space = window.lastIndexOf(' ');
  return space >= 0 ? from + PIECE / 2 + space + 1 : from + PIECE;
}

function trim(text: string, { start, end }: Span): Span[] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [{ start, end }] : [];
}

export type VerbForm = 'Infinitive' | 'PresentTense' | 'PastTense' | 'Gerund' | 'Participle';
const VERB_FORMS: VerbForm[] = ['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle'];

interface Conjugator {
  methods: { two: { transform: { verb: { conjugate(verb: string, model: unknown): Record<string, string> } } } };
  model: unknown;
}

/** Every form of a verb given in its base form ("claim" → claims, claimed, claiming). */
export function conjugate(base: string): Partial<Record<VerbForm, string>> {
  const world = nlp.world() as unknown as Conjugator;
  const [head, ...rest] = base.split(' ');
  const all = world.methods.two.transform.verb.conjugate(head, world.model);
  const forms: Partial<Record<VerbForm, string>> = {};
  for (const form of VERB_FORMS) {
    const word = form === 'Infinitive' ? head : all[form];
    if (word && !word.includes(' ')) forms[form] = [word, ...rest].join(' ');
  }
  return forms;
}
