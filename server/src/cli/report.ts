// `casewise report PATHS… --out report.html`: the caseload report, one
// self-contained HTML file for a supervisor or a quality review.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, isLintable, parse } from '../analyze';
import { aggregate, DEFAULT_REPORT_OPTIONS, type CaseloadReport, type ReportOptions } from '../report/aggregate';
import { reportHtml } from '../report/html';
import { maskShapes, summarizeNote, type NoteSummary } from '../report/summarize';
import { ConfigError, ConfigResolver } from './config';
import { expandPaths, languageOf, readNote } from './files';

export const REPORT_USAGE = `Usage: casewise report PATHS… [--out FILE] [--by worker] [--include-text] [--top N] [--config FILE]

Writes a caseload report: one HTML file with no outside links to load, to open offline or email.
It shows the findings per principle and per rule, the open-question share of each interview,
late entries and incomplete records, and the notes with the most findings.
  PATHS           notes, folders or globs (as for lint); default "."
  --out FILE      where to write the report; default: standard output
  --by worker     a table per worker, from the notes' "worker:" field, for supervision
  --include-text  also show the flagged words (identifiers and people's names stay masked);
                  without it the report holds rule names and counts only
  --top N         how many notes the "most findings" table lists (default 20)
  --config FILE   a Casewise config file; default: the nearest .casewise.json above each note

Exit status: 0 written, 1 a note could not be read (the report is still written), 2 a usage or config problem.`;

class ReportUsageError extends Error {}

/** Runs `casewise report`; returns the exit status. */
export async function runReport(args: string[], version: string): Promise<number> {
  try {
    return await report(args, version);
  } catch (e) {
    if (e instanceof ReportUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`casewise: ${(e as Error).message}\n\n${REPORT_USAGE}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`casewise: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function report(args: string[], version: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      by: { type: 'string' },
      'include-text': { type: 'boolean', default: false },
      top: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(REPORT_USAGE + '\n');
    return 0;
  }
  if (values.by !== undefined && values.by !== 'worker') throw new ReportUsageError(`--by can only be "worker", not "${values.by}".`);
  const top = values.top === undefined ? DEFAULT_REPORT_OPTIONS.top : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new ReportUsageError('--top needs a whole number of 1 or more.');
  if (positionals.includes('-')) throw new ReportUsageError('A report reads files, not standard input.');
  const options: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, byWorker: values.by === 'worker', includeText: values['include-text'] === true, top };
  const configs = new ConfigResolver(values.config);
  let files: string[];
  try {
    files = await expandPaths(positionals.length ? positionals : ['.']);
  } catch (e) {
    throw new ReportUsageError((e as Error).message);
  }
  const out = values.out && values.out !== '-' ? resolve(values.out) : undefined;
  const result = buildReport(files, configs, options, out ? dirname(out) : process.cwd());
  if (configs.hadProblems) return 2;
  const html = reportHtml(result, { nonce: randomBytes(16).toString('base64'), mode: 'file', generatedAt: new Date(), version });
  if (!out) {
    process.stdout.write(html);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, html);
    renameSync(tmp, out);
    process.stderr.write(`Wrote ${relative(process.cwd(), out) || out}: ${result.notes} note${result.notes === 1 ? '' : 's'}, ${result.findings} finding${result.findings === 1 ? '' : 's'}.\n`);
  }
  for (const u of result.unreadable) process.stderr.write(`${u.path}: ${u.error}\n`);
  return result.unreadable.length ? 1 : 0;
}

/** Reads, checks and summarizes each file; links point from `linkBase` (the report's folder) to the notes. */
function buildReport(files: readonly string[], configs: ConfigResolver, options: ReportOptions, linkBase: string): CaseloadReport {
  const summaries: NoteSummary[] = [];
  const unreadable: { path: string; error: string }[] = [];
  let skipped = 0;
  for (const file of files) {
    const read = readNote(file);
    if ('error' in read) {
      unreadable.push({ path: maskShapes(file), error: read.error });
      continue;
    }
    const settings = configs.settingsFor(file);
    const language = languageOf(file);
    const note = parse(read.text, settings);
    if (!isLintable(language, note, settings)) {
      if (language === 'markdown') skipped++;
      continue;
    }
    const findings = analyze(note, settings, { recordedFallback: { at: read.modified!, from: 'modified' } }) ?? [];
    const target = relative(linkBase, resolve(file)).split(sep).map(encodeURIComponent).join('/');
    summaries.push(summarizeNote(note, findings, settings, { path: file.split(sep).join('/'), target, modified: read.modified, includeText: options.includeText }));
  }
  return aggregate(summaries, unreadable, skipped, options);
}
