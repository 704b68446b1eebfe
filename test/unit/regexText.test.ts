import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eitherCase, escapeRegex } from '../../server/src/document/regexText';

test('escaped text matches itself only, and either-case text matches it in any case', () => {
  const raw = 'Soc. Sec. #(1+2)? [a-b] $x^ \\';
  assert.equal(new RegExp(`^${escapeRegex(raw)}$`, 'u').test(raw), true);
  assert.equal(new RegExp(`^${escapeRegex(raw)}$`, 'u').test('Soc  Sec'), false);
  assert.equal(eitherCase(escapeRegex('MRN #')), '[mM][rR][nN] #');
  const pattern = new RegExp(`^${eitherCase(escapeRegex('soc. sec. no.'))}$`, 'u');
  for (const s of ['soc. sec. no.', 'SOC. SEC. NO.', 'Soc. Sec. No.']) assert.equal(pattern.test(s), true, s);
  assert.equal(pattern.test('socx sec. no.'), false);
});
