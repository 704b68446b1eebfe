import type { PhraseEntry } from '../document/note';
import entries from './data/speculation.json';
import { phraseRule } from './phraseRule';

export const speculation = phraseRule(
  {
    id: 'speculation',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: 'Record what happened and who said it; do not guess at motives or causes.',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" guesses at a motive or cause. ${entry.note}`,
  { skipReportedSpeech: true },
);
