// The `casewise/redact` request that "Export Redacted Copy" sends: the server
// redacts with the settings for the note's URI, and answers null for a file a
// folder export should skip.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from '../helpers/lspClient';
import { REDACT_REQUEST, type RedactParams, type RedactResponse } from '../../server/src/redactProtocol';

const NOTE = [
  '---',
  'format: contact',
  'participants: Rosa Diaz (mother); A. Rivera (caseworker)',
  '---',
  'Ms. Diaz gave her cell, (503) 555-0142, and her SSN 123-45-6789.',
  '',
].join('\n');

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(() => client.stop());

const redact = (params: RedactParams): Promise<RedactResponse | null> => client.connection.sendRequest(REDACT_REQUEST, params);

test('every identifier is redacted, and the names as asked; the note need not be open', async () => {
  assert.deepEqual(await redact({ uri: 'file:///notes/closed.casenote', text: NOTE, languageId: 'casenote', names: 'initials' }), {
    text: NOTE.replace('Rosa Diaz', 'R. D.').replace('A. Rivera', 'A. R.').replace('Ms. Diaz', 'Ms. D.').replace('(503) 555-0142', '[redacted phone]').replace('123-45-6789', '[redacted SSN]'),
    identifiers: 2,
    names: 3,
  });
  assert.equal((await redact({ uri: 'file:///notes/closed.casenote', text: NOTE, languageId: 'casenote' }))!.names, 0);
});

test('the rule settings do not limit a redacted copy: "identifier" off still redacts', async () => {
  client.settings = { rules: { identifier: 'off' }, identifiers: { kinds: ['email'] } };
  try {
    const copy = await redact({ uri: 'file:///notes/off.casenote', text: NOTE, languageId: 'casenote' });
    assert.equal(copy!.identifiers, 2);
  } finally {
    client.settings = {};
  }
});

test('with onlyIfChecked, Markdown without Casewise front matter is skipped, and a note named outright is not', async () => {
  const plain = 'Call 503-555-0142.\n';
  assert.equal(await redact({ uri: 'file:///notes/README.md', text: plain, languageId: 'markdown', onlyIfChecked: true }), null);
  assert.equal((await redact({ uri: 'file:///notes/README.md', text: plain, languageId: 'markdown' }))!.text, 'Call [redacted phone].\n');
  assert.equal((await redact({ uri: 'file:///notes/visit.md', text: NOTE, languageId: 'markdown', onlyIfChecked: true }))!.identifiers, 2);
});

test('a malformed request gets null, and an unknown names mode keeps the names', async () => {
  assert.equal(await client.connection.sendRequest(REDACT_REQUEST, { uri: 'file:///notes/x.casenote' }), null);
  assert.equal((await redact({ uri: 'file:///notes/x.casenote', text: NOTE, languageId: 'casenote', names: 'nicknames' as never }))!.names, 0);
});
