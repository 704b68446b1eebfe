// Where redacted copies go, shared by `casewise redact` and the editor's
// "Export Redacted Copy". Paths only: the client bundles this file, so it must
// not import the parser or the rules.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A refusal to write (a copy exists, or would land on a note): said plainly, without the usage text. */
export class RedactRefusal extends Error {}

/** One planned copy: where it is read from and written to. */
export interface RedactTarget {
  input: string;
  output: string;
}

/**
 * Where each input's copy goes under `outDir`, keeping its path relative to
 * `cwd`, or to the inputs' common folder when some are outside `cwd`. Throws
 * (RedactRefusal) when a copy would land on an input.
 */
export function planTargets(inputs: readonly string[], outDir: string, cwd: string): RedactTarget[] {
  const absolute = inputs.map((f) => resolve(cwd, f));
  const base = absolute.every((f) => isInside(f, cwd)) ? cwd : commonFolder(absolute);
  const out = resolve(cwd, outDir);
  const originals = new Set(absolute.flatMap((f) => [f, real(f)]));
  return absolute.map((input, i) => {
    const output = join(out, relative(base, input));
    if (originals.has(output) || originals.has(real(output))) {
      throw new RedactRefusal(`The copy of "${inputs[i]}" would be written over a note being redacted (${output}). Choose another output folder.`);
    }
    return { input: inputs[i], output };
  });
}

/** Whether `path` is `folder` or somewhere below it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function commonFolder(files: string[]): string {
  let common = dirname(files[0]);
  while (!files.every((f) => f.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  return common;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
