// The interview snippets are generated from templates/interviews.json, the one
// list that the "Insert Interview Template" command also reads.
import templates from '../templates/interviews.json';

export const SNIPPETS_FILE = 'snippets/interviews.code-snippets';

/** The text of snippets/interviews.code-snippets, exactly as `npm run sync-manifest` writes it. */
export function interviewSnippetsText(): string {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const t of templates) snippets[t.label] = { prefix: t.prefix, description: t.description, body: t.body };
  return JSON.stringify(snippets, null, 2) + '\n';
}
