import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingField } from '../../server/src/rules/missingField';
import { fixesOf } from '../../server/src/fixes';
import { applyFix, applyPreferredFix, diagnostics, findings } from '../helpers';

const FULL = 'date: 2026-11-20\ntime: 14:00\nparticipants: J. D.\nlocation: Office\nworker: A. Rivera\n';

test('a complete front matter has no findings', () => {
  assert.deepEqual(findings(missingField, `---\n${FULL}---\nBody.\n`), []);
});

test('each absent field is reported on the opening line, and an empty one on its key', () => {
  const text = '---\nformat: SOAP\ndate: 2026-11-20\ntime:\nparticipants: J. D.\n---\nBody.\n';
  assert.deepEqual(findings(missingField, text), ['1:1-1:4 missing-field "---"', '1:1-1:4 missing-field "---"', '4:1-4:5 missing-field "time"']);
  assert.deepEqual(diagnostics(text, missingField).map((d) => d.message), [
    'The note does not record where the contact took place. Add "location:" to the front matter.',
    'The note does not record who wrote the note. Add "worker:" to the front matter.',
    '"time" is empty. Record the time of the contact.',
  ]);
});

test('the fix inserts the field at the end of the front matter', () => {
  assert.equal(
    applyPreferredFix(missingField, '---\ndate: 2026-11-20\ntime: 14:00\nparticipants: J. D.\nlocation: Office\n---\nBody.\n'),
    '---\ndate: 2026-11-20\ntime: 14:00\nparticipants: J. D.\nlocation: Office\nworker: \n---\nBody.\n',
  );
});

test('the fix keeps Windows line ends', () => {
  const text = '---\r\ndate: 2026-11-20\r\ntime: 14:00\r\nparticipants: J. D.\r\nworker: A\r\n---\r\nBody.\r\n';
  assert.equal(applyPreferredFix(missingField, text), '---\r\ndate: 2026-11-20\r\ntime: 14:00\r\nparticipants: J. D.\r\nworker: A\r\nlocation: \r\n---\r\nBody.\r\n');
});

test('a note without front matter gets one finding whose fix adds every field', () => {
  const text = '# Visit\nClient was calm.\n';
  assert.deepEqual(findings(missingField, text), ['1:1-1:8 missing-field "# Visit"']);
  assert.equal(applyPreferredFix(missingField, text), '---\ndate: \ntime: \nparticipants: \nlocation: \nworker: \n---\n# Visit\nClient was calm.\n');
});

test('front matter that cannot be read is reported where the problem is', () => {
  const text = `---\n${FULL}notes: a: b\n---\n`;
  assert.deepEqual(findings(missingField, text), ['7:8-7:9 missing-field "a"']);
  assert.match(diagnostics(text, missingField)[0].message, /could not be read/);
});

test('no "ignore" comment is offered inside the front matter', () => {
  const d = diagnostics('---\ndate: 2026-11-20\n---\n', missingField)[0];
  assert.deepEqual(fixesOf(d).map((f) => f.title), ['Add "time:" to the front matter']);
});

test("each format's fields are required: a closing summary needs only a date and the worker", () => {
  assert.deepEqual(findings(missingField, '---\nformat: closing\ndate: 2026-11-20\nworker: A. Rivera\n---\nBody.\n'), []);
  const text = '---\nformat: Closing\ndate: 2026-11-20\n---\nBody.\n';
  assert.deepEqual(diagnostics(text, missingField).map((d) => d.message), ['The note does not record who wrote the note. Add "worker:" to the front matter.']);
});

test("a team's format from .casewise.json sets its own fields, and the fix inserts them", () => {
  const raw = { formats: [{ name: 'court-report', fields: ['date', 'court', 'worker'] }] };
  const text = '---\nformat: court-report\ndate: 2026-11-20\nworker: A. Rivera\n---\nBody.\n';
  assert.deepEqual(diagnostics(text, missingField, raw).map((d) => d.message), ['The note does not record "court". Add "court:" to the front matter.']);
  assert.equal(applyFix(missingField, text, { raw }), '---\nformat: court-report\ndate: 2026-11-20\nworker: A. Rivera\ncourt: \n---\nBody.\n');
});

test('a Windows note without front matter gets one, in its own line ends', () => {
  const text = 'Client was calm.\r\n';
  assert.deepEqual(findings(missingField, text), ['1:1-1:17 missing-field "Client was calm."']);
  assert.equal(applyFix(missingField, text), '---\r\ndate: \r\ntime: \r\nparticipants: \r\nlocation: \r\nworker: \r\n---\r\nClient was calm.\r\n');
});
