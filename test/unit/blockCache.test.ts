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

test('a number after a label on its line is found whether or not the label changed too (found in review)', () => {
  // "Reason for call:" is a section label of the contact format: the label and the number are two blocks.
  const note = (n: string) => `---\nformat: contact\ndate: 2026-11-20\n---\nReason for call: ${n}\n`;
  const identifiers = (t: string) => JSON.parse(run(t, true)).filter((f: { rule: string }) => f.rule === 'identifier').map((f: { start: number; end: number }) => t.slice(f.start, f.end));
  assert.deepEqual(identifiers(note('555-0100')), ['555-0100']);
  assert.deepEqual(identifiers(note('555-0123')), ['555-0123']);
  assert.equal(run(note('555-0123'), true), run(note('555-0123'), false));
});

test('a rule that fails once leaves nothing cached: the next check finds what it should (found in review)', async () => {
  const { RULES } = await import('../../server/src/rules');
  const rule = RULES.find((r) => r.id === 'long-sentence')!;
  const check = rule.check;
  const long = (n: number) => `In note ${n} the worker ${'and the client '.repeat(30)}talked.`;
  const note = (n: number, visits: number) => Array.from({ length: visits }, (_, i) => `Visit ${i} of note ${n} was short.`).join('\n\n') + `\n\n${long(n)}\n`;
  // Two longer notes first, so that the cache is past a short note's size and is trimmed in the same check as the failure.
  run(note(1, 3000), true);
  run(note(2, 3000), true);
  rule.check = () => {
    throw new Error('a rule bug');
  };
  try {
    analyze(parse(note(3, 1200), settings), settings, { now, onRuleError: () => {} });
  } finally {
    rule.check = check;
  }
  assert.equal(JSON.parse(run(note(3, 1200), true)).filter((f: { rule: string }) => f.rule === 'long-sentence').length, 1);
});
