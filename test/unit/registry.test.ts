import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { test } from 'node:test';
import { RULES } from '../../server/src/rules';
import { configurationProperties, normalize, SEVERITIES, workspaceFileSchema } from '../../server/src/settings';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const DESIGN_IDS = [
  'closed-question', 'leading-question', 'why-question', 'multiple-questions', 'interview-opening', 'interviewer-talk',
  'judgmental-language', 'stigmatizing-label', 'credibility-doubt', 'opinion', 'speculation', 'absolute-language',
  'jargon', 'undefined-acronym', 'long-sentence', 'vague-language', 'missing-field', 'missing-section', 'empty-section',
  'placeholder', 'invalid-date', 'late-entry', 'identifier',
];

test('rule IDs are unique, come from DESIGN.md, and each has a docs page and a matching file', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of RULES) {
    assert.ok(DESIGN_IDS.includes(rule.id), `${rule.id} is not a DESIGN.md rule ID`);
    assert.ok(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md is missing`);
    const file = rule.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    assert.ok(existsSync(join(root, 'server', 'src', 'rules', `${file}.ts`)), `server/src/rules/${file}.ts is missing`);
    assert.ok(SEVERITIES.includes(rule.defaultSeverity));
  }
});

test("package.json's contributes.configuration and the shipped schema match settings.ts exactly (npm run sync-manifest)", () => {
  assert.deepEqual(pkg.contributes.configuration.properties, configurationProperties());
  assert.deepEqual(JSON.parse(readFileSync(join(root, 'schemas', 'casewise.schema.json'), 'utf8')), workspaceFileSchema());
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.casewise.json', url: './schemas/casewise.schema.json' }]);
});

test('bad setting values are reported in plain words and the rest still apply', () => {
  const { settings, problems } = normalize({
    allow: 'lazy',
    lintAllMarkdown: true,
    rules: { 'judgmental-language': 'loud', jargon: 'off' },
    interviewerLabels: ['Worker', 7, 'Case aide'],
    deny: [{ phrase: 'frequent flyer', alternatives: ['person who visits often'] }, { phrase: 'x' }],
    maxSentenceWords: 'long',
  });
  assert.deepEqual(settings.allow, []);
  assert.equal(settings.lintAllMarkdown, true);
  assert.deepEqual(settings.rules, { jargon: 'off' });
  assert.deepEqual(settings.interviewerLabels, ['Worker', 'Case aide']);
  assert.deepEqual(settings.deny, [{ phrase: 'frequent flyer', alternatives: ['person who visits often'] }]);
  assert.equal(settings.maxSentenceWords, 35);
  assert.deepEqual(problems.map((p) => `${p.path.join('.')}: ${p.message}`), [
    '"rules.judgmental-language" is "loud", which is not one of error, warning, information, hint, off; it is left out.'.replace(/^/, 'rules.judgmental-language: '),
    'allow: "allow" should be a list of words or phrases; using none.',
    'deny.1: Entry 2 of "deny" has no "alternatives"; it is left out.',
    'interviewerLabels.1: Entry 2 of "interviewerLabels" is 7, but should be text in double quotes; it is left out.',
    'maxSentenceWords: "maxSentenceWords" should be a whole number from 5 to 500; using the default, 35.',
  ]);
});

test('later layers win, per rule', () => {
  const { settings } = normalize({ rules: { jargon: 'error', opinion: 'hint' } }, { rules: { opinion: 'off' } });
  assert.deepEqual(settings.rules, { jargon: 'error', opinion: 'off' });
});

test('a settings value that is not an object falls back to the defaults', () => {
  const { settings, problems } = normalize('nonsense');
  assert.deepEqual(settings, normalize().settings);
  assert.equal(problems.length, 1);
});

test('the manifest activates on casenote and markdown and ships both programs', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:casenote', 'onLanguage:markdown']);
  assert.deepEqual(pkg.bin, { casewise: 'dist/cli.js', 'casewise-ls': 'dist/server.js' });
  assert.equal(pkg.engines.vscode, '^1.100.0');
  const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
  for (const c of commands) assert.match(c, /^casewise\./);
});

test('README lists every rule with its docs page, and every setting', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const rule of RULES) assert.ok(readme.includes(`| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.principle} |`), `README has no row for ${rule.id}`);
  for (const key of Object.keys(configurationProperties())) assert.ok(readme.includes(`\`${key}\``), `README does not mention ${key}`);
});

test("the README's .casewise.json example is a valid team file: every key read, no problems", () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const example = /### Team settings[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'no .casewise.json example in the README');
  const { settings, problems } = normalize(parseJsonc(example));
  assert.deepEqual(problems, []);
  assert.deepEqual(settings['identifiers.patterns'], [{ name: 'agency case number', pattern: 'CW-\\d{6}' }]);
  assert.equal(settings.acronyms.CFT, 'Child and Family Team');
});
