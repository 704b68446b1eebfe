// The client's pure parts: the formats "New Case Note" offers (merged as the
// server merges them, without ajv), the values it fills in, and what the record
// status bar item counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effectiveFormats, formatSpecsFrom, knownFieldValues } from '../../client/src/noteFormats';
import { isCaseNote, recordGaps, recordStatusText, ruleOf, type DiagnosticLike } from '../../client/src/status/recordGaps';
import { findFormat, formatsFor, templateBody } from '../../server/src/formats';
import { normalize } from '../../server/src/settings';
import { expandSnippet } from '../helpers/snippets';

const TEAM = [
  { name: 'SOAP', sections: ['Subjective', 'Objective', 'Plan'] },
  { name: 'school-visit', title: 'School visit', fields: ['date', 'location', 'worker'], sections: [{ title: 'Purpose', prompt: 'Why you went.' }, 'Plan'] },
];

test('the client merges settings and the workspace file over the built-in formats exactly as the server does', () => {
  const fromSettings = [{ name: 'dap', title: 'Data note' }];
  const { formats, fromWorkspace } = effectiveFormats(fromSettings, TEAM);
  assert.deepEqual(formats, formatsFor(normalize({ formats: fromSettings }, { formats: TEAM }).settings));
  assert.deepEqual([...fromWorkspace], ['soap', 'school-visit']);
  assert.deepEqual(findFormat('SOAP', formats)!.sections.map((s) => s.title), ['Subjective', 'Objective', 'Plan']);
  assert.deepEqual(findFormat('School-Visit', formats)!.sections[1].synonyms, ['P', 'Next steps', 'Follow-up', 'Plan of action']);
  assert.equal(findFormat('DAP', formats)!.title, 'Data note');
});

test('entries the schema rejects are skipped, as the server skips them; the rest still apply', () => {
  const raw = [
    { name: 'ok' },
    { name: '' },
    { title: 'no name' },
    { name: 'extra', colour: 'red' },
    { name: 'bad-field', fields: ['date of birth'] },
    { name: 'bad-section', sections: [{ title: 'Plan', prompts: 'x' }] },
    'SOAP',
    { name: 'good-section', sections: ['Plan', { title: 'Risk', synonyms: ['Safety'], prompt: '' }] },
  ];
  assert.deepEqual(formatSpecsFrom(raw).map((f) => f.name), ['ok', 'good-section']);
  assert.deepEqual(normalize({ formats: raw }).settings.formats.map((f) => f.name), ['ok', 'good-section']);
  assert.deepEqual(formatSpecsFrom({ name: 'not a list' }), []);
  assert.deepEqual(formatSpecsFrom(undefined), []);
});

test("a new note gets today's date, the time now and the worker, only for fields its format asks for", () => {
  const now = new Date(2026, 10, 5, 9, 7);
  assert.deepEqual(knownFieldValues(findFormat('SOAP')!, now, ' A. Rivera, MSW '), { date: '2026-11-05', time: '09:07', worker: 'A. Rivera, MSW' });
  assert.deepEqual(knownFieldValues(findFormat('closing')!, now, ''), { date: '2026-11-05' });
  const team = { ...findFormat('SOAP')!, fields: ['date', 'recorded', 'supervisor'] };
  assert.deepEqual(knownFieldValues(team, now, 'A. Rivera'), { date: '2026-11-05', recorded: '2026-11-05 09:07' });
  assert.equal(
    expandSnippet(templateBody(findFormat('DAP')!, knownFieldValues(findFormat('DAP')!, now, 'A. Rivera, MSW'))).split('\n# ')[0],
    '---\nformat: DAP\ndate: 2026-11-05\ntime: 09:07\nparticipants: \nlocation: \nworker: A. Rivera, MSW\n---',
  );
});

const diag = (code: DiagnosticLike['code'], line: number, character = 0, source = 'casewise'): DiagnosticLike => ({
  source,
  code,
  message: `${ruleOf({ code } as DiagnosticLike)} at ${line}:${character}`,
  range: { start: { line, character } },
});

test('the record status counts missing fields and sections, empty sections and placeholders, top to bottom', () => {
  const gaps = recordGaps([
    diag('placeholder', 12),
    diag({ value: 'missing-field' }, 4),
    diag('judgmental-language', 2),
    diag('missing-section', 1, 8),
    diag('missing-section', 1, 2),
    diag('missing-field', 3, 0, 'markdownlint'),
    diag('empty-section', 9),
  ]);
  assert.deepEqual(gaps.map((d) => d.message), ['missing-section at 1:2', 'missing-section at 1:8', 'missing-field at 4:0', 'empty-section at 9:0', 'placeholder at 12:0']);
  assert.equal(recordStatusText(0), 'Record complete');
  assert.equal(recordStatusText(1), 'Record: 1 missing');
  assert.equal(recordStatusText(2), 'Record: 2 missing');
});

test('the record status shows for case notes and Markdown with Casewise front matter, and hides for other files', () => {
  const check = { languages: ['casenote', 'markdown'], lintAllMarkdown: false, formatNames: ['SOAP', 'home-visit'] };
  assert.equal(isCaseNote('casenote', '', check), true);
  assert.equal(isCaseNote('casenote', '', { ...check, languages: ['markdown'] }), false);
  assert.equal(isCaseNote('plaintext', '---\nformat: SOAP\n---\n', check), false);
  assert.equal(isCaseNote('markdown', '# Notes\n', check), false);
  assert.equal(isCaseNote('markdown', '---\nformat: soap   # the team default\n---\n# Visit\n', check), true);
  assert.equal(isCaseNote('markdown', '---\r\ntitle: x\r\nformat: "Home-Visit"\r\n---\r\n', check), true);
  assert.equal(isCaseNote('markdown', '---\ncasewise: true\n---\n', check), true);
  assert.equal(isCaseNote('markdown', '---\nformat: blog-post\n---\n', check), false);
  assert.equal(isCaseNote('markdown', 'Intro\n---\nformat: SOAP\n---\n', check), false);
  assert.equal(isCaseNote('markdown', '# Notes\n', { ...check, lintAllMarkdown: true }), true);
});
