// Runs one peer linter on one file, in this fresh process, and prints how many
// findings it made. Usage: node bench/peer.mjs alex|write-good|harper FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [tool, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const require = createRequire(import.meta.url);
let count;
if (tool === 'alex') {
  const { markdown } = await import('alex');
  count = markdown(text).messages.length;
} else if (tool === 'write-good') {
  count = require('write-good')(text).length;
} else if (tool === 'harper') {
  // One linter, one paragraph at a time: harper.js is super-linear on a whole
  // document (PERFORMANCE-NOTES.md) and linear per paragraph.
  const { LocalLinter } = await import('harper.js');
  // The WebAssembly module is its own entry point (harper.js 2.x); the inlined one needs no file URL.
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  count = 0;
  for (const paragraph of text.split(/\n\s*\n/)) if (paragraph.trim()) count += (await linter.lint(paragraph)).length;
} else {
  throw new Error(`unknown tool ${tool}`);
}
console.log(count);
