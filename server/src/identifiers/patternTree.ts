// The structure of a team's pattern (identifiers.patterns), as far as its cost
// and its width go: which parts repeat, how often, and what they are made of.
// regexpp reads the pattern; this keeps only what the checks need. Only
// patterns that V8 has already compiled with the "u" flag are read here.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** One part of a pattern. */
export type PatternNode =
  /** One character: a literal, ".", a class such as [A-Z] or an escape such as \d; `src` is its text. */
  | { t: 'char'; src: string }
  /** ^, $, \b or \B. */
  | { t: 'assert' }
  | { t: 'look'; body: PatternNode }
  | { t: 'group'; body: PatternNode }
  | { t: 'alt'; options: PatternNode[] }
  | { t: 'seq'; items: PatternNode[] }
  /** `from`–`to` is the quantifier's text ("+", "{2,4}"), without a lazy "?". */
  | { t: 'repeat'; body: PatternNode; min: number; max: number; from: number; to: number };

const parser = new RegExpParser();

/**
 * Reads a pattern that `new RegExp(pattern, 'u')` accepts. Throws regexpp's
 * RegExpSyntaxError, with a message in V8's words, for one that regexpp cannot read.
 */
export function parsePattern(src: string): PatternNode {
  return alternatives(parser.parsePattern(src, 0, src.length, { unicode: true }).alternatives);
}

function alternatives(options: AST.Alternative[]): PatternNode {
  return options.length === 1 ? sequence(options[0]) : { t: 'alt', options: options.map(sequence) };
}

function sequence({ elements }: AST.Alternative): PatternNode {
  return elements.length === 1 ? part(elements[0]) : { t: 'seq', items: elements.map(part) };
}

function part(n: AST.Element): PatternNode {
  switch (n.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      return { t: 'char', src: n.raw };
    case 'Assertion':
      return n.kind === 'lookahead' || n.kind === 'lookbehind' ? { t: 'look', body: alternatives(n.alternatives) } : { t: 'assert' };
    case 'Group':
    case 'CapturingGroup':
      return { t: 'group', body: alternatives(n.alternatives) };
    case 'Quantifier':
      // A lazy "?" tries the same ways in another order, so bounding a repeat keeps it.
      return { t: 'repeat', body: part(n.element), min: n.min, max: n.max, from: n.element.end, to: n.greedy ? n.end : n.end - 1 };
    case 'Backreference':
      throw new Error('checkPattern refuses back-references before a pattern is parsed');
  }
}
