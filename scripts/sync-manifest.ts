// Writes what settings.ts defines into package.json's contributes.configuration
// and schemas/casewise.schema.json. Run after changing a setting:
//   npm run sync-manifest
// (test/unit/registry.test.ts fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { configurationProperties, workspaceFileSchema } from '../server/src/settings';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties = configurationProperties();
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
writeFileSync('schemas/casewise.schema.json', JSON.stringify(workspaceFileSchema(), null, 2) + '\n');
console.log('package.json and schemas/casewise.schema.json now match server/src/settings.ts');
