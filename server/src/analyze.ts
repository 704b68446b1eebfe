import { TextMemo } from './document/memo';
import { parseNote, type Block, type Note } from './document/note';
import { formatsFor } from './formats';
import { RULES } from './rules';
import type { Finding, RecordedFallback, Rule, RuleContext, RuledFinding } from './rules/types';
import { settingsKey, type Settings } from './settings';

export interface AnalyzeOptions {
  /** Checked between rules; when it returns true, analysis stops and returns undefined. */
  isCancelled?: () => boolean;
  /** Told when a rule throws; the other rules still run. */
  onRuleError?: (rule: string, error: unknown) => void;
  /** The current time; default the clock. Tests fix it. */
  now?: Date;
  /** When the note was written if it has no `recorded:` field (the file's time, or when the editor opened it). */
  recordedFallback?: RecordedFallback;
  /** Reuse the block-local rules' findings for unchanged blocks (ISSUE 7); default true. */
  cache?: boolean;
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
  let keys: Map<Block, string> | undefined;
  let settingsId: string | undefined;
  for (const rule of RULES) {
    if (options.isCancelled?.()) return undefined;
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    try {
      const found = rule.local && options.cache !== false ? checkByBlock(rule, note, settings, context, (keys ??= blockKeys(note)), (settingsId ??= settingsKey(settings))) : rule.check(note, settings, context);
      for (const f of found) findings.push({ ...f, rule: rule.id, severity });
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

const blockMemos = new Map<string, TextMemo<Finding[]>>();

/** Each block's cache key: its text plus what a local rule may read besides (section, kind, speaker). */
function blockKeys(note: Note): Map<Block, string> {
  return new Map(
    note.blocks.map((b) => {
      const section = b.section >= 0 ? note.sections[b.section] : undefined;
      return [b, `${section?.title ?? ''}\u0001${section?.isInterview ?? ''}\u0001${b.kind}\u0001${b.turn?.role ?? ''}\u0001${b.text}`];
    }),
  );
}

/**
 * Runs a block-local rule on the blocks whose findings are not cached, and
 * reuses the cached findings of the others, shifted to where the block is now.
 * A block's cache key is its text and context (blockKeys); each rule, settings
 * and front matter has its own cache.
 */
function checkByBlock(rule: Rule, note: Note, settings: Settings, context: RuleContext, keys: Map<Block, string>, settingsId: string): Finding[] {
  const fm = note.frontMatter ? note.text.slice(note.frontMatter.span.start, note.frontMatter.span.end) : '';
  const prefix = `${rule.id}\u0001${settingsId}\u0001${fm}`;
  let memo = blockMemos.get(prefix);
  if (!memo) {
    if (blockMemos.size > 200) blockMemos.clear();
    blockMemos.set(prefix, (memo = new TextMemo()));
  }
  const cached = new Map<Block, Finding[] | undefined>(note.blocks.map((b) => [b, memo.peek(keys.get(b)!)]));
  const dirty = note.blocks.filter((b) => cached.get(b) === undefined);
  const out: Finding[] = [];
  // The rule sees only the changed blocks; everything else about the note is the same.
  // Findings outside every block (the front matter) are never cached.
  const view: Note = Object.create(note, { blocks: { value: dirty } });
  const fresh = new Map<Block, Finding[]>(dirty.map((b) => [b, []]));
  for (const f of rule.check(view, settings, context)) {
    const block = note.blockAt(f.start);
    if (!block) out.push(f);
    else fresh.get(block)?.push(f);
  }
  for (const [block, found] of fresh) {
    const relative = found.map((f) => shift(f, -block.start));
    memo.set(keys.get(block)!, relative);
    cached.set(block, relative);
  }
  for (const block of note.blocks) for (const f of cached.get(block) ?? []) out.push(shift(f, block.start));
  return out;
}

function shift(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((fix) => (fix.edits ? { ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) } : fix)),
  };
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
