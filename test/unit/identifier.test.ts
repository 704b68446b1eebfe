import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepLast4 } from '../../server/src/identifiers/kinds';
import { luhn } from '../../server/src/identifiers/patterns';
import { identifier } from '../../server/src/rules/identifier';
import { applyFix, applyPreferredFix, diagnostics, findings, fixTitles } from '../helpers';

test('finds each identifier with its exact range', () => {
  const text = 'Mother gave SSN 123-45-6789 and cell (503) 555-0142.\nFax records to 312-555-0119; email tasha.r82@example.com.\n';
  assert.deepEqual(findings(identifier, text), [
    '1:17-1:28 identifier "123-45-6789"',
    '1:38-1:52 identifier "(503) 555-0142"',
    '2:16-2:28 identifier "312-555-0119"',
    '2:36-2:57 identifier "tasha.r82@example.com"',
  ]);
  assert.deepEqual(diagnostics(text, identifier).map((d) => d.message.split('.')[0]), [
    'A Social Security number is written here',
    'A phone number is written here',
    'A fax number is written here',
    'An email address is written here',
  ]);
});

test('a labelled value is the number only, not its label', () => {
  assert.deepEqual(findings(identifier, 'Per medical record #48291 and Medicaid ID 94718263A, DOB: 07-22-1948.'), [
    '1:21-1:26 identifier "48291"',
    '1:43-1:52 identifier "94718263A"',
    '1:59-1:69 identifier "07-22-1948"',
  ]);
  assert.deepEqual(findings(identifier, 'Father showed DL# 48291037; plate 7ABC123; serial # 2204718831; case #2024-JV-00419.'), [
    '1:19-1:27 identifier "48291037"',
    '1:35-1:42 identifier "7ABC123"',
    '1:53-1:63 identifier "2204718831"',
    '1:71-1:84 identifier "2024-JV-00419"',
  ]);
});

test('addresses, URLs, IP addresses and cards', () => {
  assert.deepEqual(findings(identifier, 'Moved to 1432 Maple Ave, Apt 3B; mail to P.O. Box 318; see facebook.com/example.tmarie77 from 192.0.2.45.'), [
    '1:10-1:32 identifier "1432 Maple Ave, Apt 3B"',
    '1:42-1:54 identifier "P.O. Box 318"',
    '1:60-1:89 identifier "facebook.com/example.tmarie77"',
    '1:95-1:105 identifier "192.0.2.45"',
  ]);
  assert.deepEqual(findings(identifier, 'Card 4111 1111 1111 1111 was used.'), ['1:6-1:25 identifier "4111 1111 1111 1111"']);
});

test('payment card numbers must pass the Luhn check', () => {
  assert.equal(luhn('4111111111111111'), true);
  assert.equal(luhn('4111111111111112'), false);
  assert.deepEqual(findings(identifier, 'Card 4111 1111 1111 1112 was declined, and so was 4111111111111112.'), []);
});

test('identifiers inside quotes and interviewee turns are still found', () => {
  const text = 'Client said, "My number is 206.555.0191."\n\n## Interview\nWorker: How can I reach you?\nClient: Text me at 773-555-0161 or email me.\n';
  assert.deepEqual(findings(identifier, text), ['1:28-1:40 identifier "206.555.0191"', '5:20-5:32 identifier "773-555-0161"']);
});

test("the front matter's client, date, time and recorded fields are left alone; other fields are checked", () => {
  const text = [
    '---',
    'client: J. D. (case 10482)',
    'date: 2026-11-20',
    'time: 14:00-14:50',
    'recorded: 2026-11-20 16:10',
    'location: 1432 Maple Ave, Apt 3B',
    '---',
    'Body.',
    '',
  ].join('\n');
  assert.deepEqual(findings(identifier, text), ['6:11-6:33 identifier "1432 Maple Ave, Apt 3B"']);
  // No "Ignore" comment is offered inside the front matter: it would break the YAML.
  assert.deepEqual(fixTitles(identifier, text), ['Redact']);
});

test('ordinary numbers a note must keep are not flagged', () => {
  const clean = [
    'On 11/20/2026 the worker visited from 14:00-14:50 and again at 2:30 pm on 2026-12-03.',
    'Rent is $1,250 per month; she owes $3,400.00 and earns 1500 a month.',
    'Sertraline 50 mg daily; lorazepam 0.5 mg; insulin 22 units at bedtime.',
    'PHQ-9 score 16, GAD-7 of 12, MMSE 27/30, blood pressure 120/80.',
    'Meeting held in room 214 of Suite 300; courtroom 4B on the 4th floor.',
    'Client, age 42, has 3 children ages 4, 7 and 12, and 2 prior reports from 2019.',
    'Youth attended 8 of 12 sessions; the 3 Family Court hearings were continued.',
    'Mother walked 2 blocks down Main Street; bus Route 12 takes 35 minutes.',
    'SSN not provided; Medicaid number not yet assigned; plate number unknown.',
    'Diagnosis ICD-10 F32.1; billed as CPT 90837; see section 1.2.3.4 of the policy.',
  ].join('\n');
  assert.deepEqual(findings(identifier, clean), []);
});

test('"Redact" replaces only the value, and is the preferred fix', () => {
  assert.deepEqual(fixTitles(identifier, 'SSN 123-45-6789.'), ['Redact', 'Keep last 4 digits', 'Ignore this occurrence']);
  assert.equal(applyPreferredFix(identifier, 'Mother gave SSN 123-45-6789 today.'), 'Mother gave SSN [redacted SSN] today.');
  assert.equal(applyPreferredFix(identifier, 'Call (720) 555-0133 ext. 208 today.'), 'Call [redacted phone] today.');
  assert.equal(applyPreferredFix(identifier, 'Fax: (702) 555-0114.'), 'Fax: [redacted fax].');
  assert.equal(applyPreferredFix(identifier, 'Hospital MRN 00482913 was used.'), 'Hospital MRN [redacted MRN] was used.');
  assert.equal(applyPreferredFix(identifier, 'Child (DOB 4/15/2012) is in first grade.'), 'Child (DOB [redacted date of birth]) is in first grade.');
  assert.equal(applyPreferredFix(identifier, 'Home visit at 87 W Jefferson Street; home was clean.'), 'Home visit at [redacted address]; home was clean.');
});

test('"Keep last 4 digits" is offered for SSNs, cards, accounts and phone numbers only', () => {
  assert.equal(applyFix(identifier, 'SSN 123-45-6789.', { title: 'Keep last 4 digits' }), 'SSN ***-**-6789.');
  assert.equal(applyFix(identifier, 'Card 4111 1111 1111 1111 was used.', { title: 'Keep last 4 digits' }), 'Card **** **** **** 1111 was used.');
  assert.equal(applyFix(identifier, 'Paid from account #RP-004417 monthly.', { title: 'Keep last 4 digits' }), 'Paid from account #**-**4417 monthly.');
  assert.equal(applyFix(identifier, 'Call (720) 555-0133 ext. 208 today.', { title: 'Keep last 4 digits' }), 'Call (***) ***-0133 ext. *** today.');
  assert.deepEqual(fixTitles(identifier, 'Email x1@example.com.'), ['Redact', 'Ignore this occurrence']);
  assert.deepEqual(fixTitles(identifier, 'Hospital MRN 00482913.'), ['Redact', 'Ignore this occurrence']);
  assert.equal(keepLast4('555-0106'), '***-0106');
  assert.equal(keepLast4('1234'), undefined);
});

test('a redaction at the start of a front-matter value keeps the YAML readable', () => {
  assert.equal(applyPreferredFix(identifier, '---\nlocation: 1432 Maple Ave, Apt 3B\n---\nBody.\n'), '---\nlocation: "[redacted address]"\n---\nBody.\n');
  assert.equal(applyPreferredFix(identifier, '---\nlocation: 1432 Maple Ave, rear door\n---\nBody.\n'), '---\nlocation: "[redacted address], rear door"\n---\nBody.\n');
  assert.equal(applyPreferredFix(identifier, '---\nlocation: Visit at 1432 Maple Ave\n---\nBody.\n'), '---\nlocation: Visit at [redacted address]\n---\nBody.\n');
});

test('identifiers.kinds turns kinds off, and identifiers.allow lets listed values stand', () => {
  assert.deepEqual(findings(identifier, 'SSN 123-45-6789, cell (503) 555-0142.', { 'identifiers.kinds': ['phone'] }), ['1:23-1:37 identifier "(503) 555-0142"']);
  // Compared by letters and digits, so the agency's number is allowed however it is written.
  assert.deepEqual(findings(identifier, 'Call (503) 555-0100 or (503) 555-0142.', { 'identifiers.allow': ['503.555.0100'] }), ['1:24-1:38 identifier "(503) 555-0142"']);
  // VS Code hands dotted settings over nested.
  assert.deepEqual(findings(identifier, 'Call (503) 555-0100.', { identifiers: { allow: ['503-555-0100'] } }), []);
  assert.deepEqual(findings(identifier, 'SSN 123-45-6789.', { rules: { identifier: 'off' } }), []);
});

test('an identifier can be ignored for one line', () => {
  assert.deepEqual(findings(identifier, '<!-- casewise-disable-next-line identifier -->\nAgency line (503) 555-0100.\nCell (503) 555-0142.\n'), [
    '3:6-3:20 identifier "(503) 555-0142"',
  ]);
});
