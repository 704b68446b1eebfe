import type { Note } from './document/note';
import type { RuledFinding } from './rules/types';
import reflections from './rules/data/reflections.json';

/** Interview metrics (DESIGN.md §6). Counts are zero when the note has no interview. */
export interface InterviewMetrics {
  questions: { open: number; closed: number; leading: number; why: number; multiple: number };
  openQuestionShare: number;
  interviewerWordShare: number;
  reflections: number;
}

const REFLECTION = new RegExp(`^\\W*(?:${reflections.map((r) => r.opener.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const words = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;
const round = (x: number) => Math.round(x * 100) / 100;

export function interviewMetrics(note: Note, findings: readonly RuledFinding[]): InterviewMetrics {
  const questions = { open: 0, closed: 0, leading: 0, why: 0, multiple: 0 };
  let interviewerWords = 0;
  let allWords = 0;
  let reflectionCount = 0;
  let asked = 0;
  for (const block of note.blocks) {
    const turn = block.turn;
    if (!turn) continue;
    const body = note.text.slice(turn.body.start, turn.body.end);
    const n = words(body);
    allWords += n;
    if (turn.role !== 'interviewer') continue;
    interviewerWords += n;
    const first = block.sentences[0] ? note.text.slice(block.sentences[0].start, block.sentences[0].end).trim() : '';
    if (REFLECTION.test(first) && !first.endsWith('?')) reflectionCount++;
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
    interviewerWordShare: allWords ? round(interviewerWords / allWords) : 0,
    reflections: reflectionCount,
  };
}
