// `npm run bench`: Casewise against its peers on the same generated notes, in
// the same run. Prints a table (ms, MB/s, peak RSS, peer ÷ Casewise) and the
// language server's keystroke latency, and writes everything to
// .tmp/bench/results.json. A benchmark, not a test: it never fails on a timing.
//
//   node bench/run.mjs            10 KB, 100 KB and 1 MB, every tool
//   node bench/run.mjs --quick    10 KB, Casewise only (the CI smoke run)
//   node bench/run.mjs --no-harper
//   node bench/run.mjs --lsp      the keystroke table alone
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNote } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = join(ROOT, '.tmp', 'bench');
const quick = process.argv.includes('--quick');
const withHarper = !process.argv.includes('--no-harper');
// Only the language server's keystroke latency (the CLI table is skipped, and results.json is left alone).
const lspOnly = process.argv.includes('--lsp');
const SIZES = quick ? [10_000] : [10_000, 100_000, 1_000_000];
const RUNS = quick ? 1 : 3;

mkdirSync(OUT, { recursive: true });
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first.');
if (!quick && !existsSync(join(HERE, 'node_modules', 'alex'))) {
  console.log('Installing the peer linters into bench/node_modules …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', HERE], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install in bench/ failed');
}

const TOOLS = [
  { name: 'casewise', args: (file) => [join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', file] },
  ...(quick
    ? []
    : [
        { name: 'alex', args: (file) => [join(HERE, 'peer.mjs'), 'alex', file] },
        { name: 'write-good', args: (file) => [join(HERE, 'peer.mjs'), 'write-good', file] },
        ...(withHarper ? [{ name: 'harper.js', args: (file) => [join(HERE, 'peer.mjs'), 'harper', file], runs: 1 }] : []),
      ]),
];

/** One run of a tool in a fresh Node process: wall time and peak RSS. */
function runOnce(tool, file) {
  const rssFile = join(OUT, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, tool.args(file), {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NODE_OPTIONS: `--require ${join(HERE, 'rss.cjs')}`, CASEWISE_BENCH_RSS: rssFile, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && !(tool.name === 'casewise' && r.status === 1)) {
    throw new Error(`${tool.name} failed (status ${r.status}): ${r.stderr.slice(0, 500)}`);
  }
  const rssMB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { ms, rssMB };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

const results = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, cli: [], lsp: [] };

console.log(`\nCold lint through each tool's own entry point, a fresh process per run (median of ${RUNS}):\n`);
console.log('| size | tool | ms | MB/s | peak RSS (MB) | time ÷ Casewise |');
console.log('|---|---|---|---|---|---|');
for (const size of lspOnly ? [] : SIZES) {
  const file = join(OUT, `note-${size}.casenote`);
  writeFileSync(file, generateNote(size, size));
  let base;
  for (const tool of TOOLS) {
    const runs = Array.from({ length: tool.runs ?? RUNS }, () => runOnce(tool, file));
    const ms = median(runs.map((r) => r.ms));
    const rssMB = Math.max(...runs.map((r) => r.rssMB));
    if (tool.name === 'casewise') base = ms;
    const row = { size, tool: tool.name, ms, mbPerS: size / 1e6 / (ms / 1000), rssMB, ratio: ms / base };
    results.cli.push(row);
    console.log(`| ${label(size)} | ${tool.name} | ${fmt(ms)} | ${fmt(row.mbPerS, 2)} | ${fmt(rssMB)} | ${tool.name === 'casewise' ? '1' : `${fmt(row.ratio, 1)}×`} |`);
  }
}

const cw = results.cli.filter((r) => r.tool === 'casewise');
if (cw.length > 1) {
  const perByte = cw.map((r) => r.ms / r.size);
  console.log(`\nScaling (time per byte, largest ÷ smallest size): ${fmt(perByte.at(-1) / perByte[0], 2)}`);
}

console.log('\nKeystroke to diagnostics in the language server (typing in the middle of the note, no debounce):\n');
console.log('| size | first diagnostics (ms) | keystrokes | p50 (ms) | p95 (ms) | server RSS (MB) |');
console.log('|---|---|---|---|---|---|');
for (const size of quick ? [10_000] : [100_000, 1_000_000]) {
  const row = await keystrokes(size, quick ? 20 : 100);
  results.lsp.push(row);
  console.log(`| ${label(size)} | ${fmt(row.firstMs)} | ${row.keystrokes} | ${fmt(row.p50, 1)} | ${fmt(row.p95, 1)} | ${fmt(row.rssMB)} |`);
}

if (!lspOnly) {
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nResults: ${join(OUT, 'results.json')}`);
}

function label(size) {
  return size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`;
}

/** Drives dist/server.js over stdio like an editor: open a note, type, time each publishDiagnostics. */
async function keystrokes(size, count) {
  const text = generateNote(size, size + 7);
  const server = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS?.split(' ') ?? []), join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  const waiting = new Map();
  let published;
  server.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())[1]);
      if (buffer.length < head + 4 + length) return;
      const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
      buffer = buffer.subarray(head + 4 + length);
      if (msg.id !== undefined && waiting.has(msg.id) && msg.method === undefined) {
        waiting.get(msg.id)(msg.result);
        waiting.delete(msg.id);
      } else if (msg.method === 'workspace/configuration') {
        send({ jsonrpc: '2.0', id: msg.id, result: msg.params.items.map(() => ({})) });
      } else if (msg.id !== undefined && msg.method) {
        send({ jsonrpc: '2.0', id: msg.id, result: null });
      } else if (msg.method === 'textDocument/publishDiagnostics') {
        published?.(msg.params);
      }
    }
  });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify(msg));
    server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    server.stdin.write(body);
  };
  let nextId = 1;
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      send({ jsonrpc: '2.0', id, method, params });
    });
  const diagnosticsFor = (version) =>
    new Promise((resolve) => {
      published = (p) => {
        if (p.version === version) resolve(p);
      };
    });

  await request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const uri = 'file:///bench/note.casenote';
  let t = performance.now();
  let ready = diagnosticsFor(1);
  send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'casenote', version: 1, text } } });
  await ready;
  const firstMs = performance.now() - t;

  // Type a sentence into the middle of a paragraph near the middle of the note.
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (!/^[A-Z][a-z]/.test(lines[line])) line++;
  let character = Math.floor(lines[line].length / 2);
  const typed = ' The client arrived at ten and sat down.';
  const times = [];
  for (let i = 0; i < count; i++) {
    const version = i + 2;
    const ch = typed[i % typed.length];
    ready = diagnosticsFor(version);
    t = performance.now();
    send({
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }] },
    });
    await ready;
    times.push(performance.now() - t);
    character++;
  }
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const rssMB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  await request('shutdown', null);
  send({ jsonrpc: '2.0', method: 'exit' });
  // Time to write a profile (BENCH_SERVER_ARGS="--cpu-prof") before the process is stopped.
  if (process.env.BENCH_SERVER_ARGS) await new Promise((r) => setTimeout(r, 3000));
  server.kill();
  times.sort((a, b) => a - b);
  return { size, firstMs, keystrokes: count, p50: times[Math.floor(count * 0.5)], p95: times[Math.floor(count * 0.95)], rssMB };
}
