// The labelled question set (test/fixtures/questions.tsv): each row becomes a
// note with an Interview section, the four question rules run through
// analyze(), and their findings are mapped to one class by the fixture's
// precedence (leading > why > multiple > closed > open). Prints per-class
// precision, recall and F1, and fails below a macro-F1 of 0.85.
// CASEWISE_EVAL_VERBOSE=1 also prints every miss.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, parse } from '../../server/src/analyze';
import { settingsWith } from '../helpers';

const CLASSES = ['open', 'closed', 'leading', 'why', 'multiple'] as const;
type Label = (typeof CLASSES)[number];
const RULE_CLASS: [string, Label][] = [
  ['leading-question', 'leading'],
  ['why-question', 'why'],
  ['multiple-questions', 'multiple'],
  ['closed-question', 'closed'],
];

interface Row {
  label: Label;
  question: string;
  context: string;
}

function readRows(): Row[] {
  const file = join(__dirname, '..', 'fixtures', 'questions.tsv');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [label, question, context = ''] = line.split('\t');
      assert.ok((CLASSES as readonly string[]).includes(label), `unknown label in: ${line}`);
      return { label: label as Label, question, context: context.trim() };
    });
}

/** The single class the rules give a question, by the fixture's precedence. */
function predict(row: Row): Label {
  const settings = settingsWith();
  const text = ['## Interview', ...(row.context ? [`Client: ${row.context}`] : []), `Worker: ${row.question}`, ''].join('\n');
  const note = parse(text, settings);
  const workerLine = note.lines.lineStart(row.context ? 2 : 1);
  const rules = new Set((analyze(note, settings) ?? []).filter((f) => f.start >= workerLine).map((f) => f.rule));
  return RULE_CLASS.find(([rule]) => rules.has(rule))?.[1] ?? 'open';
}

test('question rules on the labelled set: per-class precision, recall and F1, macro-F1 at least 0.85', () => {
  const rows = readRows();
  const counts = Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const row of rows) {
    const got = predict(row);
    if (got === row.label) counts[got].tp++;
    else {
      counts[got].fp++;
      counts[row.label].fn++;
      misses.push(`  ${row.label} → ${got}: ${row.question}${row.context ? `   [${row.context}]` : ''}`);
    }
  }
  const lines = [`questions.tsv: ${rows.length} questions`, 'class      precision  recall  F1'];
  let macro = 0;
  for (const c of CLASSES) {
    const { tp, fp, fn } = counts[c];
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    macro += f1 / CLASSES.length;
    lines.push(`${c.padEnd(10)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f1.toFixed(3).padStart(6)}`);
  }
  lines.push(`macro-F1   ${macro.toFixed(3)}`);
  console.log(lines.join('\n'));
  if (process.env.CASEWISE_EVAL_VERBOSE) console.log(`misses (${misses.length}):\n${misses.join('\n')}`);
  assert.ok(macro >= 0.85, `macro-F1 ${macro.toFixed(3)} is below 0.85`);
});
