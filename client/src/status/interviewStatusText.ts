// What the interview status bar item says: pure, so a unit test reads it without VS Code.
import { interviewerPercent, openQuestionsText, questionsAsked, reflectionsText, type InterviewSummary } from '../../../server/src/interviewProtocol';

/** The item's text and tooltip, or undefined to hide it. */
export function interviewStatusText(summary: InterviewSummary | undefined): { text: string; tooltip: string } | undefined {
  if (!summary?.interviews.length) return undefined;
  const open = summary.interviews.reduce((n, i) => n + i.metrics.questions.open, 0);
  const asked = summary.interviews.reduce((n, i) => n + questionsAsked(i.metrics), 0);
  const lines = summary.interviews.map((i) => {
    const percent = interviewerPercent(i.words);
    const talk = percent === undefined ? 'no words yet' : `interviewer ${percent}% of words`;
    const counts = summary.interviews.length > 1 ? ` (${openQuestionsText(i.metrics.questions.open, questionsAsked(i.metrics)).toLowerCase()})` : '';
    return `${i.title}${counts}: ${talk} · ${reflectionsText(i.metrics.reflections)}`;
  });
  return { text: `$(comment-discussion) ${openQuestionsText(open, asked)}`, tooltip: [...lines, '', 'Click for the interview summary.'].join('\n') };
}
