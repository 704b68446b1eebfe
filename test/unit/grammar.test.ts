// Tokenizes a sample note with the casenote TextMate grammar and checks the
// scopes of specific tokens. The registry cannot provide text.html.markdown,
// so the Markdown include stays unresolved, as the brief for this test asks:
// the casenote scopes must not depend on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as onig from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

const require = createRequire(import.meta.url);
const grammarPath = fileURLToPath(new URL('../../syntaxes/casenote.tmLanguage.json', import.meta.url));
const configPath = fileURLToPath(new URL('../../language-configuration.json', import.meta.url));

const SAMPLE = `---
format: SOAP        # SOAP | DAP | BIRP
client: J. D. (case 10482)
date: 2026-11-20
time: 14:00-14:50
location: Client's apartment
---

# Home visit

## Subjective
Client stated, "I haven't slept since Tuesday."
Late entry: written November 22, 2026 at 2:30 pm.

## Interview
<!-- casewise-disable-next-line leading-question -->
Worker: You were scared, weren't you?
Client: It was hard.
R. D.: She said “we’re fine” on 11/20/2026.
Plan: call back.

## Plan
Follow up by phone on 2026-11-24 at 10:00.
<!-- a plain comment -->
`;

const onigReady = onig.loadWASM({ data: readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')) });

/** Loads text.casenote; `others` supplies any other grammar (none by default). */
async function loadGrammar(others: Record<string, object> = {}) {
  await onigReady;
  const requested: string[] = [];
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new onig.OnigScanner(sources),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      requested.push(scopeName);
      if (scopeName === 'text.casenote') return tm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
      return (others[scopeName] as tm.IRawGrammar | undefined) ?? null;
    },
  });
  const grammar = await registry.loadGrammar('text.casenote');
  assert.ok(grammar, 'text.casenote did not load');
  return { grammar, requested };
}

type Line = { text: string; tokens: tm.IToken[] };

function tokenize(grammar: tm.IGrammar, source: string): Line[] {
  let state = tm.INITIAL;
  return source.split('\n').map((text) => {
    const r = grammar.tokenizeLine(text, state);
    state = r.ruleStack;
    return { text, tokens: r.tokens };
  });
}

/** The scopes of the one token covering `text` on the first line containing `line`. */
function scopesIn(lines: Line[], line: string, text: string): string[] {
  const row = lines.find((l) => l.text.includes(line));
  assert.ok(row, `no line contains ${JSON.stringify(line)}`);
  const start = row.text.indexOf(text);
  assert.ok(start >= 0, `${JSON.stringify(text)} is not on line ${JSON.stringify(row.text)}`);
  const token = row.tokens.find((t) => t.startIndex <= start && t.endIndex >= start + text.length);
  const dump = row.tokens.map((t) => `${JSON.stringify(row.text.slice(t.startIndex, t.endIndex))} ${t.scopes.join(' ')}`).join('\n');
  assert.ok(token, `${JSON.stringify(text)} spans several tokens:\n${dump}`);
  return token.scopes;
}

const ROOT = 'text.casenote';
const FM = 'meta.embedded.block.frontmatter.casenote';

test('casenote scopes, with the Markdown grammar unavailable', async () => {
  const { grammar, requested } = await loadGrammar();
  assert.ok(requested.includes('text.html.markdown'), 'the grammar should include text.html.markdown');
  const lines = tokenize(grammar, SAMPLE);
  const scopesAt = (line: string, text: string) => scopesIn(lines, line, text);

  // Front matter: key, value, comment, and dates and times inside values.
  assert.deepEqual(scopesAt('location:', 'location'), [ROOT, FM, 'entity.name.tag.yaml.casenote']);
  assert.deepEqual(scopesAt('location:', "Client's apartment"), [ROOT, FM, 'string.unquoted.casenote']);
  assert.deepEqual(scopesAt('format:', ' SOAP | DAP | BIRP'), [ROOT, FM, 'comment.line.number-sign.casenote']);
  assert.deepEqual(scopesAt('format:', 'SOAP'), [ROOT, FM, 'string.unquoted.casenote']);
  assert.deepEqual(scopesAt('date:', '2026-11-20'), [ROOT, FM, 'string.unquoted.casenote', 'constant.numeric.date.casenote']);
  assert.deepEqual(scopesAt('time:', '14:00-14:50'), [ROOT, FM, 'string.unquoted.casenote', 'constant.numeric.time.casenote']);
  // The closing --- ends the front matter.
  assert.deepEqual(scopesAt('Home visit', 'Home visit'), [ROOT, 'markup.heading.casenote', 'entity.name.section.casenote']);
  assert.deepEqual(scopesAt('## Subjective', '##'), [ROOT, 'markup.heading.casenote', 'punctuation.definition.heading.casenote']);

  // Interview turns: the two roles get different scopes; "Plan:" and narrative lines are not turns.
  const worker = scopesAt('Worker: You', 'Worker');
  assert.deepEqual(worker, [ROOT, 'meta.turn.interviewer.casenote', 'entity.name.function.interviewer.casenote']);
  assert.deepEqual(scopesAt('Worker: You', ':'), [ROOT, 'meta.turn.interviewer.casenote', 'punctuation.separator.speaker.casenote']);
  assert.deepEqual(scopesAt('Worker: You', 'You were scared'), [ROOT, 'meta.turn.interviewer.casenote']);
  const client = scopesAt('Client: It', 'Client');
  assert.deepEqual(client, [ROOT, 'meta.turn.interviewee.casenote', 'entity.name.type.interviewee.casenote']);
  assert.notDeepEqual(client, worker);
  assert.deepEqual(scopesAt('R. D.:', 'R. D.'), [ROOT, 'meta.turn.interviewee.casenote', 'entity.name.type.interviewee.casenote']);
  assert.deepEqual(scopesAt('R. D.:', '11/20/2026'), [ROOT, 'meta.turn.interviewee.casenote', 'constant.numeric.date.casenote']);
  assert.deepEqual(scopesAt('Plan: call', 'Plan'), [ROOT]);
  assert.deepEqual(scopesAt('Client stated', 'Client stated, '), [ROOT]);

  // Quoted speech, straight and curly (an apostrophe inside does not end it).
  assert.deepEqual(scopesAt('Client stated', "I haven't slept since Tuesday."), [ROOT, 'string.quoted.double.speech.casenote']);
  assert.deepEqual(scopesAt('Client stated', '"'), [ROOT, 'string.quoted.double.speech.casenote', 'punctuation.definition.string.begin.casenote']);
  assert.deepEqual(scopesAt('R. D.:', 'we’re fine'), [ROOT, 'meta.turn.interviewee.casenote', 'string.quoted.double.speech.casenote']);

  // Late entry, with a long-form date and a 12-hour time on the same line.
  assert.deepEqual(scopesAt('Late entry:', 'Late entry'), [ROOT, 'meta.late-entry.casenote', 'keyword.other.late-entry.casenote']);
  assert.deepEqual(scopesAt('Late entry:', 'November 22, 2026'), [ROOT, 'meta.late-entry.casenote', 'constant.numeric.date.casenote']);
  assert.deepEqual(scopesAt('Late entry:', '2:30 pm'), [ROOT, 'meta.late-entry.casenote', 'constant.numeric.time.casenote']);

  // Disable directive versus an ordinary comment.
  const DIRECTIVE = 'comment.block.directive.casenote';
  assert.deepEqual(scopesAt('casewise-disable', 'casewise-disable-next-line'), [ROOT, DIRECTIVE, 'keyword.control.directive.casenote']);
  assert.deepEqual(scopesAt('casewise-disable', 'leading-question'), [ROOT, DIRECTIVE, 'constant.other.rule-id.casenote']);
  assert.deepEqual(scopesAt('plain comment', 'a plain comment'), [ROOT, 'comment.block.html.casenote']);

  // ISO date and a time in the narrative.
  assert.deepEqual(scopesAt('Follow up', '2026-11-24'), [ROOT, 'constant.numeric.date.casenote']);
  assert.deepEqual(scopesAt('Follow up', '10:00'), [ROOT, 'constant.numeric.time.casenote']);
});

test('casenote scopes survive inside Markdown paragraphs (stub Markdown grammar)', async () => {
  // A minimal stand-in for VS Code's Markdown grammar: every line opens a
  // paragraph that claims the rest of the line, plus one inline rule.
  const markdown = {
    scopeName: 'text.html.markdown',
    patterns: [{ begin: '^(?=\\S)', while: '^[ ]{4,}(?=\\S)', name: 'meta.paragraph.markdown', patterns: [{ include: '#inline' }] }],
    repository: { inline: { patterns: [{ match: '\\*\\*[^*]+\\*\\*', name: 'markup.bold.markdown' }] } },
  };
  const { grammar } = await loadGrammar({ 'text.html.markdown': markdown });
  const lines = tokenize(grammar, SAMPLE + 'Worker: **Bold** move.\n');
  const scopesAt = (line: string, text: string) => scopesIn(lines, line, text);
  const P = 'meta.paragraph.markdown';
  assert.deepEqual(scopesAt('Client stated', 'Client stated, '), [ROOT, P]);
  assert.deepEqual(scopesAt('Client stated', "I haven't slept"), [ROOT, P, 'string.quoted.double.speech.casenote']);
  assert.deepEqual(scopesAt('Follow up', '2026-11-24'), [ROOT, P, 'constant.numeric.date.casenote']);
  assert.deepEqual(scopesAt('Worker: You', 'Worker'), [ROOT, 'meta.turn.interviewer.casenote', 'entity.name.function.interviewer.casenote']);
  assert.deepEqual(scopesAt('Worker: **', 'Bold'), [ROOT, 'meta.turn.interviewer.casenote', 'markup.bold.markdown']);
  assert.deepEqual(scopesAt('location:', 'location'), [ROOT, FM, 'entity.name.tag.yaml.casenote']);
});

test('no pathological backtracking on long hostile lines', async () => {
  // Oniguruma gives up on a failing search at its retry limit (a few hundred
  // ms), so an exponential regex shows only over many lines: 30 of each here.
  const { grammar } = await loadGrammar();
  const hostile = [
    'Ab '.repeat(24) + 'x!:',
    'R. '.repeat(24) + '(a:',
    '""' + ' "'.repeat(40),
    "x '" + 'a '.repeat(100) + "'x",
    '1:00 '.repeat(40) + '-',
    'November 1 '.repeat(20) + '2026x',
    '<!-- ' + 'casewise-disable '.repeat(10),
  ];
  const note = `---\n${`key: ${'a '.repeat(100)}x#\n`.repeat(30)}---\n` + hostile.map((l) => `${l}\n`.repeat(30)).join('');
  const started = performance.now();
  tokenize(grammar, note);
  assert.ok(performance.now() - started < 3000, `tokenizing took ${Math.round(performance.now() - started)} ms`);
});

test('language configuration: words keep hyphens and apostrophes', () => {
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
  const words = (s: string) => s.match(word) ?? [];
  assert.deepEqual(words(`She didn't say "wheelchair-bound"; the client’s 'own' words.`), [
    'She', "didn't", 'say', 'wheelchair-bound', 'the', 'client’s', 'own', 'words',
  ]);
  assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  assert.ok(new RegExp(config.folding.markers.start).test('<!-- #region intake -->'));
  assert.ok(new RegExp(config.folding.markers.end).test('<!-- #endregion -->'));
});

// One test per element the note format defines (DESIGN.md §2): exact scopes on exact tokens.

/** Tokenizes `note` (without Markdown) and returns scopesAt(line, text) and the scopes of each whole token on a line. */
async function scopesOf(note: string) {
  const { grammar } = await loadGrammar();
  const lines = tokenize(grammar, note);
  return {
    scopesAt: (line: string, text: string) => scopesIn(lines, line, text),
    /** Every token on the line starting with `start`, as "text scope scope…" without the root scope. */
    tokensOf: (start: string) => {
      const row = lines.find((l) => l.text.startsWith(start));
      assert.ok(row, `no line starts with ${JSON.stringify(start)}`);
      return row.tokens.map((t) => `${JSON.stringify(row.text.slice(t.startIndex, t.endIndex))} ${t.scopes.slice(1).join(' ')}`.trim());
    },
  };
}

test('grammar: front-matter keys and values, comments and list items; only at the top of the note', async () => {
  const { scopesAt, tokensOf } = await scopesOf(
    '---\nformat: DAP   # one of the formats\ncase_id: c#10482\nfollow-up: 2026-12-01 at 9:30 am\nparticipants:\n  - R. D. (mother)\n---\n# Note\nformat: SOAP\n---\n',
  );
  const FM_ = [FM];
  assert.deepEqual(tokensOf('format: DAP'), [
    `"format" ${FM} entity.name.tag.yaml.casenote`,
    `":" ${FM} punctuation.separator.key-value.mapping.casenote`,
    `" " ${FM}`,
    `"DAP" ${FM} string.unquoted.casenote`,
    `"   " ${FM}`,
    `"#" ${FM} comment.line.number-sign.casenote punctuation.definition.comment.casenote`,
    `" one of the formats" ${FM} comment.line.number-sign.casenote`,
  ]);
  assert.deepEqual(scopesAt('case_id', 'case_id'), [ROOT, ...FM_, 'entity.name.tag.yaml.casenote']);
  // A # inside a value is not a comment.
  assert.deepEqual(scopesAt('case_id', 'c#10482'), [ROOT, ...FM_, 'string.unquoted.casenote']);
  assert.deepEqual(scopesAt('follow-up', 'follow-up'), [ROOT, ...FM_, 'entity.name.tag.yaml.casenote']);
  assert.deepEqual(scopesAt('follow-up', '9:30 am'), [ROOT, ...FM_, 'string.unquoted.casenote', 'constant.numeric.time.casenote']);
  assert.deepEqual(tokensOf('  - R. D.'), [`"  " ${FM}`, `"-" ${FM} punctuation.definition.block.sequence.item.casenote`, `" " ${FM}`, `"R. D. (mother)" ${FM} string.unquoted.casenote`]);
  assert.deepEqual(tokensOf('---'), [`"---" ${FM} punctuation.definition.frontmatter.begin.casenote`]);
  // After the front matter, "key: value" is narrative and --- is Markdown's.
  assert.deepEqual(scopesAt('format: SOAP', 'format: SOAP'), [ROOT]);
});

test('grammar: section headings at every level, with dates inside them; #hashtag is not a heading', async () => {
  const { scopesAt, tokensOf } = await scopesOf('# Intake\n### Visit on 2026-11-20\n###### Six\n#hashtag\n    # indented code\n');
  assert.deepEqual(tokensOf('# Intake'), [
    '"#" markup.heading.casenote punctuation.definition.heading.casenote',
    '" " markup.heading.casenote',
    '"Intake" markup.heading.casenote entity.name.section.casenote',
  ]);
  assert.deepEqual(scopesAt('### Visit', 'Visit on '), [ROOT, 'markup.heading.casenote', 'entity.name.section.casenote']);
  assert.deepEqual(scopesAt('### Visit', '2026-11-20'), [ROOT, 'markup.heading.casenote', 'entity.name.section.casenote', 'constant.numeric.date.casenote']);
  assert.deepEqual(scopesAt('######', '######'), [ROOT, 'markup.heading.casenote', 'punctuation.definition.heading.casenote']);
  assert.deepEqual(scopesAt('#hashtag', '#hashtag'), [ROOT]);
  assert.deepEqual(scopesAt('    # indented', '# indented code'), [ROOT]);
});

test('grammar: every default interviewer label, any case, is an interviewer turn', async () => {
  const labels = ['Q', 'Worker', 'Interviewer', 'SW', 'CW', 'Counselor', 'Me', 'worker', 'INTERVIEWER'];
  const { tokensOf } = await scopesOf(labels.map((l) => `${l}: What happened next?`).join('\n') + '\nWorkers: a plural is a name\nWorker:no space\n');
  for (const label of labels) {
    assert.deepEqual(tokensOf(`${label}:`), [
      `${JSON.stringify(label)} meta.turn.interviewer.casenote entity.name.function.interviewer.casenote`,
      '":" meta.turn.interviewer.casenote punctuation.separator.speaker.casenote',
      '" What happened next?" meta.turn.interviewer.casenote',
    ]);
  }
  assert.deepEqual(tokensOf('Workers:')[0], '"Workers" meta.turn.interviewee.casenote entity.name.type.interviewee.casenote');
  assert.deepEqual(tokensOf('Worker:no'), ['"Worker:no space"']);
});

test('grammar: default interviewee labels and other names are interviewee turns; narrative lead-ins are not', async () => {
  const { scopesAt, tokensOf } = await scopesOf(
    'A: Yes.\nClient: It was hard.\ninterviewee: Fine.\nMaria: Hi.\nR. D. (mother): He called me.\nDr. Ana Lee: The test is normal.\nPlan: call back.\nNote: see file.\nFollow-up: Monday.\nthe client: lower case\n',
  );
  const INTERVIEWEE = ['meta.turn.interviewee.casenote', 'entity.name.type.interviewee.casenote'];
  for (const label of ['A', 'Client', 'interviewee', 'Maria', 'R. D. (mother)', 'Dr. Ana Lee']) assert.deepEqual(scopesAt(`${label}:`, label), [ROOT, ...INTERVIEWEE], label);
  assert.deepEqual(tokensOf('Client:'), [
    '"Client" meta.turn.interviewee.casenote entity.name.type.interviewee.casenote',
    '":" meta.turn.interviewee.casenote punctuation.separator.speaker.casenote',
    '" It was hard." meta.turn.interviewee.casenote',
  ]);
  // The two roles never share a label scope.
  assert.notDeepEqual(scopesAt('Client:', 'Client'), [ROOT, 'meta.turn.interviewer.casenote', 'entity.name.function.interviewer.casenote']);
  for (const line of ['Plan: call back.', 'Note: see file.', 'Follow-up: Monday.', 'the client: lower case']) assert.deepEqual(tokensOf(line), [JSON.stringify(line)], line);
});

test('grammar: quoted speech in straight, curly, low-high and angle quotes; single quotes but not apostrophes', async () => {
  const { scopesAt, tokensOf } = await scopesOf(
    'He said, "I don\'t know."\nShe said “we’re fine” twice.\nEr sagte „nein“ und «non».\nIn her words, \'my own place\', she said.\nThe client\'s dog and the kids\' room.\n',
  );
  const SPEECH = 'string.quoted.double.speech.casenote';
  assert.deepEqual(tokensOf('He said'), [
    '"He said, "',
    `"\\"" ${SPEECH} punctuation.definition.string.begin.casenote`,
    `"I don't know." ${SPEECH}`,
    `"\\"" ${SPEECH} punctuation.definition.string.end.casenote`,
  ]);
  assert.deepEqual(scopesAt('She said', 'we’re fine'), [ROOT, SPEECH]);
  assert.deepEqual(scopesAt('She said', '”'), [ROOT, SPEECH, 'punctuation.definition.string.end.casenote']);
  assert.deepEqual(scopesAt('Er sagte', 'nein'), [ROOT, SPEECH]);
  assert.deepEqual(scopesAt('Er sagte', 'non'), [ROOT, SPEECH]);
  assert.deepEqual(scopesAt('In her words', 'my own place'), [ROOT, 'string.quoted.single.speech.casenote']);
  assert.deepEqual(tokensOf("The client's"), [`"The client's dog and the kids' room."`]);
});

test('grammar: dates in the forms the parser accepts, and 12- and 24-hour times and ranges', async () => {
  const { scopesAt, tokensOf } = await scopesOf(
    'Seen 2026-11-20, 11/20/2026, 3/4/26, November 20, 2026, Nov. 3 2026 and 20th November 2026.\nFrom 14:00-14:50, then 2:30 pm – 3:15 pm, at 2 p.m. and 09:05:30.\nCase 10482, room 3/4, ratio 1.5, build 2026-11-20x, score 25:61.\n',
  );
  const DATE = [ROOT, 'constant.numeric.date.casenote'];
  const TIME = [ROOT, 'constant.numeric.time.casenote'];
  for (const d of ['2026-11-20', '11/20/2026', '3/4/26', 'November 20, 2026', 'Nov. 3 2026', '20th November 2026']) assert.deepEqual(scopesAt('Seen', d), DATE, d);
  for (const t of ['14:00-14:50', '2:30 pm – 3:15 pm', '2 p.m.', '09:05:30']) assert.deepEqual(scopesAt('From', t), TIME, t);
  assert.deepEqual(tokensOf('Case 10482'), ['"Case 10482, room 3/4, ratio 1.5, build 2026-11-20x, score 25:61."']);
});

test('grammar: late-entry lines, any case, and the late_entry and late_reason front-matter keys', async () => {
  const { scopesAt, tokensOf } = await scopesOf(
    '---\nlate_entry: true\nlate_reason: out sick\n---\nLate entry: written 2026-11-23 at 9:15 am. Reason: out sick.\n  LATE ENTRY : see above\nA late entry: not a marker mid-line.\n',
  );
  const LATE = 'meta.late-entry.casenote';
  assert.deepEqual(tokensOf('late_entry'), [
    `"late_entry" ${FM} ${LATE} keyword.other.late-entry.casenote`,
    `":" ${FM} ${LATE} punctuation.separator.key-value.mapping.casenote`,
    `" " ${FM}`,
    `"true" ${FM} string.unquoted.casenote`,
  ]);
  assert.deepEqual(scopesAt('late_reason', 'late_reason'), [ROOT, FM, LATE, 'keyword.other.late-entry.casenote']);
  assert.deepEqual(tokensOf('Late entry:'), [
    `"Late entry" ${LATE} keyword.other.late-entry.casenote`,
    `":" ${LATE} punctuation.separator.late-entry.casenote`,
    `" written " ${LATE}`,
    `"2026-11-23" ${LATE} constant.numeric.date.casenote`,
    `" at " ${LATE}`,
    `"9:15 am" ${LATE} constant.numeric.time.casenote`,
    `". Reason: out sick." ${LATE}`,
  ]);
  assert.deepEqual(scopesAt('  LATE ENTRY', 'LATE ENTRY'), [ROOT, LATE, 'keyword.other.late-entry.casenote']);
  assert.deepEqual(scopesAt('A late entry', 'A late entry: not a marker mid-line.'), [ROOT]);
});

test('grammar: disable and enable comments, with and without rule IDs, apart from ordinary comments', async () => {
  const { tokensOf, scopesAt } = await scopesOf(
    '<!-- casewise-disable-next-line leading-question, why-question -->\n<!-- casewise-disable -->\n<!-- casewise-enable jargon -->\n<!-- casewise-disabled is not a directive -->\n',
  );
  const D = 'comment.block.directive.casenote';
  assert.deepEqual(tokensOf('<!-- casewise-disable-next-line'), [
    `"<!--" ${D} punctuation.definition.comment.begin.casenote`,
    `" " ${D}`,
    `"casewise-disable-next-line" ${D} keyword.control.directive.casenote`,
    `" " ${D}`,
    `"leading-question" ${D} constant.other.rule-id.casenote`,
    `"," ${D} punctuation.separator.comma.casenote`,
    `" " ${D}`,
    `"why-question" ${D} constant.other.rule-id.casenote`,
    `" " ${D}`,
    `"-->" ${D} punctuation.definition.comment.end.casenote`,
  ]);
  assert.deepEqual(scopesAt('<!-- casewise-disable -->', 'casewise-disable'), [ROOT, D, 'keyword.control.directive.casenote']);
  assert.deepEqual(scopesAt('<!-- casewise-enable', 'casewise-enable'), [ROOT, D, 'keyword.control.directive.casenote']);
  assert.deepEqual(scopesAt('<!-- casewise-enable', 'jargon'), [ROOT, D, 'constant.other.rule-id.casenote']);
  assert.deepEqual(scopesAt('<!-- casewise-disabled', 'casewise-disabled is not a directive'), [ROOT, 'comment.block.html.casenote']);
});
