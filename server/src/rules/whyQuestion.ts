import { firstAsksOf, opening, rewriteFinding } from '../interview/findings';
import { interviewQuestions } from '../interview/questions';
import type { Rule } from './types';

export const whyQuestion: Rule = {
  id: 'why-question',
  principle: 'Avoid judgments (interview)',
  defaultSeverity: 'information',
  summary: 'Ask what led up to something ("What led you to leave?") rather than "Why did you…?", which can sound like blame.',
  check(note) {
    return interviewQuestions(note).flatMap((turn) =>
      firstAsksOf(turn, 'why').map(({ sentence, ask }) => {
        const opener = opening(sentence, ask, ask.clause.words[ask.clause.head]?.norm === 'how' ? 2 : 1);
        return rewriteFinding(
          sentence,
          ask,
          `"${opener}…" can sound like blame and asks the person to justify themselves. Ask what led up to it instead ("What led you to…?").`,
        );
      }),
    );
  },
};
