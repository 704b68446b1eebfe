// One build for the three programs: the VS Code client, the language server
// (also run as `casewise-ls`) and the command-line linter. Each is a single
// CommonJS bundle so the VSIX ships no node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  // Some dependencies are ESM and read import.meta.url, which CommonJS lacks.
  define: { CASEWISE_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const programs = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
];

// The extension-host suite runs inside the editor; mocha stays external so
// that it loads test files the way it expects.
const suiteFiles = readdirSync('test/editor/suite').filter((f) => f.endsWith('.ts'));
const suite = {
  ...common,
  bundle: true,
  entryPoints: suiteFiles.map((f) => `test/editor/suite/${f}`),
  outdir: 'out/test/editor/suite',
  external: ['vscode', 'mocha'],
  sourcemap: true,
  minify: false,
};

const builds = [...programs.map((p) => ({ ...common, ...p })), ...(production ? [] : [suite])];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  console.log('casewise: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
