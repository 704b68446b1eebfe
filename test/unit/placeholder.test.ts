import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_IN_FORMATS, findFormat, templateBody } from '../../server/src/formats';
import { placeholder } from '../../server/src/rules/placeholder';
import { applyFix, diagnostics, findings, fixTitles } from '../helpers';

test('reminders and blanks left in the text', () => {
  const text = 'Called mother TODO. Next visit TBD.\nSigned: ______ on XX/XX/XXXX at HH:MM.\nSee [insert school name] and <insert date>.\n';
  assert.deepEqual(findings(placeholder, text), [
    '1:15-1:19 placeholder "TODO"',
    '1:32-1:35 placeholder "TBD"',
    '2:9-2:15 placeholder "______"',
    '2:19-2:29 placeholder "XX/XX/XXXX"',
    '2:33-2:38 placeholder "HH:MM"',
    '3:5-3:25 placeholder "[insert school name]"',
    '3:30-3:43 placeholder "<insert date>"',
  ]);
  assert.equal(diagnostics(text, placeholder)[0].message, 'A reminder to fill something in later is still in the note. Write the missing fact, or remove the reminder.');
});

test('snippet fields that were never filled in, in the body and in the front matter', () => {
  const text = '---\ndate: ${1}\nworker: $5\nlocation: ${2|office,home|}\n---\nClient name: ${3:J. D.}\n';
  assert.deepEqual(findings(placeholder, text), [
    '2:7-2:11 placeholder "${1}"',
    '3:9-3:11 placeholder "$5"',
    '4:11-4:28 placeholder "${2|office,home|}"',
    '6:14-6:24 placeholder "${3:J. D.}"',
  ]);
  assert.equal(applyFix(placeholder, text), '---\ndate: \nworker: $5\nlocation: ${2|office,home|}\n---\nClient name: ${3:J. D.}\n');
  assert.deepEqual(fixTitles(placeholder, text, 3), ['Keep "J. D."', 'Ignore this occurrence']);
  assert.equal(applyFix(placeholder, text, { index: 3, title: 'Keep "J. D."' }), '---\ndate: ${1}\nworker: $5\nlocation: ${2|office,home|}\n---\nClient name: J. D.\n');
});

test('not flagged: a Markdown rule of underscores, money, links, task boxes, code, comments and a client\'s own "TBD"', () => {
  const text = [
    'Paid $5 for the bus and $12.50 for lunch.',
    '___',
    'See [the school plan](plan.md) and - [ ] call back.',
    'Client said, "It\'s all TBD."',
    '```',
    'TODO in a code block',
    '```',
    '<!-- TODO: ask about school -->',
    '',
  ].join('\n');
  assert.deepEqual(findings(placeholder, text), []);
});

test("a section left with the template's hint is reported, and the template's blanks all are", () => {
  const soap = findFormat('SOAP')!;
  // The template with its tab stops taken as VS Code leaves them: default text kept, empty stops empty.
  const text = templateBody(soap, { date: '2026-11-20', time: '14:00-14:50', worker: 'A. Rivera' })
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$0/g, '');
  assert.deepEqual(findings(placeholder, text), [
    '12:1-12:73 placeholder "What the client and others said about the situation, in their own words."',
    '15:1-15:82 placeholder "What you saw and heard: appearance, behavior, the setting, and facts you checked."',
    '18:1-18:64 placeholder "Your professional assessment, and the observations it rests on."',
    '21:1-21:45 placeholder "What happens next, who does it, and by when."',
  ]);
  assert.match(diagnostics(text, placeholder)[0].message, /^This is the template's hint for the section/);
  for (const format of BUILT_IN_FORMATS) {
    const unfilled = templateBody(format);
    assert.equal(findings(placeholder, unfilled).length, format.fields.length + format.sections.length + 1, format.name);
  }
});

test('Windows line ends and a note with no front matter', () => {
  const text = '# Visit\r\nworker: $1\r\nDate of birth XX/XX/XXXX.\r\n';
  assert.deepEqual(findings(placeholder, text), ['2:9-2:11 placeholder "$1"', '3:15-3:25 placeholder "XX/XX/XXXX"']);
  assert.equal(applyFix(placeholder, text), '# Visit\r\nworker: \r\nDate of birth XX/XX/XXXX.\r\n');
});
