// Checks a team's own identifier pattern (`identifiers.patterns`) before it is
// ever run on a note. A pattern comes from a shared .casewise.json or from
// settings, so it is treated as untrusted: it is compiled once to see that it
// can be read, and its shape is measured so that no note can make it run for
// long. What is refused is said in plain words: settings.ts (checkEntry)
// reports it, and config.ts puts it on the pattern in .casewise.json.
import safeRegex from 'safe-regex2';
import { costOf } from './patternCost';
import { parsePattern, type PatternNode } from './patternTree';

/** Longest pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 200;
/** How many characters an open-ended repeat (`+`, `*`, `{3,}`) may read beyond its minimum. */
export const OPEN_REPEAT_REACH = 32;
/** Longest text one match may read, in characters: identifiers are short. */
export const MAX_MATCH_CHARS = 200;
/**
 * The most steps trying a pattern at one place may take (costOf). A search
 * takes about this many times the line's length: at this bound, about a
 * second for a megabyte of the worst text for the pattern.
 */
export const MAX_STEPS = 400;

/** A pattern that may run: the source to compile (with flags "gu") and the most characters a match reads. */
export interface CheckedPattern {
  ok: true;
  /** The pattern with each open-ended repeat bounded to OPEN_REPEAT_REACH. */
  source: string;
  maxChars: number;
}

export type PatternVerdict = CheckedPattern | { ok: false; message: string };

const FREEZE = 'could make Casewise freeze on some notes:';

/**
 * Whether a team's pattern may run, and in what form. `name` is the team's
 * name for the identifier, for the message.
 */
export function checkPattern(name: string, pattern: string): PatternVerdict {
  const refuse = (why: string): PatternVerdict => ({ ok: false, message: `The pattern for "${name}" ${why} It is left out.` });
  if (pattern.length === 0) return refuse('is empty. Write the shape of the number to look for, such as CW-\\d{6}.');
  if (pattern.length > MAX_PATTERN_LENGTH) return refuse(`is longer than ${MAX_PATTERN_LENGTH} characters. An identifier's shape fits in fewer.`);
  const lexical = lexicalRefusal(pattern);
  if (lexical) return refuse(lexical);
  let tree: PatternNode;
  try {
    // Compiled only to see that it can be read; what runs is the bounded source below.
    new RegExp(pattern, 'gu');
    // regexpp may lag a newer V8 (a Unicode property it does not know yet); its errors are worded as V8's.
    tree = parsePattern(pattern);
  } catch (e) {
    return refuse(`cannot be read: ${plainSyntaxError(String((e as Error).message))}.`);
  }
  // safe-regex2 judges the shape only; how many repeats there may be is the cost bound's business.
  if (!safeRegex(skeleton(tree), { limit: 1000 })) {
    return refuse(`${FREEZE} a repeated part inside another repeat, as in (\\d+)+. Give the inner or the outer part a fixed count, as in (\\d{3}-)+ or \\d{6}.`);
  }
  const cost = costOf(tree, OPEN_REPEAT_REACH, MAX_STEPS);
  if (cost.steps > MAX_STEPS) {
    return refuse(
      cost.repeatedChoice
        ? `${FREEZE} a repeated part that can match in more than one way, as in (\\d|\\d)* or (a|ab)+. Give that repeat a small fixed count, or write the options so that only one can match.`
        : `${FREEZE} it can match in too many ways at one place, as \\d+\\d+ or \\d{1,5000} can. Give each part a fixed count or a small range, as in \\d{6} or [A-Z]{2,4}.`,
    );
  }
  if (minChars(tree) === 0) return refuse('can match empty text, so it would mark every place in a note. Make it match at least one character, as in \\d{6} rather than \\d*.');
  const maxChars = maxCharsOf(tree);
  if (maxChars > MAX_MATCH_CHARS) return refuse(`could match more than ${MAX_MATCH_CHARS} characters at once; identifiers are shorter. Give its repeats smaller counts.`);
  return { ok: true, source: bounded(pattern, tree), maxChars };
}

/**
 * Back-references and lookbehind, found before compiling so that the message
 * names them (in "u" mode, "\1" with no group 1 is only "Invalid escape").
 */
function lexicalRefusal(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<'))) {
        return `${FREEZE} it refers back to an earlier part (as \\1 or \\k<name> do), which Casewise does not allow. Write that part out again instead.`;
      }
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(' && pattern.startsWith('(?<', i) && (pattern[i + 3] === '=' || pattern[i + 3] === '!')) {
      return `looks behind the match ("(?<=" or "(?<!"), which Casewise does not allow. Put what comes before into the pattern itself, or leave it out.`;
    }
  }
  return undefined;
}

/** V8's reason, after "Invalid regular expression: /…/gu: ", in plain words. */
function plainSyntaxError(message: string): string {
  const reason = message.slice(message.lastIndexOf(': ') + 2);
  switch (reason) {
    case 'Unterminated character class':
      return 'an opening "[" is never closed with a "]"';
    case 'Unterminated group':
      return 'an opening "(" is never closed with a ")"';
    case "Unmatched ')'":
      return 'a closing ")" has no opening "(" before it';
    case '\\ at end of pattern':
      return 'it ends with a single backslash "\\"';
    case 'Nothing to repeat':
      return 'a "*", "+", "?" or "{…}" has nothing before it to repeat';
    case 'Lone quantifier brackets':
    case 'Incomplete quantifier':
      return 'a "{" or "}" is not part of a count such as {6}; to look for the character itself, write \\{ or \\}';
    case 'numbers out of order in {} quantifier':
      return 'in a count such as {2,5}, the smaller number must come first';
    case 'Range out of order in character class':
      return 'a range in "[…]" runs backwards, as [9-0] does; write the smaller character first';
    case 'Invalid character class':
      return 'a range in "[…]" has \\d, \\w or \\s at one end; to mean a dash, put "-" first or last';
    case 'Invalid escape':
    case 'Invalid Unicode escape':
    case 'Invalid class escape':
    case 'Invalid decimal escape':
      return 'a backslash "\\" comes before a character that it cannot escape; write that character without the backslash';
    case 'Invalid property name':
    case 'Invalid property name in character class':
      return 'a \\p{…} names no Unicode property, such as \\p{L} for any letter';
    case 'Duplicate capture group name':
      return 'two groups have the same name';
    case 'Invalid capture group name':
      return 'a group name (?<…>) must start with a letter';
    case 'Invalid group':
      return 'a group starting "(?" is not one of (?:…), (?=…), (?!…) or (?<name>…)';
    default:
      return `it is not a regular expression Casewise can use (${reason})`;
  }
}

function minChars(n: PatternNode): number {
  switch (n.t) {
    case 'char':
      return 1;
    case 'assert':
    case 'look':
      return 0;
    case 'group':
      return minChars(n.body);
    case 'alt':
      return Math.min(...n.options.map(minChars));
    case 'seq':
      return n.items.reduce((sum, item) => sum + minChars(item), 0);
    case 'repeat':
      return n.min * minChars(n.body);
  }
}

const reach = (r: { min: number; max: number }) => (r.max === Infinity ? r.min + OPEN_REPEAT_REACH : r.max);

/**
 * The most characters a match reads from where it starts, once open-ended
 * repeats are bounded, in code points; a lookahead's reading included.
 */
function maxCharsOf(n: PatternNode): number {
  switch (n.t) {
    case 'char':
      return 1;
    case 'assert':
      return 0;
    case 'look':
    case 'group':
      return maxCharsOf(n.body);
    case 'alt':
      return Math.max(...n.options.map(maxCharsOf));
    case 'seq':
      return n.items.reduce((sum, item) => sum + maxCharsOf(item), 0);
    case 'repeat':
      return Math.min(reach(n) * maxCharsOf(n.body), Number.MAX_SAFE_INTEGER);
  }
}

/**
 * The pattern's shape for safe-regex2's star-height test: every character is
 * "a", every group non-capturing, and only open-ended repeats are kept. A
 * fixed or bounded count ((-\d{2})?, (\d{3}-){2}) cannot blow up by nesting;
 * safe-regex2 would count it as a repeat all the same.
 */
function skeleton(n: PatternNode): string {
  switch (n.t) {
    case 'char':
      return 'a';
    case 'assert':
      return '';
    case 'look':
    case 'group':
      return `(?:${skeleton(n.body)})`;
    case 'alt':
      return n.options.map(skeleton).join('|');
    case 'seq':
      return n.items.map(skeleton).join('');
    case 'repeat':
      return n.max === Infinity ? `(?:${skeleton(n.body)})${n.min === 0 ? '*' : '+'}` : `(?:${skeleton(n.body)})`;
  }
}

/** The pattern with "+", "*" and "{n,}" replaced by counts that stop OPEN_REPEAT_REACH further on. */
function bounded(pattern: string, tree: PatternNode): string {
  const open: { from: number; to: number; min: number }[] = [];
  const visit = (n: PatternNode): void => {
    if (n.t === 'repeat') {
      if (n.max === Infinity) open.push(n);
      visit(n.body);
    } else if (n.t === 'look' || n.t === 'group') visit(n.body);
    else if (n.t === 'alt') n.options.forEach(visit);
    else if (n.t === 'seq') n.items.forEach(visit);
  };
  visit(tree);
  let out = pattern;
  for (const r of open.sort((a, b) => b.from - a.from)) out = `${out.slice(0, r.from)}{${r.min},${r.min + OPEN_REPEAT_REACH}}${out.slice(r.to)}`;
  return out;
}
