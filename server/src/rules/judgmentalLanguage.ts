import type { PhraseEntry } from '../document/note';
import entries from './data/judgmental-language.json';
import { phraseRule } from './phraseRule';

export const judgmentalLanguage = phraseRule(
  {
    id: 'judgmental-language',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: 'Describe what the person did and said, not a judgment of them.',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" records a judgment rather than an observation. ${entry.note}`,
);
