// Checks what the packaged VSIX holds: what the extension needs, and nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { test } from 'node:test';

const VSIX = process.env.CASEWISE_VSIX ?? '.tmp/casewise.vsix';

function entries() {
  assert.ok(existsSync(VSIX), `${VSIX} is missing: run "npm run package" first`);
  const r = spawnSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', VSIX], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
}

test('the VSIX holds the client, the server, the grammar and the rule docs', () => {
  // vsce may store the README as readme.md, so names are compared without case.
  const files = entries().map((f) => f.toLowerCase());
  for (const f of ['package.json', 'README.md', 'LICENSE.md', 'dist/extension.js', 'dist/server.js', 'language-configuration.json', 'syntaxes/casenote.tmLanguage.json', 'snippets/interviews.code-snippets', 'snippets/formats.code-snippets', 'schemas/casewise.schema.json', 'docs/rules/judgmental-language.md']) {
    assert.ok(files.includes(f.toLowerCase()), `${f} is missing from the VSIX`);
  }
});

test('the VSIX holds no sources, tests, node_modules or source maps', () => {
  const stray = entries().filter((f) => /^(node_modules|client|server|test|bench|out|\.ci)\/|\.map$|\.ts$|\.vsix$/.test(f));
  assert.deepEqual(stray, []);
});

test('the VSIX stays small', () => {
  const mb = statSync(VSIX).size / 1e6;
  console.log(`VSIX size: ${mb.toFixed(2)} MB`);
  assert.ok(mb < 3, `the VSIX is ${mb.toFixed(2)} MB`);
});
