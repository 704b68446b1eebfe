// The privacy guarantees of ISSUE 6, each a test that fails if it is broken:
// no network code in our sources, no telemetry packages, and the built CLI and
// server still work when every network function of Node throws. (That the
// server's log holds no note text is tested in test/lsp/server.test.ts; that a
// redacted copy holds no identifier, in redact.test.ts.) Run `npm run build` first.
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { IDENTIFIER_ROWS, noteOfEveryRow } from '../helpers/identifiers';
import { LspClient, SERVER } from '../helpers/lspClient';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const PRELOAD = join(ROOT, 'test/helpers/no-network.cjs');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('no source file of the client, server or CLI imports a network module or calls a network API', () => {
  const files = [...sources('server/src'), ...sources('client/src')];
  assert.ok(files.length > 20);
  const NETWORK_MODULE = /(?:from|require\(|import\()\s*['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises|undici|ws|axios|node-fetch|got|request)['"]/;
  const NETWORK_CALL = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource)\b|\b(?:https?|net|tls|dns|dgram)\.(?:request|get|connect|createConnection|lookup|resolve\w*|createSocket)\s*\(/;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, NETWORK_MODULE, `${file} imports a network module`);
    assert.doesNotMatch(text, NETWORK_CALL, `${file} calls a network API`);
    assert.doesNotMatch(text, /telemetry|applicationinsights/i, `${file} mentions telemetry`);
  }
});

test('no telemetry or analytics package is a dependency', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  for (const name of names) assert.doesNotMatch(name, /telemetry|analytics|applicationinsights|sentry|segment|mixpanel|posthog|amplitude|bugsnag|rollbar/i, name);
});

function networkLog(): string {
  return join(mkdtempSync(join(tmpdir(), 'casewise-net-')), 'attempts.log');
}
const attempts = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8') : '');

function runOffline(args: string[], cwd: string, log: string, input?: string) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  return spawnSync(process.execPath, ['--require', PRELOAD, CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CASEWISE_NETWORK_LOG: log },
  });
}

test('the no-network preload really blocks sockets, DNS and HTTP (so the tests below mean something)', () => {
  const log = networkLog();
  for (const code of [
    "require('node:http').get('http://127.0.0.1:9/')",
    "require('node:https').request('https://example.com/')",
    "require('node:dns').lookup('example.com', () => {})",
    "require('node:net').connect(9, '127.0.0.1')",
    "new (require('node:net').Socket)().connect(9, '127.0.0.1')",
    "fetch('http://127.0.0.1:9/')",
  ]) {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', code], { encoding: 'utf8', env: { ...process.env, CASEWISE_NETWORK_LOG: log } });
    assert.notEqual(r.status, 0, code);
    assert.match(r.stderr, /network use is blocked/, code);
  }
  assert.equal(attempts(log).trim().split('\n').length, 6);
});

test('the CLI lints and redacts real notes with every network function throwing', () => {
  const log = networkLog();
  const dir = mkdtempSync(join(tmpdir(), 'casewise-offline-'));
  writeFileSync(join(dir, 'identifiers.casenote'), noteOfEveryRow());
  const lint = runOffline(['lint', '--format', 'json', 'identifiers.casenote', join(ROOT, 'test/fixtures/cli')], dir, log);
  assert.equal(lint.stderr, '');
  const results = JSON.parse(lint.stdout) as { file: string; diagnostics: { rule: string }[] }[];
  assert.ok(results.length > 3);
  assert.ok(results.find((r) => r.file === 'identifiers.casenote')!.diagnostics.filter((d) => d.rule === 'identifier').length >= 150);
  const redact = runOffline(['redact', 'identifiers.casenote', '--out', 'shared', '--names', 'roles'], dir, log);
  assert.equal(redact.status, 0, redact.stderr);
  const copy = readFileSync(join(dir, 'shared', 'identifiers.casenote'), 'utf8');
  for (const row of IDENTIFIER_ROWS) if (row.value) assert.ok(!copy.includes(row.value), row.value);
  assert.equal(runOffline(['redact', '-'], dir, log, 'SSN 123-45-6789\n').stdout, 'SSN [redacted SSN]\n');
  assert.equal(attempts(log), '', 'the CLI tried to use the network');
});

test('the language server over stdio lints a note full of identifiers with every network function throwing', async () => {
  const log = networkLog();
  const client = await LspClient.start(undefined, { nodeArgs: ['--require', PRELOAD], env: { ...process.env, CASEWISE_NETWORK_LOG: log } });
  try {
    const uri = 'file:///notes/offline.casenote';
    await client.open(uri, noteOfEveryRow());
    const ds = await client.diagnostics(uri);
    assert.ok(ds.filter((d) => d.code === 'identifier').length >= 150);
  } finally {
    await client.stop();
  }
  assert.equal(attempts(log), '', 'the server tried to use the network');
});

test('the language server over node IPC (as VS Code starts it) works with every network function throwing', async () => {
  const log = networkLog();
  const child = fork(SERVER, ['--node-ipc'], { execArgv: ['--require', PRELOAD], env: { ...process.env, CASEWISE_NETWORK_LOG: log }, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  try {
    const published = new Promise<PublishDiagnosticsParams>((done) => connection.onNotification('textDocument/publishDiagnostics', done));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///notes/ipc.casenote', languageId: 'casenote', version: 1, text: 'Client gave SSN 123-45-6789.\n' },
    });
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.filter((d) => d.code === 'identifier').map((d) => d.range.start.character), [16]);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
    child.kill();
  }
  assert.equal(attempts(log), '', 'the server tried to use the network');
});
