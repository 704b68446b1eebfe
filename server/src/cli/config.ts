import { dirname, resolve } from 'node:path';
import { findConfigFile, loadConfigFile } from '../config';
import { LineIndex } from '../document/lines';
import { normalize, type Settings } from '../settings';

export class ConfigError extends Error {}

/**
 * Settings for each file: from --config when given, otherwise from the
 * nearest .casewise.json above the file, as in the editor. Problems in a
 * config file are printed once each; `hadProblems` then makes the exit status 2.
 */
export class ConfigResolver {
  hadProblems = false;
  private readonly byPath = new Map<string, Settings>();

  constructor(private readonly explicit?: string) {
    if (explicit) this.load(explicit);
  }

  settingsFor(file: string | undefined): Settings {
    const path = this.explicit ?? findConfigFile(resolve(file ? dirname(file) : '.'));
    return path ? this.load(path) : normalize().settings;
  }

  private load(path: string): Settings {
    let settings = this.byPath.get(path);
    if (settings) return settings;
    const config = loadConfigFile(path);
    if (config.unreadable) {
      const why = config.problems[0]?.message ?? 'It could not be read.';
      throw new ConfigError(`The config file "${path}" cannot be used. ${why}`);
    }
    if (config.problems.length > 0) {
      this.hadProblems = true;
      const lines = new LineIndex(config.text);
      for (const p of config.problems) {
        const pos = lines.positionAt(p.start);
        process.stderr.write(`${path}:${pos.line + 1}:${pos.character + 1} config problem: ${p.message}\n`);
      }
    }
    settings = normalize(config.raw).settings;
    this.byPath.set(path, settings);
    return settings;
  }
}
