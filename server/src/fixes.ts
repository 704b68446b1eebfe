// The bridge between findings and the LSP: a finding becomes a Diagnostic that
// carries its own fixes in `data`, and code actions are read back from there
// alone, without re-running the analysis (DESIGN.md §4, STYLE.md principle 7).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { formatStamp } from './document/dates';
import { eolOf, LineIndex } from './document/lines';
import type { RuledFinding } from './rules/types';

/** A fix as code actions use it: its edits in full. */
export interface LspFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  /** A term to add to the workspace's allow list (through ALLOW_COMMAND) instead of editing the note. */
  allow?: string;
  /** The time written into the edits, to be replaced by the time the fix is applied. */
  stamp?: string;
}

/**
 * A fix as it travels in Diagnostic.data. The commonest fix replaces the
 * diagnostic's own range, and then only its text travels (`replace`): a big
 * note has thousands of diagnostics, and each one is sent again on every
 * keystroke (ISSUE 7: 3.6 MB a keystroke for a 1 MB note, before this).
 */
export interface WireFix {
  title: string;
  preferred?: boolean;
  stamp?: string;
  edits?: TextEdit[];
  /** The text that replaces the diagnostic's range. */
  replace?: string;
}

export interface FixData {
  fixes: WireFix[];
  /** "Ignore this occurrence": the line to insert above the diagnostic's line. */
  ignore?: string;
  /** "Allow … in this workspace": the term. */
  allow?: string;
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
  // Made once per rule: every diagnostic carries one, and a big note has thousands.
  let url = docsUrls.get(rule);
  if (url === undefined) docsUrls.set(rule, (url = pathToFileURL(join(docsRoot, `${rule}.md`)).href));
  return url;
}

const docsUrls = new Map<string, string>();

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
  const data: FixData = {
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      ...(fix.preferred !== undefined ? { preferred: fix.preferred } : {}),
      ...(fix.stamp !== undefined ? { stamp: fix.stamp } : {}),
      ...(fix.edits
        ? { edits: fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) }
        : fix.replace !== undefined
          ? { replace: fix.replace }
          : { edits: [] }),
    })),
  };
  if (finding.start >= frontMatterEnd) data.ignore = ignoreLine(finding, lines);
  if (finding.term) data.allow = finding.term;
  return {
    range,
    severity: SEVERITY[finding.severity],
    source: 'casewise',
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    message: finding.message,
    data,
  };
}

/** The comment line that makes Casewise skip the finding's line, indented like it. */
function ignoreLine(finding: RuledFinding, lines: LineIndex): string {
  const line = lines.lineAt(finding.start);
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(lines.text.slice(start, lines.lineEnd(line)))![0];
  return `${indent}<!-- casewise-disable-next-line ${finding.rule} -->${eolOf(lines.text)}`;
}

/** A Casewise diagnostic's fixes, in full: its own, then "Ignore this occurrence", then "Allow … in this workspace". */
export function fixesOf(diagnostic: Diagnostic): LspFix[] {
  const data = diagnostic.data as Partial<FixData> | undefined;
  if (!Array.isArray(data?.fixes)) return [];
  const out: LspFix[] = data.fixes.map((f) => ({
    title: f.title,
    ...(f.preferred !== undefined ? { preferred: f.preferred } : {}),
    ...(f.stamp !== undefined ? { stamp: f.stamp } : {}),
    edits: f.edits ?? (typeof f.replace === 'string' ? [{ range: diagnostic.range, newText: f.replace }] : []),
  }));
  if (typeof data.ignore === 'string') {
    const at = { line: diagnostic.range.start.line, character: 0 };
    out.push({ title: 'Ignore this occurrence', edits: [{ range: { start: at, end: at }, newText: data.ignore }] });
  }
  if (typeof data.allow === 'string') out.push({ title: `Allow "${data.allow}" in this workspace`, edits: [], allow: data.allow });
  return out;
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
 * One action applying every diagnostic's preferred fix. A fix is applied whole
 * or not at all: one whose edits would overlap a fix already taken is left
 * out, so the result never garbles text. Of two overlapping fixes, the one
 * that starts first wins, and at the same start the wider one, because it
 * rewrites what the narrower one would ("in order to get attention" as a
 * whole, not its "in order to"): so applying fix-all a second time finds
 * nothing more to do.
 */
export function fixAllAction(diagnostics: readonly Diagnostic[], uri: string): CodeAction | undefined {
  const fixes = diagnostics
    .flatMap((d) => {
      const fix = fixesOf(d).find((f) => f.preferred);
      return fix && fix.edits.length > 0 ? [[...fix.edits].sort(byRange)] : [];
    })
    .sort((a, b) => compare(a[0].range.start, b[0].range.start) || compare(b[b.length - 1].range.end, a[a.length - 1].range.end));
  const kept: TextEdit[] = [];
  for (const edits of fixes) {
    if (edits.some((e) => clashes(kept, e))) continue;
    for (const e of edits) kept.splice(insertionPoint(kept, e), 0, e);
  }
  if (kept.length === 0) return undefined;
  return { title: 'Fix all Casewise problems that have a preferred fix', kind: FIX_ALL_KIND, edit: { changes: { [uri]: kept } } };
}

const byRange = (a: TextEdit, b: TextEdit) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end);

/** Where `e` goes in `kept` (sorted, inserts before a replacement that starts at the same place). */
function insertionPoint(kept: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byRange(kept[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last edit in `kept` that starts before `pos` (or at it, with `inclusive`); -1 when none does. */
function lastStartingBefore(kept: readonly TextEdit[], pos: Range['start'], inclusive: boolean): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(kept[mid].range.start, pos);
    if (c < 0 || (inclusive && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Whether `e` cannot go with the edits in `kept` (sorted, never overlapping):
 * it overlaps a replaced range, an insert falls strictly inside one, or the
 * same text is inserted at the same place twice. Edits that only touch are
 * fine, and so are different inserts at one place (the missing fields, one
 * after another). Only the kept edits next to `e` are looked at.
 */
function clashes(kept: readonly TextEdit[], e: TextEdit): boolean {
  const { start: s, end: t } = e.range;
  const insert = isEmpty(e.range);
  for (let i = lastStartingBefore(kept, insert ? s : t, insert); i >= 0; i--) {
    const k = kept[i];
    const startsBefore = compare(k.range.start, s) < 0;
    if (startsBefore) return !isEmpty(k.range) && compare(s, k.range.end) < 0;
    // k starts at s, or (for a replacement e) inside it.
    if (isEmpty(k.range)) {
      if (compare(k.range.start, s) > 0) return true;
      if (insert && k.newText === e.newText) return true;
    } else if (!insert) {
      return true;
    }
  }
  return false;
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

/** The most passes fix-all makes before it settles for what it has. */
const MAX_PASSES = 10;

/** A piece of the text as fix-all rewrites it: a stretch of the original, or text a fix wrote. */
type Piece = { from: number; to: number } | { text: string };

/**
 * Fix-all to a fixed point: applies every preferred fix (fixAllAction), checks
 * the result again with `lint`, and repeats until nothing is left to fix, a
 * text comes back, or MAX_PASSES is reached. So running it a second time finds
 * nothing more to do, even where one fix's text holds another finding (a
 * question rewritten as "Tell me about the c/o.", whose "c/o" the next pass
 * expands), as ESLint's --fix does. `first` are the diagnostics of `text`
 * when they are at hand. Returns the edits from `text` to the final text, one
 * per changed stretch, so the rest of the note (and the cursor) stays put.
 */
export function fixAllEdits(text: string, lint: (text: string) => readonly Diagnostic[], first?: readonly Diagnostic[]): TextEdit[] {
  let current = text;
  let pieces: Piece[] = [{ from: 0, to: text.length }];
  const seen = new Set([text]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const action = fixAllAction(pass === 0 && first ? first : lint(current), 'file:///fix-all');
    if (!action) break;
    const lines = new LineIndex(current);
    const edits = action.edit!.changes!['file:///fix-all'].map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }));
    let next = '';
    const nextPieces: Piece[] = [];
    let at = 0;
    for (const e of edits) {
      next += current.slice(at, e.start) + e.text;
      nextPieces.push(...slicePieces(pieces, at, e.start), { text: e.text });
      at = e.end;
    }
    next += current.slice(at);
    nextPieces.push(...slicePieces(pieces, at, current.length));
    if (seen.has(next)) break;
    seen.add(next);
    current = next;
    pieces = nextPieces;
  }
  return piecesToEdits(text, pieces);
}

/** The pieces that make up current[from, to). */
function slicePieces(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (const p of pieces) {
    const length = 'text' in p ? p.text.length : p.to - p.from;
    const s = Math.max(from, pos);
    const e = Math.min(to, pos + length);
    if (s < e) out.push('text' in p ? { text: p.text.slice(s - pos, e - pos) } : { from: p.from + s - pos, to: p.from + e - pos });
    pos += length;
    if (pos >= to) break;
  }
  return out;
}

/** Edits that turn `original` into the text the pieces spell: each gap between kept stretches becomes one edit. */
function piecesToEdits(original: string, pieces: readonly Piece[]): TextEdit[] {
  const lines = new LineIndex(original);
  const edits: TextEdit[] = [];
  let kept = 0;
  let written = '';
  const flush = (until: number) => {
    if (until > kept || written) edits.push({ range: toRange(lines, kept, until), newText: written });
    written = '';
  };
  for (const p of pieces) {
    if ('text' in p) {
      written += p.text;
    } else if (p.to > p.from) {
      flush(p.from);
      kept = p.to;
    }
  }
  flush(original.length);
  return edits;
}
