import { TextMemo } from '../document/memo';
import { eitherCase, escapeRegex } from '../document/regexText';
import { interviewsOf, MIN_INTERVIEWER_TURNS } from '../document/interviews';
import table from './data/interview-opening.json';
import type { Finding, Rule } from './types';

type Part = keyof typeof table.parts;

/** How many interviewer turns make the opening. */
export const OPENING_TURNS = 3;

const WORD = "[\\p{L}\\p{N}'’-]+";
// Words match in any case through letter classes, not the "i" flag, which made 38 patterns slow to compile.
const escapeWord = (w: string) => eitherCase(escapeRegex(w)).replace(/'/g, "['’]");
const phrase = (p: string) => p.trim().split(/\s+/).map(escapeWord).join('\\s+');

/**
 * Compiles a cue written in the data file's notation: words in any case,
 * (a|b) for one of them, * for any one word, … for up to three words, and
 * Name for a name: a capitalised word and up to two more. Its first word is
 * captured, to check the capital letter outside the match, where letters match in any case.
 */
export function compileCue(cue: string): RegExp {
  const tokens = cue.match(/\([^)]*\)|\S+/g) ?? [];
  let body = '';
  tokens.forEach((t, i) => {
    if (t === '…' || t === '...') {
      body += '(?:\\S+\\s+){0,3}';
      return;
    }
    if (t.startsWith('(')) body += `(?:${t.slice(1, -1).split('|').map(phrase).join('|')})`;
    else if (t === '*') body += WORD;
    else if (t === 'Name') body += `(${WORD})(?:\\s+${WORD}){0,2}?`;
    else body += escapeWord(t);
    if (i < tokens.length - 1) body += '\\s+';
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

const CUES = table.cues.map((c) => ({ part: c.part as Part, regex: compileCue(c.cue) }));

/** True when `text` holds the cue (every Name in it capitalised). */
function holds(regex: RegExp, text: string): boolean {
  for (const m of text.matchAll(regex)) if (m.slice(1).every((name) => name === undefined || /^\p{Lu}/u.test(name))) return true;
  return false;
}

const partsMemo = new TextMemo<Set<Part>>();

/** The parts of an opening that `text` covers, cached by the words. */
export function openingParts(text: string): Set<Part> {
  return partsMemo.get(text, () => findParts(text));
}

function findParts(text: string): Set<Part> {
  return new Set(CUES.filter((c) => holds(c.regex, text)).map((c) => c.part));
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const interviewOpening: Rule = {
  id: 'interview-opening',
  principle: 'Establish rapport',
  defaultSeverity: 'information',
  summary: 'Open an interview by saying who you are, why you are meeting, and what stays private and what must be shared.',
  check(note) {
    const findings: Finding[] = [];
    for (const interview of interviewsOf(note)) {
      const interviewer = interview.turns.filter((t) => t.turn.role === 'interviewer');
      if (interviewer.length < MIN_INTERVIEWER_TURNS) continue;
      const opening = interviewer.slice(0, OPENING_TURNS);
      const found = new Set(opening.flatMap(({ turn }) => [...openingParts(note.text.slice(turn.body.start, turn.body.end))]));
      const missing: Part[] = [];
      if (!found.has('introduction')) missing.push('introduction');
      if (!found.has('purpose')) missing.push('purpose');
      // Naming the limits is the part that matters most, so it counts on its own; privacy alone is missing its limits.
      if (!found.has('limits')) missing.push(found.has('confidentiality') ? 'limits' : 'confidentiality');
      if (missing.length === 0) continue;
      const first = opening[0].turn;
      const end = Math.min(first.body.end, note.lines.lineEnd(note.lines.lineAt(first.label.start)));
      findings.push({
        start: first.label.start,
        end,
        message:
          `The opening (the first ${opening.length} interviewer turns) has ${list(missing.map((p) => `no ${table.parts[p].missing}`))}. ` +
          `Before asking the person to talk, say ${list(missing.map((p) => table.parts[p].advice))}.`,
        fixes: [],
      });
    }
    return findings;
  },
};

