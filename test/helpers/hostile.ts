// Generators of hostile and note-like text for the property tests (fast-check).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(__dirname, '../../server/src/rules/data');

/** Words and phrases the rules look for, from every phrase table: the text most likely to draw findings and fixes. */
export const TABLE_PHRASES: string[] = readdirSync(DATA)
  .map((f) => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as unknown)
  .filter((t): t is { phrase: string }[] => Array.isArray(t) && typeof (t[0] as { phrase?: unknown })?.phrase === 'string')
  .flatMap((t) => t.map((e) => e.phrase));

/** Characters that break naive code: NUL, lone surrogates, a surrogate pair, combining marks, joiners, right-to-left text and controls, BOM, odd line ends. */
export const NASTY = [
  '\0', '\uD800', '\uDC00', '\uDBFF', '😀', '👩‍👧', '🇺🇸', 'e\u0301', '\u0301', '\u0308\u0308\u0308', '\u200D', '\u200B', '\uFEFF',
  'שלום', 'مرحبا', '\u202E', '\u202D', '\u2028', '\u2029', '\u000B', '\u000C', '\u0085', '\t', '\u00A0', '\u3000', 'İ', 'ß', 'ǅ', '\uFFFD', '\uFFFF',
];

const STRUCTURE = [
  '# ', '## ', '###### ', '####### ', '---', '...', '```', '~~~', '<!--', '-->', '<!-- casewise-disable-next-line -->', '<!-- casewise-disable jargon -->',
  '<!-- casewise-enable -->', '- ', '* ', '1. ', '> ', '**', '__', 'Worker: ', 'Client: ', 'Q: ', 'A: ', 'Me: ', 'Counselor (A. Rivera): ', 'Plan: ',
  'S: ', 'Late entry: ', 'Reason: ', 'format: SOAP', 'format: interview', 'format: home-visit', 'date: ', 'time: ', 'recorded: ', 'participants: ',
  'late_entry: true', 'casewise: true',
];
const PUNCTUATION = ['?', '??', '?!', '.', '...', '…', ',', ';', ':', '!', '"', '“', '”', '„', '«', '»', "'", '‘', '’', '(', ')', '[', ']', '{', '}', '<', '>', '/', '\\', '-', '—', '–', '_', '*', '#', '$', '%', '&', '@', '|', '~', '`', '^', '='];
const WORDS = [
  'the', 'client', 'said', 'she', 'he', 'was', 'is', 'and', 'or', 'did', 'you', 'why', "didn't", 'Tell me', 'about', 'it', 'sounds like', 'I think',
  'always', 'never', 'claims', 'denies', 'lazy', 'combative', 'pt', 'hx', 'c/o', 'SI/HI', 'DCFS', 'IEP', 'TODO', 'TBD', '___', 'XX/XX/XXXX', '${1:name}', '$2',
  '[insert name]', '2026-02-30', '2026-11-20', '13/45/2026', 'February 30, 2026', '14:00-13:00', '555-12-1234', '(503) 555-0142', 'a@b.com', 'https://x.org/a',
  '123 Main St', 'MRN 00482913', 'DOB 3/4/2011', '10.0.0.1', 'recently', 'a lot', 'probably because', 'in my opinion', 'suffers from', 'an addict',
  'wheelchair-bound', 'noncompliant', 'admits', 'allegedly', 'seems', 'appears to be', 'must have', 'everyone', 'nothing', 'an SI screen', 'a hx',
];
const ENDINGS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r'];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const token = fc.oneof(
  { weight: 6, arbitrary: pick([...WORDS, ...TABLE_PHRASES]) },
  { weight: 3, arbitrary: pick([' ', ' ', '  ']) },
  { weight: 3, arbitrary: pick(ENDINGS) },
  { weight: 2, arbitrary: pick(STRUCTURE) },
  { weight: 2, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: pick(NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** A note's worth of hostile text: note structure, flagged words, punctuation and awkward characters, in any order. */
export const hostileText = fc.array(token, { maxLength: 120 }).map((ts) => ts.join(''));

/** Arbitrary UTF-16 (lone surrogates included). */
export const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

const FIELDS = ['format: SOAP', 'format: interview', 'format: home-visit', 'date: 2026-11-20', 'time: 14:00-14:50', 'participants: J. D. (client)', 'location: office', 'worker: A. Rivera', 'recorded: 2026-11-21 09:00'];

/** Notes made of some of FIELDS as front matter, then sections under `headings` of up to `maxLines` lines (or interview turns) of `line`. */
function notesOf(headings: string[], line: fc.Arbitrary<string>, maxLines: number): fc.Arbitrary<string> {
  return fc
    .record({
      frontMatter: fc.option(fc.subarray(FIELDS)),
      sections: fc.array(fc.record({ heading: pick(headings), lines: fc.array(line, { maxLength: maxLines }), turns: fc.boolean() }), { maxLength: 5 }),
      eol: pick(['\n', '\r\n']),
    })
    .map(({ frontMatter, sections, eol }) => {
      const out: string[] = [];
      if (frontMatter) out.push('---', ...frontMatter, '---');
      for (const s of sections) {
        out.push(s.heading);
        s.lines.forEach((l, i) => out.push(s.turns ? `${i % 2 ? 'Client' : 'Worker'}: ${l}` : l));
        out.push('');
      }
      return out.join(eol);
    });
}

/** Text that looks like a real note (front matter, sections, interview turns), with flagged words in it: the input for the fix properties. */
export const noteLike = notesOf(
  ['# Visit', '## Subjective', '## Objective', '## Assessment', '## Plan', '## Interview', '## Observations', 'Plan:'],
  fc.array(token, { minLength: 1, maxLength: 14 }).map((ts) => ts.join('').replace(/[\r\n]+/g, ' ')),
  5,
);

const FILLER = ['the client', 'her mother', 'the worker', 'at home', 'on Tuesday', 'the school', 'was', 'said', 'went', 'to', 'and', 'about', 'his', 'rent', 'visit', 'appointment', 'kids'];

/** A sentence of real words, one space apart: flagged phrases among ordinary ones. */
const sentence = fc
  .tuple(fc.array(fc.oneof(pick(FILLER), pick(TABLE_PHRASES), pick(WORDS.filter((w) => /^[\p{L} '’/-]+$/u.test(w)))), { minLength: 1, maxLength: 12 }), pick(['.', '.', '?', '!']))
  .map(([words, end]) => {
    const s = words.join(' ') + end;
    return s[0].toUpperCase() + s.slice(1);
  });

/** A note in ordinary prose: front matter, sections, paragraphs and interview turns made of real words. */
export const noteProse = notesOf(
  ['# Visit', '## Subjective', '## Objective', '## Assessment', '## Plan', '## Interview', '## Observations'],
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')),
  4,
);

/**
 * How many runs a property gets: `n`, times CASEWISE_FUZZ when it is set
 * (CASEWISE_FUZZ=20 npm run test:unit fuzzes twenty times as hard, locally).
 */
export const runs = (n: number): number => Math.max(1, Math.round(n * Number(process.env.CASEWISE_FUZZ ?? 1)));
