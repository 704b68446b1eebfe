import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/analyze';
import { interviewSummaries, lensTitle } from '../../server/src/interviewSummary';
import { interviewMetrics } from '../../server/src/metrics';
import type { RuledFinding } from '../../server/src/rules/types';
import { settingsWith } from '../helpers';

const TEXT = [
  '# Visit',
  '## Observations',
  'Client: He left at nine.',
  '## Interview with the mother',
  'Worker: Did you sleep?',
  'Mother: No, not at all.',
  'Worker: It sounds like a long night. What happened then?',
  '## Interview with J. D.',
  'Worker: Why did you go?',
  'Client: I was scared of him.',
  '',
].join('\n');

/** A finding of `rule` over the first occurrence of `text`, as analyze() would give it. */
const at = (rule: string, text: string): RuledFinding => {
  const start = TEXT.indexOf(text);
  return { rule, severity: 'information', start, end: start + text.length, message: `${rule} message`, fixes: [] };
};
const FINDINGS = [at('closed-question', 'Did you sleep?'), at('interview-opening', 'Worker: Did you sleep?'), at('why-question', 'Why did you go?')];

test('each Interview section gets its own metrics, flagged questions and heading; a client line elsewhere is no interview', () => {
  const entries = interviewSummaries(parse(TEXT, settingsWith()), FINDINGS);
  assert.deepEqual(
    entries.map((e) => [e.title, e.range.start.line, e.metrics.questions, e.words, e.metrics.reflections, e.flagged.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.rule} "${f.text}"`)]),
    [
      ['Interview with the mother', 3, { open: 1, closed: 1, leading: 0, why: 0, multiple: 0 }, { interviewer: 12, interviewee: 4 }, 1, ['4:8 closed-question "Did you sleep?"']],
      ['Interview with J. D.', 7, { open: 0, closed: 0, leading: 0, why: 1, multiple: 0 }, { interviewer: 4, interviewee: 5 }, 0, ['8:8 why-question "Why did you go?"']],
    ],
  );
  assert.deepEqual(entries.map(lensTitle), ['Open questions 1/2 · interviewer 75% of words · 1 reflection', 'Open questions 0/1 · interviewer 44% of words · no reflections']);
});

test("the note's own metrics, which the CLI prints, still count every turn in the note", () => {
  assert.deepEqual(interviewMetrics(parse(TEXT, settingsWith()), FINDINGS), {
    questions: { open: 1, closed: 1, leading: 0, why: 1, multiple: 0 },
    openQuestionShare: 0.33,
    interviewerWordShare: 0.55,
    reflections: 1,
  });
});
