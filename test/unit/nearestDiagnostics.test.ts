// Which findings VS Code is given for a note with more than the 1,000 it shows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearest, VS_CODE_LIMIT, windowNotice } from '../../client/src/nearestDiagnostics';

const at = (line: number, code = 'jargon') => ({ range: { start: { line } }, code });
const lines = (ds: { range: { start: { line: number } } }[]) => ds.map((d) => d.range.start.line);

test('a note within the limit is shown whole, in its order', () => {
  const all = [at(5), at(1), at(9)];
  assert.deepEqual(lines(nearest(all, 100, 3)), [5, 1, 9]);
});

test('past the limit, the findings nearest the cursor are kept, in document order, the earlier one on a tie', () => {
  const all = Array.from({ length: 20 }, (_, i) => at(i * 10));
  assert.deepEqual(lines(nearest(all, 95, 4)), [80, 90, 100, 110]);
  assert.deepEqual(lines(nearest(all, 0, 3)), [0, 10, 20]);
  assert.deepEqual(lines(nearest(all, 10_000, 2)), [180, 190]);
  // 70 and 100 are equally far from 85: the earlier one takes the last place.
  assert.deepEqual(lines(nearest(all, 85, 3)), [70, 80, 90]);
});

test('pinned findings (what the record status counts) are kept wherever they are', () => {
  const all = [at(0, 'missing-section'), ...Array.from({ length: 10 }, (_, i) => at(1000 + i)), at(5000, 'placeholder')];
  const kept = nearest(all, 1005, 4, (d) => d.code !== 'jargon');
  assert.deepEqual(kept.map((d) => `${d.range.start.line} ${d.code}`), ['0 missing-section', '1004 jargon', '1005 jargon', '5000 placeholder']);
});

test('the notice says how many findings there are, in plain words', () => {
  assert.equal(VS_CODE_LIMIT, 1000);
  assert.equal(
    windowNotice(3689),
    'This note has 3,689 findings, more than the 1,000 that VS Code shows at a time. Casewise shows the ones nearest to where you are working, and the others as you move through the note. "casewise lint" lists them all.',
  );
});
