import { talkOf } from './document/interviews';
import type { Note } from './document/note';
import type { Block, Turn } from './document/types';
import type { RuledFinding } from './rules/types';

/** Interview metrics (DESIGN.md §6). Counts are zero when the note has no interview. */
export interface InterviewMetrics {
  questions: { open: number; closed: number; leading: number; why: number; multiple: number };
  openQuestionShare: number;
  interviewerWordShare: number;
  reflections: number;
}

const QUESTION_RULES = new Set(['leading-question', 'why-question', 'closed-question', 'multiple-questions']);
const round = (x: number) => Math.round(x * 100) / 100;

/** The metrics of the whole note, over every turn in it: what the CLI's JSON prints. */
export function interviewMetrics(note: Note, findings: readonly RuledFinding[]): InterviewMetrics {
  return metricsOf(note, note.blocks.flatMap((block) => (block.turn ? [{ turn: block.turn, block }] : [])), findings);
}

/** The metrics of some of a note's turns, such as one interview's (interviewsOf). */
export function metricsOf(note: Note, turns: readonly { turn: Turn; block: Block }[], findings: readonly RuledFinding[]): InterviewMetrics {
  const questions = { open: 0, closed: 0, leading: 0, why: 0, multiple: 0 };
  const talk = talkOf(note, turns);
  const allWords = talk.interviewerWords + talk.intervieweeWords;
  let asked = 0;
  // The question rules' findings, by the blocks they fall in: one pass, not one per question.
  const byBlock = new Map<Block, RuledFinding[]>();
  for (const f of findings) {
    if (!QUESTION_RULES.has(f.rule)) continue;
    const block = note.blockAt(f.start);
    if (block) byBlock.set(block, [...(byBlock.get(block) ?? []), f]);
  }
  for (const { turn, block } of turns) {
    if (turn.role !== 'interviewer') continue;
    const inBlock = byBlock.get(block) ?? [];
    for (const s of block.sentences) {
      if (!note.text.slice(s.start, s.end).trimEnd().endsWith('?')) continue;
      asked++;
      const here = inBlock.filter((f) => f.start < s.end && f.end > s.start);
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
