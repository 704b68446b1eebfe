import { layoutBlocks } from './blocks';
import { parseFrontMatter, type FrontMatter } from './frontMatter';
import { findQuotes, splitSentences } from './inline';
import { LineIndex } from './lines';
import { matchPhrases, type PhraseEntry, type PhraseMatch } from './phrases';
import type { Block, Directive, Section, Span, Turn } from './types';
import formats from '../rules/data/formats.json';

export type { Block, Directive, Section, Span, Turn, FrontMatter, PhraseEntry, PhraseMatch };

/** What parsing needs from the settings. */
export interface ParseOptions {
  interviewerLabels: readonly string[];
  intervieweeLabels: readonly string[];
}

/** A note parsed once into the model every rule reads (STYLE.md, principle 4). */
export interface Note {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** The note format named in the front matter, if any, as written. */
  format?: string;
  /** True when the front matter marks this as a Casewise note (a `casewise:` key or a known `format:`). */
  hasCasewiseFrontMatter: boolean;
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

const KNOWN_FORMATS = new Set(formats.map((f) => f.name.toLowerCase()));

/** The note formats Casewise knows (DESIGN.md §2). */
export function isKnownFormat(name: string): boolean {
  return KNOWN_FORMATS.has(name.trim().toLowerCase());
}

export function parseNote(text: string, options: ParseOptions): Note {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const format = frontMatter?.fields.get('format')?.text || undefined;
  const hasCasewiseFrontMatter = !!frontMatter && (frontMatter.fields.has('casewise') || (!!format && isKnownFormat(format)));
  const bodyStart = frontMatter?.closed ? frontMatter.span.end : 0;
  const layout = layoutBlocks(text, lines, bodyStart, {
    interviewer: options.interviewerLabels,
    interviewee: options.intervieweeLabels,
    wholeNoteIsInterview: format?.toLowerCase() === 'interview',
  });
  const blocks: Block[] = layout.blocks.map((b) => ({ ...b, ...inlineSpans(b) }));
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

  return {
    text,
    lines,
    blockAt,
    sectionAt(offset) {
      const block = blockAt(offset);
      return block && block.section >= 0 ? layout.sections[block.section] : undefined;
    },
    sentenceAt(offset) {
      return blockAt(offset)?.sentences.find((s) => s.start <= offset && offset < s.end);
    },
    frontMatter,
    format,
    hasCasewiseFrontMatter,
    blocks,
    sections: layout.sections,
    directives: layout.directives,
    turns,
    findPhrases(table, { allow, insideQuotes = false }) {
      const out: PhraseMatch[] = [];
      for (const block of blocks) {
        if (block.kind !== 'paragraph' && block.kind !== 'turn') continue;
        for (const m of matchPhrases(table, block.text, allow)) {
          const start = block.start + m.start;
          const end = block.start + m.end;
          if (!insideQuotes && block.quotes.some((q) => q.start <= start && end <= q.end)) continue;
          out.push({ ...m, start, end });
        }
      }
      return out;
    },
  };
}

/** Sentences and quotes of one block, as absolute offsets. Depends only on the block. */
function inlineSpans(b: Omit<Block, 'sentences' | 'quotes'>): Pick<Block, 'sentences' | 'quotes'> {
  if (b.kind !== 'paragraph' && b.kind !== 'turn') return { sentences: [], quotes: [] };
  const from = b.turn ? b.turn.body.start : b.start;
  const body = b.text.slice(from - b.start);
  const shift = (s: Span): Span => ({ start: s.start + from, end: s.end + from });
  const quotes = b.turn?.role === 'interviewee' ? [{ start: from, end: b.end }] : findQuotes(body).map(shift);
  return { sentences: splitSentences(body).map(shift), quotes };
}
