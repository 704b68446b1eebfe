// Presumptive questions: a question that brings in a detail the interviewee
// has not said ("What did he hit you with?" when nobody has said anyone hit
// anyone). Only loaded content counts; "What happened next?" assumes nothing.
import type { Word } from '../document/tagging';
import type { Clause } from './clauses';
import type { Said } from './context';
import { AUX, baseForms, GENERIC_VERBS, isVerb, LOADED, LOADED_PAIRS, PERSON_ROLES, PRESUPPOSING, type LoadedEntry } from './lexicon';

export interface Presumption {
  /** Index (in the clause's words) of the word that brings in the detail. */
  at: number;
  reason: 'loaded' | 'denied' | 'presupposed' | 'person';
}

const INDEFINITE_PEOPLE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'people', 'everyone', 'everybody', 'nobody', 'kids', 'children', 'adults', 'families', 'parents']);
const TEMPORAL = new Set(['when', 'after', 'before', 'while', 'since']);
const AGENTS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'who']);
const FIRST_SECOND = new Set(['you', 'i', 'we', 'me', 'us']);
// States of mind and helpers can be denied without the question asserting anything.
const NOT_ACTS = new Set([...AUX, 'be', 'do', 'have', 'know', 'think', 'want', 'like', 'mean', 'remember', 'feel', 'need']);
const PAST_AUX = new Set(['did', 'was', 'were', 'had']);

const hasAgent = (words: readonly Word[]) => words.some((w) => AGENTS.has(w.norm) || PERSON_ROLES.has(w.root) || w.tags.has('Person'));

/** The subject of a question clause: the words between its auxiliary and its verb ("did he hit" → he). */
function subjectOf(words: readonly Word[], head: number): Word[] {
  const aux = words.findIndex((w, i) => i >= head && AUX.has(w.norm));
  if (aux < 0) return [];
  const out: Word[] = [];
  for (let i = aux + 1; i < words.length && !isVerb(words[i]) && out.length < 4; i++) if (words[i].norm !== 'not') out.push(words[i]);
  return out;
}

/** Is a loaded word at `i` new to the interview, given what kind of word it is and who the question is about? */
function loadedNew(words: readonly Word[], head: number, i: number, said: Said, asksWhether: boolean): boolean {
  const entry = loadedAt(words, i);
  if (!entry) return false;
  // "Did he hurt you when he was drunk?" asks whether he hurt you, but takes the drinking for granted.
  const yesNo = asksWhether && !words.slice(head, i).some((w) => TEMPORAL.has(w.norm));
  const norms = ` ${words.map((w) => w.norm).join(' ')} `;
  if (entry.unless?.some((u) => norms.includes(` ${u} `))) return false;
  if (said.said(entry.words) || (entry.covers && said.said(entry.covers))) return false;
  const subject = subjectOf(words, head);
  const aboutYou = subject.some((w) => w.norm === 'you') && !hasAgent(subject);
  switch (entry.kind) {
    case 'injury':
      return !yesNo && hasAgent(words.slice(head, i));
    case 'substance':
      return !yesNo && !aboutYou;
    case 'implement':
    case 'body':
      return !yesNo || (hasAgent(subject) && !subject.some((w) => INDEFINITE_PEOPLE.has(w.norm)));
    default:
      return !yesNo;
  }
}

/**
 * Checks a clause against what the interviewee has said before it. Open
 * clauses (wh, why, invitation) are checked in full; a yes/no question only for
 * a specific detail about a named person ("Did he touch your privates?").
 */
export function findPresumption(clause: Clause, said: Said): Presumption | undefined {
  const { words, head } = clause;
  const yesNo = clause.form === 'yes-no' || clause.form === 'choice';
  const indefinite = words.some((w) => INDEFINITE_PEOPLE.has(w.norm));
  const found: Presumption[] = [];
  for (let i = head; i < words.length; i++) {
    const w = words[i];
    // "What would you do if someone hit you?" asks about a possibility, not a fact.
    if (w.norm === 'if' || w.norm === 'whether') break;
    if (!indefinite && loadedNew(words, head, i, said, yesNo)) found.push({ at: i, reason: 'loaded' });
    if (yesNo) continue;
    if (w.tags.has('PastTense') && isVerb(w) && !NOT_ACTS.has(w.root) && !NOT_ACTS.has(w.norm) && said.denied(w.root)) {
      found.push({ at: i, reason: 'denied' });
    }
    const presupposed = presupposedAt(words, head, i);
    if (presupposed >= 0 && !said.said(baseForms(words[presupposed]))) found.push({ at: presupposed, reason: 'presupposed' });
  }
  const person = yesNo ? -1 : personAt(words, head, said);
  if (person >= 0) found.push({ at: person, reason: 'person' });
  const order: Presumption['reason'][] = ['loaded', 'denied', 'presupposed', 'person'];
  return found.sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason))[0];
}

function loadedAt(words: readonly Word[], i: number): LoadedEntry | undefined {
  const w = words[i];
  const pair = LOADED_PAIRS.get(w.norm)?.find((p) => words[i + 1]?.root === p.second || words[i + 1]?.norm === p.second);
  if (pair) return pair.entry;
  for (const base of baseForms(w)) {
    const entry = LOADED.get(base);
    if (entry) return entry;
  }
  return undefined;
}

const isGerund = (w: Word | undefined) => !!w && (w.tags.has('Gerund') || (w.norm.endsWith('ing') && !w.tags.has('Noun')));

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
  if (!v || !(isVerb(v) || isGerund(v)) || GENERIC_VERBS.has(v.root) || AUX.has(v.norm)) return -1;
  if (verb === i + 1 && !isGerund(v) && w.norm !== 'been') return -1;
  const subject = words.slice(head, i);
  return subject.some((x) => FIRST_SECOND.has(x.norm)) ? -1 : verb;
}

/** "What did your mom say?" after the interviewee has spoken but never mentioned a mother. */
function personAt(words: readonly Word[], head: number, said: Said): number {
  if (!said.spoken || !PAST_AUX.has(words[head + 1]?.norm ?? '')) return -1;
  for (let i = head + 2; i < words.length && i <= head + 4; i++) {
    const group = PERSON_ROLES.get(words[i].root) ?? PERSON_ROLES.get(words[i].norm);
    if (group) return said.mentioned(group) ? -1 : i;
    if (isVerb(words[i])) return -1;
  }
  return -1;
}

const RAW_WORD = /[\p{L}']+/gu;

/** Does `text` (a rewrite, not tagged) use a loaded word that the interviewee has not said? */
export function bringsInLoaded(text: string, said: Said): boolean {
  for (const m of text.toLowerCase().matchAll(RAW_WORD)) {
    const norm = m[0];
    const entry = baseForms({ norm, root: norm }).map((b) => LOADED.get(b)).find((e) => e);
    if (entry && !said.said(entry.words) && !(entry.covers && said.said(entry.covers))) return true;
  }
  return false;
}
