import { BUILT_IN_FORMATS, findFormat, headingMatches, type NoteFormat } from '../formats';
import { layoutBlocks } from './blocks';
import { findImpossibleDates, readDateTime, readTimeRange, type DateTime, type Reading, type TimeRange } from './dates';
import { parseFrontMatter, type FrontMatter } from './frontMatter';
import { findQuotes, splitSentences } from './inline';
import { LineIndex } from './lines';
import { ownCopy, TextMemo } from './memo';
import { containment } from './spans';
import { matchPhrases, type PhraseEntry, type PhraseMatch } from './phrases';
import type { Block, Directive, Section, Span, Turn } from './types';

export type { Block, Directive, Section, Span, Turn, FrontMatter, PhraseEntry, PhraseMatch, NoteFormat };

/** What parsing needs from the settings. */
export interface ParseOptions {
  interviewerLabels: readonly string[];
  intervieweeLabels: readonly string[];
  /** The note formats in effect (formatsFor(settings)); the built-in ones when absent. */
  formats?: readonly NoteFormat[];
}

/** The dates and times a note records, read once. */
export interface NoteDates {
  /** The front matter's `date:`: the day of the contact. */
  date?: Reading<DateTime>;
  /** The front matter's `time:`: when the contact started and ended. */
  time?: Reading<TimeRange>;
  /** The front matter's `recorded:`: when the note was written. */
  recorded?: Reading<DateTime>;
  /** Date-shaped text that is not a real date, in the narrative and in the other front-matter values. */
  impossible: Span[];
}

/** A line that marks the note as a late entry (DESIGN.md §2): "Late entry: … Reason: …". */
export interface LateEntryLine {
  line: Span;
  /** What follows "Reason:" (empty when nothing does); absent when the line has no "Reason:". */
  reason?: Span;
}

/** A note parsed once into the model every rule reads (STYLE.md, principle 4). */
export interface Note {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** The note format named in the front matter, if any, as written. */
  format?: string;
  /** The definition of that format, when it is a known one (built in or from the settings). */
  formatDef?: NoteFormat;
  /** True when the front matter marks this as a Casewise note (a `casewise:` key or a known `format:`). */
  hasCasewiseFrontMatter: boolean;
  /** The first "Late entry:" line in the body, if any. */
  lateEntry?: LateEntryLine;
  /** Dates and times, read on first use. */
  readonly dates: NoteDates;
  blocks: Block[];
  sections: Section[];
  directives: Directive[];
  turns: Turn[];
  /** The block holding `offset`, if any. */
  blockAt(offset: number): Block | undefined;
  /** The innermost section holding `offset`. */
  sectionAt(offset: number): Section | undefined;
  /** The sentence holding `offset`. */
  sentenceAt(offset: number): Span | undefined;
  /** Finds a phrase table's entries in the narrative, outside quoted speech unless asked otherwise. */
  findPhrases(table: readonly PhraseEntry[], options: { allow: readonly string[]; insideQuotes?: boolean }): PhraseMatch[];
}

/** Whether `name` is a note format Casewise knows (DESIGN.md §2): built in, or among `formats`. */
export function isKnownFormat(name: string, formats: readonly NoteFormat[] = BUILT_IN_FORMATS): boolean {
  return findFormat(name, formats) !== undefined;
}

// One run of blanks on each side of the optional "**", never two in a row: "[ \t]*(?:\*\*)?[ \t]*" backtracks quadratically on a long run of tabs.
const LATE_ENTRY = /^[ \t]*(?:\*\*|__)?late[ \t-]entry\b[ \t]*(?:(?:\*\*|__)[ \t]*)?:/i;
const REASON = /\breason[ \t]*(?:(?:\*\*|__)[ \t]*)?:(?:\*\*|__)?[ \t]*/i;

export function parseNote(text: string, options: ParseOptions): Note {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const format = frontMatter?.fields.get('format')?.text || undefined;
  const formatDef = findFormat(format, options.formats ?? BUILT_IN_FORMATS);
  const hasCasewiseFrontMatter = !!frontMatter && (frontMatter.fields.has('casewise') || !!formatDef);
  const bodyStart = frontMatter?.closed ? frontMatter.span.end : 0;
  const layout = layoutBlocks(text, lines, bodyStart, {
    interviewer: options.interviewerLabels,
    interviewee: options.intervieweeLabels,
    wholeNoteIsInterview: format?.toLowerCase() === 'interview',
    isSectionLabel: formatDef && ((label) => formatDef.sections.some((s) => headingMatches(label, s))),
  });
  // Filled in place: a copy of each block (a million-line note has 350,000) cost more than the rest of the parse.
  const blocks = layout.blocks as Block[];
  for (const b of blocks) inlineSpans(b);
  const turns = blocks.flatMap((b) => (b.turn ? [b.turn] : []));

  const blockAt = (offset: number): Block | undefined => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end < offset) lo = mid + 1;
      else if (blocks[mid].start > offset) hi = mid - 1;
      else return blocks[mid];
    }
    return undefined;
  };

  let dates: NoteDates | undefined;
  return {
    text,
    lines,
    blockAt,
    sectionAt(offset) {
      const block = blockAt(offset);
      return block && block.section >= 0 ? layout.sections[block.section] : undefined;
    },
    sentenceAt(offset) {
      // Sentences are in order and apart: a binary search, not a scan (a 1 MB paragraph has 10,000 of them).
      const sentences = blockAt(offset)?.sentences ?? [];
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].end <= offset) lo = mid + 1;
        else if (sentences[mid].start > offset) hi = mid - 1;
        else return sentences[mid];
      }
      return undefined;
    },
    frontMatter,
    format,
    formatDef,
    hasCasewiseFrontMatter,
    lateEntry: findLateEntry(text, lines, blocks, blockAt),
    get dates() {
      return (dates ??= readNoteDates(text, frontMatter, blocks));
    },
    blocks,
    sections: layout.sections,
    directives: layout.directives,
    turns,
    findPhrases(table, { allow, insideQuotes = false }) {
      const out: PhraseMatch[] = [];
      // `this.blocks`, not all blocks: analyze() may hand a rule only the blocks that changed.
      for (const block of this.blocks) {
        if (block.kind !== 'paragraph' && block.kind !== 'turn') continue;
        const quoted = insideQuotes ? () => false : containment(block.quotes);
        for (const m of cachedMatches(table, allow, block.text)) {
          const start = block.start + m.start;
          const end = block.start + m.end;
          if (quoted(start, end)) continue;
          out.push({ ...m, start, end });
        }
      }
      return out;
    },
  };
}

function findLateEntry(text: string, lines: LineIndex, blocks: readonly Block[], blockAt: (offset: number) => Block | undefined): LateEntryLine | undefined {
  // Only the lines that say "late entry" are read: reading every line of a long note took longer than the parse.
  if (!blocks.length) return undefined;
  const candidates = /late[ \t-]entry/gi;
  candidates.lastIndex = blocks[0].start;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const b = blockAt(m.index);
    if (!b || (b.kind !== 'paragraph' && b.kind !== 'turn')) continue;
    const l = lines.lineAt(m.index);
    const start = Math.max(lines.lineStart(l), b.start);
    const end = Math.min(lines.lineEnd(l), b.end);
    const content = text.slice(start, end);
    if (!LATE_ENTRY.test(content)) {
      candidates.lastIndex = Math.max(candidates.lastIndex, end);
      continue;
    }
    const line = { start, end: start + content.trimEnd().length };
    const reason = REASON.exec(content);
    if (!reason) return { line };
    const from = Math.min(start + reason.index + reason[0].length, line.end);
    return { line, reason: { start: from, end: line.end } };
  }
  return undefined;
}

function readNoteDates(text: string, fm: FrontMatter | undefined, blocks: readonly Block[]): NoteDates {
  const out: NoteDates = { impossible: [] };
  for (const [name, field] of fm?.closed ? fm.fields : []) {
    if (!field.value) continue;
    const raw = text.slice(field.value.start, field.value.end);
    if (name === 'date') out.date = readDateTime(field.text, field.value);
    else if (name === 'time') out.time = readTimeRange(field.text, field.value);
    else if (name === 'recorded') out.recorded = readDateTime(field.text, field.value);
    else for (const s of findImpossibleDates(raw)) out.impossible.push({ start: field.value.start + s.start, end: field.value.start + s.end });
  }
  for (const b of blocks) {
    if (b.kind === 'code' || b.kind === 'comment') continue;
    for (const s of impossibleDatesMemo.get(b.text, () => findImpossibleDates(b.text))) out.impossible.push({ start: b.start + s.start, end: b.start + s.end });
  }
  return out;
}

const phraseMemos = new WeakMap<readonly PhraseEntry[], WeakMap<readonly string[], TextMemo<PhraseMatch[]>>>();

/** A table's matches in one block's text, cached by that text (offsets relative to the block). */
function cachedMatches(table: readonly PhraseEntry[], allow: readonly string[], text: string): PhraseMatch[] {
  let byAllow = phraseMemos.get(table);
  if (!byAllow) phraseMemos.set(table, (byAllow = new WeakMap()));
  let memo = byAllow.get(allow);
  if (!memo) byAllow.set(allow, (memo = new TextMemo()));
  // Own copies of the matched words: a slice would keep this version of the note alive in the cache.
  return memo.get(text, () => matchPhrases(table, text, allow).map((m) => ({ ...m, text: ownCopy(m.text), replacements: m.replacements.map(ownCopy) })));
}

const impossibleDatesMemo = new TextMemo<Span[]>();
const inlineMemo = new TextMemo<{ sentences: Span[]; quotes: Span[] }>();

/** Sets a block's sentences and quotes, as absolute offsets. They depend only on the block, so they are cached by its text. */
function inlineSpans(b: Block): void {
  if (b.kind !== 'paragraph' && b.kind !== 'turn') {
    b.sentences = [];
    b.quotes = [];
    return;
  }
  const from = b.turn ? b.turn.body.start : b.start;
  const body = b.text.slice(from - b.start);
  const relative = inlineMemo.get(`${b.turn?.role ?? ''}\0${body}`, () => ({
    sentences: splitSentences(body),
    quotes: b.turn?.role === 'interviewee' ? [{ start: 0, end: body.length }] : findQuotes(body),
  }));
  b.sentences = shifted(relative.sentences, from);
  b.quotes = shifted(relative.quotes, from);
}

function shifted(spans: readonly Span[], by: number): Span[] {
  const out: Span[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = { start: spans[i].start + by, end: spans[i].end + by };
  return out;
}
