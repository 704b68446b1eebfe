// The team's .casewise.json: read leniently, so that one mistake in it is
// reported once, in plain words, at its place, and everything valid still applies.
import { applyEdits, findNodeAtLocation, modify, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalize, SETTING_SPECS } from './settings';

export const CONFIG_FILE = '.casewise.json';

/** A problem in the config file, at an offset into its text. */
export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

export interface WorkspaceConfig {
  /** The valid settings in the file, ready to layer over the others. */
  raw: Record<string, unknown>;
  problems: ConfigProblem[];
  /** True when the file is not JSON at all, so nothing in it could be used. */
  unreadable: boolean;
  /** The file's text, for placing the problems. */
  text: string;
}

const KNOWN = new Set<string>(['$schema', ...SETTING_SPECS.map((s) => s.key)]);

export function parseWorkspaceConfig(text: string): WorkspaceConfig {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = [];
  if (errors.length > 0) {
    const e = errors[0];
    problems.push({
      message: `Casewise could not read this file past this point (${plainJsonError(printParseErrorCode(e.error))}). Settings before it still apply.`,
      start: e.offset,
      end: e.offset + Math.max(1, e.length),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (errors.length === 0) problems.push({ message: 'This file should hold one JSON object, such as { "allow": ["Deaf"] }.', start: 0, end: text.length });
    return { raw: {}, problems, unreadable: true, text };
  }
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const locate = (path: (string | number)[], message: string): ConfigProblem => {
    const node = tree && findNodeAtLocation(tree, path);
    const target = node?.parent?.type === 'property' ? node.parent : node;
    return target ? { message, start: target.offset, end: target.offset + target.length } : { message, start: 0, end: 1 };
  };
  const raw: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (KNOWN.has(key)) raw[key] = v;
    else problems.push(locate([key], `"${key}" is not a Casewise setting, so it is ignored. Known settings: ${[...KNOWN].filter((k) => k !== '$schema').join(', ')}.`));
  }
  const { problems: invalid } = normalize(raw);
  for (const p of invalid) problems.push(locate(p.path, p.message));
  return { raw, problems, unreadable: false, text };
}

function plainJsonError(code: string): string {
  switch (code) {
    case 'CommaExpected':
      return 'a comma is missing';
    case 'CloseBraceExpected':
      return 'a closing } is missing';
    case 'CloseBracketExpected':
      return 'a closing ] is missing';
    case 'ColonExpected':
      return 'a colon is missing';
    case 'PropertyNameExpected':
      return 'a setting name in double quotes was expected';
    case 'ValueExpected':
      return 'a value was expected';
    case 'UnexpectedEndOfString':
      return 'a closing quote is missing';
    default:
      return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }
}

/** The nearest .casewise.json at or above `dir`, as the server and the CLI both look for it. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** Reads and parses a config file; a file that cannot be read is reported like one that cannot be parsed. */
export function loadConfigFile(path: string): WorkspaceConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { raw: {}, unreadable: true, text: '', problems: [{ message: code === 'ENOENT' ? 'The file does not exist.' : `The file could not be read (${code}).`, start: 0, end: 0 }] };
  }
  return parseWorkspaceConfig(text);
}

/**
 * Adds a term to the `allow` list of the config file at `path`, creating the
 * file if needed and keeping the rest of it (comments, order, spacing) as it
 * was. Returns false when the term was already allowed.
 */
export function allowInConfigFile(path: string, term: string): boolean {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '{}\n';
  const current: unknown = parse(text, [], { allowTrailingComma: true });
  const allow = (current as { allow?: unknown } | undefined)?.allow;
  if (Array.isArray(allow) && allow.some((a) => typeof a === 'string' && a.toLowerCase() === term.toLowerCase())) return false;
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  const edits = Array.isArray(allow)
    ? modify(text, ['allow', -1], term, { isArrayInsertion: true, formattingOptions })
    : modify(text, ['allow'], [term], { formattingOptions });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, applyEdits(text, edits));
  renameSync(tmp, path);
  return true;
}
