// The `casewise/caseloadReport` request that "Caseload Report" sends: the
// server reads the notes it is given (an open note's unsaved text first), with
// the settings for each, and answers the page for the webview.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { LspClient } from '../helpers/lspClient';
import { CASELOAD_REPORT_REQUEST, type CaseloadReportParams, type CaseloadReportResponse } from '../../server/src/reportProtocol';

const FOLDER = resolve(__dirname, '../fixtures/report');
const folderUri = pathToFileURL(FOLDER).href;

function notesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? notesIn(join(dir, f)) : [pathToFileURL(join(dir, f)).href]));
}

let client: LspClient;
before(async () => {
  client = await LspClient.start(undefined, { workspaceFolders: [{ uri: folderUri, name: 'report' }] });
});
after(() => client.stop());

const request = (params: Partial<CaseloadReportParams>): Promise<CaseloadReportResponse | null> =>
  client.connection.sendRequest(CASELOAD_REPORT_REQUEST, { files: notesIn(FOLDER), folders: [{ uri: folderUri, name: 'report' }], nonce: 'n0nce', ...params });

test('the report of the notes it is sent, for a webview: links carry the note and line', async () => {
  const r = (await request({ byWorker: true }))!;
  assert.equal(r.notes, 6);
  assert.equal(r.findings, 32);
  assert.match(r.html, /script-src 'nonce-n0nce'/);
  assert.match(r.html, /<script nonce="n0nce">/);
  assert.match(r.html, /<tr data-worker="L. Chen, LSW" data-notes="2"/);
  // Paths are relative to the workspace folder; links carry the note's URI and line for the extension to open.
  const link = /<a class="note" href="#" data-target="([^"]+)" data-line="(\d+)">rivera\/school-visit\.casenote/.exec(r.html);
  assert.ok(link, 'no link to school-visit');
  assert.equal(link[1], `${folderUri}/rivera/school-visit.casenote`);
  assert.equal(link[2], '8');
  assert.ok(!r.html.includes('10482') && !r.html.includes('Diaz'));
});

test("an open note's unsaved text is what the report reads, with the client's settings", async () => {
  const uri = `${folderUri}/no-worker.casenote`;
  await client.open(uri, '---\nformat: contact\n---\nThe client was combative and lazy.\n');
  await client.diagnostics(uri);
  client.settings = { rules: { 'missing-section': 'off' } };
  try {
    const r = (await request({ files: [uri] }))!;
    assert.equal(r.notes, 1);
    assert.deepEqual(
      [...r.html.matchAll(/data-rule="([^"]+)" data-count="(\d+)"/g)].map((m) => `${m[1]} ${m[2]}`),
      ['missing-field 5', 'judgmental-language 2'],
    );
  } finally {
    client.settings = {};
  }
});

test('files that are not notes are left out, and a malformed request gets null', async () => {
  const r = (await request({ files: [`${folderUri}/rivera/home-visit-1.casenote`, 'untitled:Untitled-1', pathToFileURL(resolve(__dirname, '../fixtures/cli/sub/readme.md')).href] }))!;
  assert.equal(r.notes, 1);
  assert.match(r.html, /1 Markdown file without Casewise front matter was left out/);
  assert.equal(await client.connection.sendRequest(CASELOAD_REPORT_REQUEST, { folders: [] }), null);
});
