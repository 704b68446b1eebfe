import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FORMAT_SNIPPETS_FILE, formatPrefix, formatSnippetsText, sectionPrefix } from '../../scripts/format-snippets';
import { interviewSnippetsText, SNIPPETS_FILE } from '../../scripts/interview-snippets';
import { BUILT_IN_FORMATS, sectionSnippet, templateBody } from '../../server/src/formats';
import { RULES, RULES_BY_ID } from '../../server/src/rules';
import templates from '../../templates/interviews.json';
import { describe, diagnostics } from '../helpers';
import { expandSnippet, tabStops, type TabStop } from '../helpers/snippets';

const root = join(__dirname, '..', '..');
const bodyOf = (t: (typeof templates)[number]) => t.body.join('\n');

// The interviewing rules; the four question rules count once they are registered.
const INTERVIEWING = ['closed-question', 'leading-question', 'why-question', 'multiple-questions', 'interview-opening', 'interviewer-talk'];
// The wording rules: a template's interviewer lines are the worker's own words, so these apply to them.
const WORDING = RULES.filter((r) => r.principle === 'Be objective' || r.principle === 'Be clear and concise' || r.id === 'vague-language').map((r) => r.id);
const CHECKED = [...INTERVIEWING.filter((id) => RULES_BY_ID.has(id)), ...WORDING];

test('the committed snippets files are exactly what npm run sync-manifest writes', () => {
  assert.equal(readFileSync(join(root, SNIPPETS_FILE), 'utf8'), interviewSnippetsText());
  assert.equal(readFileSync(join(root, FORMAT_SNIPPETS_FILE), 'utf8'), formatSnippetsText());
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.snippets, [
    { language: 'casenote', path: `./${SNIPPETS_FILE}` },
    { language: 'markdown', path: `./${SNIPPETS_FILE}` },
    { language: 'casenote', path: `./${FORMAT_SNIPPETS_FILE}` },
    { language: 'markdown', path: `./${FORMAT_SNIPPETS_FILE}` },
  ]);
  const command = (id: string) => pkg.contributes.commands.find((c: { command: string }) => c.command === id);
  assert.deepEqual(command('casewise.insertInterviewTemplate'), { command: 'casewise.insertInterviewTemplate', title: 'Insert Interview Template', category: 'Casewise' });
  assert.deepEqual(command('casewise.newCaseNote'), { command: 'casewise.newCaseNote', title: 'New Case Note', category: 'Casewise' });
});

test('a snippet per format, whose prefix is the format name and whose body is the New Case Note template', () => {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = JSON.parse(formatSnippetsText());
  const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));
  assert.equal(byPrefix.size, Object.keys(snippets).length, 'prefixes are unique');
  assert.deepEqual(
    BUILT_IN_FORMATS.map((f) => formatPrefix(f)),
    ['soap', 'dap', 'birp', 'girp', 'pie', 'intake', 'home-visit', 'contact', 'interview', 'closing'],
  );
  for (const f of BUILT_IN_FORMATS) {
    const s = byPrefix.get(formatPrefix(f))!;
    assert.equal(s.body.join('\n'), templateBody(f), f.name);
    assert.equal(s.description, f.description);
  }
});

test('a snippet per section of each format, with that format\'s prompt', () => {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = JSON.parse(formatSnippetsText());
  const sections = BUILT_IN_FORMATS.flatMap((f) => f.sections.map((s) => ({ f, s })));
  assert.equal(Object.keys(snippets).length, BUILT_IN_FORMATS.length + sections.length);
  const soapPlan = Object.values(snippets).find((s) => s.prefix === 'soap-plan');
  assert.deepEqual(soapPlan, {
    prefix: 'soap-plan',
    description: 'The "Plan" section of a SOAP note: What happens next, who does it, and by when.',
    body: ['## Plan', '${1:What happens next, who does it, and by when.}', '$0'],
  });
  assert.equal(Object.values(snippets).find((s) => s.prefix === 'intake-reason-for-referral')?.body[0], '## Reason for referral');
  for (const { f, s } of sections) {
    assert.equal(Object.values(snippets).find((x) => x.prefix === sectionPrefix(f, s))?.body.join('\n'), sectionSnippet(s), `${f.name}: ${s.title}`);
  }
});

for (const f of BUILT_IN_FORMATS) {
  test(`${formatPrefix(f)} snippet: as inserted, each prompt is reported; filled in, the record is complete`, () => {
    const body = templateBody(f);
    const asInserted = expandSnippet(body);
    const record = (text: string) =>
      diagnostics(text)
        .filter((d) => ['missing-field', 'missing-section', 'empty-section', 'placeholder'].includes(String(d.code)))
        .map((d) => describe(text, d));
    const found = record(asInserted);
    assert.equal(found.filter((d) => / placeholder /.test(d)).length, f.sections.length);
    assert.equal(found.filter((d) => / missing-field /.test(d)).length, f.fields.length);
    // An interview record has no sections: its heading stays empty until the first turn is written at $0.
    assert.deepEqual(found.filter((d) => / missing-section | empty-section /.test(d)), f.sections.length ? [] : [`9:1-9:${f.title.length + 3} empty-section "# ${f.title}"`]);
    const filled = expandSnippet(body, (stop) =>
      stop.index === 0
        ? f.sections.length ? undefined : 'Worker: Tell me about your week.\nClient: It was hard.'
        : (FIELDS[stop.lineBefore] ?? 'The client said the rent was paid on 2026-11-18.'),
    );
    assert.deepEqual(record(filled), []);
  });
}

test('the templates cover the interviews issue 3 asks for, each with an id, a label, a description and a prefix', () => {
  assert.deepEqual(templates.map((t) => t.id), ['intake', 'follow-up', 'home-visit', 'crisis', 'child-nichd', 'closing']);
  for (const t of templates) {
    assert.ok(t.label && t.description, t.id);
    assert.match(t.prefix, /^interview-/);
  }
  assert.equal(new Set(templates.map((t) => t.prefix)).size, templates.length);
});

test('each template opens with interview front matter whose fields are tab stops, and leaves every answer to fill in', () => {
  for (const t of templates) {
    const end = t.body.indexOf('---', 1);
    const frontMatter = t.body.slice(1, end);
    assert.equal(t.body[0], '---', t.id);
    assert.equal(frontMatter[0], 'format: interview', t.id);
    for (const field of ['date', 'time', 'location', 'participants', 'worker']) {
      assert.ok(frontMatter.some((l) => new RegExp(`^${field}: \\$\\{\\d+\\}$`).test(l)), `${t.id}: ${field} is not a tab stop`);
    }
    const turns = t.body.slice(end + 1).filter((l) => /^\w+:/.test(l));
    assert.deepEqual([...new Set(turns.map((l) => l.split(':')[0]))].sort(), t.id === 'child-nichd' ? ['Child', 'Worker'] : ['Client', 'Worker']);
    for (const answer of turns.filter((l) => !l.startsWith('Worker:'))) assert.match(answer, /^(Client|Child): \$\{\d+\}(\$0)?$/, t.id);
  }
});

test('snippet expansion gives each placeholder its default text, the first choice, or nothing', () => {
  assert.equal(expandSnippet('a: ${1}\nb: ${2:x ${3:y}}\nc: ${4|p,q|} \\$5 $0'), 'a: \nb: x y\nc: p $5 ');
  assert.deepEqual(tabStops('Client: ${10}').map((s) => [s.index, s.lineBefore, s.defaultText]), [[10, 'Client: ', '']]);
});

/** The findings of the checked rules, as "line:col-line:col rule \"text\"". */
function checkedFindings(text: string): string[] {
  return diagnostics(text).filter((d) => CHECKED.includes(String(d.code))).map((d) => describe(text, d));
}

for (const t of templates) {
  test(`${t.id}: inserted as VS Code inserts it, no interviewing or wording rule reports anything`, (ctx) => {
    ctx.diagnostic(`rules checked: ${CHECKED.join(', ')}`);
    assert.deepEqual(checkedFindings(expandSnippet(bodyOf(t))), []);
  });

  test(`${t.id}: filled in with plausible values, it passes every rule`, () => {
    const text = expandSnippet(bodyOf(t), plausible);
    // Only rules that judge a note against the clock may differ from one run to the next.
    const found = diagnostics(text).filter((d) => !['late-entry', 'invalid-date'].includes(String(d.code)));
    assert.deepEqual(found.map((d) => `${describe(text, d)} ${d.message}`), []);
  });
}

const FIELDS: Record<string, string> = {
  'date: ': '2026-11-20',
  'time: ': '14:00-14:50',
  'location: ': 'Family services office, room 2',
  'participants: ': 'J. D. (client); A. Rivera (caseworker)',
  'worker: ': 'A. Rivera, MSW',
};

// Answers of an ordinary length: a person in an interview says more than the worker's one question.
const ANSWERS: Record<string, string> = {
  'Client: ':
    'It has been a hard month. My hours at work were cut in October, so the rent is late, and the landlord left a notice on our door. I have been worried about the kids and about where we would go.',
  'Child: ': "We went to the park with my cousins, and then we had cake at my grandma's house. After that my mom picked me up and we watched a movie before bed.",
};

const WORKER_FILLS: Record<string, string> = {
  '[insert your name]': 'Alex Rivera',
  '[insert agency]': 'the county family services office',
  '[insert the reason for the meeting]': 'to talk about the housing help you asked for',
  '[insert a summary of what you heard]': 'the last month has been hard on you and the kids',
  '[insert the next steps, who does what, and by when]': 'you will bring the lease to our office on Monday, and I will call the housing program by Wednesday',
  '[insert the purpose of the visit]': 'see how the new schedule is working for your family',
  "[insert the feeling in the client's words]": 'alone and worn out after the call with your sister',
  "[insert the safety plan in the client's words]": "you will stay at your sister's apartment tonight and call her if the thoughts come back",
  '[insert the crisis line]': 'the county crisis line',
  '[insert when]': 'tomorrow at noon',
  '[insert something the child said]': 'your soccer team',
  '[insert a recent event, such as your last birthday]': 'your last birthday',
  "[insert the child's own words]": 'the park',
  "[insert a summary of the changes in the client's words]": 'you are sleeping better and you have a steady job now',
  '[insert the plan and the services the client can contact]': 'you will keep seeing your counselor at the clinic, and the food bank is open on Tuesdays',
};

function plausible(stop: TabStop): string | undefined {
  if (stop.choices) return undefined;
  const value = FIELDS[stop.lineBefore] ?? ANSWERS[stop.lineBefore] ?? WORKER_FILLS[stop.defaultText];
  if (value === undefined && stop.index !== 0) throw new Error(`no plausible value for $${stop.index} after "${stop.lineBefore}" (default "${stop.defaultText}")`);
  return value;
}
