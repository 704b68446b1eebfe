// Turning analysed questions into findings with their fixes. A rewrite
// replaces only the question's own sentence; "Keep only the first question"
// deletes the later questions of one turn.
import type { Edit, Finding, Fix } from '../rules/types';
import { classOf, skipMarkers, type Clause } from './clauses';
import { AUX } from './lexicon';
import { onlyMarkersBefore, type Ask, type QuestionSentence, type TurnQuestions } from './questions';

/** The generic invitation, offered last on every rewritable finding. */
export const GENERIC_INVITATION = 'Tell me more about that.';

const ACK = /^\s*(?:okay|ok|alright|all right|mm-hmm|uh-huh|mhm|yeah|well|right|i see|thanks|thank you)\s*,\s*/i;

/** A finding over the sentence that holds `ask`, with open-ended rewrites of it. */
export function rewriteFinding(sentence: QuestionSentence, ask: Ask, message: string): Finding {
  const rewrites = [...ask.rewrites, GENERIC_INVITATION];
  const seen = new Set<string>([sentence.text]);
  const fixes: Fix[] = [];
  for (const r of rewrites) {
    const replace = sentenceWith(sentence, ask, r);
    if (seen.has(replace)) continue;
    seen.add(replace);
    fixes.push({ title: `Rewrite as "${replace}"`, replace, preferred: fixes.length === 0 });
  }
  return { start: sentence.start, end: sentence.end, message, fixes };
}

/**
 * The sentence with the ask's clause replaced by `rewrite`, keeping an
 * acknowledgment ("Okay, ") and any other clause. Other clauses become
 * sentences of their own: "Why did you leave, and where did you go?" →
 * "What led you to leave? Where did you go?".
 */
function sentenceWith(sentence: QuestionSentence, ask: Ask, rewrite: string): string {
  const clauses = sentence.shape?.clauses ?? [];
  if (clauses.length > 1) {
    const last = clauses.length - 1;
    return clauses
      .map((c, k) => (c === ask.clause ? rewrite : clauseSentence(sentence, c, k === 0, k === last)))
      .filter((t) => t.length > 0)
      .join(' ');
  }
  const prefix = sentence.text.slice(0, ask.start - sentence.start);
  const suffix = sentence.text.slice(ask.end - sentence.start);
  const lead = onlyMarkersBefore(sentence, ask) ? (ACK.exec(prefix)?.[0] ?? '') : prefix;
  const body = lead.trim() ? lowerFirst(rewrite) : rewrite;
  if (/^[\s?.!"”'’)\]]*$/.test(suffix)) return lead + body;
  return lead + body.replace(/[?.!]$/, '') + suffix;
}

/** One clause of a sentence as a sentence of its own, without the "and" that joined it. */
function clauseSentence(sentence: QuestionSentence, clause: Clause, first: boolean, last: boolean): string {
  const words = clause.words;
  const from = first ? 0 : skipMarkers(words, 0);
  if (from >= words.length) return '';
  let k = words.length - 1;
  while (k > 0 && words[k].text === '') k--;
  const end = last ? sentence.text.length : words[k].end;
  const text = sentence.text.slice(words[from].start, end).replace(/[\s,;:.?!\-–—]+$/, '');
  if (!text) return '';
  const cls = classOf(clause.form);
  const stop = cls && !(clause.form === 'invitation' && !AUX.has(words[clause.head]?.norm ?? '')) ? '?' : '.';
  return text.charAt(0).toUpperCase() + text.slice(1) + stop;
}

const lowerFirst = (s: string) => (/^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** The turn's asks in order, each with its sentence. */
export function asksOf(turn: TurnQuestions): { sentence: QuestionSentence; ask: Ask }[] {
  const all = turn.sentences.flatMap((sentence) => sentence.asks.map((ask) => ({ sentence, ask })));
  const asks = all.filter(({ ask }) => !ask.clause.preface);
  return asks.length ? asks : all;
}

/** The edits that keep only the first question of a turn. */
export function keepFirstQuestion(turn: TurnQuestions, text: string): Edit[] {
  const asks = asksOf(turn);
  const { sentence: first, ask } = asks[0];
  const edits: Edit[] = [];
  const words = ask.clause.words;
  const joined = ask.clause.joined;
  if (joined) {
    const base = first.start;
    const absEnd = (i: number) => base + words[i].end;
    if (joined.kind === 'topics') {
      // "How are school and home?" → "How is school?"
      const verb = words.slice(ask.clause.head, joined.and).find((w) => w.norm === 'are' || w.norm === 'were');
      const firstTopic = verb ? words.slice(words.indexOf(verb) + 1, joined.and) : [];
      if (verb && !firstTopic.some((w) => w.tags.has('Plural'))) {
        const kept = text.slice(base + verb.end, absEnd(joined.and - 1));
        edits.push({ start: base + verb.start, end: absEnd(joined.last), newText: (verb.norm === 'are' ? 'is' : 'was') + kept });
      } else edits.push({ start: absEnd(joined.and - 1), end: absEnd(joined.last), newText: '' });
    } else {
      edits.push({ start: absEnd(joined.and - 1), end: Math.min(absEnd(joined.last), ask.end), newText: '' });
    }
  }
  const laterInFirst = asks.slice(1).filter((a) => a.sentence === first);
  if (laterInFirst.length) {
    const head = ask.clause.words[ask.clause.head];
    const stop = ask.clause.form === 'invitation' && !AUX.has(head?.norm ?? '') ? '.' : '?';
    const cut = lastWordEnd(first, ask);
    const previous = edits[edits.length - 1];
    if (previous && previous.end > cut) previous.end = cut;
    edits.push({ start: cut, end: first.end, newText: stop });
  }
  let previousEnd = first.end;
  for (const sentence of turn.sentences) {
    if (sentence.start <= first.start) continue;
    if (asks.some((a) => a.sentence === sentence)) edits.push({ start: previousEnd, end: sentence.end, newText: '' });
    previousEnd = sentence.end;
  }
  return edits;
}

/** End of the first ask's own words, before the comma or "and" that joins the next one. */
function lastWordEnd(sentence: QuestionSentence, ask: Ask): number {
  const words = ask.clause.words;
  let k = words.length - 1;
  while (k > 0 && words[k].text === '') k--;
  while (k > 0 && ['and', 'but', 'so'].includes(words[k].norm)) k--;
  return sentence.start + words[k].end;
}

/** For each sentence of the turn, its first ask of class `cls`. */
export function firstAsksOf(turn: TurnQuestions, cls: Ask['cls']): { sentence: QuestionSentence; ask: Ask }[] {
  return turn.sentences.flatMap((sentence) => {
    const ask = sentence.asks.find((a) => a.cls === cls);
    return ask ? [{ sentence, ask }] : [];
  });
}

/** The first words of an ask, as written, for a message: "Can you tell me if". */
export function opening(sentence: QuestionSentence, ask: Ask, words: number): string {
  const from = ask.start - sentence.start;
  const parts = sentence.text.slice(from).split(/\s+/).slice(0, words).join(' ');
  return parts.replace(/[,?.!]+$/, '');
}
