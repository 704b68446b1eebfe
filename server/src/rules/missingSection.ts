import type { Note, Section } from '../document/note';
import { formatsFor, headingMatches, type NoteFormat } from '../formats';
import { insertLine } from './insertions';
import type { Edit, Finding, Rule } from './types';

/**
 * The note's section for each of the format's sections, in the format's order.
 * When several headings match, the deepest wins, so that a note titled
 * "# Interview" still finds its "## Interview" section.
 */
export function matchSections(note: Note, format: NoteFormat): (Section | undefined)[] {
  return format.sections.map((def) => {
    let best: Section | undefined;
    for (const s of note.sections) if (headingMatches(s.title, def) && (!best || s.level > best.level)) best = s;
    return best;
  });
}

/** Where a missing section goes: before the next section the note has, after the previous one, or at the end. */
function insertion(note: Note, format: NoteFormat, found: (Section | undefined)[], i: number): Edit {
  const title = format.sections[i].title;
  const heading = (like: Section | undefined) => (like?.label ? `${title}:` : `${'#'.repeat(like ? like.level : 2)} ${title}`);
  for (let j = i + 1; j < found.length; j++) {
    const next = found[j];
    if (next) return insertLine(note, next.start, heading(next), !next.label);
  }
  for (let k = i - 1; k >= 0; k--) {
    const previous = found[k];
    if (previous) return insertLine(note, outsideComment(note, previous.end), heading(previous), !previous.label);
  }
  return insertLine(note, outsideComment(note, note.text.length), heading(undefined), true);
}

/**
 * `at`, or the start of the comment or code block that holds it. A heading
 * written inside an unclosed "<!--" or ``` would not count, so the fix would
 * be offered again and again.
 */
function outsideComment(note: Note, at: number): number {
  const block = note.blockAt(at);
  if (!block || (block.kind !== 'comment' && block.kind !== 'code') || block.start >= at) return at;
  return at < block.end || isOpen(block) ? block.start : at;
}

function isOpen(block: { kind: string; text: string }): boolean {
  if (block.kind === 'comment') return !block.text.includes('-->');
  const lines = block.text.split(/\r\n|\r|\n/);
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0])?.[1] ?? '```';
  return lines.length < 2 || !lines[lines.length - 1].trimStart().startsWith(fence);
}

const quoteList = (names: string[]) => names.map((n) => `"${n}"`).join(names.length > 2 ? ', ' : ' or ').replace(/, ([^,]*)$/, ' or $1');

export const missingSection: Rule = {
  id: 'missing-section',
  principle: 'Be accurate',
  defaultSeverity: 'warning',
  summary: "Give the note every section its format asks for, so that nothing the record needs is left out.",
  check(note, settings) {
    const field = note.frontMatter?.fields.get('format');
    if (!field?.value || !note.format) return [];
    const format = note.formatDef;
    if (!format) return unknownFormat(note.format, field.value, formatsFor(settings));
    const found = matchSections(note, format);
    const findings: Finding[] = [];
    found.forEach((section, i) => {
      if (section) return;
      const def = format.sections[i];
      findings.push({
        ...field.value!,
        message: `This ${format.name} note has no "${def.title}" section. Add a heading ${quoteList([def.title, ...def.synonyms])}, and write what it records.`,
        fixes: [{ title: `Add the "${def.title}" heading`, edits: [insertion(note, format, found, i)], preferred: true }],
      });
    });
    return findings;
  },
};

/** A `format:` Casewise does not know: the sections cannot be checked, so say so, and offer near names. */
function unknownFormat(name: string, span: { start: number; end: number }, formats: readonly { name: string }[]): Finding[] {
  const near = formats
    .map((f) => ({ name: f.name, d: distance(f.name.toLowerCase(), name.toLowerCase()) }))
    .filter((f) => f.d <= 2)
    .sort((a, b) => a.d - b.d);
  return [
    {
      ...span,
      message: `"${name}" is not a note format Casewise knows, so the note's sections cannot be checked. Known formats: ${formats.map((f) => f.name).join(', ')}. A team can add its own in .casewise.json.`,
      fixes: near.map((f, i) => ({ title: `Replace with "${f.name}"`, replace: f.name, preferred: i === 0 && (near.length === 1 || f.d < near[1].d) })),
    },
  ];
}

/** Edit distance (Levenshtein), for suggesting a format name that was mistyped. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
