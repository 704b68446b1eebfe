// `casewise redact FILE… --out DIR`: writes redacted copies of notes. It never
// writes over a note it reads, and never over an existing file unless --force.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isLintable, parse } from '../analyze';
import { NAME_MODES, redactNote, type NameMode } from '../redact';
import { planTargets, RedactRefusal, type RedactTarget } from '../redactTargets';
import { ConfigError, ConfigResolver } from './config';
import { decodeNote, expandPaths, languageOf, readNote } from './files';

export const REDACT_USAGE = `Usage: casewise redact FILE… --out DIR [--names initials|roles|keep] [--force] [--config FILE]
       casewise redact - [--names …]        (one note from standard input to standard output)

Writes a copy of each note with every identifier replaced by "[redacted …]".
  FILE           notes, folders or globs; a folder gives the notes Casewise would check in it
  --out DIR      where the copies go, under the same relative paths (relative to the current
                 folder, or to the inputs' common folder when they are outside it)
  --names        the names listed in "participants": "initials" (A. R.), "roles" (the client),
                 or "keep" (default)
  --force        replace copies that already exist in DIR (an original is never replaced)
  --config FILE  a Casewise config file; default: the nearest .casewise.json above each note

Exit status: 0 done, 1 a note could not be read or written, 2 a usage or config problem
(nothing is written then).`;

class RedactUsageError extends Error {}
export { planTargets, RedactRefusal, type RedactTarget };

/** Runs `casewise redact`; returns the exit status. */
export async function runRedact(args: string[]): Promise<number> {
  try {
    return await redact(args);
  } catch (e) {
    if (e instanceof RedactUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`casewise: ${(e as Error).message}\n\n${REDACT_USAGE}\n`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof RedactRefusal) {
      process.stderr.write(`casewise: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function redact(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      names: { type: 'string', default: 'keep' },
      force: { type: 'boolean', default: false },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(REDACT_USAGE + '\n');
    return 0;
  }
  const names = values.names as NameMode;
  if (!NAME_MODES.includes(names)) throw new RedactUsageError(`--names must be "initials", "roles" or "keep", not "${values.names}".`);
  if (positionals.length === 0) throw new RedactUsageError('Name the notes to redact.');
  const configs = new ConfigResolver(values.config);

  if (positionals.includes('-')) {
    if (positionals.length > 1) throw new RedactUsageError('"-" (standard input) cannot be combined with files.');
    const decoded = decodeNote(readFileSync(0));
    if ('error' in decoded) {
      process.stderr.write(`casewise: <stdin> ${decoded.error}\n`);
      return 1;
    }
    process.stdout.write(redactNote(decoded.text, configs.settingsFor(undefined), { names }).text);
    return configs.hadProblems ? 2 : 0;
  }

  if (!values.out) throw new RedactUsageError('--out DIR is required: copies are never written over the notes.');
  if (existsSync(values.out) && !statSync(values.out).isDirectory()) throw new RedactUsageError(`--out "${values.out}" is a file, not a folder.`);
  const cwd = process.cwd();
  const inputs = await notesToRedact(positionals, resolve(cwd, values.out), configs);
  if (inputs.length === 0) throw new RedactUsageError('No notes were found to redact.');
  const targets = planTargets(inputs, values.out, cwd);
  const existing = targets.filter((t) => existsSync(t.output));
  if (existing.length > 0 && !values.force) {
    throw new RedactRefusal(`${existing.length === 1 ? 'A copy already exists' : `${existing.length} copies already exist`}: ${existing.map((t) => relative(cwd, t.output)).join(', ')}. Add --force to replace ${existing.length === 1 ? 'it' : 'them'}.`);
  }

  let failed = 0;
  for (const { input, output } of targets) {
    const read = readNote(input);
    if ('error' in read) {
      process.stderr.write(`${input}: ${read.error}\n`);
      failed++;
      continue;
    }
    const result = redactNote(read.text, configs.settingsFor(input), { names });
    try {
      mkdirSync(dirname(output), { recursive: true });
      // Written beside the target and renamed, so a copy is never left half-written.
      const tmp = `${output}.${process.pid}.tmp`;
      writeFileSync(tmp, result.text);
      renameSync(tmp, output);
    } catch (e) {
      process.stderr.write(`${input}: the copy could not be written to ${output} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      failed++;
      continue;
    }
    const counts = [`${result.identifiers} identifier${result.identifiers === 1 ? '' : 's'} redacted`];
    if (names !== 'keep') counts.push(`${result.names} name${result.names === 1 ? '' : 's'} replaced`);
    process.stdout.write(`${input} → ${relative(cwd, output) || output}: ${counts.join(', ')}\n`);
  }
  if (configs.hadProblems) return 2;
  return failed > 0 ? 1 : 0;
}

/**
 * The notes named on the command line. A file named outright is always
 * redacted; a folder or glob gives the notes Casewise would check, leaving out
 * anything already inside the output folder.
 */
async function notesToRedact(args: readonly string[], outDir: string, configs: ConfigResolver): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    let files: string[];
    try {
      files = await expandPaths([arg]);
    } catch (e) {
      throw new RedactUsageError((e as Error).message);
    }
    const named = files.length === 1 && files[0] === arg && existsSync(arg) && statSync(arg).isFile();
    for (const file of files) {
      if (named) {
        found.add(file);
        continue;
      }
      const abs = resolve(file);
      if (abs === outDir || abs.startsWith(outDir + sep)) continue;
      const read = readNote(file);
      // An unreadable file is kept, so that its error is reported.
      if ('error' in read) {
        found.add(file);
        continue;
      }
      const settings = configs.settingsFor(file);
      if (isLintable(languageOf(file), parse(read.text, settings), settings)) found.add(file);
    }
  }
  return [...found];
}
