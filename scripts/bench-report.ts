// `npm run bench:report [-- --notes 10000]`: the caseload report and SARIF on a
// generated caseload, timed. A benchmark, not a test: it prints timings and
// fails only if a command fails or an identifier reaches the report.
//   --notes N     how many notes (default 10000)
//   --html FILE   keep the report there (default .tmp/bench/caseload-report.html)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CASELOAD_REPORT_REQUEST, type CaseloadReportResponse } from '../server/src/reportProtocol';
import { generateCaseload } from '../test/helpers/caseload';
import { LspClient } from '../test/helpers/lspClient';

const ROOT = resolve(__dirname, '..');
const { values } = parseArgs({ options: { notes: { type: 'string', default: '10000' }, html: { type: 'string', default: join(ROOT, '.tmp', 'bench', 'caseload-report.html') } } });
const count = Number(values.notes);
const html = resolve(values.html!);
mkdirSync(resolve(html, '..'), { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'casewise-caseload-'));

/** Runs the CLI under /usr/bin/time when it is there, for the peak memory. */
function timed(label: string, args: string[], stdout?: string): number {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? ['/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, join(ROOT, 'dist', 'cli.js'), ...args]] as const : [process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args]] as const;
  const started = process.hrtime.bigint();
  const r = spawnSync(command[0], command[1], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} exited with ${r.status}: ${r.stderr}`);
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr)?.[1];
  console.log(
    `${label.padEnd(36)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(ms / count).toFixed(2)} ms/note${rss ? `  peak RSS ${Math.round(Number(rss) / 1024)} MB` : ''}${stdout ? `  ${(r.stdout.length / 1e6).toFixed(1)} MB out` : ''}`,
  );
  return ms;
}

/** The editor's path: the `casewise/caseloadReport` request to the language server over stdio. */
async function timedServer(files: string[]): Promise<void> {
  const folder = pathToFileURL(dir).href;
  const client = await LspClient.start(undefined, { workspaceFolders: [{ uri: folder, name: 'caseload' }] });
  try {
    const started = process.hrtime.bigint();
    const r = await client.connection.sendRequest<CaseloadReportResponse>(CASELOAD_REPORT_REQUEST, { files: files.map((f) => pathToFileURL(f).href), folders: [{ uri: folder, name: 'caseload' }], byWorker: true, nonce: 'bench' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${'casewise/caseloadReport (server)'.padEnd(36)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(ms / count).toFixed(2)} ms/note  ${r.notes} notes`);
  } finally {
    await client.stop();
  }
}

async function main() {
  const started = Date.now();
  const { files, identifiers } = generateCaseload(dir, count);
  console.log(`Generated ${count} notes in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  timed(`casewise report --by worker`, ['report', '.', '--by', 'worker', '--out', html]);
  timed(`casewise report --include-text`, ['report', '.', '--include-text', '--out', join(dir, 'with-text.html')]);
  timed(`casewise lint --format sarif`, ['lint', '.', '--format', 'sarif'], 'sarif');
  timed(`casewise lint --format json`, ['lint', '.', '--format', 'json'], 'json');
  const page = readFileSync(html, 'utf8');
  const withText = readFileSync(join(dir, 'with-text.html'), 'utf8');
  const leaked = identifiers.filter((id) => id.length >= 7 && (page.includes(id) || withText.includes(id)));
  console.log(`Report: ${(statSync(html).size / 1e3).toFixed(0)} KB at ${html}; identifiers found in it: ${leaked.length}`);
  if (leaked.length) process.exitCode = 1;
  await timedServer(files);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
