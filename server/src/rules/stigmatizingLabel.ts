import type { PhraseEntry } from '../document/note';
import conditionLabels from './data/condition-labels.json';
import entries from './data/stigmatizing-label.json';
import { phraseRule } from './phraseRule';

interface ConditionLabels {
  source: string;
  personNouns: string[];
  neutralAfter: string[];
  conditions: { word: string; plural: string; condition: string }[];
}

/**
 * Person-first entries for each condition adjective used as a noun: "a diabetic",
 * "the schizophrenic", "is bipolar", "epileptics", "diabetic patient". Followed by a
 * thing ("a diabetic diet", "a bipolar episode") the word is a plain adjective.
 */
export function conditionEntries({ source, personNouns, neutralAfter, conditions }: ConditionLabels): PhraseEntry[] {
  const out: PhraseEntry[] = [];
  for (const { word, plural, condition } of conditions) {
    const note = `'${word}' names the person by a condition; put the person first ("person with ${condition}").`;
    const add = (phrase: string, alternatives: string[], neutral = true) =>
      out.push({ phrase, alternatives, note, source, ...(neutral ? { neutralAfter: [...neutralAfter, ...personNouns] } : {}) });
    const a = /^[aeiou]/i.test(word) ? 'an' : 'a';
    add(`${a} ${word}`, [`a person with ${condition}`]);
    add(`the ${word}`, [`the person with ${condition}`]);
    add(`is ${word}`, [`has ${condition}`]);
    add(`is ${a} ${word}`, [`has ${condition}`]);
    add(`was ${word}`, [`had ${condition}`]);
    add(`was ${a} ${word}`, [`had ${condition}`]);
    add(plural, [`people with ${condition}`], false);
    for (const noun of personNouns) add(`${word} ${noun}`, [`${noun} with ${condition}`], false);
  }
  return out;
}

const table = entries as PhraseEntry[];
const own = new Set(table.map((e) => e.phrase.toLowerCase()));

export const stigmatizingLabel = phraseRule(
  {
    id: 'stigmatizing-label',
    principle: 'Be objective',
    defaultSeverity: 'warning',
    summary: 'Describe the person first and the condition or circumstance second.',
  },
  [...table, ...conditionEntries(conditionLabels).filter((e) => !own.has(e.phrase.toLowerCase()))],
  (text, entry) => `"${text}" labels the person by a condition or status. ${entry.note}`,
  { skipReportedSpeech: true },
);
