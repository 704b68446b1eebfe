import assert from 'node:assert/strict';
import { test } from 'node:test';
import { credibilityDoubt } from '../../server/src/rules/credibilityDoubt';
import { judgmentalLanguage } from '../../server/src/rules/judgmentalLanguage';
import { speculation } from '../../server/src/rules/speculation';
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

test('a condition used as a noun is a label anywhere; used as an adjective for a thing it is not', () => {
  const text = 'Worker met the schizophrenic in Room 4. A bipolar on the unit shouted. Grandfather, a diabetic, cooks.';
  assert.deepEqual(findings(stigmatizingLabel, text), [
    '1:12-1:29 stigmatizing-label "the schizophrenic"',
    '1:41-1:50 stigmatizing-label "A bipolar"',
    '1:85-1:95 stigmatizing-label "a diabetic"',
  ]);
  assert.equal(applyPreferredFix(stigmatizingLabel, 'The diabetic patient was seen.'), 'The patient with diabetes was seen.');
  assert.equal(applyPreferredFix(stigmatizingLabel, 'Mother is a diabetic and works nights.'), 'Mother has diabetes and works nights.');
  assert.equal(applyPreferredFix(stigmatizingLabel, '## Assessment\nClient is bipolar.'), '## Assessment\nClient has bipolar disorder.');
  assert.deepEqual(findings(stigmatizingLabel, 'She follows a diabetic diet. He had a bipolar episode. Client has bipolar disorder.'), []);
});

test('an institution as the subject, or a thing as the object, makes "denied" and "refused" neutral', () => {
  const neutral = 'The parole board denied early release. The billing office denied the charity care application. The landlord refused delivery of the letter. Client admitted the worker into the apartment.';
  assert.deepEqual(findings(credibilityDoubt, neutral), []);
  assert.deepEqual(findings(judgmentalLanguage, neutral), []);
  assert.deepEqual(findings(credibilityDoubt, 'Client denied the allegations. Client admitted to drinking.'), [
    '1:8-1:14 credibility-doubt "denied"',
    '1:39-1:50 credibility-doubt "admitted to"',
  ]);
});

test('what someone else reported is theirs: "per the officer", "wrote that", "said that"', () => {
  assert.deepEqual(findings(stigmatizingLabel, 'Mother said that she suffers from migraines.'), []);
  assert.deepEqual(findings(stigmatizingLabel, 'She suffers from migraines.'), ['1:5-1:17 stigmatizing-label "suffers from"']);
});

test('the writer reporting their own view is not reported speech', () => {
  assert.deepEqual(findings(speculation, 'Worker thought the client was probably lying.').length, 1);
  assert.deepEqual(findings(speculation, 'Mother thought the client was probably lying.'), []);
});
