// Per-block caches (ISSUE 7): a block's analysis depends only on its text and a
// little context, so it is computed once and reused while the text is unchanged,
// however far the block moves. Results are stored relative to the block.

/** The most entries one cache keeps; past that it starts afresh (cheap, and bounded memory). */
const LIMIT = 50_000;

let generation = 0;

/**
 * Empties every TextMemo (each one on its next use). For a run over many
 * different notes, such as the command line's, where no block comes back and
 * full caches only hold memory (issue 8: 10,000 notes under 300 MB).
 */
export function forgetTextMemos(): void {
  generation++;
}

/**
 * A copy of `text` that holds nothing else. A block's text is a slice of the
 * whole note, and V8 keeps the whole note alive for as long as a slice of it is
 * kept: a cache keyed by slices held a megabyte per keystroke (ISSUE 7).
 */
export function ownCopy(text: string): string {
  // V8 copies a slice shorter than 13 characters anyway. Slicing a concatenation flattens it into a
  // new string of the text's own length, which the slice then points into, instead of into the note.
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** A bounded map from a block's text (plus context) to a value computed from it. */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();
  private generation = generation;

  private get map(): Map<string, T> {
    if (this.generation !== generation) {
      this.entries.clear();
      this.generation = generation;
    }
    return this.entries;
  }

  peek(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): void {
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(ownCopy(key), value);
  }

  get(key: string, compute: () => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= LIMIT) this.map.clear();
      value = compute();
      this.map.set(ownCopy(key), value);
    }
    return value;
  }
}
