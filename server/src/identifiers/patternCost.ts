// How much work a team's pattern can take to try at one place in a line, as
// an upper bound on a backtracking engine's steps. V8 tries a pattern at every
// place in turn, so this bound times a line's length bounds the whole search.
//
// A sequence multiplies: each way its first part can match is a place to try
// the rest from. A repeat of one character (\d+, [A-Z]{2,4}) has one way to
// match when what may follow it can never be one of its own characters (\d+-
// has to stop where the digits do), and one way per length otherwise (\d+\d+).
// A repeat of a part with several ways has them to the power of its count,
// which is how (\d|\d)* and (a|ab)+ blow up.
import type { PatternNode } from './patternTree';

/** What one part costs: the ways it can hand on to what follows, and the steps to try them all. */
export interface Cost {
  ways: number;
  steps: number;
  /** True when the steps are many because a repeat's part can match in several ways. */
  repeatedChoice: boolean;
}

const LIMIT = 1e15;
const capped = (x: number) => (x > LIMIT || Number.isNaN(x) ? LIMIT : x);

/**
 * The steps and ways to try `tree` at one place; open-ended repeats count as
 * `reach` beyond their minimum. `limit` is the most steps allowed, for
 * telling which repeat went over.
 */
export function costOf(tree: PatternNode, reach: number, limit: number): Cost {
  let repeatedChoice = false;
  const top = (r: { min: number; max: number }) => (r.max === Infinity ? r.min + reach : r.max);

  const cost = (n: PatternNode, follow: CharSet): { ways: number; steps: number } => {
    switch (n.t) {
      case 'char':
      case 'assert':
        return { ways: 1, steps: 1 };
      case 'look':
        // A lookahead stops at its first success, whatever follows it.
        return { ways: 1, steps: cost(n.body, END).steps };
      case 'group':
        return cost(n.body, follow);
      case 'alt': {
        const parts = n.options.map((o) => cost(o, follow));
        return { ways: capped(parts.reduce((s, p) => s + p.ways, 0)), steps: capped(parts.reduce((s, p) => s + p.steps, 0)) };
      }
      case 'seq': {
        // What may follow each item: the first characters of the items after it, through those that can be empty.
        const follows: CharSet[] = [];
        let after = follow;
        for (let i = n.items.length - 1; i >= 0; i--) {
          follows[i] = after;
          const first = firstOf(n.items[i]);
          after = first.nullable ? union(first.set, after) : first.set;
        }
        let ways = 1;
        let steps = 0;
        n.items.forEach((item, i) => {
          const c = cost(item, follows[i]);
          steps = capped(steps + ways * c.steps);
          ways = capped(ways * c.ways);
        });
        return { ways, steps };
      }
      case 'repeat': {
        const most = top(n);
        if (n.body.t === 'char' && n.min < most) {
          // Greedy (or lazy) over one character: each length is tried, but only those where what follows may start count as ways.
          return overlaps(charSet(n.body.src), follow) ? { ways: most - n.min + 1, steps: most } : { ways: 1, steps: 2 * most - n.min };
        }
        const first = firstOf(n.body);
        const body = cost(n.body, most > 1 ? union(first.set, follow) : follow);
        if (body.ways === 1) return { ways: most - n.min + 1, steps: capped(most * body.steps) };
        let ways = 0;
        let steps = 0;
        for (let k = 1; k <= most && steps < LIMIT; k++) {
          steps = capped(steps + Math.pow(body.ways, k - 1) * body.steps);
          if (k >= n.min) ways = capped(ways + Math.pow(body.ways, k));
        }
        if (n.min === 0) ways = capped(ways + 1);
        if (steps > limit) repeatedChoice = true;
        return { ways, steps };
      }
    }
  };
  const { ways, steps } = cost(tree, END);
  return { ways, steps, repeatedChoice };
}

/**
 * A set of characters, as the probe characters it contains, plus whether it
 * may hold characters beyond the probes (\p{L}, [^x], ".").
 */
interface CharSet {
  bits: readonly boolean[];
  beyond: boolean;
}

// Every ASCII character, and a spread of others: letters of several scripts, digits, spaces, marks, symbols.
const PROBES = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  ...'\u00a0éßÄñøЖжαΩ中日한ا٣१１Ａ\u2003\u2028\u2029\u200b\ufeff\u0301€–’“',
  '😀',
  '𝟘',
];
const NONE: readonly boolean[] = PROBES.map(() => false);
const EMPTY: CharSet = { bits: NONE, beyond: false };
/** After the end of the pattern: the match is complete, so no character is wanted. */
const END = EMPTY;

const union = (a: CharSet, b: CharSet): CharSet => ({ bits: a.bits.map((x, i) => x || b.bits[i]), beyond: a.beyond || b.beyond });
/** Whether a character of `a` could also be the next character wanted by `b`. */
const overlaps = (a: CharSet, b: CharSet) => (a.beyond && b.beyond) || a.bits.some((x, i) => x && b.bits[i]);

const sets = new Map<string, CharSet>();
/** The characters one character part (a literal, a class, an escape) matches. */
function charSet(src: string): CharSet {
  let set = sets.get(src);
  if (!set) {
    // A pattern of one character part: linear whatever the part.
    const re = new RegExp(`^(?:${src})$`, 'u');
    const bits = PROBES.map((p) => re.test(p));
    // Escapes and negations that reach past ASCII count as holding anything else too.
    const beyond = /[^\x00-\x7f]|\\[pPDWSsuxc]|\[\^|^\.$/.test(src) || bits.some((b, i) => b && i >= 128);
    set = { bits, beyond };
    if (sets.size < 500) sets.set(src, set);
  }
  return set;
}

/** The characters a part may start with, and whether it can match empty text. */
function firstOf(n: PatternNode): { set: CharSet; nullable: boolean } {
  switch (n.t) {
    case 'char':
      return { set: charSet(n.src), nullable: false };
    case 'assert':
      return { set: EMPTY, nullable: true };
    case 'look':
      // What the lookahead reads is read again by what follows; count it as a possible next character.
      return { set: firstOf(n.body).set, nullable: true };
    case 'group':
      return firstOf(n.body);
    case 'alt': {
      const parts = n.options.map(firstOf);
      return { set: parts.reduce((s, p) => union(s, p.set), EMPTY), nullable: parts.some((p) => p.nullable) };
    }
    case 'seq': {
      let set = EMPTY;
      for (const item of n.items) {
        const f = firstOf(item);
        set = union(set, f.set);
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
    case 'repeat': {
      const f = firstOf(n.body);
      return { set: f.set, nullable: n.min === 0 || f.nullable };
    }
  }
}
