// Writes what settings.ts defines into package.json's contributes.configuration
// and schemas/casewise.schema.json, the interview snippets from
// templates/interviews.json, and the note-format snippets from
// server/src/rules/data/formats.json. Run after changing a setting, a template
// or a format:
//   npm run sync-manifest
// (test/unit/registry.test.ts and templates.test.ts fail while they differ).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { configurationProperties, workspaceFileSchema } from '../server/src/settings';
import { FORMAT_SNIPPETS_FILE, formatSnippetsText } from './format-snippets';
import { interviewSnippetsText, SNIPPETS_FILE } from './interview-snippets';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties = configurationProperties();
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
writeFileSync('schemas/casewise.schema.json', JSON.stringify(workspaceFileSchema(), null, 2) + '\n');
mkdirSync('snippets', { recursive: true });
writeFileSync(SNIPPETS_FILE, interviewSnippetsText());
writeFileSync(FORMAT_SNIPPETS_FILE, formatSnippetsText());
console.log(
  `package.json and schemas/casewise.schema.json now match server/src/settings.ts; ${SNIPPETS_FILE} matches templates/interviews.json; ${FORMAT_SNIPPETS_FILE} matches server/src/rules/data/formats.json`,
);
