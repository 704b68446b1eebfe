// Per-block caches (ISSUE 7): a block's analysis depends only on its text and a
// little context, so it is computed once and reused while the text is unchanged,
// however far the block moves. Results are stored relative to the block.

/** The most entries one cache keeps; past that it starts afresh (cheap, and bounded memory). */
const LIMIT = 50_000;

/** A bounded map from a block's text (plus context) to a value computed from it. */
export class TextMemo<T> {
  private readonly map = new Map<string, T>();

  peek(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): void {
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, value);
  }

  get(key: string, compute: () => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= LIMIT) this.map.clear();
      value = compute();
      this.map.set(key, value);
    }
    return value;
  }
}
