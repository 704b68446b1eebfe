// Compact, exact test helpers (STYLE.md principle 12): findings as
// "line:col-line:col rule-id \"text\"" strings, fixes as the full text after the edit.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { analyze, parse, type AnalyzeOptions } from '../../server/src/analyze';
import { fixesOf, toDiagnostic } from '../../server/src/fixes';
import type { Rule } from '../../server/src/rules/types';
import { normalize, type Settings } from '../../server/src/settings';

export function settingsWith(raw: Record<string, unknown> = {}): Settings {
  return normalize(raw).settings;
}

/** The diagnostics of a note, as the server would publish them, for one rule or all. `options` fixes the time ("now", the fallback for `recorded:`). */
export function diagnostics(text: string, rule?: Rule, raw: Record<string, unknown> = {}, options: AnalyzeOptions = {}): Diagnostic[] {
  const settings = settingsWith(raw);
  const note = parse(text, settings);
  const findings = (analyze(note, settings, options) ?? []).filter((f) => !rule || f.rule === rule.id);
  const fmEnd = note.frontMatter?.closed ? note.frontMatter.span.end : 0;
  return findings.map((f) => toDiagnostic(f, note.lines, fmEnd));
}

/** `"1:8-1:14 credibility-doubt \"claims\""`: 1-based line and column, end column exclusive. */
export function describe(text: string, d: Diagnostic): string {
  const doc = TextDocument.create('file:///t', 'casenote', 1, text);
  const { start, end } = d.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${String(d.code)} "${doc.getText(d.range)}"`;
}

export function findings(rule: Rule | undefined, text: string, raw: Record<string, unknown> = {}, options: AnalyzeOptions = {}): string[] {
  return diagnostics(text, rule, raw, options).map((d) => describe(text, d));
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///t', 'casenote', 1, text), edits);
}

/** The text after applying the fix titled `title` (or the preferred fix) of the `index`-th finding. */
export function applyFix(
  rule: Rule | undefined,
  text: string,
  { index = 0, title, raw = {}, options = {} }: { index?: number; title?: string; raw?: Record<string, unknown>; options?: AnalyzeOptions } = {},
): string {
  const d = diagnostics(text, rule, raw, options)[index];
  if (!d) throw new Error(`no finding #${index}`);
  const fixes = fixesOf(d);
  const fix = title ? fixes.find((f) => f.title === title) : fixes.find((f) => f.preferred);
  if (!fix) throw new Error(`no fix ${title ?? '(preferred)'}; have ${fixes.map((f) => f.title).join(' | ')}`);
  return applyEdits(text, fix.edits);
}

export const applyPreferredFix = (rule: Rule | undefined, text: string, index = 0) => applyFix(rule, text, { index });

export function fixTitles(rule: Rule | undefined, text: string, index = 0, raw: Record<string, unknown> = {}, options: AnalyzeOptions = {}): string[] {
  return fixesOf(diagnostics(text, rule, raw, options)[index]).map((f) => f.title);
}
