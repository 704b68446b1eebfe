import { headingMatches } from '../formats';
import type { Finding, Rule } from './types';

export const emptySection: Rule = {
  id: 'empty-section',
  principle: 'Be accurate',
  defaultSeverity: 'warning',
  summary: 'Write something under every heading, or say why there is nothing to record.',
  check(note) {
    const findings: Finding[] = [];
    const content = note.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'turn' || b.kind === 'code').map((b) => b.start);
    note.sections.forEach((section, i) => {
      // A section with subsections is judged by them (sections are in document order).
      const next = note.sections[i + 1];
      if (next && next.start < section.end) return;
      const first = content[firstAtOrAfter(content, section.heading.end)];
      if (first !== undefined && first < section.end) return;
      const required = note.formatDef?.sections.some((def) => headingMatches(section.title, def)) ?? false;
      const name = section.title ? `"${section.title}"` : 'This heading';
      findings.push({
        ...section.heading,
        message: section.title
          ? `Nothing is written under ${name}. Write what belongs there, or say why there is nothing to record.`
          : 'This heading has no title and nothing under it.',
        fixes: required
          ? []
          : // Only the heading's own text goes, so the fix stays inside the finding (DESIGN.md §4).
            [{ title: section.title ? `Remove the empty ${name} heading` : 'Remove the empty heading', replace: '' }],
      });
    });
    return findings;
  },
};

/** The index of the first value at or after `offset` in a sorted list (its length when there is none). */
function firstAtOrAfter(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
