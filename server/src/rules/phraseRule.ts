import type { PhraseEntry } from '../document/note';
import type { Rule } from './types';

/**
 * The shape shared by the rules that look words up in a phrase table: each
 * match becomes a finding whose fixes are the entry's alternatives, best first.
 */
export function phraseRule(
  base: Omit<Rule, 'check'>,
  table: readonly PhraseEntry[],
  message: (text: string, entry: PhraseEntry) => string,
): Rule {
  return {
    ...base,
    check(note, settings) {
      return note.findPhrases(table, { allow: settings.allow }).map(({ entry, start, end, text, replacements }) => ({
        start,
        end,
        message: message(text, entry),
        fixes: replacements.map((alt, i) => ({ title: `Replace with "${alt}"`, replace: alt, preferred: i === 0 })),
      }));
    },
  };
}
