// Bad configuration over stdio (issue 8): a broken .casewise.json, wrong
// setting types, unknown rule IDs, bad severities and unusable phrases each give
// one clear message in plain words, where the mistake is; everything valid, and
// the defaults, still apply. Invalid front matter gives one diagnostic and the
// rest of the note is still checked.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';

const NOTE = [
  '---',
  'format: contact',
  'date: 2026-11-20',
  'time: 14:00-14:50',
  'location: Office',
  'participants: J. D. (client)',
  'worker: A. Rivera, MSW',
  'recorded: 2026-11-20 15:30',
  '---',
  '## Purpose',
  'Review of the rent plan.',
  '## Summary',
  'The client was combative and lazy. Pt claims he paid.',
  '## Plan',
  'Call again.',
  '',
].join('\n');

const at = (text: string, d: Diagnostic) => {
  const lines = text.split('\n');
  const { start, end } = d.range;
  return start.line === end.line ? lines[start.line].slice(start.character, end.character) : `${lines[start.line].slice(start.character)}…`;
};

let dir: string;
let client: LspClient;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casewise-badconfig-'));
  client = await LspClient.start(undefined, { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'notes' }] });
});
after(() => client.stop());

test('a .casewise.json with mistakes: one plain message each, on the file at the mistake, and the rest applies', async () => {
  const config = [
    '{',
    '  "allow": ["Deaf", "*", "combative"],',
    '  "rules": { "jargn": "off", "credibility-doubt": "loud", "jargon": "off" },',
    '  "maxSentenceWords": "long",',
    '  "deny": [{ "phrase": "* thing", "alternatives": ["x"] }],',
    '  "colour": "blue"',
    '}',
  ].join('\n');
  writeFileSync(join(dir, '.casewise.json'), config);
  const configUri = pathToFileURL(join(dir, '.casewise.json')).href;
  const noteUri = pathToFileURL(join(dir, 'visit.casenote')).href;
  await client.open(noteUri, NOTE);
  const problems = await client.diagnostics(configUri);
  assert.deepEqual(
    problems.map((d) => `${at(config, d)} → ${d.message}`),
    [
      '"colour": "blue" → "colour" is not a Casewise setting, so it is ignored. Known settings: languages, lintAllMarkdown, rules, allow, deny, interviewerLabels, intervieweeLabels, maxSentenceWords, acronyms, interview.maxInterviewerShare, formats, timeliness.hours, worker, identifiers.kinds, identifiers.allow, identifiers.patterns.',
      '"jargn": "off" → "rules.jargn" is not a Casewise rule, so it is left out. Did you mean "jargon"?',
      '"credibility-doubt": "loud" → "rules.credibility-doubt" is "loud", which is not one of error, warning, information, hint, off; it is left out.',
      '"*" → Entry 2 of "allow" is "*". A phrase to allow needs at least one letter or digit: "*" alone would allow every word. It is left out.',
      '{ "phrase": "* thing", "alternatives": ["x"] } → Entry 1 of "deny" (its phrase) is "* thing". A phrase to flag needs at least one letter or digit, and no "*" ("*" stands for any word only in "allow"). It is left out.',
      '"maxSentenceWords": "long" → "maxSentenceWords" should be a whole number from 5 to 500; using the default, 35.',
    ],
  );
  // What was valid applies: "combative" is allowed and jargon is off; the rest keeps its defaults.
  const ds = await client.diagnostics(noteUri);
  assert.deepEqual(ds.map((d) => `${d.code} ${at(NOTE, d)}`), ['judgmental-language lazy', 'credibility-doubt claims']);
});

test('a .casewise.json that is not JSON: one message where it breaks, and the settings before it apply', async () => {
  const config = '{ "allow": ["combative"], "rules": { "jargon": "off" } "deny": [ }';
  writeFileSync(join(dir, '.casewise.json'), config);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.casewise.json')).href, type: 2 }] });
  const configUri = pathToFileURL(join(dir, '.casewise.json')).href;
  client.forget(configUri);
  const noteUri = pathToFileURL(join(dir, 'broken.casenote')).href;
  await client.open(noteUri, NOTE);
  const problems = await client.diagnostics(configUri);
  assert.deepEqual(problems.map((d) => d.message), ['Casewise could not read this file past this point (a comma is missing). Settings before it still apply.']);
  const ds = await client.diagnostics(noteUri);
  assert.deepEqual(ds.map((d) => `${d.code} ${at(NOTE, d)}`), ['judgmental-language lazy', 'credibility-doubt claims']);
});

test('wrong types in the editor settings: one notice per mistake, not one per check, and the defaults apply', async () => {
  const other = await LspClient.start();
  try {
    other.settings = { rules: { jargon: 'loud', opinion: 'off', nope: 'error' }, maxSentenceWords: 'many', allow: 'combative', languages: 'casenote' };
    const uri = 'file:///elsewhere/settings.casenote';
    await other.open(uri, NOTE);
    const ds = await other.diagnostics(uri);
    assert.deepEqual(ds.map((d) => `${d.code} ${at(NOTE, d)}`), ['judgmental-language combative', 'judgmental-language lazy', 'jargon Pt', 'credibility-doubt claims']);
    // A second note and a configuration change re-read the settings; the notices are not repeated.
    await other.open('file:///elsewhere/second.casenote', NOTE);
    await other.diagnostics('file:///elsewhere/second.casenote');
    const notices = other.log.filter((l) => l.startsWith('Casewise setting problem:'));
    assert.deepEqual(notices, [
      'Casewise setting problem: "languages" should be a list of language IDs, such as "casenote"; using the default, ["casenote","markdown"].',
      'Casewise setting problem: "rules.jargon" is "loud", which is not one of error, warning, information, hint, off; it is left out.',
      'Casewise setting problem: "rules.nope" is not a Casewise rule, so it is left out. The rule IDs are: closed-question, leading-question, why-question, multiple-questions, judgmental-language, stigmatizing-label, credibility-doubt, opinion, speculation, absolute-language, jargon, undefined-acronym, long-sentence, vague-language, interview-opening, interviewer-talk, missing-field, missing-section, empty-section, placeholder, invalid-date, late-entry, identifier.',
      'Casewise setting problem: "allow" should be a list of words or phrases; using none.',
      'Casewise setting problem: "maxSentenceWords" should be a whole number from 5 to 500; using the default, 35.',
    ]);
  } finally {
    await other.stop();
  }
});

test('invalid front matter gives one diagnostic, and the rest of the note is checked', async () => {
  const uri = 'file:///elsewhere/front-matter.casenote';
  const text = NOTE.replace('time: 14:00-14:50\n', 'time: [14:00\n  oops: : :\n');
  await client.open(uri, text);
  const ds = await client.diagnostics(uri);
  const front = ds.filter((d) => d.range.start.line < 10);
  assert.equal(front.length, 1, JSON.stringify(front.map((d) => d.message)));
  assert.match(front[0].message, /^The front matter could not be read as "key: value" lines/);
  assert.deepEqual(ds.filter((d) => d.range.start.line >= 10).map((d) => d.code), ['judgmental-language', 'judgmental-language', 'jargon', 'credibility-doubt']);
});
