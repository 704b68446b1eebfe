import { headingMatches } from '../formats';
import type { Finding, Rule } from './types';

export const emptySection: Rule = {
  id: 'empty-section',
  principle: 'Be accurate',
  defaultSeverity: 'warning',
  summary: 'Write something under every heading, or say why there is nothing to record.',
  check(note) {
    const findings: Finding[] = [];
    note.sections.forEach((section, i) => {
      // A section with subsections is judged by them.
      if (note.sections.some((other, j) => j > i && other.start < section.end)) return;
      const hasContent = note.blocks.some(
        (b) => b.start >= section.heading.end && b.start < section.end && (b.kind === 'paragraph' || b.kind === 'turn' || b.kind === 'code'),
      );
      if (hasContent) return;
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
