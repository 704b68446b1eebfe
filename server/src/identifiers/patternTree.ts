// The structure of a team's pattern (identifiers.patterns), as far as its cost
// and its width go: which parts repeat, how often, and what they are made of.
// Only patterns that V8 has already compiled with the "u" flag are read here,
// so the syntax is known to be valid and strict.

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

/** Reads a pattern that `new RegExp(pattern, 'u')` accepts. */
export function parsePattern(src: string): PatternNode {
  return new Parser(src).alternatives();
}

const COUNT = /\{(\d+)(,(\d*))?\}/y;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  alternatives(): PatternNode {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified(this.term()));
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private term(): PatternNode {
    const { src } = this;
    const start = this.i;
    const c = src[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'assert' };
    }
    if (c === '(') {
      const look = /^\(\?<?[=!]/.exec(src.slice(this.i, this.i + 4));
      if (look) this.i += look[0].length;
      else if (src.startsWith('(?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      else if (src.startsWith('(?', this.i)) this.i = src.indexOf(':', this.i) + 1;
      else this.i++;
      const body = this.alternatives();
      this.i++; // ")"
      return look ? { t: 'look', body } : { t: 'group', body };
    }
    if (c === '[') {
      this.i++;
      while (src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      this.i++;
    } else if (c === '\\') {
      const next = src[this.i + 1];
      if (next === 'b' || next === 'B') {
        this.i += 2;
        return { t: 'assert' };
      }
      if (next === 'p' || next === 'P' || (next === 'u' && src[this.i + 2] === '{')) this.i = src.indexOf('}', this.i) + 1;
      else if (next === 'u') this.i += 6;
      else if (next === 'x') this.i += 4;
      else if (next === 'c') this.i += 3;
      else this.i += 2;
    } else this.i += (src.codePointAt(this.i) ?? 0) > 0xffff ? 2 : 1;
    return { t: 'char', src: src.slice(start, this.i) };
  }

  private quantified(body: PatternNode): PatternNode {
    const { src } = this;
    const from = this.i;
    let min: number;
    let max: number;
    const c = src[this.i];
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
      this.i++;
    } else if (c === '{') {
      COUNT.lastIndex = this.i;
      const m = COUNT.exec(src);
      if (!m) return body;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return body;
    const to = this.i;
    if (src[this.i] === '?') this.i++; // lazy: the same ways, tried in another order
    return { t: 'repeat', body, min, max, from, to };
  }
}
