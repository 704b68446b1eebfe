// Question analysis of every interviewer turn in a note, shared by the four
// question rules (closed-question, leading-question, why-question,
// multiple-questions). It runs once per parsed note: the result is kept in a
// WeakMap keyed by the note, so the rules never re-parse (STYLE.md, principle 4).
import type { Block, Note, Turn } from '../document/note';
import { tagSentence } from '../document/tagging';
import { classOf, shapeSentence, skipMarkers, type Clause, type QuestionClass, type SentenceShape } from './clauses';
import { SaidWords } from './context';
import { AUX, INDEFINITES, INVITATIONS, MARKERS, SUBORDINATORS, TAG_PRONOUNS, TAG_WORDS, WH } from './lexicon';
import { findPresumption, type Presumption } from './presumption';

/** A clause that asks something, with its class. */
export interface Ask {
  clause: Clause;
  cls: QuestionClass;
  presumption?: Presumption;
  /** Offsets into the note of the clause, from its head word to its last word (a question tag included). */
  start: number;
  end: number;
  /** Words of the clause that rewrites may use (a question tag cut off). */
  wordEnd: number;
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

/** Every interviewer turn of the note with its questions classified. */
export function interviewQuestions(note: Note): TurnQuestions[] {
  let result = cache.get(note);
  if (!result) {
    result = analyzeTurns(note);
    cache.set(note, result);
  }
  return result;
}

/** The single class of a turn, by the precedence leading > why > multiple > closed > open. */
export function topClass(turn: TurnQuestions): QuestionClass | 'multiple' | undefined {
  const classes = new Set(turn.sentences.flatMap((s) => s.asks.map((a) => a.cls)));
  if (classes.has('leading')) return 'leading';
  if (classes.has('why')) return 'why';
  if (turn.askCount > 1) return 'multiple';
  if (classes.has('closed')) return 'closed';
  return classes.size ? 'open' : undefined;
}

function analyzeTurns(note: Note): TurnQuestions[] {
  const said = new Map<number, SaidWords>();
  const out: TurnQuestions[] = [];
  for (const block of note.blocks) {
    const turn = block.turn;
    if (!turn) continue;
    let context = said.get(block.section);
    if (!context) said.set(block.section, (context = new SaidWords()));
    if (turn.role === 'interviewee') {
      context.add(note.text.slice(turn.body.start, turn.body.end));
      continue;
    }
    const sentences = block.sentences.map((span) => analyzeSentence(note.text, span.start, span.end, context!));
    const askCount = sentences.reduce((n, s) => n + s.asks.length + s.asks.filter((a) => a.clause.joined).length, 0);
    out.push({ block, turn, sentences, askCount });
  }
  return out;
}

function analyzeSentence(text: string, from: number, to: number, said: SaidWords): QuestionSentence {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const sentence = text.slice(start, end);
  if (!mayAsk(sentence)) return { start, end, text: sentence, asks: [] };
  const words = tagSentence(sentence);
  const shape = shapeSentence(words, sentence);
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
    const presumption = base === 'open' || base === 'why' ? findPresumption(clause, said) : undefined;
    asks.push({
      clause,
      cls: presumption ? 'leading' : base,
      presumption,
      start: start + head.start,
      end: start + lastEnd(words, lastWord),
      wordEnd: isLast && shape.tagAt !== undefined ? shape.tagAt - first : clause.words.length,
    });
  });
  return { start, end, text: sentence, shape, asks };
}

/** A contraction's second half has no text of its own; its end is the end of the whole contraction. */
function lastEnd(words: readonly { start: number; end: number; text: string }[], w: { start: number; end: number; text: string }): number {
  const i = words.indexOf(w);
  let k = i;
  while (k > 0 && words[k].text === '') k--;
  return Math.max(words[k].end, w.end);
}

const RAW_WORD = /[\p{L}']+/gu;
const FIRST_WORDS = new Set([...AUX, ...WH, ...SUBORDINATORS, ...INVITATIONS.keys(), ...Object.keys(INDEFINITES), 'why', 'i', "i'd", "i'm", 'let', "let's", 'any', "didn't", "don't", "doesn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "why'd", "what's", "how's", "where's", "who's", "where'd", "what'd", 'surely']);

/** A cheap test, before tagging, that a sentence could ask something. */
function mayAsk(sentence: string): boolean {
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
