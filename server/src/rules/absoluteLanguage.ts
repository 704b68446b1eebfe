import type { PhraseEntry } from '../document/note';
import entries from './data/absolute-language.json';
import { phraseRule } from './phraseRule';

export const absoluteLanguage = phraseRule(
  {
    id: 'absolute-language',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: 'Give counts, dates or examples instead of "always" and "never".',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" is an absolute that a record can rarely support. ${entry.note}`,
  { skipReportedSpeech: true },
);
