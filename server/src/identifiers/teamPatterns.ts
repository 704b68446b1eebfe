// A team's own identifier formats (`identifiers.patterns`), run the way
// nothing in a note can make slow: only patterns that checkPattern accepts,
// bounded as it bounds them, one line at a time, and a long line in windows of
// LINE_WINDOW characters, so that the work per character has a fixed ceiling.
import type { TeamPattern } from '../settings';
import { checkPattern } from './patternCheck';

/** The most characters of a line one search reads: a longer line is read in overlapping windows. */
export const LINE_WINDOW = 2000;

/** A team pattern ready to run. */
export interface CompiledPattern {
  name: string;
  re: RegExp;
  /** The most UTF-16 code units a match reads from where it starts (a code point may be two). */
  reads: number;
}

/** A match of a team pattern, as offsets into the text searched. */
export interface TeamMatch {
  start: number;
  end: number;
  name: string;
}

// Per list, not per pattern text: a settings object keeps its list, so this
// lives exactly as long as the settings that hold it.
const compiled = new WeakMap<readonly TeamPattern[], CompiledPattern[]>();

/** The patterns of a list that pass checkPattern, compiled; the others are left out (settings.ts has reported them). */
export function compileTeamPatterns(list: readonly TeamPattern[]): CompiledPattern[] {
  if (list.length === 0) return [];
  let out = compiled.get(list);
  if (!out) {
    out = [];
    for (const p of list) {
      const verdict = checkPattern(p.name, p.pattern);
      if (verdict.ok) out.push({ name: p.name, re: new RegExp(verdict.source, 'gu'), reads: 2 * verdict.maxChars });
    }
    compiled.set(list, out);
  }
  return out;
}

/** Every match of the team's patterns in `text`, line by line; "^" and "$" are a line's start and end. */
export function findTeamMatches(text: string, patterns: readonly CompiledPattern[]): TeamMatch[] {
  const out: TeamMatch[] = [];
  if (patterns.length === 0) return out;
  for (let start = 0; start <= text.length; ) {
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const end = lineEnd > start && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    if (end > start) for (const p of patterns) scanLine(text, start, end, p, out);
    start = lineEnd + 1;
  }
  return out;
}

/**
 * The matches of one pattern in text[start, end), leftmost first, as a search
 * of the whole line would find them. Each search reads one window of at most
 * LINE_WINDOW characters, starting one character before where a match may
 * start (so that \b sees what precedes it, and "^" cannot match there). A
 * search whose result could depend on where the window was cut (the pattern
 * read up to its end) is trusted only up to `reads` characters before the cut,
 * and the next window starts there.
 */
function scanLine(text: string, start: number, end: number, p: CompiledPattern, out: TeamMatch[]): void {
  for (let pos = start; pos < end; ) {
    const from = pos > start ? pos - 1 : start;
    const to = Math.min(end, from + LINE_WINDOW);
    const safeBefore = to === end ? Infinity : to - p.reads - 1;
    p.re.lastIndex = pos - from;
    const m = p.re.exec(text.slice(from, to));
    if (!m) {
      if (to === end) return;
      pos = Math.max(pos + 1, safeBefore);
      continue;
    }
    const s = from + m.index;
    if (s >= safeBefore) {
      // Found near the cut (so s > pos): search again from here, with the window moved on.
      pos = s;
      continue;
    }
    out.push({ start: s, end: s + m[0].length, name: p.name });
    pos = s + Math.max(1, m[0].length);
  }
}
