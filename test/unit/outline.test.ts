import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { parse } from '../../server/src/analyze';
import { documentSymbols, foldingRanges } from '../../server/src/outline';
import { settingsWith } from '../helpers';

const NOTE = [
  '---', // 0
  'format: home-visit',
  'date: 2026-11-20',
  '---',
  '# Home visit', // 4
  'The client was at home.',
  '',
  '## Interview', // 7
  'Worker: Tell me about your week.',
  'Client: It was hard.',
  '',
  '## Plan', // 11
  'Visit again on 11/27.',
  '',
].join('\n');

const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
  symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${s.range.start.line}-${s.range.end.line}]${s.detail ? ` ${s.detail}` : ''}`, ...outline(s.children ?? [], depth + 1)]);

test('the outline shows the front matter, and the sections nested by level, with the interview\'s turns', () => {
  assert.deepEqual(outline(documentSymbols(parse(NOTE, settingsWith()))), [
    'Front matter [0-3] home-visit',
    '  format [1-1] home-visit',
    '  date [2-2] 2026-11-20',
    'Home visit [4-12]',
    '  Interview [7-9] 2 turns (1 by the interviewer)',
    '  Plan [11-12]',
  ]);
});

test('front matter and sections fold', () => {
  assert.deepEqual(
    foldingRanges(parse(NOTE, settingsWith())).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`),
    ['0-3 imports', '4-12', '7-9', '11-12'],
  );
});
