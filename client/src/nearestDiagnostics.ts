// Which findings VS Code is given for a note with more than it shows (see
// diagnosticWindow.ts), without VS Code, so that tests can run it.

/** VS Code's limit of diagnostics a file. */
export const VS_CODE_LIMIT = 1000;

interface Placed {
  range: { start: { line: number } };
}

/**
 * The `limit` findings nearest to `line` (the earlier one on a tie), in the
 * order given; `pinned` ones come first wherever they are.
 */
export function nearest<T extends Placed>(all: readonly T[], line: number, limit: number, pinned: (d: T) => boolean = () => false): T[] {
  if (all.length <= limit) return [...all];
  return all
    .map((d, i) => ({ d, i, distance: pinned(d) ? -1 : Math.abs(d.range.start.line - line) }))
    .sort((a, b) => a.distance - b.distance || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.d);
}

/** The notice at the top of a note with more findings than VS Code shows. */
export function windowNotice(total: number): string {
  return `This note has ${total.toLocaleString('en-US')} findings, more than the ${VS_CODE_LIMIT.toLocaleString('en-US')} that VS Code shows at a time. Casewise shows the ones nearest to where you are working, and the others as you move through the note. "casewise lint" lists them all.`;
}
