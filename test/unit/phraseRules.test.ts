import assert from 'node:assert/strict';
import { test } from 'node:test';
import { credibilityDoubt } from '../../server/src/rules/credibilityDoubt';
import { judgmentalLanguage } from '../../server/src/rules/judgmentalLanguage';
import { stigmatizingLabel } from '../../server/src/rules/stigmatizingLabel';
import { applyFix, applyPreferredFix, findings, fixTitles } from '../helpers';

test('flags doubt words in the narrative but not inside quotes', () => {
  assert.deepEqual(findings(credibilityDoubt, 'Client claims he paid rent. He said, "She claims I lied."'), ['1:8-1:14 credibility-doubt "claims"']);
});

test('the preferred fix rewrites only the flagged word, keeping its form and capital', () => {
  assert.equal(applyPreferredFix(credibilityDoubt, 'Client claims he paid rent.'), 'Client reports he paid rent.');
  assert.equal(applyPreferredFix(credibilityDoubt, 'Claimed he paid rent.'), 'Reported he paid rent.');
  assert.equal(applyPreferredFix(judgmentalLanguage, 'Client refused the referral.'), 'Client declined the referral.');
  assert.equal(applyPreferredFix(credibilityDoubt, 'Client denied drug use.'), 'Client reported no drug use.');
});

test('every alternative is offered, best first, then "Ignore this occurrence" and "Allow"', () => {
  const titles = fixTitles(credibilityDoubt, 'Mother insisted that the rent was paid.');
  assert.deepEqual(titles, ['Replace with "stated"', 'Replace with "said"', 'Replace with "reported"', 'Ignore this occurrence', 'Allow "insisted" in this workspace']);
  assert.equal(applyFix(credibilityDoubt, 'Mother insisted that the rent was paid.', { title: 'Replace with "said"' }), 'Mother said that the rent was paid.');
});

test('neutral senses are not flagged', () => {
  const neutral = [
    "Client was admitted to St. Mary's Hospital on 11/18.",
    'The landlord denied the repair request.',
    'Mother filed an insurance claim.',
    'Father declined the referral.',
    'She insisted on paying for the bus pass.',
  ].join(' ');
  assert.deepEqual(findings(credibilityDoubt, neutral), []);
  assert.deepEqual(findings(judgmentalLanguage, neutral), []);
});

test('an interviewee turn and any quoted speech are the person\'s own words', () => {
  const text = "## Interview\nWorker: What happened?\nClient: I was lazy and my dad claims I'm an addict.\nMother: He's combative.\n\nClient stated, 'I'm so lazy.' Mother said, “He is combative.”";
  for (const rule of [credibilityDoubt, judgmentalLanguage, stigmatizingLabel]) assert.deepEqual(findings(rule, text), []);
});

test('labels are flagged with person-first alternatives, and the article agrees', () => {
  assert.deepEqual(findings(stigmatizingLabel, 'He is an addict. She suffers from anxiety.'), [
    '1:7-1:16 stigmatizing-label "an addict"',
    '1:22-1:34 stigmatizing-label "suffers from"',
  ]);
  assert.equal(applyPreferredFix(stigmatizingLabel, 'He is an addict.'), 'He is a person with a substance use disorder.');
});

test('judgments are flagged in the writer\'s own words, including an interviewer\'s turn', () => {
  assert.deepEqual(findings(judgmentalLanguage, 'The client was combative.\n## Interview\nWorker: You were combative, weren\'t you?'), [
    '1:16-1:25 judgmental-language "combative"',
    '3:18-3:27 judgmental-language "combative"',
  ]);
});
