import { parseNote, type Note } from './document/note';
import { formatsFor } from './formats';
import { RULES } from './rules';
import type { RecordedFallback, RuleContext, RuledFinding } from './rules/types';
import type { Settings } from './settings';

export interface AnalyzeOptions {
  /** Checked between rules; when it returns true, analysis stops and returns undefined. */
  isCancelled?: () => boolean;
  /** Told when a rule throws; the other rules still run. */
  onRuleError?: (rule: string, error: unknown) => void;
  /** The current time; default the clock. Tests fix it. */
  now?: Date;
  /** When the note was written if it has no `recorded:` field (the file's time, or when the editor opened it). */
  recordedFallback?: RecordedFallback;
}

/** Parses a note with the settings that affect parsing. */
export function parse(text: string, settings: Settings): Note {
  return parseNote(text, { interviewerLabels: settings.interviewerLabels, intervieweeLabels: settings.intervieweeLabels, formats: formatsFor(settings) });
}

/**
 * Whether Casewise checks a document: `casenote` always (when listed in
 * `languages`), Markdown only with Casewise front matter or `lintAllMarkdown`.
 */
export function isLintable(languageId: string, note: Note, settings: Settings): boolean {
  if (!settings.languages.includes(languageId)) return false;
  if (languageId !== 'markdown') return true;
  return settings.lintAllMarkdown || note.hasCasewiseFrontMatter;
}

/** Runs every enabled rule over a parsed note, honouring severities and inline disable comments. */
export function analyze(note: Note, settings: Settings, options: AnalyzeOptions = {}): RuledFinding[] | undefined {
  const findings: RuledFinding[] = [];
  const context: RuleContext = { now: options.now ?? new Date(), recordedFallback: options.recordedFallback };
  for (const rule of RULES) {
    if (options.isCancelled?.()) return undefined;
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    try {
      for (const f of rule.check(note, settings, context)) findings.push({ ...f, rule: rule.id, severity });
    } catch (e) {
      // One rule's bug must not hide the other rules' findings or stop the server.
      options.onRuleError?.(rule.id, e);
    }
  }
  const disabled = disabledLines(note);
  return findings
    .filter((f) => !disabled(note.lines.lineAt(f.start), f.rule))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** Reads the inline control comments (DESIGN.md §2) into a line-and-rule test. */
function disabledLines(note: Note): (line: number, rule: string) => boolean {
  if (note.directives.length === 0) return () => false;
  const directiveLines = new Set(note.directives.map((d) => d.line));
  const nextLine = new Map<number, string[][]>();
  const ranges: { from: number; to: number; rules: string[] }[] = [];
  const open = new Map<string, number>();
  for (const d of note.directives) {
    const covers = (rules: string[]) => (rules.length === 0 ? ['*'] : rules);
    if (d.kind === 'disable-next-line') {
      let target = d.line + 1;
      while (directiveLines.has(target)) target++;
      nextLine.set(target, [...(nextLine.get(target) ?? []), d.rules]);
    } else if (d.kind === 'disable') {
      for (const r of covers(d.rules)) if (!open.has(r)) open.set(r, d.line);
    } else {
      for (const r of covers(d.rules)) {
        const keys = r === '*' ? [...open.keys()] : [r];
        for (const k of keys) {
          const from = open.get(k);
          if (from !== undefined) ranges.push({ from, to: d.line, rules: [k] });
          open.delete(k);
        }
      }
    }
  }
  for (const [r, from] of open) ranges.push({ from, to: Number.MAX_SAFE_INTEGER, rules: [r] });
  const matches = (rules: string[], rule: string) => rules.length === 0 || rules.includes('*') || rules.includes(rule);
  return (line, rule) =>
    (nextLine.get(line) ?? []).some((rules) => matches(rules, rule)) ||
    ranges.some((r) => r.from < line && line < r.to && matches(r.rules, rule));
}
