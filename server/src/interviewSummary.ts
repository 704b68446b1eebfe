import type { CodeLens } from 'vscode-languageserver-types';
import { interviewsOf, talkOf } from './document/interviews';
import type { Note } from './document/note';
import { toRange } from './fixes';
import {
  interviewerPercent,
  openQuestionsText,
  questionsAsked,
  QUESTION_RULES,
  reflectionsText,
  SHOW_INTERVIEW_SUMMARY,
  type InterviewSummary,
  type InterviewSummaryEntry,
} from './interviewProtocol';
import { metricsOf } from './metrics';
import type { RuledFinding } from './rules/types';
import type { Linted } from './service';

const isQuestionRule = (rule: string) => (QUESTION_RULES as readonly string[]).includes(rule);

/** The `casewise/interviewSummary` result for a document's last lint; no interviews when Casewise does not check it. */
export function interviewSummary(uri: string, linted: Linted): InterviewSummary {
  // The status bar and the code lens both ask after each change: the summary of one lint is made once.
  let interviews = summaries.get(linted);
  if (!interviews) summaries.set(linted, (interviews = linted.lintable ? interviewSummaries(linted.note, linted.findings) : []));
  return { uri, version: linted.version, interviews };
}

const summaries = new WeakMap<Linted, InterviewSummary['interviews']>();

/**
 * Each interview of a note with its metrics and flagged questions, read from
 * the findings of the note's last lint (never re-linted). Turns outside any
 * Interview heading count as an interview only when the interviewer speaks:
 * a quoted "Mother: …" line in a narrative section is not one.
 */
export function interviewSummaries(note: Note, findings: readonly RuledFinding[]): InterviewSummaryEntry[] {
  const entries: InterviewSummaryEntry[] = [];
  for (const interview of interviewsOf(note)) {
    const asked = interview.turns.filter(({ turn }) => turn.role === 'interviewer');
    if (!interview.section && asked.length === 0) continue;
    const talk = talkOf(note, interview.turns);
    const first = interview.turns[0].block;
    const heading = interview.section?.heading ?? { start: first.start, end: note.lines.lineEnd(note.lines.lineAt(first.start)) };
    const inAsked = (f: RuledFinding) => asked.some(({ block }) => block.start <= f.start && f.start < block.end);
    entries.push({
      title: interview.section?.title || 'Interview',
      range: toRange(note.lines, heading.start, heading.end),
      metrics: metricsOf(note, interview.turns, findings),
      words: { interviewer: talk.interviewerWords, interviewee: talk.intervieweeWords },
      flagged: findings
        .filter((f) => isQuestionRule(f.rule) && inAsked(f))
        .map((f) => ({
          range: toRange(note.lines, f.start, f.end),
          rule: f.rule,
          message: f.message,
          text: note.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim(),
        })),
    });
  }
  return entries;
}

/** "Open questions 6/9 · interviewer 41% of words · 2 reflections". */
export function lensTitle(entry: InterviewSummaryEntry): string {
  const percent = interviewerPercent(entry.words);
  return [
    openQuestionsText(entry.metrics.questions.open, questionsAsked(entry.metrics)),
    ...(percent === undefined ? [] : [`interviewer ${percent}% of words`]),
    reflectionsText(entry.metrics.reflections),
  ].join(' · ');
}

/** A code lens above each interview's heading that opens the summary at that interview. */
export function interviewCodeLenses(uri: string, entries: readonly InterviewSummaryEntry[]): CodeLens[] {
  return entries.map((entry, index) => ({
    range: entry.range,
    command: { title: lensTitle(entry), command: SHOW_INTERVIEW_SUMMARY, arguments: [uri, index] },
  }));
}
