// Question analysis of every interviewer turn in a note, shared by the four
// question rules (closed-question, leading-question, why-question,
// multiple-questions). It runs once per parsed note: the result is kept in a
// WeakMap keyed by the note, so the rules never re-parse (STYLE.md, principle 4).
import { interviewsOf } from '../document/interviews';
import type { Block, Note, Turn } from '../document/note';
import { TextMemo } from '../document/memo';
import { tagSentence } from '../document/tagging';
import { classOf, shapeSentence, skipMarkers, type Clause, type QuestionClass, type SentenceShape } from './clauses';
import { holds, SaidRecorder, SaidWords, type Said } from './context';
import { AUX, INDEFINITES, INVITATIONS, MARKERS, SUBORDINATORS, TAG_PRONOUNS, TAG_WORDS, WH } from './lexicon';
import { bringsInFlagged } from './flaggedWords';
import { bringsInLoaded, findPresumption, type Presumption } from './presumption';
import { rewritesFor } from './rewrites';

/** A clause that asks something, with its class. */
export interface Ask {
  clause: Clause;
  cls: QuestionClass;
  presumption?: Presumption;
  /** Offsets into the note of the clause, from its head word to its last word (a question tag included). */
  start: number;
  end: number;
  /** Open-ended rewrites of the clause, best first, for closed, leading and why questions. */
  rewrites: string[];
}

/** One interviewer sentence. */
export interface QuestionSentence {
  /** Offsets into the note, without surrounding space. */
  start: number;
  end: number;
  text: string;
  shape?: SentenceShape;
  asks: Ask[];
}

export interface TurnQuestions {
  block: Block;
  turn: Turn;
  sentences: QuestionSentence[];
  /** How many things the turn asks, counting asks joined inside one clause. */
  askCount: number;
}

const cache = new WeakMap<Note, TurnQuestions[]>();
const shapes = new TextMemo<{ words: ReturnType<typeof tagSentence>; shape: SentenceShape }>();
const plainRewrites = new TextMemo<string[]>();
/**
 * A sentence's asks, offsets relative to it, with what their analysis asked
 * about the interviewee's words: reused wherever those answers are the same
 * (ISSUE 7: an interview's questions were analysed again on every keystroke).
 */
type AnalyzedAsks = { checks: SaidRecorder['checks']; shape: SentenceShape; asks: Ask[] };
const analyzed = new TextMemo<AnalyzedAsks[]>();
const MAX_VARIANTS = 8;

/** Every interviewer turn of the note with its questions classified. */
export function interviewQuestions(note: Note): TurnQuestions[] {
  let result = cache.get(note);
  if (!result) {
    result = analyzeTurns(note);
    cache.set(note, result);
  }
  return result;
}

function analyzeTurns(note: Note): TurnQuestions[] {
  const out: TurnQuestions[] = [];
  for (const interview of interviewsOf(note)) {
    // What the interviewee has said so far in this interview; the interviewer's own words never count.
    const said = new SaidWords();
    for (const { turn, block } of interview.turns) {
      if (turn.role === 'interviewee') {
        said.add(note.text.slice(turn.body.start, turn.body.end));
        continue;
      }
      // Sentence spans can run past the turn when a sentence opens with punctuation ("- did you…"); keep them inside it.
      const sentences = block.sentences.map((span) => analyzeSentence(note.text, span.start, Math.min(span.end, turn.body.end), said));
      const all = sentences.flatMap((s) => s.asks);
      const asks = all.filter((a) => !a.clause.preface);
      // "I'd like to hear about your weekend." is one ask on its own, and only a preface before another one.
      const askCount = asks.length ? asks.length + asks.filter((a) => a.clause.joined).length : Math.min(all.length, 1);
      out.push({ block, turn, sentences, askCount });
    }
  }
  return out.sort((a, b) => a.block.start - b.block.start);
}

function analyzeSentence(text: string, from: number, to: number, said: SaidWords): QuestionSentence {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const sentence = text.slice(start, end);
  if (!mayAsk(sentence)) return { start, end, text: sentence, asks: [] };
  const variants = analyzed.peek(sentence) ?? [];
  let found = variants.find((v) => holds(v.checks, said));
  if (!found) {
    const recorder = new SaidRecorder(said);
    // The shape goes with the asks: their clauses are its clauses, which the findings match by identity.
    const tagged = shapeOf(sentence);
    found = { shape: tagged.shape, asks: asksOf(sentence, tagged, recorder), checks: recorder.checks };
    analyzed.set(sentence, [found, ...variants.slice(0, MAX_VARIANTS - 1)]);
  }
  const asks = found.asks.map((a) => ({ ...a, start: start + a.start, end: start + a.end }));
  return { start, end, text: sentence, shape: found.shape, asks };
}

/** Tagging and the clause shape depend on the sentence alone, so they are cached by its text (ISSUE 7). */
function shapeOf(sentence: string): { words: ReturnType<typeof tagSentence>; shape: SentenceShape } {
  return shapes.get(sentence, () => {
    const tagged = tagSentence(sentence);
    return { words: tagged, shape: shapeSentence(tagged, sentence) };
  });
}

/** What the sentence asks, offsets relative to it. */
function asksOf(sentence: string, { words, shape }: ReturnType<typeof shapeOf>, said: Said): Ask[] {
  const asks: Ask[] = [];
  let offset = 0;
  shape.clauses.forEach((clause, k) => {
    const first = offset;
    offset += clause.words.length;
    const base = classOf(clause.form);
    if (!base) return;
    const head = clause.words[clause.head] ?? clause.words[0];
    const isLast = k === shape.clauses.length - 1;
    const lastWord = isLast ? words[words.length - 1] : clause.words[clause.words.length - 1];
    const presumption = base === 'open' || base === 'why' || clause.form === 'yes-no' || clause.form === 'choice' ? findPresumption(clause, said) : undefined;
    const cls = presumption ? 'leading' : base;
    const wordEnd = isLast && shape.tagAt !== undefined ? shape.tagAt - first : clause.words.length;
    // A rewrite must not bring in a loaded word the interviewee has not said, or it would lead in its turn.
    const candidates = cls === 'open' ? [] : presumption ? rewritesFor(clause, wordEnd, presumption) : plainRewrites.get(`${k}\u0001${sentence}`, () => rewritesFor(clause, wordEnd, undefined));
    const rewrites = candidates.filter((r) => !bringsInLoaded(r, said) && !bringsInFlagged(r, sentence));
    asks.push({ clause, cls, presumption, start: head.start, end: lastEnd(words, lastWord), rewrites });
  });
  return asks;
}

/** A contraction's second half has no text of its own; its end is the end of the whole contraction. */
function lastEnd(words: readonly { start: number; end: number; text: string }[], w: { start: number; end: number; text: string }): number {
  const i = words.indexOf(w);
  let k = i;
  while (k > 0 && words[k].text === '') k--;
  return Math.max(words[k].end, w.end);
}

const RAW_WORD = /[\p{L}']+/gu;
const NEGATIVE_OPENERS = ["didn't", "don't", "doesn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't"];
const FIRST_WORDS = new Set([
  ...AUX, ...WH, ...SUBORDINATORS, ...INVITATIONS.keys(), ...Object.keys(INDEFINITES), ...NEGATIVE_OPENERS,
  'why', "why'd", 'i', "i'd", "i'm", 'let', "let's", 'any', "what's", "how's", "where's", "who's", "where'd", "what'd", 'surely',
]);

/** A cheap test, before tagging, that a sentence could ask something. */
// No spoken question runs to this many characters; tagging one that does is slow (compromise is
// superlinear in a long run of punctuation: 300 KB took 37 s), so it is not read as a question.
const MAX_QUESTION_CHARS = 2000;

function mayAsk(sentence: string): boolean {
  if (sentence.length > MAX_QUESTION_CHARS) return false;
  if (sentence.includes('?')) return true;
  const words = (sentence.toLowerCase().replace(/’/g, "'").match(RAW_WORD) ?? []) as string[];
  const first = words.find((w) => !MARKERS.has(w) && w !== 'mm-hmm');
  const last = words[words.length - 1];
  if (!first) return false;
  if (FIRST_WORDS.has(first)) return true;
  return !/[.!]\W*$/.test(sentence) || TAG_WORDS.has(last) || TAG_PRONOUNS.has(last) || /,/.test(sentence);
}

/** The words of the sentence before a clause's head, when they are only markers ("And", "So"). */
export function onlyMarkersBefore(sentence: QuestionSentence, ask: Ask): boolean {
  const words = sentence.shape?.words ?? [];
  const headIndex = words.findIndex((w) => sentence.start + w.start === ask.start);
  return headIndex >= 0 && skipMarkers(words, 0, headIndex) >= headIndex;
}
