import { firstAsksOf, opening, rewriteFinding } from '../interview/findings';
import { interviewQuestions, type Ask, type QuestionSentence } from '../interview/questions';
import type { Rule } from './types';

export const leadingQuestion: Rule = {
  id: 'leading-question',
  principle: 'Avoid leading questions',
  defaultSeverity: 'warning',
  summary: 'Ask without suggesting the answer: no question tags, no "Didn\'t you…?", and no details the interviewee has not said.',
  check(note) {
    return interviewQuestions(note).flatMap((turn) =>
      firstAsksOf(turn, 'leading').map(({ sentence, ask }) => rewriteFinding(sentence, ask, message(sentence, ask))),
    );
  },
};

const INSTEAD = 'Ask an open question instead, such as "Tell me what happened."';

function message(sentence: QuestionSentence, ask: Ask): string {
  const words = ask.clause.words;
  const p = ask.presumption;
  if (p) {
    const word = words[p.at].text || words[p.at].norm;
    switch (p.reason) {
      case 'loaded':
        return `"${word}" brings in a detail the interviewee has not said, which can suggest the answer. ${INSTEAD}`;
      case 'denied':
        return `The interviewee said this did not happen, but the question takes "${word}" for granted. ${INSTEAD}`;
      case 'presupposed':
        return `The question takes for granted that "${word}" happens, which the interviewee has not said. ${INSTEAD}`;
      case 'person':
        return `The interviewee has not mentioned a "${word}"; the question assumes this person was involved. ${INSTEAD}`;
    }
  }
  switch (ask.clause.form) {
    case 'tag': {
      const tag = sentence.shape?.tagAt !== undefined ? sentence.text.slice(sentence.shape.words[sentence.shape.tagAt].start).replace(/[?.!]+$/, '') : '';
      return `The tag "${tag}" asks the person to agree with the interviewer's version. ${INSTEAD}`;
    }
    case 'negative-opener':
      return `"${opening(sentence, ask, 2)}…" suggests the answer the interviewer expects. ${INSTEAD}`;
    case 'agreement':
      return `"${opening(sentence, ask, 3)}…" asks the person to agree with the interviewer's view. Ask for their own view instead: "What do you think about…?"`;
    case 'answer-cue':
      return `This question tells the person what answer is expected. ${INSTEAD}`;
    default:
      return `This statement, asked as a question, carries the answer the interviewer expects. ${INSTEAD}`;
  }
}
