// The `casewise` command: wiring only. See DESIGN.md §6.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { ConfigError, ConfigResolver } from './cli/config';
import { decodeNote, expandPaths, languageOf, readNote } from './cli/files';
import { createOutput } from './cli/output';
import { forgetTextMemos } from './document/memo';
import { EMPTY_METRICS, lintText, type FileResult } from './cli/lint';
import { REDACT_USAGE, runRedact } from './cli/redact';
import { REPORT_USAGE, runReport } from './cli/report';
import { sarifLint } from './cli/sarif';

const USAGE = `Usage: casewise lint [paths or globs…] [--format text|json|sarif] [--config FILE] [--max-warnings N]

Checks case notes (.casenote, and Markdown with Casewise front matter).
  paths          files, folders or globs; "-" reads one note from standard input; default "."
  --format       text (default), json, or sarif (SARIF 2.1.0, for code-scanning tools)
  --config FILE  a Casewise config file; default: the nearest .casewise.json above each note
  --max-warnings N  exit with 1 when there are more than N warnings

Exit status: 0 no errors, 1 errors (or too many warnings), 2 a usage or config problem.

${REDACT_USAGE}

${REPORT_USAGE}`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'redact') return runRedact(rest);
  if (command === 'report') return runReport(rest, version());
  if (command !== 'lint') throw new UsageError(`Unknown command "${command}".`);

  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be "text", "json" or "sarif", not "${format}".`);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings needs a whole number.');
  const configs = new ConfigResolver(values.config);

  const cwd = process.cwd();
  // SARIF needs each finding's preferred fix, which the JSON leaves out.
  const lint: typeof lintText = format === 'sarif' ? (file, text, language, settings, options) => sarifLint(file, text, language, settings, cwd, options) : lintText;
  const paths = positionals.length ? positionals : ['.'];
  // A run over thousands of notes makes much short-lived garbage and keeps little: V8's default lets the heap
  // grow to five times what is live (320 MB for 10,000 notes). Favouring size keeps it near 150 MB for
  // about 5% more time (issue 8: under 300 MB). V8 reads this flag at each collection, so setting it now works.
  setFlagsFromString('--optimize-for-size');
  // Each file's result is written as soon as it is ready and then let go (cli/output.ts).
  const output = createOutput(format, { color: format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR, cwd, version: version() });
  if (paths.includes('-')) {
    const decoded = decodeNote(readFileSync(0));
    output.add('error' in decoded ? { file: '<stdin>', diagnostics: [], metrics: EMPTY_METRICS, error: decoded.error } : lint('<stdin>', decoded.text, 'casenote', configs.settingsFor(undefined)));
  }
  let files: string[];
  try {
    files = await expandPaths(paths.filter((p) => p !== '-'));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  for (const [i, file] of files.entries()) {
    output.add(lintFile(file, lint, configs));
    // The per-block caches pay off while a note is edited; across thousands of different notes they only hold memory.
    if (i % 50 === 49) forgetTextMemos();
  }
  output.finish();
  if (configs.hadProblems) return 2;
  return output.errors > 0 || output.warnings > maxWarnings ? 1 : 0;
}

/** One file's result; a file that cannot be read, or a note the checker fails on, is an error in it, and the run goes on. */
function lintFile(file: string, lint: typeof lintText, configs: ConfigResolver): FileResult {
  const read = readNote(file);
  if ('error' in read) return { file, diagnostics: [], metrics: EMPTY_METRICS, error: read.error };
  try {
    return lint(file, read.text, languageOf(file), configs.settingsFor(file), { modified: read.modified });
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    // The stack names code, never note text.
    process.stderr.write(`casewise: checking ${file} failed: ${(e as Error).stack ?? String(e)}\n`);
    return { file, diagnostics: [], metrics: EMPTY_METRICS, error: 'could not be checked because of an internal error (details on standard error); please report it' };
  }
}

declare const CASEWISE_VERSION: string;
const version = () => (typeof CASEWISE_VERSION === 'string' ? CASEWISE_VERSION : 'development');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || e instanceof ConfigError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`casewise: ${(e as Error).message}\n${e instanceof UsageError || !(e instanceof ConfigError) ? '\n' + USAGE + '\n' : ''}`);
    } else {
      process.stderr.write(`casewise: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    }
    process.exitCode = 2;
  },
);
