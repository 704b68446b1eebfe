import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeLens, Diagnostic, Range } from 'vscode-languageserver-types';
import { INTERVIEW_SUMMARY_REQUEST, type InterviewSummary } from '../../server/src/interviewProtocol';
import { LspClient } from '../helpers/lspClient';

const NOTE = [
  '---',
  'format: contact',
  'date: 2026-11-20',
  'time: 14:00-14:50',
  'location: Office',
  'participants: J. D. (client); R. D. (mother); A. Rivera (caseworker)',
  'worker: A. Rivera, MSW',
  'recorded: 2026-11-20 15:30',
  '---',
  '# Contact',
  '## Purpose',
  'Review of the week.',
  '## Interview with the mother',
  'Worker: Tell me about your week.',
  'Mother: It was hard. He left on Tuesday and did not call.',
  'Worker: Did you feel scared?',
  'Mother: Yes, and tired.',
  'Worker: It sounds like the week was hard. Why did you leave?',
  '## Interview with J. D.',
  'Worker: What happened next?',
  'Client: He yelled at my mom in the kitchen and then he left the house.',
  'Worker: How are school and home?',
  'Client: Fine.',
  "Worker: He was drunk, wasn't he?",
  '## Summary',
  'Worker will call again on 2026-11-24.',
  '',
].join('\n');

const range = (line: number, from: number, to: number): Range => ({ start: { line, character: from }, end: { line, character: to } });
const summaryOf = (uri: string): Promise<InterviewSummary | null> => client.connection.sendRequest(INTERVIEW_SUMMARY_REQUEST, { uri });
const lensesOf = (uri: string): Promise<CodeLens[]> => client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
/** A flagged question's message is its diagnostic's, word for word; the wording belongs to the rule. */
const messageAt = (ds: Diagnostic[], rule: string, r: Range) => ds.find((d) => d.code === rule && JSON.stringify(d.range) === JSON.stringify(r))?.message;

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(() => client.stop());

test('casewise/interviewSummary gives each interview section its metrics and flagged questions', async () => {
  const uri = 'file:///notes/summary.casenote';
  await client.open(uri, NOTE);
  const summary = await summaryOf(uri);
  const ds = await client.diagnostics(uri);
  const flagged = (rule: string, r: Range, text: string) => ({ range: r, rule, message: messageAt(ds, rule, r), text });
  assert.deepEqual(summary, {
    uri,
    version: 1,
    interviews: [
      {
        title: 'Interview with the mother',
        range: range(12, 0, 28),
        metrics: { questions: { open: 0, closed: 1, leading: 0, why: 1, multiple: 0 }, openQuestionShare: 0, interviewerWordShare: 0.59, reflections: 1 },
        words: { interviewer: 20, interviewee: 14 },
        flagged: [flagged('closed-question', range(15, 8, 28), 'Did you feel scared?'), flagged('why-question', range(17, 42, 60), 'Why did you leave?')],
      },
      {
        title: 'Interview with J. D.',
        range: range(18, 0, 23),
        metrics: { questions: { open: 2, closed: 0, leading: 1, why: 0, multiple: 1 }, openQuestionShare: 0.67, interviewerWordShare: 0.46, reflections: 0 },
        words: { interviewer: 13, interviewee: 15 },
        flagged: [flagged('multiple-questions', range(21, 8, 32), 'How are school and home?'), flagged('leading-question', range(23, 8, 32), "He was drunk, wasn't he?")],
      },
    ],
  });
  assert.ok(summary!.interviews.every((i) => i.flagged.every((f) => f.message)), 'every flagged question has its diagnostic');
});

test('a code lens above each interview heading opens the summary', async () => {
  const uri = 'file:///notes/lens.casenote';
  await client.open(uri, NOTE);
  assert.deepEqual(await lensesOf(uri), [
    {
      range: range(12, 0, 28),
      command: { title: 'Open questions 0/2 · interviewer 59% of words · 1 reflection', command: 'casewise.showInterviewSummary', arguments: [uri, 0] },
    },
    {
      range: range(18, 0, 23),
      command: { title: 'Open questions 2/3 · interviewer 46% of words · no reflections', command: 'casewise.showInterviewSummary', arguments: [uri, 1] },
    },
  ]);
});

test('a format: interview note is one interview, under its first heading', async () => {
  const uri = 'file:///notes/whole.casenote';
  const text = ['---', 'format: interview', '---', '# Interview with J. D.', '## Opening', 'Worker: What brings you in today?', 'Client: My landlord.', '## Middle', 'Worker: Tell me more about that.', 'Client: He raised the rent.', ''].join('\n');
  await client.open(uri, text);
  const summary = await summaryOf(uri);
  assert.deepEqual(
    summary!.interviews.map((i) => [i.title, i.range, i.metrics.questions.open, i.words]),
    [['Interview with J. D.', range(3, 0, 22), 1, { interviewer: 10, interviewee: 6 }]],
  );
  assert.deepEqual(
    (await lensesOf(uri)).map((l) => [l.range.start.line, l.command!.title]),
    [[3, 'Open questions 1/1 · interviewer 63% of words · no reflections']],
  );
});

test('the summary waits for the lint of the newest version', async () => {
  const uri = 'file:///notes/edited.casenote';
  await client.open(uri, NOTE);
  await client.diagnostics(uri);
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: range(15, 8, 28), text: 'How did you feel?' }],
  });
  const summary = await summaryOf(uri);
  assert.equal(summary!.version, 2);
  assert.deepEqual(summary!.interviews[0].metrics.questions, { open: 1, closed: 0, leading: 0, why: 1, multiple: 0 });
  assert.deepEqual(summary!.interviews[0].flagged.map((f) => f.rule), ['why-question']);
});

test('no interviews for a document Casewise does not check, and null for one that is not open', async () => {
  const uri = 'file:///notes/readme.md';
  await client.open(uri, '# Readme\n## Interview\nWorker: Did you sleep?\nClient: No.\n', 'markdown');
  assert.deepEqual(await summaryOf(uri), { uri, version: 1, interviews: [] });
  assert.deepEqual(await lensesOf(uri), []);
  assert.equal(await summaryOf('file:///notes/never-opened.casenote'), null);
});
