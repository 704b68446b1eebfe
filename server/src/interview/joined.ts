// A second ask joined inside one clause: two main verbs ("How are you
// sleeping and eating?") or two topics ("How are school and home?").
import type { Word } from '../document/tagging';
import type { Joined } from './clauses';
import { AUX, DETERMINERS, INVITATIONS, isNoun, isVerb, PRONOUNS } from './lexicon';

const LIGHT = new Set(['go', 'come', 'try', 'sit', 'be', 'do', 'have']);
const STOP_SCAN = new Set(['when', 'after', 'before', 'if', 'because', 'that', 'who', 'which', 'while', 'until', 'since', 'what', 'where', 'how', 'whether', 'than', 'to', 'whom']);
const KIN = new Set([
  'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'brother', 'sister',
  'sibling', 'siblings', 'stepdad', 'stepmom', 'aunt', 'uncle', 'cousin', 'family',
]);
const isKin = (w: Word) => KIN.has(w.root) || KIN.has(w.norm);

/** A second ask joined inside one clause: two main verbs, or two topics ("How are school and home?"). */
export function findJoined(words: readonly Word[], h: number): Joined | undefined {
  const n = words.length;
  if (h >= n) return undefined;
  let mainVerb = INVITATIONS.has(words[h].root) ? h : -1;
  for (let i = h + 1; mainVerb < 0 && i < n && !STOP_SCAN.has(words[i].norm); i++) {
    const verb = isVerb(words[i]) || (words[i].norm === 'like' && PRONOUNS.has(words[i - 1].norm));
    if (verb && !AUX.has(words[i].norm) && !words[i].tags.has('Copula') && !words[i].tags.has('Modal')) mainVerb = i;
  }
  if (mainVerb >= 0 && !LIGHT.has(words[mainVerb].root)) {
    const shape = (w: Word) => (w.tags.has('Gerund') ? 'ing' : w.tags.has('PastTense') ? 'past' : 'base');
    for (let k = mainVerb + 1; k < n - 1; k++) {
      if (STOP_SCAN.has(words[k].norm) || words[k].norm === 'or') break;
      const second = words[k + 1];
      if (words[k].norm === 'and' && isVerb(second) && !AUX.has(second.norm) && !second.tags.has('Copula') && shape(second) === shape(words[mainVerb])) {
        return { kind: 'verbs', and: k, last: k === mainVerb + 1 ? k + 1 : n - 1 };
      }
    }
  }
  const topicStart =
    words[h].norm === 'how' && ['is', 'are', 'was', 'were'].includes(words[h + 1]?.norm ?? '')
      ? h + 2
      : words.findIndex((w, i) => i > h && (w.norm === 'about' || (w.norm === 'with' && words[i - 1].norm === 'along'))) + 1;
  if (topicStart <= 0) return undefined;
  for (let k = topicStart + 1; k < n - 1; k++) {
    if (STOP_SCAN.has(words[k].norm) || isVerb(words[k])) break;
    if (words[k].norm !== 'and') continue;
    let m = k + 1;
    while (m < n && (DETERMINERS.has(words[m].norm) || words[m].tags.has('Preposition') || words[m].tags.has('Adjective'))) m++;
    while (m + 1 < n && isNoun(words[m + 1])) m++;
    // Family ("your mom and dad") is one topic; two things, or a relative and a teacher, are two.
    if (isNoun(words[k - 1]) && isNoun(words[m]) && !(isKin(words[k - 1]) && isKin(words[m]))) return { kind: 'topics', and: k, last: m };
    break;
  }
  return undefined;
}
