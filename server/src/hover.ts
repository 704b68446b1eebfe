import type { Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { RULES_BY_ID } from './rules';
import { fixesOf, isCasewise } from './fixes';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Explains each Casewise diagnostic under the cursor: the principle and the rule behind it, and what to write instead. */
export function hoverFor(diagnostics: readonly Diagnostic[], position: Position): Hover | undefined {
  const here = diagnostics.filter((d) => isCasewise(d) && before(d.range.start, position) && before(position, d.range.end));
  if (here.length === 0) return undefined;
  const parts = here.map((d) => {
    const rule = RULES_BY_ID.get(String(d.code));
    const fixes = fixesOf(d)
      .map((f) => f.title)
      .filter((t) => t.startsWith('Replace with '))
      .map((t) => t.slice('Replace with '.length));
    // Not the diagnostic's message: editors show it right above the hover, and it read twice.
    const lines = [`**${rule?.principle ?? 'Casewise'}** · \`${String(d.code)}\``];
    if (rule) lines.push('', rule.summary);
    if (fixes.length) lines.push('', `Instead, you could write: ${fixes.join(' · ')}`);
    if (d.codeDescription) lines.push('', `[About this rule](${d.codeDescription.href})`);
    return lines.join('\n');
  });
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: here[0].range };
}
