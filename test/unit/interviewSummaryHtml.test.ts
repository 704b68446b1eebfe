import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interviewSummaryHtml } from '../../client/src/interviewSummaryHtml';
import { interviewStatusText } from '../../client/src/status/interviewStatusText';
import type { InterviewSummary, InterviewSummaryEntry } from '../../server/src/interviewProtocol';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

const MOTHER: InterviewSummaryEntry = {
  title: 'Interview with the <mother>',
  range: range(12, 0, 28),
  metrics: { questions: { open: 6, closed: 2, leading: 1, why: 0, multiple: 1 }, openQuestionShare: 0.67, interviewerWordShare: 0.41, reflections: 2 },
  words: { interviewer: 41, interviewee: 59 },
  flagged: [
    { range: range(15, 8, 28), rule: 'closed-question', message: 'This question can be answered with yes or no. An open question lets the person answer.', text: 'Did you feel scared?' },
    { range: range(21, 8, 32), rule: 'leading-question', message: 'The tag "wasn\'t he" asks for agreement.', text: "He was drunk, wasn't he? <script>alert(1)</script>" },
  ],
};
const CHILD: InterviewSummaryEntry = {
  title: 'Interview with J. D.',
  range: range(30, 0, 23),
  metrics: { questions: { open: 0, closed: 0, leading: 0, why: 0, multiple: 0 }, openQuestionShare: 0, interviewerWordShare: 0, reflections: 0 },
  words: { interviewer: 0, interviewee: 0 },
  flagged: [],
};
const SUMMARY: InterviewSummary = { uri: 'file:///notes/visit.casenote', version: 3, interviews: [MOTHER, CHILD] };
const html = interviewSummaryHtml(SUMMARY, { nonce: 'TEST-NONCE', focus: 1 });

test('the chart draws each question class with its exact count, in text', () => {
  const rows = [...html.matchAll(/<g class="row q-(\w+)" data-kind="\w+" data-count="(\d+)">.*?<text class="label"[^>]*>(\w+)<\/text>.*?<text class="count"[^>]*>(\d+)<\/text><\/g>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);
  assert.deepEqual(rows, ['open 6 Open 6', 'closed 2 Closed 2', 'leading 1 Leading 1', 'why 0 Why 0', 'multiple 1 Multiple 1', 'open 0 Open 0', 'closed 0 Closed 0', 'leading 0 Leading 0', 'why 0 Why 0', 'multiple 0 Multiple 0']);
  assert.match(html, /<title id="questions-0">Questions: 6 open, 2 closed, 1 leading, 0 why, 1 multiple<\/title>/);
  // The longest bar spans the whole track; the others are in proportion, and a zero draws none.
  const bars = [...html.slice(0, html.indexOf('id="interview-1"')).matchAll(/<rect class="bar" [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual(bars, [216, 72, 36, 36]);
});

test('each interview has its headline, talk balance and reflections', () => {
  assert.deepEqual([...html.matchAll(/<p class="headline">([^<]*)<\/p>/g)].map((m) => m[1]), ['Open questions 6/9', 'No questions yet']);
  assert.match(html, /<title id="talk-0">Interviewer 41% of words, interviewee 59%<\/title>/);
  assert.match(html, /<rect class="interviewer" x="0" y="0" width="131" height="16">/);
  assert.match(html, /Interviewer 41% <span class="key interviewee"><\/span>Interviewee 59%/);
  assert.deepEqual([...html.matchAll(/data-reflections="(\d+)">↩ ([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`), ['2 2 reflections', '0 No reflections']);
  assert.match(html, /No words recorded yet\./);
  assert.match(html, /No flagged questions\./);
});

test('each flagged question links to its range in the note', () => {
  const links = [...html.matchAll(/<button class="goto" type="button" data-line="(\d+)" data-character="(\d+)" data-end-line="(\d+)" data-end-character="(\d+)"[^>]*><span class="chip q-(\w+)">(\w+)<\/span><span class="question">([^<]*)<\/span><span class="line">(line \d+)<\/span><\/button><div class="why">([^<]*)<\/div>/g)].map((m) => m.slice(1).join(' | '));
  assert.deepEqual(links, [
    '15 | 8 | 15 | 28 | closed | Closed | Did you feel scared? | line 16 | This question can be answered with yes or no.',
    '21 | 8 | 21 | 32 | leading | Leading | He was drunk, wasn&#39;t he? &#60;script&#62;alert(1)&#60;/script&#62; | line 22 | The tag &#34;wasn&#39;t he&#34; asks for agreement.',
  ]);
});

test('a strict CSP, and no style or script without the nonce', () => {
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-TEST-NONCE'; script-src 'nonce-TEST-NONCE';/);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(scripts, ['<script nonce="TEST-NONCE">']);
  assert.deepEqual([...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]), ['<style nonce="TEST-NONCE">']);
  assert.doesNotMatch(html, /\sstyle=|\son\w+=|https?:|<link|<img|<iframe/i);
  assert.match(html, /Interview with the &#60;mother&#62;/);
  assert.match(html, /<body data-note="file:\/\/\/notes\/visit.casenote" data-focus="1">/);
});

test('a note without an interview says how to add one', () => {
  const empty = interviewSummaryHtml({ uri: 'file:///n.casenote', version: 1, interviews: [] }, { nonce: 'N', });
  assert.match(empty, /No interview in this note yet\./);
  assert.doesNotMatch(empty, /<svg/);
});

test('the status bar sums the interviews, and hides without one', () => {
  assert.deepEqual(interviewStatusText(SUMMARY), {
    text: '$(comment-discussion) Open questions 6/9',
    tooltip: [
      'Interview with the <mother> (open questions 6/9): interviewer 41% of words · 2 reflections',
      'Interview with J. D. (no questions yet): no words yet · no reflections',
      '',
      'Click for the interview summary.',
    ].join('\n'),
  });
  assert.equal(interviewStatusText({ ...SUMMARY, interviews: [] }), undefined);
  assert.equal(interviewStatusText(undefined), undefined);
});
