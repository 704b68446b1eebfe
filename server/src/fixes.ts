// The bridge between findings and the LSP: a finding becomes a Diagnostic that
// carries its own fixes in `data`, and code actions are read back from there
// alone, without re-running the analysis (DESIGN.md §4, STYLE.md principle 7).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { formatStamp } from './document/dates';
import { eolOf, type LineIndex } from './document/lines';
import type { RuledFinding } from './rules/types';

/** A fix as it travels in Diagnostic.data. */
export interface LspFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  /** A term to add to the workspace's allow list (through ALLOW_COMMAND) instead of editing the note. */
  allow?: string;
  /** The time written into the edits, to be replaced by the time the fix is applied. */
  stamp?: string;
}

export interface FixData {
  fixes: LspFix[];
}

export const FIX_ALL_KIND = 'source.fixAll.casewise';
export const ALLOW_COMMAND = 'casewise.allowInWorkspace';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

let docsRoot: string | undefined;

/** The rule's page in the docs shipped beside the program (works offline). */
export function docsUrl(rule: string): string {
  if (docsRoot === undefined) {
    let dir = __dirname;
    while (!existsSync(join(dir, 'docs', 'rules')) && dirname(dir) !== dir) dir = dirname(dir);
    docsRoot = join(dir, 'docs', 'rules');
  }
  return pathToFileURL(join(docsRoot, `${rule}.md`)).href;
}

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/**
 * Turns a finding into a Diagnostic with its fixes. `frontMatterEnd` is where
 * the front matter stops: no "ignore" comment is offered inside it, because an
 * HTML comment there would break the YAML.
 */
export function toDiagnostic(finding: RuledFinding, lines: LineIndex, frontMatterEnd: number): Diagnostic {
  const range = toRange(lines, finding.start, finding.end);
  const fixes: LspFix[] = finding.fixes.map((fix) => ({
    title: fix.title,
    preferred: fix.preferred,
    ...(fix.stamp !== undefined ? { stamp: fix.stamp } : {}),
    edits:
      fix.edits?.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) ??
      (fix.replace !== undefined ? [{ range, newText: fix.replace }] : []),
  }));
  if (finding.start >= frontMatterEnd) fixes.push(ignoreFix(finding, lines));
  if (finding.term) fixes.push({ title: `Allow "${finding.term}" in this workspace`, edits: [], allow: finding.term });
  return {
    range,
    severity: SEVERITY[finding.severity],
    source: 'casewise',
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    message: finding.message,
    data: { fixes } satisfies FixData,
  };
}

function ignoreFix(finding: RuledFinding, lines: LineIndex): LspFix {
  const line = lines.lineAt(finding.start);
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(lines.text.slice(start, lines.lineEnd(line)))![0];
  const at = { line, character: 0 };
  return {
    title: 'Ignore this occurrence',
    edits: [{ range: { start: at, end: at }, newText: `${indent}<!-- casewise-disable-next-line ${finding.rule} -->${eolOf(lines.text)}` }],
  };
}

function fixesOf(diagnostic: Diagnostic): LspFix[] {
  const data = diagnostic.data as Partial<FixData> | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

/** The edits of a fix, with a written time brought up to `now`. */
function editsAt(fix: LspFix, now: Date): TextEdit[] {
  if (!fix.stamp) return fix.edits;
  const current = formatStamp(now);
  return fix.edits.map((e) => ({ ...e, newText: e.newText.split(fix.stamp!).join(current) }));
}

/** The quick fixes of one Casewise diagnostic: a pure function of the diagnostic (and of the time, for fixes that write it). */
export function codeActionsFor(diagnostic: Diagnostic, uri: string, now: Date = new Date()): CodeAction[] {
  return fixesOf(diagnostic).map((fix) => ({
    title: fix.title,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    isPreferred: fix.preferred === true,
    ...(fix.allow !== undefined
      ? { command: { title: fix.title, command: ALLOW_COMMAND, arguments: [uri, fix.allow] } }
      : { edit: { changes: { [uri]: editsAt(fix, now) } } }),
  }));
}

/**
 * One action applying every diagnostic's preferred fix. Edits that overlap an
 * earlier one are left out, so the result never garbles text; running it again
 * picks up what was left.
 */
export function fixAllAction(diagnostics: readonly Diagnostic[], uri: string): CodeAction | undefined {
  const edits = diagnostics
    .flatMap((d) => fixesOf(d).find((f) => f.preferred)?.edits ?? [])
    .sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
  const kept: TextEdit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (last && compare(e.range.start, last.range.end) < 0) continue;
    if (last && isEmpty(e.range) && isEmpty(last.range) && compare(e.range.start, last.range.start) === 0 && e.newText === last.newText) continue;
    kept.push(e);
  }
  if (kept.length === 0) return undefined;
  return { title: 'Fix all Casewise problems that have a preferred fix', kind: FIX_ALL_KIND, edit: { changes: { [uri]: kept } } };
}

export function isCasewise(d: Diagnostic): boolean {
  return d.source === 'casewise';
}

function compare(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

function isEmpty(r: Range): boolean {
  return compare(r.start, r.end) === 0;
}
