// The `casewise/interviewSummary` request, shared by the server and the VS
// Code client. Types and plain text helpers only: the client bundles this file,
// so it must not import the parser or the rules.
import type { Range } from 'vscode-languageserver-types';
import type { InterviewMetrics } from './metrics';

export type { InterviewMetrics };

/** The request: `{ uri }` → InterviewSummary, or null when the document is not open. */
export const INTERVIEW_SUMMARY_REQUEST = 'casewise/interviewSummary';

/** The client command that opens the summary; the code lens runs it with the note's URI. */
export const SHOW_INTERVIEW_SUMMARY = 'casewise.showInterviewSummary';

export interface InterviewSummaryParams {
  uri: string;
}

/** The rules that flag a question, in the order the summary's chart shows their classes. */
export const QUESTION_RULES = ['closed-question', 'leading-question', 'why-question', 'multiple-questions'] as const;

/** One interviewer question a question rule flagged. Its text is the user's own note: show it, never log it. */
export interface FlaggedQuestion {
  range: Range;
  rule: string;
  message: string;
  /** The flagged text, on one line. */
  text: string;
}

/** One interview of a note: an Interview section, a whole `format: interview` note, or turns outside any Interview heading. */
export interface InterviewSummaryEntry {
  /** The heading's title, or "Interview" when the turns have none. */
  title: string;
  /** The heading line, or the first turn's line when there is no heading. */
  range: Range;
  metrics: InterviewMetrics;
  words: { interviewer: number; interviewee: number };
  flagged: FlaggedQuestion[];
}

export interface InterviewSummary {
  uri: string;
  /** The document version the figures were computed for. */
  version: number;
  interviews: InterviewSummaryEntry[];
}

/** Questions asked, each counted once by its class; "multiple" overlaps the others. */
export function questionsAsked(m: InterviewMetrics): number {
  return m.questions.open + m.questions.closed + m.questions.leading + m.questions.why;
}

/** "Open questions 6/9", or "No questions yet". */
export function openQuestionsText(open: number, asked: number): string {
  return asked ? `Open questions ${open}/${asked}` : 'No questions yet';
}

/** "2 reflections", "1 reflection", "no reflections". */
export function reflectionsText(n: number): string {
  return n === 0 ? 'no reflections' : `${n} reflection${n === 1 ? '' : 's'}`;
}

/** The interviewer's share of the words as a whole percentage; undefined when nobody has spoken. */
export function interviewerPercent(words: { interviewer: number; interviewee: number }): number | undefined {
  const all = words.interviewer + words.interviewee;
  return all ? Math.round((words.interviewer / all) * 100) : undefined;
}
