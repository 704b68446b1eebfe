// Writes what settings.ts defines into package.json's contributes.configuration
// and schemas/casewise.schema.json, and the interview snippets from
// templates/interviews.json. Run after changing a setting or a template:
//   npm run sync-manifest
// (test/unit/registry.test.ts and templates.test.ts fail while they differ).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { configurationProperties, workspaceFileSchema } from '../server/src/settings';
import { interviewSnippetsText, SNIPPETS_FILE } from './interview-snippets';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties = configurationProperties();
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
writeFileSync('schemas/casewise.schema.json', JSON.stringify(workspaceFileSchema(), null, 2) + '\n');
mkdirSync('snippets', { recursive: true });
writeFileSync(SNIPPETS_FILE, interviewSnippetsText());
console.log(`package.json and schemas/casewise.schema.json now match server/src/settings.ts; ${SNIPPETS_FILE} matches templates/interviews.json`);
