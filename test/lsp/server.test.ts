import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../helpers';
import { IDENTIFIER_ROWS, noteOfEveryRow } from '../helpers/identifiers';
import { LspClient } from '../helpers/lspClient';

const NOTE = [
  '---',
  'format: contact',
  'date: 2026-11-20',
  'time: 14:00-14:50',
  'location: Office',
  'participants: J. D. (client); A. Rivera (caseworker)',
  'worker: A. Rivera, MSW',
  'recorded: 2026-11-20 15:30',
  '---',
  '# Contact',
  '## Purpose',
  'Review of the rent plan.',
  '## Summary',
  'The client was combative at first.',
  '## Plan',
  'Worker will call again on 2026-11-24.',
  '',
].join('\n');

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`);

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(() => client.stop());

test('an opened note gets diagnostics with source, code and a docs link', async () => {
  const uri = 'file:///notes/open.casenote';
  await client.open(uri, NOTE);
  const ds = await client.diagnostics(uri);
  assert.deepEqual(brief(ds), ['13:15-13:24 judgmental-language']);
  assert.equal(ds[0].source, 'casewise');
  assert.match(ds[0].codeDescription!.href, /^file:\/\/.*\/docs\/rules\/judgmental-language\.md$/);
});

test('an edit re-lints that version', async () => {
  const uri = 'file:///notes/edit.casenote';
  await client.open(uri, NOTE);
  await client.diagnostics(uri, (p) => p.version === 1);
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: 'Client claims he paid. ' }],
  });
  const ds = await client.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(brief(ds), ['13:7-13:13 credibility-doubt', '13:38-13:47 judgmental-language']);
});

test("a quick fix's edit gives the exact expected text", async () => {
  const uri = 'file:///notes/fix.casenote';
  await client.open(uri, NOTE);
  const [d] = await client.diagnostics(uri);
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  const preferred = actions.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1);
  const edits = preferred[0].edit!.changes![uri] as TextEdit[];
  const alternative = edits[0].newText;
  assert.notEqual(alternative, '');
  assert.equal(applyEdits(NOTE, edits), NOTE.replace('was combative at', `was ${alternative} at`));
  const ignore = actions.find((a) => a.title === 'Ignore this occurrence')!;
  assert.equal(
    applyEdits(NOTE, ignore.edit!.changes![uri] as TextEdit[]),
    NOTE.replace('## Summary\n', '## Summary\n<!-- casewise-disable-next-line judgmental-language -->\n'),
  );
});

test('fix all applies every preferred fix, read from the published diagnostics', async () => {
  const uri = 'file:///notes/fixall.casenote';
  const text = NOTE.replace('worker: A. Rivera, MSW\n', '') + 'Client claims the neighbor was combative.\n';
  await client.open(uri, text);
  assert.deepEqual(brief(await client.diagnostics(uri)), ['0:0-0:3 missing-field', '12:15-12:24 judgmental-language', '15:7-15:13 credibility-doubt', '15:31-15:40 judgmental-language']);
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.casewise');
  const fixed = applyEdits(text, actions[0].edit!.changes![uri] as TextEdit[]);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  assert.match(fixed, /^worker: $/m);
  assert.deepEqual(brief(await client.diagnostics(uri, (p) => p.version === 2)), ['7:0-7:6 missing-field']);
});

test('hover explains the rule under the cursor', async () => {
  const uri = 'file:///notes/hover.casenote';
  await client.open(uri, NOTE);
  await client.diagnostics(uri);
  const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 18 } });
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /\*\*Be objective\*\* · `judgmental-language`/);
  assert.match(value, /Describe what the person did and said, not a judgment of them\./);
  // Not the diagnostic's message, which the editor already shows above the hover.
  assert.doesNotMatch(value, /'Combative' records a judgment/);
  assert.match(value, /Instead, you could write: /);
  assert.match(value, /\[About this rule\]\(file:/);
  const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 2 } });
  assert.equal(nothing, null);
});

test('a configuration change re-lints open notes', async () => {
  const uri = 'file:///notes/config.casenote';
  await client.open(uri, NOTE);
  assert.equal((await client.diagnostics(uri)).length, 1);
  client.forget(uri);
  client.settings = { rules: { 'judgmental-language': 'off' } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  assert.deepEqual(await client.diagnostics(uri), []);
  client.forget(uri);
  client.settings = { rules: { 'judgmental-language': 'error' } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const ds = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  assert.equal(ds[0].severity, 1);
  client.settings = {};
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
});

test('closing a note clears its diagnostics', async () => {
  const uri = 'file:///notes/close.casenote';
  await client.open(uri, NOTE);
  assert.equal((await client.diagnostics(uri)).length, 1);
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(await client.diagnostics(uri, (p) => p.diagnostics.length === 0), []);
});

test('Markdown is checked only with Casewise front matter', async () => {
  const plain = 'file:///notes/readme.md';
  const note = 'file:///notes/visit.md';
  await client.open(plain, '# Readme\nThe build was combative.\n', 'markdown');
  await client.open(note, NOTE, 'markdown');
  assert.deepEqual(await client.diagnostics(plain), []);
  assert.deepEqual(brief(await client.diagnostics(note)), ['13:15-13:24 judgmental-language']);
});

test('the log holds counts and timings, never note text, even for a note full of identifiers', async () => {
  const uri = 'file:///notes/identifiers.casenote';
  await client.open(uri, noteOfEveryRow());
  const ds = await client.diagnostics(uri);
  assert.ok(ds.filter((d) => d.code === 'identifier').length >= 150);
  assert.ok(client.log.length > 0);
  const output = [...client.log, ...client.stderr].join('\n');
  assert.doesNotMatch(output, /combative|claims|Rivera/);
  for (const row of IDENTIFIER_ROWS) {
    if (row.value) assert.ok(!output.includes(row.value), `the log holds "${row.value}"`);
    assert.ok(!output.includes(row.line.slice(0, 30)), `the log holds note text: ${row.line}`);
  }
});

test('a client without workspace/configuration gets the defaults and pushed settings', async () => {
  const plain = await LspClient.start({});
  try {
    const uri = 'file:///notes/nopull.casenote';
    await plain.open(uri, NOTE);
    assert.deepEqual(brief(await plain.diagnostics(uri)), ['13:15-13:24 judgmental-language']);
    plain.forget(uri);
    await plain.connection.sendNotification('workspace/didChangeConfiguration', { settings: { casewise: { rules: { 'judgmental-language': 'off' } } } });
    assert.deepEqual(await plain.diagnostics(uri), []);
  } finally {
    await plain.stop();
  }
});

test('a note without "recorded:" is judged by the time it was opened', async () => {
  const uri = 'file:///notes/late.casenote';
  await client.open(uri, NOTE.replace('recorded: 2026-11-20 15:30\n', '').replace('date: 2026-11-20', 'date: 2020-01-06'));
  const ds = await client.diagnostics(uri);
  assert.deepEqual(brief(ds), ['2:6-2:16 late-entry', '12:15-12:24 judgmental-language']);
  assert.match(ds[0].message, /^The note has no "recorded:" time, and it was opened \d{4}-\d\d-\d\d \d\d:\d\d, \d+ days after the contact on 2020-01-06/);
});
