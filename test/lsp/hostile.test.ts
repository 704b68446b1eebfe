// The built server over stdio, fed hostile notes and malformed requests: it
// answers every one, stays up, and still checks an ordinary note correctly
// afterwards (issue 8).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { anyText, hostileText, NASTY } from '../helpers/hostile';
import { LspClient } from '../helpers/lspClient';

const MB = 1 << 20;
const fill = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const ORDINARY = '---\nformat: contact\ndate: 2026-11-20\ntime: 14:00-14:50\nlocation: Office\nparticipants: J. D. (client)\nworker: A. Rivera\nrecorded: 2026-11-20 15:30\n---\n## Purpose\nRent.\n## Summary\nThe client was combative.\n## Plan\nCall.\n';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(() => client.stop());

/** The server is alive and right: an ordinary note still gets exactly its one finding. */
async function stillWorks(tag: string): Promise<void> {
  assert.equal(client.process.exitCode, null, `the server exited after ${tag}: ${client.stderr.join('')}`);
  // No lint failed and no rule threw along the way.
  assert.deepEqual(client.log.filter((l) => /not handled|could not check a note|rule failed/i.test(l)), [], `after ${tag}`);
  const uri = `file:///notes/ordinary-${tag.replace(/\W+/g, '-')}.casenote`;
  await client.open(uri, ORDINARY);
  const ds = await client.diagnostics(uri);
  assert.deepEqual(ds.map((d) => d.code), ['judgmental-language'], `after ${tag}`);
}

/** Opens `text`, waits for its diagnostics, and asks for hover, outline, folding and fix-all on it. */
async function openAndQuery(uri: string, text: string, timeoutMs = 15_000): Promise<Diagnostic[]> {
  await client.open(uri, text);
  const ds = await client.diagnostics(uri, () => true, timeoutMs);
  const textDocument = { uri };
  await client.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 0, character: 3 } });
  await client.connection.sendRequest('textDocument/documentSymbol', { textDocument });
  await client.connection.sendRequest('textDocument/foldingRange', { textDocument });
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: ds.slice(0, 20), only: ['source.fixAll'] },
  });
  assert.ok(Array.isArray(actions));
  return ds;
}

test('big and pathological notes are checked, and the server answers every request on them', async () => {
  const notes: [string, string][] = [
    ['a 1 MB single line', fill('Client was combative and claims he never drinks; pt hx. ')],
    ['10,000 headings', Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}`).join('\n')],
    ['10,000 turns', '## Interview\n' + Array.from({ length: 5_000 }, () => "Worker: You were scared, weren't you?\nClient: Yes.").join('\n')],
    ['unclosed front matter', '---\nformat: SOAP\n' + fill('a: b\n', 100_000)],
    ['a YAML bomb', '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n# Note'],
    ['deep YAML', '---\na: ' + '['.repeat(50_000) + '\n---\n# Note'],
    ['5,000 question marks', 'Worker: ' + '?'.repeat(5_000)],
    ['1 MB of quotes', fill('“')],
    ['NUL, lone surrogates and the rest', NASTY.join('\n').repeat(200)],
    ['CR line ends', fill('Client was lazy.\r', 200_000)],
  ];
  for (const [name, text] of notes) {
    const started = Date.now();
    await openAndQuery(`file:///notes/${name.replace(/\W+/g, '-')}.casenote`, text);
    assert.ok(Date.now() - started < 10_000, `${name} took ${Date.now() - started} ms`);
  }
  await stillWorks('big notes');
});

test('random hostile notes, opened and then edited at random places (even inside a surrogate pair or a CRLF)', async () => {
  const samples = fc.sample(fc.tuple(fc.oneof(hostileText, anyText), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 6 })), { numRuns: 40, seed: 11 });
  let n = 0;
  for (const [text, edits] of samples) {
    const uri = `file:///notes/random-${n++}.casenote`;
    await client.open(uri, text);
    await client.diagnostics(uri);
    let version = 1;
    for (const [line, character, length, newText] of edits) {
      const start = { line: line % 4, character: character % 40 };
      const end = { line: start.line, character: start.character + (length % 5) };
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start, end }, text: newText }] });
    }
    await client.diagnostics(uri, (p) => p.version === version);
  }
  await stillWorks('random notes');
});

test('malformed requests get an answer or an error, never a crash', async () => {
  const uri = 'file:///notes/malformed.casenote';
  await client.open(uri, ORDINARY);
  await client.diagnostics(uri);
  const bad: [string, unknown][] = [
    ['textDocument/hover', { textDocument: { uri: 'file:///never-opened.casenote' }, position: { line: 9, character: 9 } }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 1e9 } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ source: 'casewise', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'x', data: { fixes: 'not a list' } }, { source: 'casewise', data: null }] } }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///never-opened.casenote' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }],
    ['workspace/executeCommand', { command: 'casewise.allowInWorkspace', arguments: [42, null] }],
    ['workspace/executeCommand', { command: 'casewise.allowInWorkspace', arguments: ['untitled:Untitled-1', 'x'] }],
    ['casewise/interviewSummary', { uri: 7 }],
    ['casewise/redact', { uri: uri, text: null }],
    ['textDocument/documentSymbol', { textDocument: { uri: 'file:///never-opened.casenote' } }],
  ];
  for (const [method, params] of bad) {
    try {
      await client.connection.sendRequest(method, params);
    } catch {
      // An error response is an answer.
    }
  }
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.casenote', version: 2 }, contentChanges: [{ text: 'x' }] });
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.casenote' } });
  await stillWorks('malformed requests');
});
