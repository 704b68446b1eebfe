// Presumptive questions: a question that brings in a detail the interviewee
// has not said ("What did he hit you with?" when nobody has said anyone hit
// anyone). Only loaded content counts; "What happened next?" assumes nothing.
import type { Word } from '../document/tagging';
import type { Clause } from './clauses';
import type { SaidWords } from './context';
import { AUX, GENERIC_VERBS, isVerb, LOADED, LOADED_PAIRS, PERSON_ROLES, PRESUPPOSING, type LoadedEntry } from './lexicon';

export interface Presumption {
  /** Index (in the clause's words) of the word that brings in the detail. */
  at: number;
  reason: 'loaded' | 'denied' | 'presupposed' | 'person';
}

const INDEFINITE_PEOPLE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'people', 'everyone', 'everybody', 'nobody']);
const FIRST_SECOND = new Set(['you', 'i', 'we', 'me', 'us']);
// States of mind and helpers can be denied without the question asserting anything.
const NOT_ACTS = new Set([...AUX, 'be', 'do', 'have', 'know', 'think', 'want', 'like', 'mean', 'remember', 'feel', 'need']);
const PAST_AUX = new Set(['did', 'was', 'were', 'had']);

/** Checks an open clause (wh, why, invitation) against what the interviewee has said before it. */
export function findPresumption(clause: Clause, said: SaidWords): Presumption | undefined {
  const { words, head } = clause;
  const norms = ` ${words.map((w) => w.norm).join(' ')} `;
  const indefinite = words.some((w) => INDEFINITE_PEOPLE.has(w.norm));
  const found: Presumption[] = [];
  for (let i = head; i < words.length; i++) {
    const w = words[i];
    // "What would you do if someone hit you?" asks about a possibility, not a fact.
    if (w.norm === 'if' || w.norm === 'whether') break;
    const entry = loadedAt(words, i);
    if (entry && !indefinite && !entry.unless?.some((u) => norms.includes(` ${u} `)) && !said.said(entry.words)) {
      found.push({ at: i, reason: 'loaded' });
    }
    if (w.tags.has('PastTense') && isVerb(w) && !NOT_ACTS.has(w.root) && !NOT_ACTS.has(w.norm) && said.denied(w.root)) {
      found.push({ at: i, reason: 'denied' });
    }
    const presupposed = presupposedAt(words, head, i);
    if (presupposed >= 0 && !said.said([words[presupposed].root])) found.push({ at: presupposed, reason: 'presupposed' });
  }
  const person = personAt(words, head, said);
  if (person >= 0) found.push({ at: person, reason: 'person' });
  const order: Presumption['reason'][] = ['loaded', 'denied', 'presupposed', 'person'];
  return found.sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason))[0];
}

function loadedAt(words: readonly Word[], i: number): LoadedEntry | undefined {
  const w = words[i];
  const pair = LOADED_PAIRS.get(w.norm)?.find((p) => words[i + 1]?.root === p.second || words[i + 1]?.norm === p.second);
  return pair?.entry ?? LOADED.get(w.root) ?? LOADED.get(w.norm);
}

/**
 * "When did he start coming into your room?" and "How long has he been
 * doing that?" take for granted that someone else does it. Returns the index
 * of the assumed verb, or -1.
 */
function presupposedAt(words: readonly Word[], head: number, i: number): number {
  const w = words[i];
  let verb = -1;
  if (PRESUPPOSING.has(w.root) && isVerb(w)) verb = words[i + 1]?.norm === 'to' ? i + 2 : i + 1;
  else if (w.norm === 'been' && words[head]?.norm === 'how' && words[head + 1]?.norm === 'long') verb = i + 1;
  const v = words[verb];
  if (!v || !isVerb(v) || GENERIC_VERBS.has(v.root) || AUX.has(v.norm)) return -1;
  if (verb === i + 1 && !v.tags.has('Gerund') && w.norm !== 'been') return -1;
  const subject = words.slice(head, i);
  return subject.some((x) => FIRST_SECOND.has(x.norm)) ? -1 : verb;
}

/** "What did your mom say?" after the interviewee has spoken but never mentioned a mother. */
function personAt(words: readonly Word[], head: number, said: SaidWords): number {
  if (!said.spoken || !PAST_AUX.has(words[head + 1]?.norm ?? '')) return -1;
  for (let i = head + 2; i < words.length && i <= head + 4; i++) {
    const group = PERSON_ROLES.get(words[i].root) ?? PERSON_ROLES.get(words[i].norm);
    if (group) return said.mentioned(group) ? -1 : i;
    if (isVerb(words[i])) return -1;
  }
  return -1;
}
