import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchCase, matchPhrases, type PhraseEntry } from '../../server/src/document/phrases';

const table: PhraseEntry[] = [
  { phrase: 'claim', verb: true, alternatives: ['report', 'state'], note: 'n', source: 's', exceptions: ['insurance claim', 'filed a claim'] },
  { phrase: 'deny', verb: true, alternatives: ['report no'], note: 'n', source: 's', exceptions: ['denied the request'] },
  { phrase: 'an addict', alternatives: ['a person who uses drugs'], note: 'n', source: 's' },
  { phrase: 'addict', alternatives: ['person who uses drugs'], note: 'n', source: 's' },
  { phrase: 'suffers from', alternatives: ['has'], note: 'n', source: 's' },
];
const show = (text: string, allow: string[] = []) => matchPhrases(table, text, allow).map((m) => `${m.start}-${m.end} ${m.text} -> ${m.replacements.join(' / ')}`);

test('verb entries match every form and inflect the replacement to it', () => {
  assert.deepEqual(show('Claims he paid. She claimed it. He is claiming more. They claim.'), [
    '0-6 Claims -> Reports / States',
    '20-27 claimed -> reported / stated',
    '38-46 claiming -> reporting / stating',
    '58-63 claim -> report / state',
  ]);
});

test('a multi-word replacement inflects its first word only', () => {
  assert.deepEqual(show('Client denied drug use.'), ['7-13 denied -> reported no']);
});

test('the longest phrase wins, and whitespace between words may vary', () => {
  assert.deepEqual(show('He is an  addict and suffers\nfrom pain; addicts'), ['6-16 an  addict -> a person who uses drugs', '21-33 suffers\nfrom -> has']);
});

test('neutral senses listed as exceptions are not matched', () => {
  assert.deepEqual(show('She filed a claim. The landlord denied the request. An insurance claim was made.'), []);
});

test('words inside other words are not matched', () => {
  assert.deepEqual(show('reclaimed addiction claimant non-addict'), []);
});

test('allowed terms are skipped', () => {
  assert.deepEqual(show('He claims it.', ['claims']), []);
});

test('case follows the original', () => {
  assert.equal(matchCase('CLAIMS', 'reports'), 'REPORTS');
  assert.equal(matchCase('Claims', 'reports'), 'Reports');
  assert.equal(matchCase('claims', 'reports'), 'reports');
  assert.equal(matchCase('I', 'we'), 'We');
});

test('offsets stay right when lower-casing would change the length', () => {
  assert.deepEqual(show('İİ he claims'), ['6-12 claims -> reports / states']);
});

test('"*" in an exception stands for one word', () => {
  const withWildcard: PhraseEntry[] = [{ phrase: 'deny', verb: true, alternatives: ['report no'], note: 'n', source: 's', exceptions: ['denied the * request'] }];
  assert.deepEqual(matchPhrases(withWildcard, 'The landlord denied the repair request. Client denied the request.', []).map((m) => m.start), [47]);
});

test('an acronym at the start keeps the replacement as written', () => {
  assert.equal(matchCase('IV drug user', 'person who injects drugs'), 'person who injects drugs');
});

test('a case-sensitive entry matches its own capitalisation, or a capital first letter', () => {
  const abbreviations: PhraseEntry[] = [
    { phrase: 'pt', caseSensitive: true, alternatives: ['client'], note: 'n', source: 's' },
    { phrase: 'NAD', caseSensitive: true, alternatives: ['no acute distress'], note: 'n', source: 's' },
  ];
  assert.deepEqual(
    matchPhrases(abbreviations, 'Saw pt today. Pt left. PT twice weekly. Exam NAD. nad. NAD on exit.', []).map((m) => `${m.text}->${m.replacements[0]}`),
    ['pt->client', 'Pt->Client', 'NAD->no acute distress', 'NAD->No acute distress'],
  );
});
