import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/analyze';
import { interviewMetrics } from '../../server/src/metrics';
import table from '../../server/src/rules/data/interview-opening.json';
import { compileCue, interviewOpening, openingParts } from '../../server/src/rules/interviewOpening';
import { interviewerTalk } from '../../server/src/rules/interviewerTalk';
import { applyFix, diagnostics, findings, fixTitles, settingsWith } from '../helpers';

const lines = (...l: string[]) => l.join('\n') + '\n';
const messages = (text: string, rule = interviewOpening, raw: Record<string, unknown> = {}) => diagnostics(text, rule, raw).map((d) => d.message);

// ---- interview-opening ----

const NO_OPENING = lines(
  '# Home visit',
  'The worker arrived at 2 p.m.',
  '',
  '## Interview',
  'Worker: Tell me about your week.',
  'Client: It was hard.',
  'Worker: What happened next?',
  'Client: The school called.',
  'Worker: How did you feel about that?',
);

test('interview-opening: reported on the first interviewer turn, naming all three missing parts', () => {
  assert.deepEqual(findings(interviewOpening, NO_OPENING), ['5:1-5:33 interview-opening "Worker: Tell me about your week."']);
  assert.deepEqual(messages(NO_OPENING), [
    'The opening (the first 3 interviewer turns) has no introduction (name and role), no statement of purpose and no explanation of confidentiality and its limits. ' +
      'Before asking the person to talk, say who you are, why you are meeting and what stays private and what must be shared.',
  ]);
});

test('interview-opening: only the missing parts are named; privacy without its limits is missing the limits', () => {
  const text = lines(
    '## Interview',
    "Worker: Hi, I'm Ana Rivera from family services.",
    'Client: Hi.',
    'Worker: Everything you say here is private.',
    'Client: Okay.',
    'Worker: Tell me about your week.',
  );
  assert.deepEqual(findings(interviewOpening, text), ['2:1-2:49 interview-opening "Worker: Hi, I\'m Ana Rivera from family services."']);
  assert.deepEqual(messages(text), [
    'The opening (the first 3 interviewer turns) has no statement of purpose and no mention of the limits of confidentiality. ' +
      'Before asking the person to talk, say why you are meeting and what must be shared, and when.',
  ]);
});

test('interview-opening: the three parts may come in any order across the first three interviewer turns', () => {
  const text = lines(
    '## Interview',
    'Worker: What you tell me stays private, unless someone is in danger.',
    'Client: Okay.',
    'Worker: My name is Ana, and I work for the county.',
    'Client: Hi.',
    'Worker: We got a call from the school, so I came to check in with you.',
    'Client: Okay.',
    'Worker: Tell me about your week.',
  );
  assert.deepEqual(findings(interviewOpening, text), []);
});

test('interview-opening: a part said only in the fourth interviewer turn is too late', () => {
  const text = lines(
    '## Interview',
    'Worker: My name is Ana, and I work for the county.',
    'Worker: I came today because the school asked us to visit.',
    'Worker: Tell me about your week.',
    'Client: It was hard.',
    'Worker: Some things I have to report, such as a child being hurt.',
  );
  assert.deepEqual(findings(interviewOpening, text), ['2:1-2:51 interview-opening "Worker: My name is Ana, and I work for the county."']);
  assert.match(messages(text)[0], /has no explanation of confidentiality and its limits\. Before asking the person to talk, say what stays private and what must be shared\.$/);
});

test('interview-opening: an excerpt with fewer than three interviewer turns is not judged', () => {
  const text = lines('## Interview', 'Worker: Tell me about your week.', 'Client: It was hard.', 'Worker: It sounds like the week was hard. What happened next?');
  assert.deepEqual(findings(interviewOpening, text), []);
});

test('interview-opening: each interview is judged on its own; a format: interview note is one interview', () => {
  const two = lines(
    '# Visit',
    '## Interview with the mother',
    'Worker: Tell me about your week.',
    'Worker: What happened next?',
    'Worker: How did that go?',
    '## Interview with the child',
    "Worker: Hi, I'm Ana. My job is to talk with children. I can't promise to keep secrets.",
    'Worker: Tell me about things you like to do.',
    'Worker: Tell me more about that.',
  );
  assert.deepEqual(findings(interviewOpening, two), ['3:1-3:33 interview-opening "Worker: Tell me about your week."']);
  const whole = lines('---', 'format: interview', '---', '# Intake', '## Part one', 'Worker: Tell me about your week.', '## Part two', 'Worker: What happened next?', 'Worker: How did that go?');
  assert.deepEqual(findings(interviewOpening, whole), ['6:1-6:33 interview-opening "Worker: Tell me about your week."']);
});

test('interview-opening: turns under a team\'s own interviewer label count', () => {
  const text = lines('## Interview', 'Caseworker: Tell me about your week.', 'Caseworker: What happened next?', 'Caseworker: How did that go?');
  assert.deepEqual(findings(interviewOpening, text, { interviewerLabels: ['Caseworker'] }), ['2:1-2:37 interview-opening "Caseworker: Tell me about your week."']);
});

test('interview-opening: the only fix is "Ignore this occurrence"; no words are put in the interviewer\'s mouth', () => {
  assert.deepEqual(fixTitles(interviewOpening, NO_OPENING), ['Ignore this occurrence']);
  assert.equal(
    applyFix(interviewOpening, NO_OPENING, { title: 'Ignore this occurrence' }),
    NO_OPENING.replace('Worker: Tell me about your week.', '<!-- casewise-disable-next-line interview-opening -->\nWorker: Tell me about your week.'),
  );
});

test('interview-opening: every cue in the data file matches its own example', () => {
  for (const c of table.cues) {
    assert.ok(openingParts(c.example).has(c.part as keyof typeof table.parts), `"${c.cue}" (${c.part}) does not match its example "${c.example}"`);
    assert.ok(compileCue(c.cue).test(c.example) || c.cue.includes('Name'), `"${c.cue}" does not match "${c.example}"`);
    assert.ok(c.note.length > 0);
  }
});

test('interview-opening: look-alike phrases are not parts of an opening', () => {
  for (const s of [
    "You don't have to tell me anything you don't want to.",
    "I'm a little worried about the rent.",
    'You may tell me to stop at any time.',
    'You can skip any question unless you want to answer it.',
    "I'm sorry to hear that.",
    'I want to make sure you have a ride home.',
  ]) {
    assert.deepEqual([...openingParts(s)], [], s);
  }
  assert.deepEqual([...openingParts("Hi, I'm Ana Rivera.")], ['introduction']);
  assert.deepEqual([...openingParts('It’s Ana again from the clinic.')], ['introduction']);
  assert.deepEqual([...openingParts('Hi, this is Ana Rivera from the clinic.')], ['introduction']);
  assert.deepEqual([...openingParts("Hi, it's me from the clinic.")], []);
});

// ---- interviewer-talk ----

const TALKATIVE = lines(
  '# Office visit',
  '',
  '## Interview',
  'Worker: Tell me about the week you had at home with the kids.',
  'Client: It was fine.',
  'Worker: What happened on the day the school called you?',
  'Client: They called twice.',
  'Worker: How did you feel when you heard that from them?',
  'Client: Upset.',
);

test('interviewer-talk: the interviewer speaking more than half the words is reported on the Interview heading, with the figures', () => {
  assert.deepEqual(findings(interviewerTalk, TALKATIVE), ['3:4-3:13 interviewer-talk "Interview"']);
  assert.deepEqual(messages(TALKATIVE, interviewerTalk), [
    'The interviewer speaks 82% of the words in this interview (31 of 38), more than the 50% set by casewise.interview.maxInterviewerShare. ' +
      "Ask shorter, open questions and leave room for the person's own account.",
  ]);
});

test('interviewer-talk: casewise.interview.maxInterviewerShare sets the limit, written flat or nested as VS Code sends it', () => {
  assert.deepEqual(findings(interviewerTalk, TALKATIVE, { 'interview.maxInterviewerShare': 0.85 }), []);
  assert.deepEqual(findings(interviewerTalk, TALKATIVE, { interview: { maxInterviewerShare: 0.85 } }), []);
  assert.match(messages(TALKATIVE, interviewerTalk, { interview: { maxInterviewerShare: 0.6 } })[0], /more than the 60% set by/);
  assert.equal(settingsWith({ interview: { maxInterviewerShare: 2 } })['interview.maxInterviewerShare'], 0.5);
});

test('interviewer-talk: a share just over the limit is not rounded down to it', () => {
  // 51 interviewer words against 49.
  const text = lines('## Interview', `Worker: ${'word '.repeat(17).trim()}`, `Client: ${'word '.repeat(49).trim()}`, `Worker: ${'word '.repeat(17).trim()}`, `Worker: ${'word '.repeat(17).trim()}`);
  assert.match(messages(text, interviewerTalk)[0], /^The interviewer speaks 51% of the words in this interview \(51 of 100\)/);
  const close = lines('## Interview', `Worker: ${'word '.repeat(199).trim()}`, `Client: ${'word '.repeat(199).trim()}`, 'Worker: w', 'Worker: w');
  assert.match(messages(close, interviewerTalk)[0], /^The interviewer speaks 50\.2% of the words in this interview \(201 of 400\)/);
});

test('interviewer-talk: no share is judged for an excerpt of fewer than three interviewer turns, or with no answers recorded', () => {
  const excerpt = lines('## Interview', 'Worker: Tell me about the week you had at home with the kids.', 'Client: Fine.', 'Worker: What happened on the day the school called you?');
  assert.deepEqual(findings(interviewerTalk, excerpt), []);
  const unanswered = lines('## Interview', 'Worker: Tell me about your week.', 'Client: ', 'Worker: What happened next?', 'Client: ', 'Worker: How did that go?', 'Client: ');
  assert.deepEqual(findings(interviewerTalk, unanswered), []);
});

const questions = (n: number, reflect?: number) =>
  Array.from({ length: n }, (_, i) => [i === reflect ? 'Worker: It sounds like that was hard. What happened next?' : 'Worker: What happened next?', 'Client: We went home and I made dinner for the two of us, then we watched a show.']).flat();

test('interviewer-talk: ten interviewer turns without a reflection or summary are reported', () => {
  const text = lines('## Interview', ...questions(10));
  assert.deepEqual(findings(interviewerTalk, text), ['1:4-1:13 interviewer-talk "Interview"']);
  assert.deepEqual(messages(text, interviewerTalk), [
    'None of the interviewer\'s 10 turns reflects or summarizes what the person said ("It sounds like…", "So what I\'m hearing is…", "You felt…"). ' +
      'Reflect back what you heard now and then, so the person knows you listened and can correct you.',
  ]);
  assert.deepEqual(findings(interviewerTalk, lines('## Interview', ...questions(9))), []);
  assert.deepEqual(findings(interviewerTalk, lines('## Interview', ...questions(12, 7))), []);
});

test('interviewer-talk: a reflection counts anywhere in the turn, but a reflection phrased as a question does not', () => {
  const later = lines('## Interview', ...questions(10).map((l, i) => (i === 4 ? 'Worker: Okay. So what I’m hearing is that mornings are hard.' : l)));
  assert.deepEqual(findings(interviewerTalk, later), []);
  const asked = lines('## Interview', ...questions(10).map((l, i) => (i === 4 ? 'Worker: So you went home?' : l)));
  assert.deepEqual(findings(interviewerTalk, asked), ['1:4-1:13 interviewer-talk "Interview"']);
});

test('interviewer-talk: both problems go in one finding; each interview gets its own', () => {
  const text = lines(
    '## Interview with the mother',
    ...questions(10).map((l) => (l.startsWith('Client') ? 'Client: Fine.' : l)),
    '## Interview with the child',
    ...questions(3),
  );
  assert.deepEqual(findings(interviewerTalk, text), ['1:4-1:29 interviewer-talk "Interview with the mother"']);
  assert.deepEqual(messages(text, interviewerTalk), [
    'The interviewer speaks 75% of the words in this interview (30 of 40), more than the 50% set by casewise.interview.maxInterviewerShare. ' +
      "Ask shorter, open questions and leave room for the person's own account. " +
      'None of the interviewer\'s 10 turns reflects or summarizes what the person said ("It sounds like…", "So what I\'m hearing is…", "You felt…"). ' +
      'Reflect back what you heard now and then, so the person knows you listened and can correct you.',
  ]);
});

test('interviewer-talk: turns outside an Interview heading are reported on the first turn', () => {
  const text = lines('Worker: Tell me about the week you had at home with the kids.', 'Client: Fine.', 'Worker: What happened on the day the school called you?', 'Worker: How did you feel when you heard that from them?');
  assert.deepEqual(findings(interviewerTalk, text), ['1:1-1:62 interviewer-talk "Worker: Tell me about the week you had at home with the kids."']);
});

test('interviewer-talk: the only fix is "Ignore this occurrence", above the heading', () => {
  assert.deepEqual(fixTitles(interviewerTalk, TALKATIVE), ['Ignore this occurrence']);
  assert.equal(
    applyFix(interviewerTalk, TALKATIVE, { title: 'Ignore this occurrence' }),
    TALKATIVE.replace('## Interview', '<!-- casewise-disable-next-line interviewer-talk -->\n## Interview'),
  );
});

test('the CLI metrics count words and reflections as interviewer-talk does', () => {
  const text = lines('## Interview', 'Worker: Okay. It sounds like the week was hard.', 'Client: It was.', 'Worker: You felt alone?', 'Worker: You said you left at nine.');
  const metrics = interviewMetrics(parse(text, settingsWith()), []);
  assert.equal(metrics.reflections, 2);
  assert.equal(metrics.interviewerWordShare, 0.89);
});
