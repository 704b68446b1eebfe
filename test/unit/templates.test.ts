import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { interviewSnippetsText, SNIPPETS_FILE } from '../../scripts/interview-snippets';
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

test('the committed snippets file is exactly what npm run sync-manifest writes', () => {
  assert.equal(readFileSync(join(root, SNIPPETS_FILE), 'utf8'), interviewSnippetsText());
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.snippets, [
    { language: 'casenote', path: `./${SNIPPETS_FILE}` },
    { language: 'markdown', path: `./${SNIPPETS_FILE}` },
  ]);
  assert.deepEqual(
    pkg.contributes.commands.find((c: { command: string }) => c.command === 'casewise.insertInterviewTemplate'),
    { command: 'casewise.insertInterviewTemplate', title: 'Insert Interview Template', category: 'Casewise' },
  );
});

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
