import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNote } from '../../server/src/document/note';

const labels = { interviewerLabels: ['Q', 'Worker', 'Interviewer', 'SW', 'CW', 'Counselor', 'Me'], intervieweeLabels: ['A', 'Client', 'Interviewee'] };
const parse = (text: string) => parseNote(text, labels);
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('front matter fields keep their key and value ranges', () => {
  const text = '---\nformat: SOAP\ndate: 2026-11-20\ntime: 14:00-14:50\nworker:\n---\n# Visit\n';
  const note = parse(text);
  const fm = note.frontMatter!;
  assert.equal(fm.closed, true);
  assert.equal(fm.problem, undefined);
  assert.deepEqual([...fm.fields.keys()], ['format', 'date', 'time', 'worker']);
  assert.equal(slice(text, fm.fields.get('date')!.value!), '2026-11-20');
  assert.equal(fm.fields.get('time')!.text, '14:00-14:50');
  assert.equal(fm.fields.get('worker')!.value, undefined);
  assert.equal(slice(text, fm.fields.get('worker')!.key), 'worker');
  assert.equal(text.slice(fm.insertAt, fm.insertAt + 4), '---\n');
  assert.equal(note.format, 'SOAP');
  assert.equal(note.hasCasewiseFrontMatter, true);
});

test('unclosed front matter is reported and the body is still parsed', () => {
  const text = '---\ndate: 2026-11-20\n# Visit\nClient was combative.\n';
  const note = parse(text);
  assert.equal(note.frontMatter!.closed, false);
  assert.match(note.frontMatter!.problem!.message, /no closing "---"/);
  assert.deepEqual(note.sections.map((s) => s.title), ['Visit']);
});

test('a YAML error is located and the readable fields are kept', () => {
  const text = '---\ndate: 2026-11-20\nlocation: Office: room 4\n---\nBody.\n';
  const note = parse(text);
  assert.ok(note.frontMatter!.problem, 'expected a problem');
  assert.equal(note.lines.positionAt(note.frontMatter!.problem!.span.start).line, 2);
  assert.equal(note.frontMatter!.fields.get('date')!.text, '2026-11-20');
});

test('markdown without casewise front matter is not a casewise note', () => {
  assert.equal(parse('---\ntitle: Blog\n---\nHi\n').hasCasewiseFrontMatter, false);
  assert.equal(parse('---\ncasewise: true\n---\nHi\n').hasCasewiseFrontMatter, true);
  assert.equal(parse('---\nformat: home-visit\n---\nHi\n').hasCasewiseFrontMatter, true);
});

test('sections nest and end at the next heading of the same level', () => {
  const text = '# Visit\n## Subjective\nA.\n### Detail\nB.\n## Plan\nC.\n';
  const note = parse(text);
  assert.deepEqual(
    note.sections.map((s) => `${s.level} ${s.title} ${JSON.stringify(slice(text, s).trimEnd())}`),
    ['1 Visit "# Visit\\n## Subjective\\nA.\\n### Detail\\nB.\\n## Plan\\nC."', '2 Subjective "## Subjective\\nA.\\n### Detail\\nB."', '3 Detail "### Detail\\nB."', '2 Plan "## Plan\\nC."'],
  );
});

test('interview turns: known labels anywhere, other names only inside an interview section', () => {
  const text = [
    'Note: the client arrived late.',
    'Mother: This is not a turn here.',
    '## Interview',
    'Worker: Tell me about your week.',
    'Client: It was hard.',
    'Worker (A. Rivera): Go on.',
    'R. D. (mother): He was fine.',
    'Plan: not a speaker.',
    '## Plan',
    'Mother: outside the interview again.',
  ].join('\n');
  const note = parse(text);
  assert.deepEqual(
    note.turns.map((t) => `${t.role} ${t.speaker} | ${slice(text, t.body)}`),
    ['interviewer Worker | Tell me about your week.', 'interviewee Client | It was hard.', 'interviewer Worker (A. Rivera) | Go on.', 'interviewee R. D. (mother) | He was fine.'],
  );
  assert.equal(slice(text, note.turns[0].label), 'Worker:');
});

test('an interviewee turn is quoted speech from end to end', () => {
  const text = 'Client: I am lazy and he claims otherwise.\n';
  const block = parse(text).blocks[0];
  assert.deepEqual(block.quotes.map((q) => slice(text, q)), ['I am lazy and he claims otherwise.']);
});

test('quotes: straight, curly and single, but not apostrophes', () => {
  const text = `He said "no" and “yes”, then 'I'm so lazy' — the client's mom didn't.`;
  assert.deepEqual(parse(text).blocks[0].quotes.map((q) => slice(text, q)), ['"no"', '“yes”', `'I'm so lazy'`]);
});

test('sentences are found per block with absolute offsets', () => {
  const text = '# H\nDr. Smith met the client at 3 p.m. on Nov. 20. Client left.\n\nWorker: How are you? What happened?\n';
  const note = parse(text);
  assert.deepEqual(
    note.blocks.flatMap((b) => b.sentences.map((s) => slice(text, s))),
    ['Dr. Smith met the client at 3 p.m. on Nov. 20.', 'Client left.', 'How are you?', 'What happened?'],
  );
});

test('inline control comments are read with their rules', () => {
  const text = '<!-- casewise-disable-next-line judgmental-language credibility-doubt -->\nx\n<!-- casewise-disable -->\n<!-- casewise-enable jargon -->\n';
  assert.deepEqual(parse(text).directives, [
    { kind: 'disable-next-line', rules: ['judgmental-language', 'credibility-doubt'], line: 0 },
    { kind: 'disable', rules: [], line: 2 },
    { kind: 'enable', rules: ['jargon'], line: 3 },
  ]);
});

test('code blocks are kept apart and CRLF line ends do not shift offsets', () => {
  const text = '# Visit\r\n```\r\nWorker: not a turn\r\n```\r\nClient was calm.\r\n';
  const note = parse(text);
  assert.deepEqual(note.blocks.map((b) => `${b.kind}:${JSON.stringify(b.text)}`), [
    'heading:"# Visit"',
    'code:"```\\r\\nWorker: not a turn\\r\\n```"',
    'paragraph:"Client was calm."',
  ]);
  assert.equal(note.turns.length, 0);
});

test('list items are separate blocks', () => {
  const note = parse('- Client was calm\n- Mother left\n');
  assert.deepEqual(note.blocks.map((b) => b.text), ['- Client was calm', '- Mother left']);
});

test("label lines of the note's format start sections; \"A:\" right after a question stays an answer", () => {
  const text = '---\nformat: SOAP\n---\n# Visit\nS: Slept badly.\nObjective:\nCalm.\n**A:** Stable.\nQ: Any questions?\nA: No.\nNext steps: Call on Friday.\nNote: not a section.\n';
  const note = parse(text);
  assert.deepEqual(
    note.sections.map((s) => `${s.level} ${s.title} ${s.label ? 'label' : 'heading'} ${JSON.stringify(slice(text, s.heading))} ${JSON.stringify(slice(text, s).trimEnd())}`),
    [
      '1 Visit heading "# Visit" ' + JSON.stringify(slice(text, { start: text.indexOf('# Visit'), end: text.length }).trimEnd()),
      '7 S label "S:" "S: Slept badly."',
      '7 Objective label "Objective:" "Objective:\\nCalm."',
      '7 A label "**A:**" "**A:** Stable.\\nQ: Any questions?\\nA: No."',
      '7 Next steps label "Next steps:" "Next steps: Call on Friday.\\nNote: not a section."',
    ],
  );
  assert.deepEqual(note.blocks.map((b) => `${b.kind}:${b.text}`), [
    'heading:# Visit',
    'heading:S:',
    'paragraph:Slept badly.',
    'heading:Objective:',
    'paragraph:Calm.',
    'heading:**A:**',
    'paragraph:Stable.',
    'turn:Q: Any questions?',
    'turn:A: No.',
    'heading:Next steps:',
    'paragraph:Call on Friday.\nNote: not a section.',
  ]);
  // Without a format, a label line is narrative.
  assert.deepEqual(parse('S: Slept badly.\nPlan: Call.\n').sections, []);
});

test('a "Late entry:" line and the dates of the front matter are read once, into the note', () => {
  const text = '---\ndate: November 20, 2026\ntime: 2:00 pm - 2:50 pm\nrecorded: 2026-11-23 09:00\n---\nLate entry: written 2026-11-23. Reason: court.\nSeen 11/31/2026.\n';
  const note = parse(text);
  assert.equal(slice(text, note.lateEntry!.line), 'Late entry: written 2026-11-23. Reason: court.');
  assert.equal(slice(text, note.lateEntry!.reason!), 'court.');
  assert.deepEqual(note.dates.date!.value, { year: 2026, month: 11, day: 20 });
  assert.deepEqual(note.dates.time!.value, { start: { hour: 14, minute: 0, meridiem: true }, end: { hour: 14, minute: 50, meridiem: true } });
  assert.deepEqual(note.dates.recorded!.value, { year: 2026, month: 11, day: 23, hour: 9, minute: 0 });
  assert.deepEqual(note.dates.impossible.map((s) => slice(text, s)), ['11/31/2026']);
});
