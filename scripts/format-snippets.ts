// The note-format snippets are generated from server/src/rules/data/formats.json,
// the one definition that the "New Case Note" command and the missing-field and
// missing-section rules also read: a snippet per format (prefix: the format's
// name, such as `soap` or `home-visit`) and one per section of each format
// (`soap-plan`), with that format's prompt.
import { BUILT_IN_FORMATS, sectionSnippet, templateBody, type FormatSection, type NoteFormat } from '../server/src/formats';

export const FORMAT_SNIPPETS_FILE = 'snippets/formats.code-snippets';

/** The prefix of a format's snippet: its name in lower case. */
export const formatPrefix = (format: NoteFormat) => format.name.toLowerCase();

/** The prefix of a section's snippet: the format's prefix and the section's title, e.g. `intake-reason-for-referral`. */
export const sectionPrefix = (format: NoteFormat, section: FormatSection) =>
  `${formatPrefix(format)}-${section.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** The text of snippets/formats.code-snippets, exactly as `npm run sync-manifest` writes it. */
export function formatSnippetsText(formats: readonly NoteFormat[] = BUILT_IN_FORMATS): string {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const f of formats) {
    snippets[f.title] = { prefix: formatPrefix(f), description: f.description, body: templateBody(f).split('\n') };
  }
  for (const f of formats) {
    for (const s of f.sections) {
      snippets[`${f.name}: ${s.title}`] = {
        prefix: sectionPrefix(f, s),
        description: `The "${s.title}" section of a ${f.name} note${s.prompt ? `: ${s.prompt}` : '.'}`,
        body: sectionSnippet(s).split('\n'),
      };
    }
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}
