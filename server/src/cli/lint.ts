import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { analyze, isLintable, parse } from '../analyze';
import { fixesOf, toDiagnostic } from '../fixes';
import { interviewMetrics, type InterviewMetrics } from '../metrics';
import type { Settings } from '../settings';

/** A position range in the CLI's JSON: 1-based lines and UTF-16 columns (DESIGN.md §6). */
export interface JsonRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonDiagnostic extends JsonRange {
  rule: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  fixes: { title: string; edits: (JsonRange & { newText: string })[] }[];
}

export interface FileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
  metrics: InterviewMetrics;
  /** Set when the file could not be checked; said in plain words. */
  error?: string;
}

const SEVERITY_NAMES = ['error', 'error', 'warning', 'information', 'hint'] as const;

const toJsonRange = (r: Range): JsonRange => ({
  line: r.start.line + 1,
  column: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

function toJson(d: Diagnostic): JsonDiagnostic {
  return {
    rule: String(d.code),
    severity: SEVERITY_NAMES[d.severity ?? 2],
    ...toJsonRange(d.range),
    message: d.message,
    fixes: fixesOf(d).filter((f) => f.allow === undefined).map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ ...toJsonRange(e.range), newText: e.newText })) })),
  };
}

export interface LintOptions {
  /** The file's last-modified time: when the note was written, if it has no `recorded:` (DESIGN.md §2). */
  modified?: Date;
  /** The current time; default the clock. */
  now?: Date;
}

/** Lints one note's text exactly as the language server would. */
export function lintText(file: string, text: string, languageId: string, settings: Settings, options: LintOptions = {}): FileResult {
  const note = parse(text, settings);
  const recordedFallback = options.modified && { at: options.modified, from: 'modified' as const };
  const findings = isLintable(languageId, note, settings) ? analyze(note, settings, { now: options.now, recordedFallback }) ?? [] : [];
  const fmEnd = note.frontMatter?.closed ? note.frontMatter.span.end : 0;
  return {
    file,
    diagnostics: findings.map((f) => toJson(toDiagnostic(f, note.lines, fmEnd))),
    metrics: interviewMetrics(note, findings),
  };
}

export const EMPTY_METRICS: InterviewMetrics = {
  questions: { open: 0, closed: 0, leading: 0, why: 0, multiple: 0 },
  openQuestionShare: 0,
  interviewerWordShare: 0,
  reflections: 0,
};
