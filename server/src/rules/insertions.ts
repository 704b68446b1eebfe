// Inserting whole lines into a note, the way a person would type them: on
// their own line, in the note's line ends, with a blank line around a heading.
import type { Note } from '../document/note';
import { eolOf } from '../document/lines';
import type { Edit } from './types';

/**
 * An edit that puts `line` on a line of its own at `at` (a line start, or the
 * end of the note). With `spaced`, a blank line separates it from text before
 * and after, as Markdown headings usually are.
 */
export function insertLine(note: Note, at: number, line: string, spaced: boolean): Edit {
  const { text, lines } = note;
  const eol = eolOf(text);
  const l = lines.lineAt(at);
  const midLine = at > lines.lineStart(l);
  const blank = (n: number) => text.slice(lines.lineStart(n), lines.lineEnd(n)).trim() === '';
  let before = midLine ? eol : '';
  if (spaced && at > 0 && !blank(midLine ? l : l - 1)) before += eol;
  let after = eol;
  if (spaced && !midLine && at < text.length && !blank(l)) after += eol;
  return { start: at, end: at, newText: before + line + after };
}

