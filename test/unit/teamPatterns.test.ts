// A team's own identifier formats (issue 8, "Safe patterns"): `identifiers.patterns`
// is reported by the identifier rule with the same fixes as the built-in kinds,
// removed by redaction, and every pattern is checked before use; a bad one is
// left out with one plain message at its place in .casewise.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseWorkspaceConfig } from '../../server/src/config';
import { checkPattern } from '../../server/src/identifiers/patternCheck';
import { compileTeamPatterns, findTeamMatches, LINE_WINDOW } from '../../server/src/identifiers/teamPatterns';
import { redactNote } from '../../server/src/redact';
import { identifier } from '../../server/src/rules/identifier';
import { normalize } from '../../server/src/settings';
import { applyFix, diagnostics, findings, fixTitles } from '../helpers';

const CASE = { name: 'agency case number', pattern: 'CW-\\d{6}' };
const MRN = { name: 'hospital record', pattern: 'MRN \\d{5}-\\d{2}' };
const team = { 'identifiers.patterns': [CASE, MRN] };

test("a team's pattern is found at its exact range, and named in the message", () => {
  const text = 'Mother brought letter CW-204118 from the court.\nSee MRN 00123-45 and CW-2041 (too short).\n';
  assert.deepEqual(findings(identifier, text, team), ['1:23-1:32 identifier "CW-204118"', '2:5-2:17 identifier "MRN 00123-45"']);
  assert.deepEqual(
    diagnostics(text, identifier, team).map((d) => d.message),
    [
      `This matches your team's pattern for "agency case number". Identifiers belong in the secure client record, not in the note: redact it, or keep only the last 4 digits.`,
      `This matches your team's pattern for "hospital record". Identifiers belong in the secure client record, not in the note: redact it, or keep only the last 4 digits.`,
    ],
  );
  // Without the setting, "CW-204118" is only a guess at an ID and "MRN 00123-45" a labelled record number.
  assert.deepEqual(findings(identifier, text), ['1:23-1:32 identifier "CW-204118"', '2:9-2:17 identifier "00123-45"']);
});

test('Redact writes the pattern\'s name; Keep last 4 digits masks the rest', () => {
  const text = 'Mother brought letter CW-204118 from the court.\n';
  assert.deepEqual(fixTitles(identifier, text, 0, team), ['Redact', 'Keep last 4 digits', 'Ignore this occurrence']);
  assert.equal(applyFix(identifier, text, { raw: team }), 'Mother brought letter [redacted agency case number] from the court.\n');
  assert.equal(applyFix(identifier, text, { raw: team, title: 'Keep last 4 digits' }), 'Mother brought letter **-**4118 from the court.\n');
});

test('in the front matter, a redacted value is quoted so that it stays text', () => {
  const text = '---\nreferral: CW-204118\n---\nNotes.\n';
  assert.deepEqual(findings(identifier, text, team), ['2:11-2:20 identifier "CW-204118"']);
  assert.equal(applyFix(identifier, text, { raw: team }), '---\nreferral: "[redacted agency case number]"\n---\nNotes.\n');
});

test("identifiers.kinds does not turn a team's pattern off; identifiers.allow still allows a value", () => {
  const text = 'Letter CW-204118 and CW-999999.\n';
  assert.deepEqual(findings(identifier, text, { ...team, 'identifiers.kinds': ['ssn'] }), ['1:8-1:17 identifier "CW-204118"', '1:22-1:31 identifier "CW-999999"']);
  assert.deepEqual(findings(identifier, text, { ...team, 'identifiers.allow': ['CW-999999'] }), ['1:8-1:17 identifier "CW-204118"']);
});

test('redacted copies remove the team\'s identifiers too', () => {
  const text = '---\nclient: J. D. (CW-204118)\n---\nSee MRN 00123-45; call (503) 555-0142.\n';
  assert.equal(
    redactNote(text, normalize(team).settings).text,
    '---\nclient: J. D. ([redacted agency case number])\n---\nSee [redacted hospital record]; call [redacted phone].\n',
  );
});

test('casewise redact reads the patterns from .casewise.json', () => {
  const cli = resolve(__dirname, '../../dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  const dir = mkdtempSync(join(tmpdir(), 'casewise-team-'));
  writeFileSync(join(dir, '.casewise.json'), JSON.stringify(team));
  writeFileSync(join(dir, 'visit.casenote'), 'Letter CW-204118 arrived.\n');
  const r = spawnSync(process.execPath, [cli, 'redact', 'visit.casenote', '--out', 'shared'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'shared/visit.casenote'), 'utf8'), 'Letter [redacted agency case number] arrived.\n');
});

/** Each refused pattern, with its message, from checkPattern. */
const REFUSED: [pattern: string, message: string][] = [
  ['(a+)+$', 'could make Casewise freeze on some notes: a repeated part inside another repeat, as in (\\d+)+. Give the inner or the outer part a fixed count, as in (\\d{3}-)+ or \\d{6}.'],
  ['(\\d|\\d)*x', 'could make Casewise freeze on some notes: a repeated part that can match in more than one way, as in (\\d|\\d)* or (a|ab)+. Give that repeat a small fixed count, or write the options so that only one can match.'],
  ['([a-z]+)*', 'could make Casewise freeze on some notes: a repeated part inside another repeat, as in (\\d+)+. Give the inner or the outer part a fixed count, as in (\\d{3}-)+ or \\d{6}.'],
  ['\\1', 'could make Casewise freeze on some notes: it refers back to an earlier part (as \\1 or \\k<name> do), which Casewise does not allow. Write that part out again instead.'],
  ['(?<=x)y', 'looks behind the match ("(?<=" or "(?<!"), which Casewise does not allow. Put what comes before into the pattern itself, or leave it out.'],
  ['', 'is empty. Write the shape of the number to look for, such as CW-\\d{6}.'],
  ['[', 'cannot be read: an opening "[" is never closed with a "]".'],
  ['\\d+\\d+x', 'could make Casewise freeze on some notes: it can match in too many ways at one place, as \\d+\\d+ or \\d{1,5000} can. Give each part a fixed count or a small range, as in \\d{6} or [A-Z]{2,4}.'],
  ['\\d*', 'can match empty text, so it would mark every place in a note. Make it match at least one character, as in \\d{6} rather than \\d*.'],
  ['CW-\\d{6}|'.padEnd(201, 'x'), 'is longer than 200 characters. An identifier\'s shape fits in fewer.'],
  ['a{2,1}', 'cannot be read: in a count such as {2,5}, the smaller number must come first.'],
  ['CW-\\-', 'cannot be read: a backslash "\\" comes before a character that it cannot escape; write that character without the backslash.'],
];

test('unsafe and unreadable patterns are refused, each with its own plain message', () => {
  assert.deepEqual(
    REFUSED.map(([pattern]) => checkPattern('case', pattern)),
    REFUSED.map(([, why]) => ({ ok: false, message: `The pattern for "case" ${why} It is left out.` })),
  );
});

test('patterns for record numbers are accepted, with open-ended repeats bounded', () => {
  const accepted = ['CW-\\d{6}', 'MRN \\d{5}(?:-\\d{2})?', '(\\d{3}-){2}\\d{4}', '[A-Z]{2,4}-?\\d{4,8}', '(CW|MRN)-\\d{6}', '\\b\\p{Lu}{2}\\d+\\b', '[A-Z]+-\\d+', 'x(?=\\d+)'];
  assert.deepEqual(
    accepted.map((p) => {
      const v = checkPattern('case', p);
      return v.ok ? v.source : v.message;
    }),
    ['CW-\\d{6}', 'MRN \\d{5}(?:-\\d{2})?', '(\\d{3}-){2}\\d{4}', '[A-Z]{2,4}-?\\d{4,8}', '(CW|MRN)-\\d{6}', '\\b\\p{Lu}{2}\\d{1,33}\\b', '[A-Z]{1,33}-\\d{1,33}', 'x(?=\\d{1,33})'],
  );
});

test('in .casewise.json, a bad pattern gets one message on that pattern, and the good ones apply', () => {
  const text = [
    '{',
    '  "identifiers.patterns": [',
    '    { "name": "agency case number", "pattern": "CW-\\\\d{6}" },',
    '    { "name": "court file", "pattern": "(a+)+$" },',
    '    { "name": "x[1]", "pattern": "X\\\\d{4}" }',
    '  ]',
    '}',
  ].join('\n');
  const config = parseWorkspaceConfig(text);
  assert.deepEqual(
    config.problems.map((p) => `${text.slice(p.start, p.end)} → ${p.message}`),
    [
      `"pattern": "(a+)+$" → The pattern for "court file" could make Casewise freeze on some notes: a repeated part inside another repeat, as in (\\d+)+. Give the inner or the outer part a fixed count, as in (\\d{3}-)+ or \\d{6}. It is left out.`,
      `{ "name": "x[1]", "pattern": "X\\\\d{4}" } → Entry 3 of "identifiers.patterns" (its name) is "x[1]". A name needs at least one letter or digit, and no "[", "]" or line break: Redact writes it as "[redacted name]". It is left out.`,
    ],
  );
  assert.deepEqual(normalize(config.raw).settings['identifiers.patterns'], [CASE]);
});

test('each refused pattern is one problem at its place in .casewise.json', () => {
  for (const [pattern, why] of REFUSED) {
    const text = `{ "identifiers.patterns": [{ "name": "case", "pattern": ${JSON.stringify(pattern)} }] }`;
    const { problems } = parseWorkspaceConfig(text);
    assert.deepEqual(
      problems.map((p) => [text.slice(p.start, p.end), p.message]),
      [[`"pattern": ${JSON.stringify(pattern)}`, `The pattern for "case" ${why} It is left out.`]],
    );
  }
});

test('"^" and "$" are the start and end of a line, and no match runs across lines', () => {
  const list = [{ name: 'line', pattern: '^CW\\d{2}$' }, { name: 'pair', pattern: 'A\\sB' }];
  const text = 'CW12\r\nx CW34\nCW56\nA\nB A B\n';
  assert.deepEqual(
    findTeamMatches(text, compileTeamPatterns(list)).map((m) => `${m.name} ${text.slice(m.start, m.end)}`),
    ['line CW12', 'line CW56', 'pair A B'],
  );
});

test('a long line is read in windows, finding exactly what a search of the whole line finds', () => {
  const patterns = ['CW-\\d{6}', '\\b\\d{3,}\\b', '^\\d+', '\\d+$', '[A-Z]+-\\d+', 'x(?=\\d{4})', '\\d{2}(?!\\d)', '(?:\\d{3}-)+\\d{2}'];
  const piece = fc.constantFrom('CW-123456', '12', '1234567', '-', ' ', 'x', 'AB-99', '123-45', 'é', '😀', 'CW-');
  const lines = fc.sample(fc.array(piece, { minLength: 300, maxLength: 4000, size: 'max' }).map((a) => a.join('')), { numRuns: 30, seed: 8 });
  assert.ok(lines.some((l) => l.length > 3 * LINE_WINDOW));
  // And identifiers alone in a long line, just before, across and after where a window ends.
  for (let k = LINE_WINDOW - 40; k <= LINE_WINDOW + 2; k++) lines.push(`${' '.repeat(k)}CW-123456 1234567 AB-99 x1234 123-45${' '.repeat(3000)}`);
  for (const pattern of patterns) {
    const verdict = checkPattern('p', pattern);
    assert.ok(verdict.ok, pattern);
    const compiled = compileTeamPatterns([{ name: 'p', pattern }]);
    for (const line of lines) {
      const whole: string[] = [...line.matchAll(new RegExp(verdict.source, 'gu'))].map((m) => `${m.index}+${m[0].length}`);
      assert.deepEqual(findTeamMatches(line, compiled).map((m) => `${m.start}+${m.end - m.start}`), whole, `${pattern} on a line of ${line.length}`);
    }
  }
});
