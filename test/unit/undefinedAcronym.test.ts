import assert from 'node:assert/strict';
import { test } from 'node:test';
import { undefinedAcronym } from '../../server/src/rules/undefinedAcronym';
import { applyFix, diagnostics, findings, fixTitles } from '../helpers';

test('an acronym never spelled out, and one used before it is spelled out: the first use only', () => {
  const text = 'The worker called DCFS. DCFS said the IEP meeting is Monday.\n\nThe Individualized Education Program (IEP) lists speech therapy.\n';
  assert.deepEqual(findings(undefinedAcronym, text), ['1:19-1:23 undefined-acronym "DCFS"', '1:39-1:42 undefined-acronym "IEP"']);
  const [dcfs, iep] = diagnostics(text, undefinedAcronym);
  assert.equal(dcfs.message, '"DCFS" is never spelled out in this note. Write the full name the first time, followed by "(DCFS)".');
  assert.equal(iep.message, '"IEP" is used before it is spelled out. Write the full name here, the first time it appears.');
});

test('spelled out at its first use, in either order, is not flagged', () => {
  assert.deepEqual(findings(undefinedAcronym, 'The Individualized Education Program (IEP) was reviewed. The IEP is current.\n'), []);
  assert.deepEqual(findings(undefinedAcronym, 'The DCFS (Department of Children and Family Services) worker called. DCFS closed the case.\n'), []);
});

test('not flagged: common acronyms, capitals for emphasis, Roman numerals, quotes, redactions and record-number prefixes', () => {
  const text = [
    'Client did NOT attend. The FBI and the USA were mentioned. Part II of the form.',
    'Client said "the DHS lady came by".',
    'Call from [redacted IP address] logged.',
    'About case CW-104233 and file AB-12.',
    '',
  ].join('\n');
  assert.deepEqual(findings(undefinedAcronym, text), []);
});

test('the fix spells it out with the team\'s expansion; the allow list and "Allow" silence it', () => {
  const text = 'Referred to CASA on Monday.\n';
  const raw = { acronyms: { CASA: 'Court Appointed Special Advocates' } };
  assert.deepEqual(fixTitles(undefinedAcronym, text, 0, raw), ['Spell out as "Court Appointed Special Advocates (CASA)"', 'Ignore this occurrence', 'Allow "CASA" in this workspace']);
  assert.equal(applyFix(undefinedAcronym, text, { raw }), 'Referred to Court Appointed Special Advocates (CASA) on Monday.\n');
  assert.deepEqual(findings(undefinedAcronym, text, { allow: ['CASA'] }), []);
});
