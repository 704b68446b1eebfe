// Quick fixes never corrupt a note (issue 8): properties over hostile and
// ordinary notes, an exhaustive check of every phrase table's alternatives, and
// the corruptions the properties found, as fixed examples.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { fixAllEdits, fixesOf, type LspFix } from '../../server/src/fixes';
import { applyEdits, describe, diagnostics } from '../helpers';
import { anyText, hostileText, noteLike, noteProse, runs } from '../helpers/hostile';

const OPTIONS = { now: new Date('2026-11-25T12:00:00Z'), recordedFallback: { at: new Date('2026-11-21T10:00:00Z'), from: 'modified' as const } };
const lint = (text: string) => diagnostics(text, undefined, {}, OPTIONS);
const fixAll = (text: string) => applyEdits(text, fixAllEdits(text, lint));
const anyNote = fc.oneof(hostileText, anyText, noteLike, noteProse);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const loneSurrogates = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && isLow(s.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) n++;
  }
  return n;
};

test('every fix edits only inside its finding (or inserts), never splits a surrogate pair or a CRLF, and adds no broken characters', () => {
  fc.assert(
    fc.property(anyNote, (text) => {
      const doc = TextDocument.create('file:///t', 'casenote', 1, text);
      for (const d of lint(text)) {
        const from = doc.offsetAt(d.range.start);
        const to = doc.offsetAt(d.range.end);
        for (const fix of fixesOf(d)) {
          for (const e of fix.edits) {
            const s = doc.offsetAt(e.range.start);
            const t = doc.offsetAt(e.range.end);
            const where = `${describe(text, d)}: "${fix.title}" edits ${s}-${t}`;
            assert.ok(s === t || (from <= s && t <= to), `${where}, outside ${from}-${to}`);
            for (const at of [s, t]) {
              assert.ok(!(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `${where} splits a surrogate pair`);
              assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `${where} splits a CRLF`);
            }
          }
          if (fix.edits.length) assert.ok(loneSurrogates(applyEdits(text, fix.edits)) <= loneSurrogates(text), `"${fix.title}" writes a broken character`);
        }
      }
    }),
    { numRuns: runs(200) },
  );
});

test('fix-all twice is the same as fix-all once', () => {
  fc.assert(
    fc.property(anyNote, (text) => {
      const once = fixAll(text);
      assert.equal(fixAll(once), once);
    }),
    { numRuns: runs(120) },
  );
});

test('applying preferred fixes one at a time, re-checking after each, comes to an end and never returns to an earlier text', () => {
  fc.assert(
    fc.property(fc.oneof(noteLike, noteProse, hostileText), (text) => {
      const seen = new Set<string>();
      let current = text;
      const limit = 3 * lint(text).length + 20;
      for (let step = 0; ; step++) {
        assert.ok(!seen.has(current), `fixes came back to an earlier text after ${step} steps`);
        seen.add(current);
        const fix = lint(current).flatMap(fixesOf).find((f: LspFix) => f.preferred && f.edits.length > 0);
        if (!fix) return;
        assert.ok(step < limit, `still fixing after ${step} steps`);
        current = applyEdits(current, fix.edits);
      }
    }),
    { numRuns: runs(40) },
  );
});

// Rules that judge the note or an interviewer's whole question rather than the words in it: that the
// question, the sentence or the interview changes with a rewrite is their job, not a conflict.
const JUDGE_WHOLES = new Set(['long-sentence', 'interviewer-talk', 'interview-opening', 'missing-field', 'missing-section', 'late-entry', 'empty-section', 'closed-question', 'leading-question', 'why-question', 'multiple-questions']);

/** Findings of other rules that a rewrite brings in on the text it wrote, in "rule \"text\"" form. */
function conflicts(text: string, d: Diagnostic, fix: LspFix, before: readonly Diagnostic[]): string[] {
  const doc = TextDocument.create('file:///t', 'casenote', 1, text);
  const edits = [...fix.edits].sort((a, b) => doc.offsetAt(a.range.start) - doc.offsetAt(b.range.start));
  // Where each edit's text lands in the new note.
  let shift = 0;
  const written = edits.map((e: TextEdit) => {
    const s = doc.offsetAt(e.range.start) + shift;
    shift += e.newText.length - (doc.offsetAt(e.range.end) - doc.offsetAt(e.range.start));
    return [s, s + e.newText.length];
  });
  const replaced = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]);
  /** Where an offset of the old text, outside the edits, is in the new one. */
  const moved = (at: number) => at + edits.reduce((sum, e) => (doc.offsetAt(e.range.end) <= at ? sum + e.newText.length - (doc.offsetAt(e.range.end) - doc.offsetAt(e.range.start)) : sum), 0);
  const after = applyEdits(text, fix.edits);
  const adoc = TextDocument.create('file:///t', 'casenote', 2, after);
  const count = (ds: readonly Diagnostic[]) => {
    const m = new Map<string, number>();
    for (const x of ds) m.set(`${x.code} ${x.message}`, (m.get(`${x.code} ${x.message}`) ?? 0) + 1);
    return m;
  };
  const had = count(before);
  const now = lint(after);
  const has = count(now);
  return now
    .filter((n) => n.code !== d.code && !JUDGE_WHOLES.has(String(n.code)))
    .filter((n) => (has.get(`${n.code} ${n.message}`) ?? 0) > (had.get(`${n.code} ${n.message}`) ?? 0))
    .filter((n) => written.some(([s, e]) => adoc.offsetAt(n.range.start) < e && s < adoc.offsetAt(n.range.end)))
    // The same rule already had a finding there, or where the fix wrote: that finding is re-worded, not new
    // ("I guess wheelchair-bound" → "The worker's impression is wheelchair-bound").
    .filter((n) => {
      const [ns, ne] = [adoc.offsetAt(n.range.start), adoc.offsetAt(n.range.end)];
      return !before.some((x) => {
        if (x.code !== n.code) return false;
        const [xs, xe] = [doc.offsetAt(x.range.start), doc.offsetAt(x.range.end)];
        return replaced.some(([s, e]) => xs <= e && s <= xe) || (moved(xs) < ne && ns < moved(xe));
      });
    })
    .map((n) => `${n.code} "${adoc.getText(n.range)}"`);
}

test('a rewrite never brings in another rule\'s finding on the words it wrote', () => {
  fc.assert(
    fc.property(noteProse, (text) => {
      const before = lint(text);
      for (const d of before) {
        for (const fix of fixesOf(d)) {
          if (fix.allow !== undefined || fix.title === 'Ignore this occurrence' || fix.edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character)) continue;
          assert.deepEqual(conflicts(text, d, fix, before), [], `${describe(text, d)}: "${fix.title}"`);
        }
      }
    }),
    { numRuns: runs(80) },
  );
});

test('every alternative in every phrase table, put in its own example, brings in no other rule\'s finding', () => {
  const dir = join(__dirname, '../../server/src/rules/data');
  let checked = 0;
  for (const file of readdirSync(dir)) {
    const table = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(table) || typeof table[0]?.phrase !== 'string') continue;
    for (const entry of table as { example?: string }[]) {
      if (!entry.example) continue;
      const before = lint(entry.example);
      for (const d of before) {
        for (const fix of fixesOf(d).filter((f) => f.title.startsWith('Replace with'))) {
          checked++;
          assert.deepEqual(conflicts(entry.example, d, fix, before), [], `${file}: ${entry.example} — ${fix.title}`);
        }
      }
    }
  }
  assert.ok(checked > 500, `only ${checked} rewrites checked`);
});

// What the properties found, kept as examples.
test('found: an "a"/"an" fix never reaches back to the line above ("## Plan" lost its "n")', () => {
  const text = '## Plan\n\uFEFFclient was seen in the office.\n';
  const d = lint(text).find((x) => x.code === 'jargon')!;
  assert.equal(describe(text, d), '2:2-2:20 jargon "client was seen in"');
  assert.equal(applyEdits(text, fixesOf(d).find((f) => f.preferred)!.edits), '## Plan\n\uFEFFworker met with the client in the office.\n');
});

test('found: a missing section is not inserted inside an unclosed comment, where it would never count (fix-all looped)', () => {
  const text = '---\nformat: SOAP\ndate: 2026-11-20\ntime: 14:00-14:50\nparticipants: J. D. (client)\nlocation: office\nworker: A. Rivera\n---\n## Subjective\nHe came.\n<!-- draft';
  const once = fixAll(text);
  assert.match(once, /## Plan\n\n<!-- draft$/);
  assert.deepEqual(lint(once).filter((d) => d.code === 'missing-section'), []);
});

test('found: fix-all rewrites a phrase whole, not the jargon inside it ("in order to get attention")', () => {
  assert.equal(fixAll('Child threw his shoes in class in order to get attention.'), '---\ndate: \ntime: \nparticipants: \nlocation: \nworker: \n---\nChild threw his shoes in class for reasons not yet known.');
});

test('found: "seemed to be" becomes "appeared", not "appeared to be", which was flagged in turn', () => {
  const text = 'She seemed to be tired.';
  const d = lint(text).find((x) => x.code === 'opinion')!;
  assert.equal(applyEdits(text, fixesOf(d).find((f) => f.preferred)!.edits), 'She appeared tired.');
});

test('found: a redacted identifier is not then reported as an undefined acronym ("[redacted IP address]")', () => {
  const text = 'Logged in from 10.0.0.1 today.';
  const redact = lint(text).find((x) => x.code === 'identifier')!;
  const after = applyEdits(text, fixesOf(redact).find((f) => f.title === 'Redact')!.edits);
  assert.equal(after, 'Logged in from [redacted IP address] today.');
  assert.deepEqual(lint(after).filter((d) => d.code === 'undefined-acronym'), []);
});

test('found: "adamantly" is no longer rewritten as "clearly", which the opinion rule flags', () => {
  const text = 'Client adamantly stated that she wants to keep the apartment.';
  const d = lint(text).find((x) => x.code === 'credibility-doubt')!;
  assert.deepEqual(fixesOf(d).filter((f) => f.title.startsWith('Replace')).map((f) => f.title), ['Replace with "firmly"', 'Replace with "emphatically"']);
});

test('found: a question rewrite does not lift a phrase out of reported speech ("Said bad father…" → "Tell me about bad father.")', () => {
  const text = '# Visit\nWorker: Said bad father the? The client.\n';
  const question = lint(text).find((x) => x.code === 'closed-question')!;
  assert.deepEqual(fixesOf(question).map((f) => f.title), ['Rewrite as "Tell me more about that."', 'Ignore this occurrence']);
});
