import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWorkspaceConfig } from '../../server/src/config';
import { normalize, SETTING_SPECS } from '../../server/src/settings';

/** Each problem as `text-at-its-range: message`. */
const problems = (text: string) => parseWorkspaceConfig(text).problems.map((p) => `${text.slice(p.start, p.end)}: ${p.message}`);

test('a valid file has no problems and its settings apply', () => {
  const text = '{ "$schema": "./schema.json", "allow": ["Deaf"], "rules": { "missing-field": "error" } }';
  assert.deepEqual(problems(text), []);
  const { settings } = normalize(parseWorkspaceConfig(text).raw);
  assert.deepEqual(settings.allow, ['Deaf']);
  assert.deepEqual(settings.rules, { 'missing-field': 'error' });
});

test('a wrong value is reported at its place and the rest still applies', () => {
  const text = '{\n  "allow": ["Deaf"],\n  "rules": { "jargon": "loud", "missing-field": "off" }\n}';
  assert.deepEqual(problems(text), [
    '"jargon": "loud": "rules.jargon" is "loud", which is not one of error, warning, information, hint, off; it is left out.',
  ]);
  const { settings } = normalize(parseWorkspaceConfig(text).raw);
  assert.deepEqual(settings.allow, ['Deaf']);
  assert.deepEqual(settings.rules, { 'missing-field': 'off' });
});

test('an unknown key is named, with the keys Casewise knows', () => {
  assert.deepEqual(problems('{ "alow": ["Deaf"] }'), [
    `"alow": ["Deaf"]: "alow" is not a Casewise setting, so it is ignored. Known settings: ${SETTING_SPECS.map((s) => s.key).join(', ')}.`,
  ]);
});

test('broken JSON is reported where it breaks, and what came before still applies', () => {
  const text = '{ "allow": ["Deaf"], "rules": { "jargon": "off" } "deny": [] }';
  const config = parseWorkspaceConfig(text);
  assert.deepEqual(problems(text), ['"deny": Casewise could not read this file past this point (a comma is missing). Settings before it still apply.']);
  assert.equal(config.unreadable, false);
  assert.deepEqual(normalize(config.raw).settings.allow, ['Deaf']);
});

test('a file that is not a JSON object cannot be used', () => {
  assert.equal(parseWorkspaceConfig('["Deaf"]').unreadable, true);
  assert.equal(parseWorkspaceConfig('').unreadable, true);
  assert.deepEqual(problems('42'), ['42: This file should hold one JSON object, such as { "allow": ["Deaf"] }.']);
});

test('comments and trailing commas are tolerated', () => {
  assert.deepEqual(problems('{\n  // our team words\n  "allow": ["Deaf",],\n}'), []);
});
