// Big and pathological notes as fixed examples (too big for random runs): each
// is parsed and checked by every rule within 2 s per megabyte, with no rule
// error. Several of these hung or ran for minutes before the fixes named beside
// them; the regex each one attacks is in regex-safety.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, parse } from '../../server/src/analyze';
import { redactNote } from '../../server/src/redact';
import { normalize, type Settings } from '../../server/src/settings';
import { anyText, NASTY } from '../helpers/hostile';

const MB = 1 << 20;
const NOW = new Date('2026-11-25T12:00:00Z');
/** `unit` repeated to `length` characters. */
const fill = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const SOAP = '---\nformat: SOAP\ndate: 2026-11-20\n---\n';

/** The time budget of the issue: 2 s for a megabyte (and never less than 2 s). */
const budget = (text: string) => 2000 * Math.max(1, text.length / MB);

function lintWithin(text: string, settings: Settings = normalize().settings): number {
  const started = performance.now();
  const errors: string[] = [];
  const note = parse(text, settings);
  const findings = analyze(note, settings, { now: NOW, onRuleError: (rule, e) => errors.push(`${rule}: ${(e as Error).message}`) });
  const ms = performance.now() - started;
  assert.deepEqual(errors, []);
  assert.ok(findings);
  assert.ok(ms < budget(text), `took ${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(0)} KB (budget ${budget(text)} ms)`);
  return findings.length;
}

// Loads compromise, compiles the phrase tables: the first note pays for it, not the examples.
lintWithin('# Warm-up\nWorker: Did you sleep? The client was lazy and claims pt hx.');

const PROSE = 'Client was combative and claims he never drinks; pt hx of SI per the referral. He said, "I am fine." ';

const examples: [name: string, text: string][] = [
  ['a 1 MB single line of note prose', fill(PROSE)],
  ['1 MB of random Unicode (NUL, lone surrogates, combining marks, emoji, RTL)', fill(fc.sample(anyText, { numRuns: 400, seed: 7 }).join('\n') + NASTY.join(' '))],
  ['1 MB with CR line ends', fill('Client was lazy.\rShe claims.\r')],
  ['1 MB with mixed line ends', fill('Client was lazy.\r\nShe claims.\rHe said.\n')],
  ['10,000 headings', Array.from({ length: 10_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`).join('\n')],
  ['10,000 interview turns', '## Interview\n' + Array.from({ length: 5_000 }, () => "Worker: You were scared, weren't you?\nClient: Yes.").join('\n')],
  ['unclosed front matter before a 1 MB note', '---\nformat: SOAP\ndate: 2026-11-20\n' + fill('a: b\nThe client was combative.\n', MB)],
  ['front matter longer than 64 KB', '---\n' + fill('key: value\n', 200_000) + '---\nBody.'],
  ['YAML: 50,000 nested flow sequences', '---\na: ' + '['.repeat(50_000) + '\n---\nBody.'],
  ['YAML: 2,000 nested maps', '---\n' + Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + '\n---\nBody.'],
  [
    'YAML: billion laughs (aliases of aliases)',
    '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nformat: SOAP\n---\n## Plan\nCall.',
  ],
  ['YAML: 5,000 aliases to one anchor', '---\nformat: SOAP\nx: &x ' + 'y'.repeat(1000) + '\n' + Array.from({ length: 5_000 }, (_, i) => `k${i}: *x`).join('\n') + '\n---\nBody.'],
  ['5,000 question marks', 'Worker: ' + '?'.repeat(5_000)],
  ['1 MB of question marks', fill('?')],
  ...['"', '“', '”', '„', '«', '»', "'", '‘', '’', '`', '(', '[', '{', '<', '*', '_', '#', '-', ':', '.', '$', '@', '&', '|', '\\'].map((c): [string, string] => [`1 MB of ${c}`, fill(c)]),
  ['1 MB of unclosed single quotes after brackets', fill("'(‘‘")],
  ['1 MB of unclosed "[add" prompts', fill('<[ADD\0')],
  ['1 MB of acronyms with open brackets', fill('AA(Aa\t')],
  ['1 MB of letters', fill('ss')],
  ['1 MB of "$1" lines', fill('$1\n')],
  ['1 MB of initials ("A. A. A.")', '## Interview\n' + fill('A. ')],
  ['1 MB of "No. "', fill('No. ')],
  ['1 MB of e-mail-like text', fill('%@')],
  ['1 MB of apostrophes in words', fill("e'")],
  ['1 MB of impossible and real dates', fill('2026-02-30 2026-11-20 February 30, 2026 3/4/2011 ')],
  ['1 MB of phone numbers, e-mail addresses and street addresses', fill('(503) 555-0142 a@b.com 123 Main St ')],
  ['1 MB of template blanks', fill('TODO XX/XX/XXXX ${1:x} [insert name] ___ ')],
  ['1 MB of quoted flagged words', fill('He was "lazy" and lazy. ')],
  ['1 MB of disable and enable comments', fill('<!-- casewise-disable jargon -->\npt\n<!-- casewise-enable jargon -->\n')],
  ['a heading with 1 MB of tabs', '# x' + fill('\t') + '&('],
  ['a SOAP label line with 1 MB of spaces', SOAP + 'S' + fill(' ') + 'x:'],
  ['a bold label line with 1 MB of tabs', SOAP + '__\0\t' + fill('\t') + '\0'],
  ['a late-entry line with 1 MB of tabs', 'Late entry' + fill('\t') + ':'],
  ['a reason with 1 MB of tabs', 'Late entry: reason' + fill('\t') + 'x'],
  ['a speaker label with 1 MB of tabs', '## Interview\nWorker (A' + fill('\t') + ')'],
  ['an interviewer turn of 1 MB without a space', '## Interview\nWorker: ' + fill("'(‘‘")],
];

for (const [name, text] of examples) {
  test(`${name}: checked within 2 s per MB`, () => {
    lintWithin(text);
  });
}

test('a 1 MB single line where every word is flagged (150,000 findings) finishes', () => {
  // Not an issue-8 input, a stress: the time goes into building 150,000 findings and their fixes
  // (analyze.ts, ISSUE 7), so it gets twice the budget. It took 18 s before isReported() read a bounded reach.
  const started = performance.now();
  const settings = normalize().settings;
  assert.ok((analyze(parse(fill('lazy claims pt hx recently always '), settings), settings, { now: NOW }) ?? []).length > 100_000);
  assert.ok(performance.now() - started < 4000, `took ${(performance.now() - started).toFixed(0)} ms`);
});

test('a team file with 3,000 allowed and 3,000 denied phrases, on a 1 MB note', () => {
  const { settings } = normalize({
    allow: Array.from({ length: 3_000 }, (_, i) => `lazy * ${i} *`),
    deny: Array.from({ length: 3_000 }, (_, i) => ({ phrase: `word${i} thing`, alternatives: ['x'] })),
  });
  assert.equal(settings.deny.length, 3_000);
  assert.ok(lintWithin(fill('Client was lazy and claims word12 thing; he is combative. '), settings) > 0);
});

test('redacting hostile notes (long names, runs of blanks and brackets) stays within budget', () => {
  const settings = normalize().settings;
  for (const text of [
    '---\nparticipants: __\0\t' + fill('\t', 300_000) + '(x)\n---\n' + fill('\t', 300_000),
    '---\nparticipants: ' + fill('A. Rivera (worker); ', 200_000) + '\n---\n' + fill('A. Rivera said. ', 300_000),
    '---\nclient: ' + fill('(', 300_000) + '\n---\nBody.',
    '---\nparticipants: |\n' + fill('  \n', 300_000) + '  - x\n---\nBody.',
  ]) {
    for (const names of ['initials', 'roles'] as const) {
      const started = performance.now();
      redactNote(text, settings, { names });
      const ms = performance.now() - started;
      assert.ok(ms < budget(text), `redact (${names}) took ${ms.toFixed(0)} ms`);
    }
  }
});

// Found by this test: the per-block cache made a first check of 350,000 tiny blocks take 12 s (ISSUE 7 fixed it).
test('1 MB of 350,000 one-line paragraphs', () => {
  lintWithin(fill('a\n\n'));
});
