// Checks the phrase tables that social workers review (STYLE.md principle 3):
// every entry is complete, its example really contains the phrase, and its
// exceptions can only ever silence a neutral sense of that phrase.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import absolute from '../../server/src/rules/data/absolute-language.json';
import credibility from '../../server/src/rules/data/credibility-doubt.json';
import jargon from '../../server/src/rules/data/jargon.json';
import judgmental from '../../server/src/rules/data/judgmental-language.json';
import opinion from '../../server/src/rules/data/opinion.json';
import speculation from '../../server/src/rules/data/speculation.json';
import stigmatizing from '../../server/src/rules/data/stigmatizing-label.json';
import vague from '../../server/src/rules/data/vague-language.json';

interface Entry {
  phrase: string;
  verb?: boolean;
  alternatives: string[];
  note: string;
  source: string;
  example: string;
  exceptions?: string[];
  caseSensitive?: boolean;
  okInAssessment?: boolean;
}

const TABLES: Record<string, Entry[]> = {
  'judgmental-language': judgmental as Entry[],
  'credibility-doubt': credibility as Entry[],
  'stigmatizing-label': stigmatizing as Entry[],
  opinion: opinion as Entry[],
  speculation: speculation as Entry[],
  'absolute-language': absolute as Entry[],
  jargon: jargon as Entry[],
  'vague-language': vague as Entry[],
};

/** The smallest useful size of each table; ISSUE 4 asks for 300 entries in all. */
const MINIMUM: Record<string, number> = {
  'judgmental-language': 25,
  'credibility-doubt': 25,
  'stigmatizing-label': 25,
  opinion: 20,
  speculation: 15,
  'absolute-language': 10,
  jargon: 60,
  'vague-language': 20,
};

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A loose set of inflections: claim → claims, claimed, claiming; deny → denies, denied; admit → admitted. */
function forms(base: string): string[] {
  const out = new Set([base, `${base}s`, `${base}es`, `${base}d`, `${base}ed`, `${base}ing`]);
  if (base.endsWith('e')) out.add(`${base.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(base)) ['ies', 'ied'].forEach((end) => out.add(base.slice(0, -1) + end));
  if (/[^aeiou][aeiou][bdgklmnprtv]$/.test(base)) ['ed', 'ing'].forEach((end) => out.add(base + base.at(-1) + end));
  return [...out];
}

const wordsOf = (e: Entry) => (e.verb ? forms(norm(e.phrase)) : [norm(e.phrase)]);

/** Whole-word matches, with the matcher's word boundaries (letters, digits, "_" and "-" join words). */
function spans(e: Entry, text: string): { start: number; end: number }[] {
  const alternation = wordsOf(e)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_\\-])(?:${alternation})(?![\\p{L}\\p{N}_\\-])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const excepted = (e: Entry, text: string) => (e.exceptions ?? []).some((x) => text.toLowerCase().includes(x));

for (const [file, entries] of Object.entries(TABLES)) {
  test(`${file}: has between ${MINIMUM[file]} and 150 entries and no duplicate phrases`, () => {
    assert.ok(entries.length >= MINIMUM[file] && entries.length <= 150, `${entries.length} entries`);
    const seen = new Set<string>();
    for (const { phrase } of entries) {
      assert.ok(!seen.has(norm(phrase)), `duplicate phrase "${phrase}"`);
      seen.add(norm(phrase));
    }
  });

  for (const e of entries) {
    test(`${file}: "${e.phrase}"`, () => {
      assert.equal(typeof e.phrase, 'string');
      assert.ok(e.phrase.trim() !== '' && e.phrase === e.phrase.trim(), 'phrase is empty or padded');
      assert.ok(e.verb === undefined || typeof e.verb === 'boolean', 'verb must be a boolean');

      assert.ok(Array.isArray(e.alternatives) && e.alternatives.length >= 1 && e.alternatives.length <= 4, '1–4 alternatives');
      for (const alt of e.alternatives) {
        assert.ok(typeof alt === 'string' && alt.trim() !== '' && alt === alt.trim(), `empty alternative in "${e.phrase}"`);
        assert.notEqual(norm(alt), norm(e.phrase), 'an alternative repeats the phrase');
        assert.doesNotMatch(alt, /[[\]{}<>]/, `placeholder brackets in "${alt}"`);
      }
      assert.equal(new Set(e.alternatives.map(norm)).size, e.alternatives.length, 'duplicate alternatives');

      assert.ok(typeof e.note === 'string' && e.note.trim() !== '', 'note is empty');
      assert.doesNotMatch(e.note, /\n/, 'note must be one line');
      assert.ok(typeof e.source === 'string' && e.source.trim() !== '', 'source is empty');

      assert.ok(typeof e.example === 'string', 'example is missing');
      assert.doesNotMatch(e.example, /["“”]/, 'the example must use the phrase in the narrative, not in quotes');
      const own = e.caseSensitive ? [...e.example.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_\\-])${e.phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}_\\-])`, 'gu'))].map((m) => ({ start: m.index, end: m.index + m[0].length })) : spans(e, e.example);
      assert.ok(own.length > 0, `example does not contain "${e.phrase}": ${e.example}`);

      for (const x of e.exceptions ?? []) {
        assert.ok(typeof x === 'string' && x === x.toLowerCase() && x === x.trim() && x !== '', `exception "${x}" must be trimmed lower case`);
        assert.ok(wordsOf(e).some((w) => x.includes(w)), `exception "${x}" cannot cover "${e.phrase}"`);
        assert.ok(!e.example.toLowerCase().includes(x), `exception "${x}" silences the entry's own example`);
      }

      // The matcher prefers the longest phrase; an example claimed by a longer entry would not test this one.
      for (const other of entries) {
        if (other === e || norm(other.phrase).length <= norm(e.phrase).length) continue;
        const longer = spans(other, e.example).filter((s) => own.some((o) => s.start <= o.start && s.end >= o.end));
        assert.equal(longer.length, 0, `the longer entry "${other.phrase}" takes over this example`);
      }

      // A fix must not write a phrase that another entry would flag again (verb fixes are conjugated in code).
      if (!e.verb) {
        const { start, end } = own[0];
        for (const alt of e.alternatives) {
          const fixed = e.example.slice(0, start) + alt + e.example.slice(end);
          for (const [g, table] of Object.entries(TABLES)) {
            for (const other of table) {
              if (spans(other, fixed).length > 0 && !excepted(other, fixed)) {
                assert.fail(`replacing with "${alt}" is flagged again by ${g} "${other.phrase}": ${fixed}`);
              }
            }
          }
        }
      }
    });
  }
}

test('the phrase tables hold at least 300 entries and no phrase belongs to two rules', () => {
  const all = Object.values(TABLES).flat();
  assert.ok(all.length >= 300, `${all.length} entries`);
  const owner = new Map<string, string>();
  for (const [file, entries] of Object.entries(TABLES)) {
    for (const { phrase } of entries) {
      const other = owner.get(norm(phrase));
      assert.ok(!other, `"${phrase}" is in both ${other} and ${file}`);
      owner.set(norm(phrase), file);
    }
  }
});

test('verb inflection covers regular and doubled forms', () => {
  assert.deepEqual(
    ['claims', 'denied', 'admitted', 'refusing', 'insists'].map((w) => ['claim', 'deny', 'admit', 'refuse', 'insist'].some((b) => forms(b).includes(w))),
    [true, true, true, true, true],
  );
});
