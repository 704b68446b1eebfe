import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingSection } from '../../server/src/rules/missingSection';
import { applyFix, diagnostics, findings, fixTitles } from '../helpers';

const frontMatter = (format: string) => `---\nformat: ${format}\ndate: 2026-11-20\ntime: 14:00-14:50\nparticipants: J. D.\nlocation: Office\nworker: A. Rivera\n---\n`;
const SOAP = frontMatter('SOAP');

test('a note with every section of its format has no findings, whatever the case or the synonym', () => {
  assert.deepEqual(findings(missingSection, `${SOAP}# Visit\n## SUBJECTIVE\nA.\n## objective:\nB.\n## Assessment\nC.\n## Next steps\nD.\n`), []);
  assert.deepEqual(findings(missingSection, `${SOAP}## S – Subjective\nA.\n## O\nB.\n## Assessment / Plan\nC.\n`), []);
});

test('"S:" and "Subjective:" label lines count as sections', () => {
  assert.deepEqual(findings(missingSection, `${SOAP}S: Slept badly.\nO: Calm, dressed for the weather.\nA: Stable.\nP: Call on Friday.\n`), []);
  assert.deepEqual(findings(missingSection, `${SOAP}**Subjective:** Slept badly.\nObjective:\nCalm.\nAssessment: Stable.\nPlan: Call on Friday.\n`), []);
});

test('each missing section is reported on the format, in the format\'s order', () => {
  const text = `${SOAP}# Visit\n\n## Subjective\nSlept badly.\n\n## Plan\nCall on Friday.\n`;
  assert.deepEqual(findings(missingSection, text), ['2:9-2:13 missing-section "SOAP"', '2:9-2:13 missing-section "SOAP"']);
  assert.deepEqual(diagnostics(text, missingSection).map((d) => d.message), [
    'This SOAP note has no "Objective" section. Add a heading "Objective" or "O", and write what it records.',
    'This SOAP note has no "Assessment" section. Add a heading "Assessment" or "A", and write what it records.',
  ]);
});

test('the fix inserts the heading before the next section the format lists', () => {
  const text = `${SOAP}# Visit\n\n## Subjective\nSlept badly.\n\n## Plan\nCall on Friday.\n`;
  assert.deepEqual(fixTitles(missingSection, text), ['Add the "Objective" heading']);
  assert.equal(applyFix(missingSection, text, { index: 1 }), `${SOAP}# Visit\n\n## Subjective\nSlept badly.\n\n## Assessment\n\n## Plan\nCall on Friday.\n`);
});

test('the fix appends after the last section when none follows, at that section\'s level', () => {
  const text = `${SOAP}# Subjective\nA.\n# Objective\nB.\n# Assessment\nC.`;
  assert.equal(applyFix(missingSection, text), `${SOAP}# Subjective\nA.\n# Objective\nB.\n# Assessment\nC.\n\n# Plan\n`);
});

test('in a note written with label lines, the fix inserts a label line', () => {
  const text = `${SOAP}S: Slept badly.\nO: Calm.\nP: Call on Friday.\n`;
  assert.equal(applyFix(missingSection, text), `${SOAP}S: Slept badly.\nO: Calm.\nAssessment:\nP: Call on Friday.\n`);
});

test('a note with none of its sections gets headings at the end, and keeps Windows line ends', () => {
  const text = `${frontMatter('DAP')}Talked about the rent.`.replace(/\n/g, '\r\n');
  assert.deepEqual(findings(missingSection, text).length, 3);
  assert.equal(applyFix(missingSection, text), `${frontMatter('DAP')}Talked about the rent.\n\n## Data\n`.replace(/\n/g, '\r\n'));
});

test('"A:" after a question is an answer, not the Assessment', () => {
  const text = `${SOAP}S: Slept badly.\nO: Calm.\nQ: How are you?\nA: Fine.\nP: Call on Friday.\n`;
  assert.deepEqual(diagnostics(text, missingSection).map((d) => d.message), [
    'This SOAP note has no "Assessment" section. Add a heading "Assessment" or "A", and write what it records.',
  ]);
});

test('an unknown format is reported, with the nearest names as fixes', () => {
  const text = `${frontMatter('BRIP')}Text.\n`;
  assert.deepEqual(findings(missingSection, text), ['2:9-2:13 missing-section "BRIP"']);
  assert.match(diagnostics(text, missingSection)[0].message, /^"BRIP" is not a note format Casewise knows.*Known formats: SOAP, DAP, BIRP, GIRP, PIE, intake, home-visit, contact, interview, closing\./);
  assert.equal(applyFix(missingSection, text), `${frontMatter('BIRP')}Text.\n`);
});

test('a note without a format, or without front matter, has no required sections', () => {
  assert.deepEqual(findings(missingSection, '---\ndate: 2026-11-20\n---\nText.\n'), []);
  assert.deepEqual(findings(missingSection, '# Visit\nText.\n'), []);
});

test('the interview format is a conversation from start to end and needs no sections', () => {
  assert.deepEqual(findings(missingSection, `${frontMatter('interview')}# Interview\nWorker: Tell me about your week.\nClient: It was hard.\n`), []);
});

test("a team's format from .casewise.json adds sections, and a built-in one can be changed by name", () => {
  const raw = { formats: [{ name: 'crisis', sections: ['Safety', 'Plan'] }, { name: 'soap', sections: ['Subjective', 'Plan'] }] };
  const crisis = `${frontMatter('crisis')}## Risk\nNone stated.\n`;
  // "Safety" and "Plan" keep their built-in synonyms ("Risk", "Next steps").
  assert.deepEqual(findings(missingSection, crisis, raw), ['2:9-2:15 missing-section "crisis"']);
  assert.equal(applyFix(missingSection, crisis, { raw }), `${frontMatter('crisis')}## Risk\nNone stated.\n\n## Plan\n`);
  assert.deepEqual(findings(missingSection, `${SOAP}## Subjective\nA.\n## Next steps\nB.\n`, raw), []);
});
