import { type DocumentSymbol, type FoldingRange, SymbolKind } from 'vscode-languageserver-types';
import type { Note, Section } from './document/note';
import { toRange } from './fixes';

/**
 * The outline: the front matter, then the sections nested by heading level.
 * An interview section says how many turns it holds and who spoke.
 */
export function documentSymbols(note: Note): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  const fm = note.frontMatter;
  if (fm) {
    top.push({
      name: 'Front matter',
      detail: note.format ?? '',
      kind: SymbolKind.Namespace,
      range: toRange(note.lines, fm.span.start, fm.span.end),
      selectionRange: toRange(note.lines, fm.span.start, Math.min(fm.span.end, fm.span.start + 3)),
      children: [...fm.fields.values()].map((field) => ({
        name: field.name,
        detail: field.text,
        kind: SymbolKind.Field,
        range: toRange(note.lines, field.key.start, (field.value ?? field.key).end),
        selectionRange: toRange(note.lines, field.key.start, field.key.end),
      })),
    });
  }
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  for (const section of note.sections) {
    const symbol: DocumentSymbol = {
      name: section.title || '(untitled section)',
      detail: section.isInterview ? interviewDetail(note, section) : '',
      kind: section.isInterview ? SymbolKind.Event : SymbolKind.String,
      range: toRange(note.lines, section.start, Math.max(section.start, trimEnd(note.text, section.end))),
      selectionRange: toRange(note.lines, section.titleSpan.start, section.titleSpan.end),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children! : top).push(symbol);
    stack.push({ level: section.level, symbol });
  }
  return top;
}

/** Folding for the front matter, each section, and each run of comment lines. */
export function foldingRanges(note: Note): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: string) => {
    const first = note.lines.positionAt(start).line;
    const last = note.lines.positionAt(Math.max(start, trimEnd(note.text, end) - 1)).line;
    if (last > first) ranges.push({ startLine: first, endLine: last, ...(kind ? { kind } : {}) });
  };
  if (note.frontMatter) add(note.frontMatter.span.start, note.frontMatter.span.end, 'imports');
  for (const section of note.sections) add(section.start, section.end);
  for (const block of note.blocks) if (block.kind === 'comment') add(block.start, block.end, 'comment');
  return ranges;
}

function interviewDetail(note: Note, section: Section): string {
  const turns = note.turns.filter((t) => t.label.start >= section.start && t.label.start < section.end);
  const asked = turns.filter((t) => t.role === 'interviewer').length;
  return `${turns.length} turns (${asked} by the interviewer)`;
}

const trimEnd = (text: string, end: number) => {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
};
