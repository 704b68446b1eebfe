import type { PhraseEntry } from '../document/note';
import entries from './data/credibility-doubt.json';
import { phraseRule } from './phraseRule';

export const credibilityDoubt = phraseRule(
  {
    id: 'credibility-doubt',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: "Report what the person said in neutral words that do not cast doubt on it.",
  },
  entries as PhraseEntry[],
  (text, entry) => `"${text}" casts doubt on the person's account. ${entry.note}`,
);
