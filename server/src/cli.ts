// The `casewise` command: wiring only. See DESIGN.md §6.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, ConfigResolver } from './cli/config';
import { decodeNote, expandPaths, languageOf, readNote } from './cli/files';
import { formatJson, formatText } from './cli/format';
import { EMPTY_METRICS, lintText, type FileResult } from './cli/lint';
import { REDACT_USAGE, runRedact } from './cli/redact';
import { REPORT_USAGE, runReport } from './cli/report';
import { formatSarif, sarifLint } from './cli/sarif';

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
  const results: FileResult[] = [];
  if (paths.includes('-')) {
    const decoded = decodeNote(readFileSync(0));
    results.push('error' in decoded ? { file: '<stdin>', diagnostics: [], metrics: EMPTY_METRICS, error: decoded.error } : lint('<stdin>', decoded.text, 'casenote', configs.settingsFor(undefined)));
  }
  let files: string[];
  try {
    files = await expandPaths(paths.filter((p) => p !== '-'));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  for (const file of files) {
    const read = readNote(file);
    results.push('error' in read ? { file, diagnostics: [], metrics: EMPTY_METRICS, error: read.error } : lint(file, read.text, languageOf(file), configs.settingsFor(file), { modified: read.modified }));
  }

  process.stdout.write(
    format === 'sarif' ? formatSarif(results, cwd, version()) : format === 'json' ? formatJson(results) : formatText(results, process.stdout.isTTY === true && !process.env.NO_COLOR),
  );
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length + results.filter((r) => r.error).length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (configs.hadProblems) return 2;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
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
