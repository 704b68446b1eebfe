import type { PhraseEntry } from '../document/note';
import entries from './data/jargon.json';
import { phraseRule } from './phraseRule';

export const jargon = phraseRule(
  {
    id: 'jargon',
    principle: 'Be clear and concise',
    defaultSeverity: 'information',
    summary: 'Write plain words that anyone reading the record will understand.',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" is clinical shorthand that not every reader will know. ${entry.note}`,
);
