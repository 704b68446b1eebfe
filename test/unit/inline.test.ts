import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../server/src/document/inline';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('titles, initials, months and Latin abbreviations do not end a sentence', () => {
  assert.deepEqual(sentences('Client met Dr. Smith on Nov. 20 at 2 p.m. in Rm. 4. Then J. D. arrived, e.g. with her aunt. She left at 4 p.m. He stayed, etc. Next visit Tuesday.'), [
    'Client met Dr. Smith on Nov. 20 at 2 p.m. in Rm. 4.',
    'Then J. D. arrived, e.g. with her aunt.',
    'She left at 4 p.m.',
    'He stayed, etc.',
    'Next visit Tuesday.',
  ]);
});

test('quoted speech keeps its closing mark with the sentence', () => {
  assert.deepEqual(sentences('Mother said, "I left." She cried! Why? Because.'), ['Mother said, "I left."', 'She cried!', 'Why?', 'Because.']);
});

test('a very long paragraph is split in pieces with the same result as short ones', () => {
  const one = 'The client and the worker reviewed the budget for next month at the office. ';
  const text = one.repeat(400).trimEnd();
  const found = sentences(text);
  assert.equal(found.length, 400);
  assert.ok(found.every((s) => s === one.trim()));
});

test('a paragraph wrapped over lines without a full stop is one sentence; white space is never part of one', () => {
  assert.deepEqual(sentences('  A line without a stop\nthat goes on.  '), ['A line without a stop\nthat goes on.']);
  assert.deepEqual(sentences(' \n '), []);
});
