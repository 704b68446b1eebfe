import { ownCopy } from './document/memo';
import { parseNote, type Block, type Note } from './document/note';
import { formatsFor } from './formats';
import { RULES } from './rules';
import type { Finding, RecordedFallback, Rule, RuleContext, RuledFinding } from './rules/types';
import { settingsKey, type Settings, type Severity } from './settings';

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
  /** The open document this note is (its URI): each document's cache is its own. Default: one shared cache. */
  document?: string;
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
  const severityOf = (rule: Rule) => settings.rules[rule.id] ?? rule.defaultSeverity;
  const enabled = RULES.filter((r) => severityOf(r) !== 'off');
  const cached = options.cache !== false ? enabled.filter((r) => r.local) : [];
  const local = cached.length ? checkByBlock(cached, note, settings, context, options) : new Map<Rule, Finding[]>();
  for (const rule of enabled) {
    if (options.isCancelled?.()) return undefined;
    try {
      const found = local.get(rule) ?? (cached.includes(rule) ? [] : rule.check(note, settings, context));
      const severity = severityOf(rule) as Exclude<Severity, 'off'>;
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

/**
 * The block-local rules' findings (ISSUE 7), one cache per document: a block's
 * context (blockContext), then its text, gives each rule's findings in it,
 * relative to the block. A cache holds for one set of rules, settings and
 * front matter (`id`); when they change it starts afresh. It is trimmed to the
 * note's blocks when it grows past them, and the 16 documents used last keep theirs.
 */
interface BlockCache {
  id: string;
  entries: Map<string, Map<string, Finding[][]>>;
  size: number;
}
const blockCaches = new Map<string, BlockCache>();
const MAX_CACHES = 16;

/** What a local rule may read about a block besides its text: section, kind, speaker. */
function blockContext(note: Note, b: Block): string {
  const section = b.section >= 0 ? note.sections[b.section] : undefined;
  return `${section?.title ?? ''}\u0001${section?.isInterview ?? ''}\u0001${b.kind}\u0001${b.turn?.role ?? ''}`;
}

/**
 * Runs the block-local rules on the blocks whose findings are not cached, and
 * reuses the cached findings of the others, moved to where the block is now.
 * A rule that throws is reported and gives no findings; nothing of it is cached.
 */
function checkByBlock(rules: readonly Rule[], note: Note, settings: Settings, context: RuleContext, options: AnalyzeOptions): Map<Rule, Finding[]> {
  const fm = note.frontMatter ? note.text.slice(note.frontMatter.span.start, note.frontMatter.span.end) : '';
  const id = `${rules.map((r) => r.id).join(',')}\u0001${settingsKey(settings)}\u0001${fm}`;
  const document = options.document ?? '';
  let cache = blockCaches.get(document);
  blockCaches.delete(document);
  if (cache?.id !== id) cache = { id, entries: new Map(), size: 0 };
  blockCaches.set(document, cache);
  if (blockCaches.size > MAX_CACHES) blockCaches.delete(blockCaches.keys().next().value!);

  const { blocks } = note;
  const contexts = blocks.map((b) => blockContext(note, b));
  const found: (Finding[][] | undefined)[] = blocks.map((b, i) => cache.entries.get(contexts[i])?.get(b.text));
  // Each changed block once per text and context: the rules run on the first, and the others share its findings.
  const dirty: number[] = [];
  const twins: number[][] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (found[i] !== undefined) continue;
    const key = `${contexts[i]}\u0002${blocks[i].text}`;
    const j = seen.get(key);
    if (j !== undefined) twins[j].push(i);
    else {
      seen.set(key, dirty.length);
      dirty.push(i);
      twins.push([]);
    }
  }

  const out = new Map<Rule, Finding[]>(rules.map((r) => [r, []]));
  let anyFailed = false;
  {
    // The rules see only the changed blocks (maybe none); everything else about the note is the same.
    // They run even when no block changed: their findings outside every block (the front matter) are never cached.
    const view: Note = Object.create(note, { blocks: { value: dirty.map((i) => blocks[i]) } });
    const fresh = dirty.map(() => rules.map((): Finding[] => []));
    const failed = new Set<number>();
    rules.forEach((rule, k) => {
      let findings: Finding[];
      try {
        findings = rule.check(view, settings, context);
      } catch (e) {
        options.onRuleError?.(rule.id, e);
        failed.add(k);
        return;
      }
      for (const f of findings) {
        const j = indexOfBlock(dirty, blocks, f.start);
        if (j >= 0) fresh[j][k].push(detached(shift(f, -blocks[dirty[j]].start)));
        // Findings outside every block (the front matter) are never cached. A rule that reads the whole
        // note (invalid-date reads note.dates) may also report in unchanged blocks: those are cached already.
        else if (!note.blockAt(f.start)) out.get(rule)!.push(f);
      }
    });
    anyFailed = failed.size > 0;
    dirty.forEach((i, j) => {
      found[i] = fresh[j];
      for (const twin of twins[j]) found[twin] = fresh[j];
      if (failed.size) return;
      let byText = cache.entries.get(contexts[i]);
      if (!byText) cache.entries.set(contexts[i], (byText = new Map()));
      // An own copy of the text: a slice would keep this version of the whole note in memory.
      if (!byText.has(blocks[i].text)) cache.size++;
      byText.set(ownCopy(blocks[i].text), fresh[j]);
    });
  }
  for (let i = 0; i < blocks.length; i++) {
    const at = blocks[i].start;
    found[i]!.forEach((fs, k) => {
      const list = out.get(rules[k])!;
      for (const f of fs) list.push(shift(f, at));
    });
  }
  // Keep only what the note has now: deleted and edited blocks' entries are let go (not after a rule failed: its empty findings are not to be kept).
  if (!anyFailed && cache.size > 2 * blocks.length + 1000) {
    const kept = new Map<string, Map<string, Finding[][]>>();
    blocks.forEach((b, i) => {
      let byText = kept.get(contexts[i]);
      if (!byText) kept.set(contexts[i], (byText = new Map()));
      byText.set(ownCopy(b.text), found[i]!);
    });
    cache.entries = kept;
    cache.size = blocks.length;
  }
  return out;
}

/** The index in `dirty` of the block (among `blocks`) holding `offset`, or -1: a binary search, as blocks are in order. */
function indexOfBlock(dirty: readonly number[], blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = dirty.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[dirty[mid]];
    if (b.end < offset) lo = mid + 1;
    else if (b.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * A finding that holds no piece of the note's text: a message or a fix made
 * from a slice of the note would keep that whole version of it in memory for
 * as long as the cache keeps the finding.
 */
function detached(f: Finding): Finding {
  return {
    ...f,
    message: ownCopy(f.message),
    ...(f.term !== undefined ? { term: ownCopy(f.term) } : {}),
    fixes: f.fixes.map((fix) => ({
      ...fix,
      title: ownCopy(fix.title),
      ...(fix.replace !== undefined ? { replace: ownCopy(fix.replace) } : {}),
      ...(fix.edits ? { edits: fix.edits.map((e) => ({ ...e, newText: ownCopy(e.newText) })) } : {}),
    })),
  };
}

function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
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
