// Sentence and quotation finding inside one block. This is the only module
// that imports compromise (STYLE.md: parse once, in one place).
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

/** Sentences in `text`, as offsets into `text`, using compromise's tokenizer (no tagging). */
export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  const json = nlp.tokenize(text).json({ offset: true }) as { offset: { start: number; length: number } }[];
  return json.map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length }));
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
