import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_IN_FORMATS, findFormat, formatsFor, headingMatches, sectionSnippet, templateBody } from '../../server/src/formats';
import builtIn from '../../server/src/rules/data/formats.json';
import { normalize } from '../../server/src/settings';

test('the built-in formats are the ones DESIGN.md names, and each is complete', () => {
  assert.deepEqual(BUILT_IN_FORMATS.map((f) => f.name), ['SOAP', 'DAP', 'BIRP', 'GIRP', 'PIE', 'intake', 'home-visit', 'contact', 'interview', 'closing']);
  for (const f of BUILT_IN_FORMATS) {
    assert.ok(f.title && f.description.length > 20, f.name);
    assert.ok(f.fields.includes('date') && f.fields.includes('worker'), f.name);
    for (const s of f.sections) assert.ok(s.prompt, `${f.name}: ${s.title} has no prompt`);
  }
});

test('formats.json passes the same schema as a team\'s "formats", so an entry can be copied into .casewise.json', () => {
  assert.deepEqual(normalize({ formats: builtIn }).problems, []);
});

test('a team\'s formats merge over the built-in ones by name, layer by layer', () => {
  const { settings, problems } = normalize(
    { formats: [{ name: 'soap', fields: ['date', 'worker'] }, { name: 'crisis', sections: ['Safety', { title: 'Plan', synonyms: ['Safety plan'] }] }] },
    { formats: [{ name: 'Crisis', description: 'A crisis contact.' }, { name: 'bad', sections: [7] }] },
  );
  assert.deepEqual(problems.map((p) => p.path.join('.')), ['formats.1']);
  const formats = formatsFor(settings);
  const soap = findFormat('SOAP', formats)!;
  assert.deepEqual(soap.fields, ['date', 'worker']);
  assert.deepEqual(soap.sections.map((s) => s.title), ['Subjective', 'Objective', 'Assessment', 'Plan']);
  const crisis = findFormat('crisis', formats)!;
  assert.equal(crisis.description, 'A crisis contact.');
  assert.deepEqual(crisis.fields, ['date', 'time', 'participants', 'location', 'worker']);
  // A plain "Safety" keeps the built-in synonyms; a written-out section keeps its own.
  assert.deepEqual(crisis.sections.map((s) => [s.title, s.synonyms]), [['Safety', ['Risk', 'Safety assessment', 'Risk assessment']], ['Plan', ['Safety plan']]]);
  assert.equal(formatsFor(settings), formats, 'resolved once per settings value');
  assert.equal(formatsFor(normalize().settings), BUILT_IN_FORMATS);
});

test('headings match a section forgivingly', () => {
  const plan = findFormat('SOAP')!.sections[3];
  for (const h of ['Plan', 'PLAN:', 'plan.', 'P', 'Next Steps', 'Follow up', '4. Plan', 'Assessment and Plan', 'A/P', 'P – Plan', '**Plan**']) assert.ok(headingMatches(h, plan), h);
  for (const h of ['Planning', 'Plans for school', 'Safety plan', 'PS']) assert.ok(!headingMatches(h, plan), h);
});

test('the template of a format, in VS Code snippet syntax, with the values it is given', () => {
  assert.equal(
    templateBody(findFormat('DAP')!, { date: '2026-11-25', time: '14:05', worker: 'A. Rivera, MSW', recorded: '2026-11-25 14:05' }),
    [
      '---',
      'format: DAP',
      'date: 2026-11-25',
      'time: 14:05',
      'participants: ${1}',
      'location: ${2}',
      'worker: A. Rivera, MSW',
      'recorded: 2026-11-25 14:05',
      '---',
      '# DAP note',
      '',
      '## Data',
      '${3:What was said and observed during the contact.}',
      '',
      '## Assessment',
      '${4:Your professional assessment, and the data it rests on.}',
      '',
      '## Plan',
      '${5:What happens next, who does it, and by when.}',
      '$0',
      '',
    ].join('\n'),
  );
  // An interview has no sections: the conversation goes straight under the heading.
  assert.match(templateBody(findFormat('interview')!), /\nworker: \$\{5\}\n---\n# Interview record\n\n\$0\n$/);
  // Text that snippet syntax would read as a tab stop is escaped.
  assert.match(templateBody({ ...findFormat('PIE')!, title: 'Rent $5 {due}' }, { worker: 'a$1' }), /\nworker: a\\\$1\n---\n# Rent \\\$5 \{due\\\}\n/);
  assert.equal(sectionSnippet(findFormat('SOAP')!.sections[0]), '## Subjective\n${1:What the client and others said about the situation, in their own words.}\n$0');
});
