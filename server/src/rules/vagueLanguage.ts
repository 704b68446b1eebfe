import type { PhraseEntry } from '../document/note';
import entries from './data/vague-language.json';
import { phraseRule } from './phraseRule';

export const vagueLanguage = phraseRule(
  {
    id: 'vague-language',
    principle: 'Be accurate',
    defaultSeverity: 'information',
    summary: 'Give the date, the time or the number instead of a vague word.',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" is vague. ${entry.note}`,
);
