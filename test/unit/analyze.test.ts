import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, parse } from '../../server/src/analyze';
import { judgmentalLanguage } from '../../server/src/rules/judgmentalLanguage';
import { findings, settingsWith } from '../helpers';

const line = 'The client was combative.';
const noFields = { rules: { 'missing-field': 'off' } };

test('disable-next-line covers only the next line, and only the named rules', () => {
  const text = `<!-- casewise-disable-next-line judgmental-language -->\n${line}\n${line}\n<!-- casewise-disable-next-line credibility-doubt -->\n${line}\n`;
  assert.deepEqual(findings(judgmentalLanguage, text), ['3:16-3:25 judgmental-language "combative"', '5:16-5:25 judgmental-language "combative"']);
});

test('stacked disable-next-line comments all apply to the line after them', () => {
  const text = `<!-- casewise-disable-next-line credibility-doubt -->\n<!-- casewise-disable-next-line judgmental-language -->\nClient claims he was combative.\n`;
  assert.deepEqual(findings(undefined, text, noFields), []);
});

test('disable and enable bracket a region; with no rule ID they cover every rule', () => {
  const text = `<!-- casewise-disable -->\n${line}\nClient claims so.\n<!-- casewise-enable -->\n${line}\n<!-- casewise-disable judgmental-language -->\n${line}\nClient claims so.\n`;
  assert.deepEqual(findings(undefined, text, noFields), ['5:16-5:25 judgmental-language "combative"', '8:8-8:14 credibility-doubt "claims"']);
});

test('severity can be raised, lowered or turned off per rule', () => {
  const text = `---\ncasewise: true\ndate: 2026-11-20\ntime: 14:00\nparticipants: 1\nlocation: 1\nworker: 1\n---\n${line}\n`;
  const run = (rules: Record<string, string>) => {
    const settings = settingsWith({ rules });
    return (analyze(parse(text, settings), settings) ?? []).map((f) => `${f.rule} ${f.severity}`);
  };
  assert.deepEqual(run({}), ['judgmental-language warning']);
  assert.deepEqual(run({ 'judgmental-language': 'error' }), ['judgmental-language error']);
  assert.deepEqual(run({ 'judgmental-language': 'hint' }), ['judgmental-language hint']);
  assert.deepEqual(run({ 'judgmental-language': 'off' }), []);
});

test('a cancelled analysis returns nothing', () => {
  const settings = settingsWith();
  assert.equal(analyze(parse(line, settings), settings, { isCancelled: () => true }), undefined);
});

test('allowed terms are never flagged', () => {
  assert.deepEqual(findings(judgmentalLanguage, line, { allow: ['combative'] }), []);
});

test('a configured interviewer label makes its turns interviewer turns', () => {
  const text = '## Interview\nCaseworker: You were combative, weren\'t you?\n';
  assert.deepEqual(findings(judgmentalLanguage, text), []);
  assert.deepEqual(findings(judgmentalLanguage, text, { interviewerLabels: ['Caseworker'] }), ['2:22-2:31 judgmental-language "combative"']);
});

test('a rule that throws is skipped and the others still report', () => {
  const settings = settingsWith({ rules: { 'missing-field': 'off' }, maxSentenceWords: 5 });
  const note = parse('The client was combative during the whole visit today.', settings);
  note.findPhrases = () => {
    throw new Error('boom');
  };
  const errors: string[] = [];
  const findings = analyze(note, settings, { onRuleError: (rule) => errors.push(rule) }) ?? [];
  assert.ok(errors.includes('judgmental-language') && errors.includes('jargon'), errors.join());
  assert.deepEqual(findings.map((f) => f.rule), ['long-sentence']);
});
