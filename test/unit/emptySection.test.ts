import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptySection } from '../../server/src/rules/emptySection';
import { applyFix, diagnostics, findings, fixTitles } from '../helpers';

const SOAP = '---\nformat: SOAP\ndate: 2026-11-20\ntime: 14:00-14:50\nparticipants: J. D.\nlocation: Office\nworker: A. Rivera\n---\n';

test('a heading with nothing under it is reported on the heading', () => {
  const text = '# Visit\n## Subjective\n\n## Plan\nCall on Friday.\n## Notes\n';
  assert.deepEqual(findings(emptySection, text), ['2:1-2:14 empty-section "## Subjective"', '6:1-6:9 empty-section "## Notes"']);
  assert.equal(
    diagnostics(text, emptySection)[0].message,
    'Nothing is written under "Subjective". Write what belongs there, or say why there is nothing to record.',
  );
});

test('a title with sections under it is judged by its sections, and a comment is not content', () => {
  assert.deepEqual(findings(emptySection, '# Visit\n\n## Plan\n<!-- fill in later -->\n'), ['3:1-3:8 empty-section "## Plan"']);
  assert.deepEqual(findings(emptySection, '# Visit\n\n## Plan\n```\nlog\n```\n'), []);
});

test('interview turns and a label line with text after it are content', () => {
  assert.deepEqual(findings(emptySection, '## Interview\nWorker: Hello.\n'), []);
  assert.deepEqual(findings(emptySection, `${SOAP}S: Slept badly.\nO:\nA: Stable.\nP: Call on Friday.\n`), ['10:1-10:3 empty-section "O:"']);
});

test('a heading the format does not require can be removed; a required one cannot', () => {
  const text = `${SOAP}## Subjective\n\n## Notes\n\n## Objective\nCalm.\n`;
  assert.deepEqual(fixTitles(emptySection, text, 0), ['Ignore this occurrence']);
  assert.deepEqual(fixTitles(emptySection, text, 1), ['Remove the empty "Notes" heading', 'Ignore this occurrence']);
  assert.equal(applyFix(emptySection, text, { index: 1, title: 'Remove the empty "Notes" heading' }), `${SOAP}## Subjective\n\n\n\n## Objective\nCalm.\n`);
});

test('an empty heading with no title says so, and Windows line ends keep their place', () => {
  const text = '# Visit\r\nText.\r\n##\r\n';
  assert.deepEqual(findings(emptySection, text), ['3:1-3:3 empty-section "##"']);
  assert.equal(diagnostics(text, emptySection)[0].message, 'This heading has no title and nothing under it.');
  assert.equal(applyFix(emptySection, text, { title: 'Remove the empty heading' }), '# Visit\r\nText.\r\n\r\n');
});

test('a note with no headings has nothing to report', () => {
  assert.deepEqual(findings(emptySection, 'Client was calm.\n'), []);
});
