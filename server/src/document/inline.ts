// Sentence and quotation finding inside one block, and verb forms. Besides the
// question analysis in ../interview/, this is the only module that uses
// compromise (STYLE.md: parse once, in one place).
import nlp from 'compromise';
import type { Span } from './types';

const DOUBLE_QUOTES = /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»/g;
// A single-quoted span opens after a space or punctuation and closes before
// one, so the apostrophes in "didn't" and "client's" never pair up. The length
// cap keeps the scan linear on text full of stray quotes.
const SINGLE_QUOTES = /(?<=^|[\s([{—–:,;])['‘](?=\S)[^\n]{0,600}?\S['’](?=$|[\s.,;:!?)\]}—–])/gu;

/** Quoted speech in `text`, marks included, as offsets into `text`. */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [DOUBLE_QUOTES, SINGLE_QUOTES]) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
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
  const merged: Span[] = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    const before = last && text.slice(last.start, last.end);
    const next = text.slice(span.start, span.start + 2).trimStart();
    // A sentence does not start in lower case: "… at 3 p.m. on Tuesday" is one sentence.
    const continues = /^[a-z]/.test(next) || NOT_AN_END.test(before) || !/[.!?…]["”’')\]]*\s*$/.test(before);
    if (last && continues && !(SOFT_END.test(before) && /^[A-Z]/.test(next))) {
      last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged.flatMap((s) => trim(text, s));
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
