// The objective-language phrase tables, for one question: a rewrite of a
// question must not bring in wording that another rule flags ("What did nothing
// say to you?" has the absolute "did nothing"; the question it replaced did not).
import absolute from '../rules/data/absolute-language.json';
import credibility from '../rules/data/credibility-doubt.json';
import jargon from '../rules/data/jargon.json';
import judgmental from '../rules/data/judgmental-language.json';
import opinion from '../rules/data/opinion.json';
import speculation from '../rules/data/speculation.json';
import stigmatizing from '../rules/data/stigmatizing-label.json';
import vague from '../rules/data/vague-language.json';
import { matchPhrases, type PhraseEntry } from '../document/phrases';
import { reportsBefore } from '../rules/phraseRule';

const TABLES = [absolute, credibility, jargon, judgmental, opinion, speculation, stigmatizing, vague] as readonly PhraseEntry[][];

/** The phrases the tables flag in `text`, leaving out those it reports as someone else's words ("Said bad father…"). */
const flagged = (text: string) =>
  new Set(TABLES.flatMap((t) => matchPhrases(t, text, []).filter((m) => !reportsBefore(text.slice(0, m.start))).map((m) => m.text.toLowerCase())));

/** True when `rewrite` holds a flagged phrase that `original` does not (or only as reported speech, which the rewrite no longer is). */
export function bringsInFlagged(rewrite: string, original: string): boolean {
  const had = flagged(original);
  for (const phrase of flagged(rewrite)) if (!had.has(phrase)) return true;
  return false;
}
