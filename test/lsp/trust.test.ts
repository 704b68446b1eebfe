// Workspace trust over stdio: with `initializationOptions.workspaceTrusted`
// false (as the VS Code client sends it in an untrusted workspace), the
// server does not apply .casewise.json, whose allow lists could hide
// findings, and says so; redaction follows the same settings. Clients that say
// nothing (Neovim, Emacs) are trusted.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';
import { REDACT_REQUEST, type RedactResponse } from '../../server/src/redactProtocol';

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
  'The client was combative at first. He was given the agency line, (503) 555-0100.',
  '## Plan',
  'Worker will call again on 2026-11-24.',
  '',
].join('\n');

const CONFIG = JSON.stringify({ allow: ['combative'], 'identifiers.allow': ['(503) 555-0100'] }, null, 2) + '\n';
const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`);

let dir: string;
let note: string;
let config: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'casewise-trust-'));
  config = join(dir, '.casewise.json');
  writeFileSync(config, CONFIG);
  note = pathToFileURL(join(dir, 'visit.casenote')).href;
});

let trusted: LspClient;
let untrusted: LspClient;
before(async () => {
  [trusted, untrusted] = await Promise.all([LspClient.start(), LspClient.start(undefined, { initializationOptions: { workspaceTrusted: false } })]);
});
after(() => Promise.all([trusted.stop(), untrusted.stop()]));

test('in a trusted workspace (or a client that says nothing) the allow lists of .casewise.json apply', async () => {
  await trusted.open(note, NOTE);
  assert.deepEqual(brief(await trusted.diagnostics(note)), []);
  const copy: RedactResponse = await trusted.connection.sendRequest(REDACT_REQUEST, { uri: note, text: NOTE, languageId: 'casenote' });
  assert.equal(copy.text, NOTE);
  assert.doesNotMatch(trusted.log.join('\n'), /not trusted/);
});

test('in an untrusted workspace .casewise.json is not applied: its allowed word and number are flagged again', async () => {
  await untrusted.open(note, NOTE);
  assert.deepEqual(brief(await untrusted.diagnostics(note)), ['13:15-13:24 judgmental-language', '13:65-13:79 identifier']);
});

test('a notice, and a diagnostic on the file itself, say that .casewise.json is not applied', async () => {
  await untrusted.diagnostics(note);
  const notices = untrusted.log.filter((m) => /not trusted/.test(m));
  assert.deepEqual(notices, [`Casewise is not applying ${config}, because this workspace is not trusted. Notes are checked with the built-in rules and your own settings.`]);
  const onFile = await untrusted.diagnostics(pathToFileURL(config).href);
  assert.deepEqual(
    onFile.map((d) => [brief([d])[0], d.severity, d.message]),
    [['0:0-0:0 undefined', 3, 'This workspace is not trusted, so Casewise does not apply this file: notes are checked with the built-in rules and your own settings. Trust the workspace to use it.']],
  );
});

test('an untrusted redaction removes the number the workspace file would have kept', async () => {
  const copy: RedactResponse = await untrusted.connection.sendRequest(REDACT_REQUEST, { uri: note, text: NOTE, languageId: 'casenote' });
  assert.equal(copy.text, NOTE.replace('(503) 555-0100', '[redacted phone]'));
  assert.equal(copy.identifiers, 1);
});

test('"Allow in this workspace" does not write .casewise.json in an untrusted workspace, and says why', async () => {
  await untrusted.connection.sendRequest('workspace/executeCommand', { command: 'casewise.allowInWorkspace', arguments: [note, 'claims'] });
  assert.equal(readFileSync(config, 'utf8'), CONFIG);
  assert.ok(untrusted.log.includes('This workspace is not trusted, so Casewise does not apply .casewise.json; "claims" was not added. Trust the workspace first.'), untrusted.log.join('\n'));
});

test('a new, unsaved note follows the .casewise.json of the first workspace folder', async () => {
  const client = await LspClient.start(undefined, { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'notes' }] });
  try {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, NOTE);
    assert.deepEqual(brief(await client.diagnostics(untitled)), []);
  } finally {
    await client.stop();
  }
});
