import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixesOf } from '../../server/src/fixes';
import { closedQuestion } from '../../server/src/rules/closedQuestion';
import { leadingQuestion } from '../../server/src/rules/leadingQuestion';
import { multipleQuestions } from '../../server/src/rules/multipleQuestions';
import { whyQuestion } from '../../server/src/rules/whyQuestion';
import { applyEdits, applyFix, applyPreferredFix, diagnostics, findings, fixTitles } from '../helpers';

/** An interview: each line is a turn ("Worker: …", "Client: …"). */
const interview = (...turns: string[]) => ['## Interview', ...turns].join('\n');
/** Findings of all four question rules. */
const asked = (text: string) => findings(undefined, text).filter((f) => /question/.test(f.split(' ')[1]));

test('a yes/no question in an interviewer turn is flagged over the question sentence only', () => {
  const text = interview('Worker: Tell me about your week. Did you feel scared?', 'Client: A bit.');
  assert.deepEqual(findings(closedQuestion, text), ['2:34-2:54 closed-question "Did you feel scared?"']);
  assert.deepEqual(fixTitles(closedQuestion, text), [
    'Rewrite as "How did you feel?"',
    'Rewrite as "What was that like for you?"',
    'Rewrite as "Tell me more about that."',
    'Ignore this occurrence',
  ]);
  assert.equal(applyPreferredFix(closedQuestion, text), interview('Worker: Tell me about your week. How did you feel?', 'Client: A bit.'));
  assert.equal(
    applyFix(closedQuestion, text, { title: 'Rewrite as "Tell me more about that."' }),
    interview('Worker: Tell me about your week. Tell me more about that.', 'Client: A bit.'),
  );
});

test('closed questions: yes/no, faux invitations and forced choices, each with an open rewrite', () => {
  const cases: [string, string][] = [
    ['Did you see who took the money?', 'What did you see?'],
    ['Can you tell me if anyone else was in the room?', 'Tell me who else was in the room.'],
    ['Do you remember what happened?', 'What do you remember about what happened?'],
    ['Was anyone else there?', 'Who else was there?'],
    ['Are you safe at home right now?', 'How do you feel at home right now?'],
    ['Was it red or blue?', 'What color was it?'],
    ['Did it happen at home or at school?', 'Where did it happen?'],
    ['Was your mom home?', 'Where was your mom?'],
    ['Is it okay if I talk to your teacher too?', 'How would you feel about me talking to your teacher?'],
    ['Anything else?', 'What else would you like to tell me?'],
    ['is your grandma still living with you', 'Tell me about your grandma.'],
  ];
  for (const [question, rewrite] of cases) {
    const text = interview(`Worker: ${question}`);
    assert.deepEqual(asked(text), [`2:9-2:${9 + question.length} closed-question "${question}"`], question);
    assert.equal(applyPreferredFix(closedQuestion, text), interview(`Worker: ${rewrite}`), question);
  }
});

test('invitations and open questions are not flagged, however they are phrased', () => {
  const open = [
    'Tell me everything about that.',
    'Tell me why you came here today.',
    'Can you describe the room?',
    'Could you tell me more about that?',
    'Would you walk me through what happened?',
    "I'd like to hear about your weekend.",
    'When you are ready, tell me what happened.',
    'Tell me, what happened next?',
    'What happened next?',
    'How did you feel?',
    'Who else was there?',
    'In what way?',
    'And then what?',
    'Why don\'t you tell me about your week?',
    'It sounds like that was scary. What happened next?',
    'tell me about the last time you saw your dad',
  ];
  for (const q of open) assert.deepEqual(asked(interview(`Worker: ${q}`)), [], q);
});

test('only interviewer turns are checked: not the interviewee, not the narrative', () => {
  const text = ['# Visit', 'Did the client attend? Yes.', '', '## Interview', 'Client: Did you call my mom?', 'Worker: What happened next?'].join('\n');
  assert.deepEqual(asked(text), []);
});

test('leading: tags, negative openers, agreement and statements asked as questions', () => {
  const text = interview(
    "Worker: He was drunk, wasn't he?",
    'Worker: You were scared, right?',
    "Worker: Didn't you tell your teacher about it?",
    "Worker: Don't you think your mom was just trying to protect you?",
    'Worker: So he hit you with the belt?',
    'Worker: you told your counselor he hurt you right',
  );
  assert.deepEqual(findings(leadingQuestion, text), [
    '2:9-2:33 leading-question "He was drunk, wasn\'t he?"',
    '3:9-3:32 leading-question "You were scared, right?"',
    '4:9-4:47 leading-question "Didn\'t you tell your teacher about it?"',
    '5:9-5:65 leading-question "Don\'t you think your mom was just trying to protect you?"',
    '6:9-6:37 leading-question "So he hit you with the belt?"',
    '7:9-7:50 leading-question "you told your counselor he hurt you right"',
  ]);
  assert.equal(applyPreferredFix(leadingQuestion, interview("Worker: He was drunk, wasn't he?")), interview('Worker: Tell me about how he was.'));
  assert.equal(applyPreferredFix(leadingQuestion, interview('Worker: You were scared, right?')), interview('Worker: How did you feel?'));
  assert.equal(
    applyPreferredFix(leadingQuestion, interview("Worker: Don't you think your mom was just trying to protect you?")),
    interview('Worker: What do you think about your mom?'),
  );
  assert.deepEqual(fixTitles(leadingQuestion, interview('Worker: So he hit you with the belt?')), [
    'Rewrite as "Tell me what happened."',
    'Rewrite as "Tell me what he did."',
    'Rewrite as "Tell me more about that."',
    'Ignore this occurrence',
  ]);
});

test('"Did he or didn\'t he?" is a forced choice, not a tag question', () => {
  assert.deepEqual(asked(interview("Worker: Did he or didn't he?")), ['2:9-2:29 closed-question "Did he or didn\'t he?"']);
});

test('a presumptive question brings in what the interviewee has not said', () => {
  const question = 'Worker: What did he hit you with?';
  assert.deepEqual(findings(leadingQuestion, interview('Client: We had an argument and then I left.', question)), [
    '3:9-3:34 leading-question "What did he hit you with?"',
  ]);
  assert.deepEqual(asked(interview('Client: He hit me.', question)), []);
  assert.deepEqual(asked(interview('Client: He slapped me.', question)), [], 'a more exact word counts');
  // The interviewer's own words do not count as the interviewee's.
  assert.deepEqual(findings(leadingQuestion, interview('Worker: Did anyone hit you?', 'Client: Yes.', question)), [
    '4:9-4:34 leading-question "What did he hit you with?"',
  ]);
  assert.equal(
    applyPreferredFix(leadingQuestion, interview('Client: He came into my room.', 'Worker: Where did he touch you?')),
    interview('Client: He came into my room.', 'Worker: Tell me everything that happened.'),
  );
});

test('a presumptive question: denied acts, presupposed habits and people not yet mentioned', () => {
  assert.deepEqual(findings(leadingQuestion, interview("Client: I didn't tell anybody.", 'Worker: What did your mom say when you told her?')), [
    '3:9-3:49 leading-question "What did your mom say when you told her?"',
  ]);
  assert.deepEqual(asked(interview('Client: I told my mom about it after dinner.', 'Worker: What did your mom say when you told her?')), []);
  assert.deepEqual(findings(leadingQuestion, interview('Client: My stepdad moved in last year.', 'Worker: When did he start coming into your room at night?')), [
    '3:9-3:58 leading-question "When did he start coming into your room at night?"',
  ]);
});

test('generic wh-questions assume nothing; screening and seen injuries are not presumptive', () => {
  const open = ['What happened next?', 'How did you feel?', 'Who else was there?', 'What do you do when you get really angry?', 'How much do you drink in a week?', 'How did you get that bruise?', 'What would you do if someone hit you?'];
  for (const q of open) assert.deepEqual(asked(interview('Client: It was a long day.', `Worker: ${q}`)), [], q);
});

test('a yes/no question about a named person and a specific detail leads; a screening question does not', () => {
  assert.deepEqual(asked(interview('Client: My dad was angry.', 'Worker: Did your dad hit you with the belt?')), [
    '3:9-3:44 leading-question "Did your dad hit you with the belt?"',
  ]);
  assert.deepEqual(asked(interview('Worker: Has anyone ever hurt you?')), ['2:9-2:34 closed-question "Has anyone ever hurt you?"']);
});

test('why questions, with rewrites that ask what led up to it', () => {
  const cases: [string, string][] = [
    ['Why did you leave?', 'What led you to leave?'],
    ["Why didn't you tell your mom?", 'What made it hard to tell your mom?'],
    ['Why were you out so late?', 'What led to you being out so late?'],
    ['How come you stopped going to school?', 'What led you to stop going to school?'],
    ['Why do you keep missing curfew?', 'What leads you to keep missing curfew?'],
  ];
  for (const [question, rewrite] of cases) {
    const text = interview(`Worker: ${question}`);
    assert.deepEqual(asked(text), [`2:9-2:${9 + question.length} why-question "${question}"`], question);
    assert.equal(applyPreferredFix(whyQuestion, text), interview(`Worker: ${rewrite}`), question);
  }
  assert.equal(diagnostics(interview('Worker: Why did you leave?'), whyQuestion)[0].message.startsWith('"Why…" can sound like blame'), true);
});

test('multiple questions: the finding covers the asks, and the fix keeps only the first question', () => {
  const cases: [string, string][] = [
    ['Where were you? Who were you with?', 'Where were you?'],
    ['Tell me about your brother. Does he live with you?', 'Tell me about your brother.'],
    ['What happened and how did you feel?', 'What happened?'],
    ['What did you do after he left, and who did you call?', 'What did you do after he left?'],
    ['Can you describe the car and tell me who was driving?', 'Can you describe the car?'],
    ['How are you sleeping and eating these days?', 'How are you sleeping these days?'],
    ['How are school and home?', 'How is school?'],
    ['Who told you that, and when?', 'Who told you that?'],
    ['Where were you? I know this is hard. Who was with you? Take your time.', 'Where were you? I know this is hard. Take your time.'],
  ];
  for (const [turn, kept] of cases) {
    const text = interview(`Worker: ${turn}`, 'Client: I was at home.');
    assert.equal(findings(multipleQuestions, text).length, 1, turn);
    assert.equal(applyFix(multipleQuestions, text, { title: 'Keep only the first question' }), interview(`Worker: ${kept}`, 'Client: I was at home.'), turn);
  }
  assert.deepEqual(findings(multipleQuestions, interview('Worker: Where were you? Who were you with?')), [
    '2:9-2:43 multiple-questions "Where were you? Who were you with?"',
  ]);
  const preface = interview("Worker: I'd like to hear about your day. Tell me everything that happened, from the time you woke up.");
  assert.deepEqual(findings(multipleQuestions, preface), [], 'a first-person preface frames the invitation after it');
  for (const single of ['Was it red or blue?', 'Did you tell your mom or your teacher?', 'What do you and your mom do together?', 'Tell me about your mom and dad.', 'Mm-hmm. Tell me more about that part.']) {
    assert.deepEqual(findings(multipleQuestions, interview(`Worker: ${single}`)), [], single);
  }
});

test('in a sentence with two asks, a rewrite replaces its own clause and keeps the other', () => {
  const text = interview('Worker: Why did you leave, and where did you go?');
  assert.equal(applyPreferredFix(whyQuestion, text), interview('Worker: What led you to leave? Where did you go?'));
  const closed = interview('Worker: How was school, and did anyone bother you?');
  assert.equal(applyPreferredFix(closedQuestion, closed), interview('Worker: How was school? Who bothered you?'));
});

test('an acknowledgment before the question is kept; a joining "so" is not', () => {
  assert.equal(applyPreferredFix(leadingQuestion, interview('Worker: Okay, so he hit you?')), interview('Worker: Okay, tell me what happened.'));
  assert.equal(applyPreferredFix(closedQuestion, interview('Worker: And did you feel scared?')), interview('Worker: How did you feel?'));
});

test('a leading "when" clause stays with its question, a check-in "Okay?" is not flagged, and "Right?" after a statement leads', () => {
  const text = interview('Worker: When you got home, did you eat?', 'Worker: We will take a break now. Okay?', 'Worker: He hit you. Right?');
  assert.deepEqual(asked(text), ['2:9-2:40 closed-question "When you got home, did you eat?"', '4:21-4:27 leading-question "Right?"']);
  assert.equal(applyPreferredFix(closedQuestion, interview('Worker: When you got home, did you eat?')), interview('Worker: When you got home, tell me about eating.'));
  assert.equal(applyPreferredFix(closedQuestion, interview('Worker: Have you applied for SNAP benefits?')), interview('Worker: Tell me about applying for SNAP benefits.'));
});

test('a turn that runs over two lines is one turn, and the label is never touched', () => {
  const text = interview('Worker: You said you left at nine.', '  Did you feel scared?', 'Client: Yes.');
  assert.deepEqual(asked(text), ['3:3-3:23 closed-question "Did you feel scared?"']);
  assert.equal(applyPreferredFix(closedQuestion, text), interview('Worker: You said you left at nine.', '  How did you feel?', 'Client: Yes.'));
});

test('inline comments switch the question rules off like any other rule', () => {
  const text = interview('<!-- casewise-disable-next-line closed-question -->', 'Worker: Did you feel scared?');
  assert.deepEqual(asked(text), []);
});

const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character <= q.character);

test('on the labelled set, every fix stays inside its finding, and no rewrite is flagged again by the same rule', () => {
  const rows = readFileSync(join(__dirname, '..', 'fixtures', 'questions.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  for (const [, question, context] of rows) {
    const text = interview(...(context ? [`Client: ${context}`] : []), `Worker: ${question}`);
    for (const d of diagnostics(text).filter((x) => /question/.test(String(x.code)))) {
      for (const fix of fixesOf(d)) {
        if (fix.title === 'Ignore this occurrence') continue;
        for (const e of fix.edits) assert.ok(before(d.range.start, e.range.start) && before(e.range.end, d.range.end), `${question}: "${fix.title}" edits outside its finding`);
        if (!fix.title.startsWith('Rewrite as')) continue;
        const after = applyEdits(text, fix.edits);
        assert.match(after.split('\n').at(-1)!, /^Worker: [A-Z].*[?.]$/, `${question}: ${fix.title}`);
        const again = diagnostics(after).filter((x) => x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
        assert.deepEqual(again.map((x) => x.message), [], `${question}: ${fix.title}`);
      }
    }
  }
});

test('odd turns (fragments, stray punctuation, run-on words) never break the rules, and fixes stay inside their findings', () => {
  const words = readFileSync(join(__dirname, '..', 'fixtures', 'questions.tsv'), 'utf8').split(/\s+/).filter(Boolean);
  const marks = ['?', '.', ',', ' -', '', '', ':', '"', "n't", '’s', '—', '?!', '\n  '];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const turns: string[] = [];
  for (let i = 0; i < 300; i++) {
    const parts = Array.from({ length: 1 + next(10) }, () => words[next(words.length)] + (next(3) === 0 ? marks[next(marks.length)] : ''));
    turns.push(`Client: ${words[next(words.length)]}.`, `Worker: ${parts.join(' ')}`);
  }
  const text = interview(...turns);
  const errors: string[] = [];
  const ds = diagnostics(text, undefined, {}, { onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
  assert.deepEqual(errors, []);
  for (const d of ds.filter((x) => /question/.test(String(x.code)))) {
    for (const fix of fixesOf(d).filter((f) => f.title !== 'Ignore this occurrence')) {
      for (const e of fix.edits) assert.ok(before(d.range.start, e.range.start) && before(e.range.end, d.range.end), fix.title);
    }
  }
});
