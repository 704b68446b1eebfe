import type { PhraseEntry } from '../document/note';
import entries from './data/opinion.json';
import { phraseRule } from './phraseRule';

export const opinion = phraseRule(
  {
    id: 'opinion',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: 'Record what you saw and heard; leave out opinions that are not tied to an observation.',
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" states an opinion rather than an observation. ${entry.note}`,
  { skipReportedSpeech: true },
);
