import type { PhraseEntry } from '../document/note';
import entries from './data/stigmatizing-label.json';
import { phraseRule } from './phraseRule';

export const stigmatizingLabel = phraseRule(
  {
    id: 'stigmatizing-label',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: 'Describe the person first and the condition or circumstance second.',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" labels the person by a condition or status. ${entry.note}`,
);
