import { talkOf } from './document/interviews';
import type { Note } from './document/note';
import type { RuledFinding } from './rules/types';

/** Interview metrics (DESIGN.md §6). Counts are zero when the note has no interview. */
export interface InterviewMetrics {
  questions: { open: number; closed: number; leading: number; why: number; multiple: number };
  openQuestionShare: number;
  interviewerWordShare: number;
  reflections: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function interviewMetrics(note: Note, findings: readonly RuledFinding[]): InterviewMetrics {
  const questions = { open: 0, closed: 0, leading: 0, why: 0, multiple: 0 };
  const talk = talkOf(note, note.blocks.flatMap((block) => (block.turn ? [{ turn: block.turn, block }] : [])));
  const allWords = talk.interviewerWords + talk.intervieweeWords;
  let asked = 0;
  for (const block of note.blocks) {
    if (block.turn?.role !== 'interviewer') continue;
    for (const s of block.sentences) {
      if (!note.text.slice(s.start, s.end).trimEnd().endsWith('?')) continue;
      asked++;
      const here = findings.filter((f) => f.start < s.end && f.end > s.start);
      const has = (rule: string) => here.some((f) => f.rule === rule);
      if (has('leading-question')) questions.leading++;
      else if (has('why-question')) questions.why++;
      else if (has('closed-question')) questions.closed++;
      else questions.open++;
      if (has('multiple-questions')) questions.multiple++;
    }
  }
  return {
    questions,
    openQuestionShare: asked ? round(questions.open / asked) : 0,
    interviewerWordShare: allWords ? round(talk.interviewerWords / allWords) : 0,
    reflections: talk.reflections,
  };
}
