import { firstAsksOf, opening, rewriteFinding } from '../interview/findings';
import { interviewQuestions, type Ask, type QuestionSentence } from '../interview/questions';
import type { Rule } from './types';

export const closedQuestion: Rule = {
  id: 'closed-question',
  principle: 'Open-ended questions',
  defaultSeverity: 'information',
  summary: 'Ask open questions ("What happened?", "Tell me about that.") rather than yes/no questions or forced choices.',
  check(note) {
    return interviewQuestions(note).flatMap((turn) =>
      firstAsksOf(turn, 'closed').map(({ sentence, ask }) => rewriteFinding(sentence, ask, message(sentence, ask))),
    );
  },
};

function message(sentence: QuestionSentence, ask: Ask): string {
  switch (ask.clause.form) {
    case 'choice':
      return 'This question offers a fixed choice of answers, and the true answer may be neither. Ask an open question and let the person describe it.';
    case 'faux-invitation': {
      const words = ask.clause.words;
      const faux = words.findIndex((w) => w.norm === 'if' || w.norm === 'whether');
      const n = faux >= 0 ? words.slice(ask.clause.head, faux + 1).filter((w) => w.text !== '').length : 4;
      return `"${opening(sentence, ask, n)}…" asks for a yes or no, not for the person's account. Ask for the account itself: "Tell me…".`;
    }
    default:
      return 'This question can be answered with yes or no. An open question ("What…", "How…", "Tell me about…") lets the person answer in their own words.';
  }
}
