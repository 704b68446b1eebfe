// Every built-in format, end to end: a note written from its template is
// complete; one missing a field, one missing a section, one late, and one late
// and marked each get exactly the finding they should, and each fix gives the
// exact text expected.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_IN_FORMATS, templateBody, type NoteFormat } from '../../server/src/formats';
import { applyFix, findings } from '../helpers';

const ACCURACY = ['missing-field', 'missing-section', 'empty-section', 'placeholder', 'invalid-date', 'late-entry'];
const now = new Date(2026, 10, 25, 12, 0);
const options = { now };
const VALUES: Record<string, string> = {
  date: '2026-11-20',
  time: '14:00-14:50',
  participants: 'J. D. (client); A. Rivera (caseworker)',
  location: 'Family services office',
  worker: 'A. Rivera, MSW',
  recorded: '2026-11-20 16:10',
};
const BODY = 'Client and worker met for 50 minutes and reviewed the housing application.';

/** The format's template, filled in the way a worker would. */
function complete(format: NoteFormat): string {
  return templateBody(format, Object.fromEntries(format.fields.map((f) => [f, VALUES[f]]).concat([['recorded', VALUES.recorded]])))
    .replace(/\$\{\d+:[^}]*\}/g, BODY)
    .replace(/\n\$0\n$/, format.sections.length ? '\n' : 'Worker: Tell me about your week.\nClient: It was a hard week at home.\n');
}

const accuracy = (text: string) => findings(undefined, text, {}, options).filter((f) => ACCURACY.includes(f.split(' ')[1]));

for (const format of BUILT_IN_FORMATS) {
  const note = complete(format);

  test(`${format.name}: a note written from the template is complete`, () => {
    assert.deepEqual(accuracy(note), []);
  });

  test(`${format.name}: a missing field is reported, and the fix adds it to the front matter`, () => {
    const field = format.fields[format.fields.length - 1];
    const line = `${field}: ${VALUES[field]}\n`;
    const text = note.replace(line, '');
    assert.deepEqual(accuracy(text), ['1:1-1:4 missing-field "---"']);
    assert.equal(applyFix(undefined, text, { options }), note.replace(line, '').replace('\n---\n#', `\n${field}: \n---\n#`));
  });

  if (format.sections.length > 1) {
    test(`${format.name}: a missing section is reported, and the fix puts its heading back in its place`, () => {
      const second = format.sections[1].title;
      const text = note.replace(`## ${second}\n${BODY}\n\n`, '');
      assert.deepEqual(accuracy(text), [`2:9-2:${9 + format.name.length} missing-section "${format.name}"`]);
      assert.equal(applyFix(undefined, text, { options }), note.replace(`## ${second}\n${BODY}\n\n`, `## ${second}\n\n`));
    });
  }

  test(`${format.name}: a late note is reported, and a late note that says so is not`, () => {
    const late = note.replace(`recorded: ${VALUES.recorded}`, 'recorded: 2026-11-24 09:00');
    const at = late.split('\n').findIndex((l) => l.startsWith('recorded:')) + 1;
    assert.deepEqual(accuracy(late), [`${at}:11-${at}:27 late-entry "2026-11-24 09:00"`]);
    const marked = late.replace('---\n#', '---\nLate entry: written 2026-11-25 12:00 for the contact of 2026-11-20. Reason: \n#');
    assert.equal(applyFix(undefined, late, { options, title: 'Add a late-entry line' }), marked);
    assert.deepEqual(accuracy(marked.replace('Reason: ', 'Reason: worker was in court on 2026-11-21.')), []);
  });
}
