// Property tests (fast-check): whatever text a note holds, and whatever phrases
// a team configures, parsing and every rule finish without an error, and what
// they report lies inside the note. Big inputs are fixed examples in
// hostile-large.test.ts; the server over stdio is test/lsp/hostile.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, parse } from '../../server/src/analyze';
import { matchPhrases, type PhraseEntry } from '../../server/src/document/phrases';
import { toDiagnostic } from '../../server/src/fixes';
import { RULES } from '../../server/src/rules';
import { normalize, type Settings } from '../../server/src/settings';
import { anyText, hostileText, NASTY, noteLike, runs } from '../helpers/hostile';

const NOW = new Date('2026-11-25T12:00:00Z');
const RULE_IDS = new Set(RULES.map((r) => r.id));
const anyNote = fc.oneof(hostileText, anyText, noteLike);

/** Parses and lints `text`; fails on any rule error, and checks the model and the findings hold together. */
function lintChecked(text: string, settings: Settings = normalize().settings): void {
  const note = parse(text, settings);
  const errors: string[] = [];
  const findings = analyze(note, settings, { now: NOW, onRuleError: (rule, e) => errors.push(`${rule}: ${(e as Error).stack}`) });
  assert.deepEqual(errors, [], 'a rule threw');
  assert.ok(findings, 'analysis was cancelled without being asked to');

  // The parsed model: blocks in order, apart, inside the text; sentences and quotes inside their block.
  let last = -1;
  for (const b of note.blocks) {
    assert.ok(b.start > last && b.start <= b.end && b.end <= text.length, `block ${b.start}-${b.end} after ${last}`);
    assert.equal(b.text, text.slice(b.start, b.end));
    for (const s of [...b.sentences, ...b.quotes]) assert.ok(b.start <= s.start && s.start <= s.end && s.end <= b.end, `span ${s.start}-${s.end} outside block ${b.start}-${b.end}`);
    last = b.end;
  }
  for (const s of note.sections) assert.ok(0 <= s.start && s.start <= s.heading.end && s.start < s.end + 1 && s.end <= text.length);

  for (const f of findings) {
    assert.ok(RULE_IDS.has(f.rule), f.rule);
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.rule} at ${f.start}-${f.end} of ${text.length}`);
    assert.ok(f.message.length > 0);
    for (const fix of f.fixes) for (const e of fix.edits ?? []) assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.rule} fix edit ${e.start}-${e.end}`);
    // The LSP form: positions on real lines, characters within them.
    const d = toDiagnostic(f, note.lines, note.frontMatter?.closed ? note.frontMatter.span.end : 0);
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line < note.lines.lineCount, `line ${p.line}`);
      assert.ok(p.character <= note.lines.lineEnd(p.line) - note.lines.lineStart(p.line), `character ${p.character} on line ${p.line}`);
    }
  }
}

test('any text: the parser and every rule finish without an error, and findings lie inside the note', () => {
  fc.assert(fc.property(anyNote, (text) => lintChecked(text)), { numRuns: runs(300) });
});

test('line ends: CRLF, CR alone and mixed endings give the same findings as LF, on the same lines', () => {
  fc.assert(
    fc.property(noteLike, fc.constantFrom('\r\n', '\r', 'mixed'), (text, eol) => {
      const lf = text.replace(/\r\n?/g, '\n');
      let i = 0;
      // In this order a lone CR is never followed by an LF, which would make the two one line end.
      const other = eol === 'mixed' ? lf.replace(/\n/g, () => ['\n', '\r', '\r\n'][i++ % 3]) : lf.replace(/\n/g, eol);
      const settings = normalize().settings;
      const at = (t: string) => {
        const note = parse(t, settings);
        return (analyze(note, settings, { now: NOW }) ?? []).map((f) => `${note.lines.positionAt(f.start).line}:${note.lines.positionAt(f.start).character} ${f.rule} ${t.slice(f.start, f.end).replace(/\r\n?/g, '\n')}`);
      };
      lintChecked(other);
      assert.deepEqual(at(other), at(lf));
    }),
    { numRuns: runs(60) },
  );
});

// A team's phrases, labels and formats as hostile as strings get: regex syntax, wildcards, awkward characters.
const userString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.array(fc.constantFrom('*', '(', ')', '[', ']', '.', '+', '?', '{2}', '\\', '^', '$', '|', '-', '/', 'a', 'lazy', ' ', '  ', "'", ...NASTY), { maxLength: 12 }).map((a) => a.join('')),
);
const teamSettings = fc.record({
  allow: fc.array(userString, { maxLength: 8 }),
  deny: fc.array(fc.record({ phrase: userString, alternatives: fc.array(userString, { maxLength: 2 }) }), { maxLength: 6 }),
  interviewerLabels: fc.array(userString, { maxLength: 4 }),
  intervieweeLabels: fc.array(userString, { maxLength: 4 }),
  acronyms: fc.dictionary(userString, userString, { maxKeys: 3 }),
  'identifiers.allow': fc.array(userString, { maxLength: 4 }),
  formats: fc.array(fc.record({ name: userString, fields: fc.array(fc.constantFrom('date', 'x_1'), { maxLength: 2 }), sections: fc.array(fc.oneof(userString, fc.record({ title: userString, synonyms: fc.array(userString, { maxLength: 2 }) })), { maxLength: 3 }) }), { maxLength: 2 }),
});

test('hostile settings: any phrases, labels and formats a team writes are checked, and never break the analysis', () => {
  fc.assert(
    fc.property(teamSettings, anyNote, (raw, text) => {
      const { settings, problems } = normalize(raw);
      for (const p of problems) assert.ok(p.message.length > 0 && !/undefined|\[object/.test(p.message), p.message);
      lintChecked(text, settings);
    }),
    { numRuns: runs(150) },
  );
});

test('a phrase from the settings is matched as literal words only, never as a pattern', () => {
  const soup = 'a aa b 1 12 ( ) [ ] { } . * + ? ^ $ | \\ / - lazy start end';
  fc.assert(
    fc.property(userString, (raw) => {
      const phrase = raw.trim().replace(/\s+/g, ' ');
      fc.pre(/^[\p{L}\p{N}]/u.test(phrase) && /[\p{L}\p{N}]$/u.test(phrase));
      const table: PhraseEntry[] = [{ phrase, alternatives: ['x'], note: '', source: '' }];
      const own = matchPhrases(table, `start ${phrase} end`, []);
      assert.ok(own.some((m) => m.text.toLowerCase() === phrase.toLowerCase()), `"${phrase}" is not found in its own text`);
      for (const m of matchPhrases(table, soup, [])) assert.equal(m.text.toLowerCase(), phrase.toLowerCase(), `"${phrase}" matched "${m.text}"`);
    }),
    { numRuns: runs(300) },
  );
});
