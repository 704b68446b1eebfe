// The per-block cache of analyze() (ISSUE 7) must never change what a user
// sees: after every edit in a sequence, the cached analysis equals a fresh one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, parse } from '../../server/src/analyze';
import { settingsWith } from '../helpers';
// @ts-expect-error: a plain ES module without types
import { generateNote } from '../../bench/corpus.mjs';

const settings = settingsWith();
const now = new Date('2026-11-25T12:00:00');
const run = (text: string, cache: boolean) => JSON.stringify(analyze(parse(text, settings), settings, { now, cache }));

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) & 0x7fffffff;
    return a / 0x7fffffff;
  };
}

const EDITS = [' ', 'x', '\n', '\n\n', 'The client was combative. ', '"', 'Worker: Did you go?\n', '## Plan\n', 'Client: I was lazy.\n', '123-45-6789 ', 'Dr. ', '?'];

for (const [name, text] of [
  ['the workspace interview', readFileSync(join(__dirname, '../fixtures/workspace/interview.casenote'), 'utf8')],
  ['a generated 20 KB record', generateNote(20_000, 3) as string],
  // Findings in the front matter, outside every block.
  ['a record with findings in its front matter', '---\nformat: contact\ndate: 2026-11-20\nworker: [worker name]\nnext visit: 2026-02-30\nnote: call 555-201-3344\n---\nThe next visit is on 2026-02-30.\n\n' + (generateNote(5_000, 4) as string)],
] as const) {
  test(`cached and fresh analyses agree after each of 60 random edits: ${name}`, () => {
    const next = random(name.length);
    let current = text;
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(next() * current.length);
      current = next() < 0.3 ? current.slice(0, at) + current.slice(at + 1 + Math.floor(next() * 20)) : current.slice(0, at) + EDITS[Math.floor(next() * EDITS.length)] + current.slice(at);
      const fresh = run(current, false);
      assert.equal(run(current, true), fresh, `edit ${i} at ${at}`);
      // Again, with every block cached: findings outside the blocks (the front matter) must still come.
      assert.equal(run(current, true), fresh, `edit ${i} at ${at}, checked twice`);
    }
  });
}
