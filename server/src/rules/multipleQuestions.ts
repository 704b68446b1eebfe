import { asksOf, keepFirstQuestion } from '../interview/findings';
import { interviewQuestions } from '../interview/questions';
import type { Finding, Rule } from './types';

export const multipleQuestions: Rule = {
  id: 'multiple-questions',
  principle: 'Open-ended questions',
  defaultSeverity: 'information',
  summary: 'Ask one question at a time, so the person can answer each one and the record shows which answer goes with which question.',
  check(note) {
    return interviewQuestions(note).flatMap((turn): Finding[] => {
      if (turn.askCount < 2) return [];
      const asks = asksOf(turn);
      const joined = asks.length === 1;
      const message = joined
        ? 'This question joins two asks in one, so a single answer may fit only one of them. Ask about one thing at a time.'
        : `This turn asks ${turn.askCount} questions at once; the person may answer only one, and the record will not show which. Ask one question at a time.`;
      return [
        {
          start: asks[0].sentence.start,
          end: asks[asks.length - 1].sentence.end,
          message,
          fixes: [{ title: 'Keep only the first question', edits: keepFirstQuestion(turn, note.text), preferred: true }],
        },
      ];
    });
  },
};
