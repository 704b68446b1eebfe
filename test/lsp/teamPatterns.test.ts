// A team's identifier patterns over stdio (issue 8, "Safe patterns"): a
// .casewise.json with one unsafe and one good pattern gives exactly one
// diagnostic, on the unsafe pattern, and the good one is reported in notes
// with its Redact fix. In editor settings a bad pattern is a notice. In an
// untrusted workspace the file's patterns are not applied.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../helpers';
import { LspClient } from '../helpers/lspClient';

const NOTE = ['---', 'format: contact', 'date: 2026-11-20', '---', '## Summary', 'Mother brought the court letter CW-204118 to the visit.', ''].join('\n');
const CONFIG = [
  '{',
  '  "identifiers.patterns": [',
  '    { "name": "court file", "pattern": "(a+)+$" },',
  '    { "name": "agency case number", "pattern": "CW-\\\\d{6}" }',
  '  ]',
  '}',
  '',
].join('\n');

const where = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const identifiers = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'identifier').map((d) => `${where(d)} ${d.message}`);
const TEAM_FINDING = `5:32-5:41 This matches your team's pattern for "agency case number". Identifiers belong in the secure client record, not in the note: redact it, or keep only the last 4 digits.`;
const UNSAFE = 'The pattern for "court file" could make Casewise freeze on some notes: a repeated part inside another repeat, as in (\\d+)+. Give the inner or the outer part a fixed count, as in (\\d{3}-)+ or \\d{6}. It is left out.';

let dir: string;
let client: LspClient;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casewise-patterns-'));
  writeFileSync(join(dir, '.casewise.json'), CONFIG);
  client = await LspClient.start(undefined, { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'notes' }] });
});
after(() => client.stop());

test('one unsafe and one good pattern: one diagnostic, on the unsafe pattern; the good one finds its identifier', async () => {
  const noteUri = pathToFileURL(join(dir, 'visit.casenote')).href;
  await client.open(noteUri, NOTE);
  const problems = await client.diagnostics(pathToFileURL(join(dir, '.casewise.json')).href);
  // Line 2 is `    { "name": "court file", "pattern": "(a+)+$" },`: the problem covers `"pattern": "(a+)+$"`.
  assert.deepEqual(problems.map((d) => `${where(d)} ${d.severity} ${d.message}`), [`2:28-2:47 2 ${UNSAFE}`]);
  assert.equal(CONFIG.split('\n')[2].slice(28, 47), '"pattern": "(a+)+$"');
  const ds = await client.diagnostics(noteUri);
  assert.deepEqual(identifiers(ds), [TEAM_FINDING]);
  const d = ds.find((x) => x.code === 'identifier')!;
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: noteUri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  assert.deepEqual(
    actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}: ${applyEdits(NOTE, a.edit!.changes![noteUri] as TextEdit[]).split('\n')[5]}`),
    [
      'Redact (preferred): Mother brought the court letter [redacted agency case number] to the visit.',
      'Keep last 4 digits: Mother brought the court letter **-**4118 to the visit.',
      'Ignore this occurrence: <!-- casewise-disable-next-line identifier -->',
    ],
  );
});

test('a bad pattern in the editor settings is a notice, and the good one still applies', async () => {
  const other = await LspClient.start();
  try {
    other.settings = { identifiers: { patterns: [{ name: 'court file', pattern: '(a+)+$' }, { name: 'agency case number', pattern: 'CW-\\d{6}' }] } };
    const uri = 'file:///elsewhere/settings.casenote';
    await other.open(uri, NOTE);
    assert.deepEqual(identifiers(await other.diagnostics(uri)), [TEAM_FINDING]);
    assert.deepEqual(other.log.filter((l) => l.startsWith('Casewise setting problem:')), [`Casewise setting problem: ${UNSAFE}`]);
  } finally {
    await other.stop();
  }
});

test("in an untrusted workspace, the file's patterns are not applied", async () => {
  const untrusted = await LspClient.start(undefined, { initializationOptions: { workspaceTrusted: false } });
  try {
    const uri = pathToFileURL(join(dir, 'untrusted.casenote')).href;
    await untrusted.open(uri, NOTE);
    // Only the built-in guess at an ID: the team's name for it is in the file that is not applied.
    assert.deepEqual(identifiers(await untrusted.diagnostics(uri)), [
      '5:32-5:41 An identifying number is written here. Identifiers belong in the secure client record, not in the note: redact it.',
    ]);
  } finally {
    await untrusted.stop();
  }
});
