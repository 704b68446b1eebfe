// The extension-host test entry, as @vscode/test-electron expects: a module
// exporting run(). The same suite runs inside code-server on machines without
// desktop VS Code (test/editor/run-code-server.mjs).
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.resolve(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension tests failed.`)) : resolve()));
  });
}
