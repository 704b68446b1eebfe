import { credibilityDoubt } from './credibilityDoubt';
import { judgmentalLanguage } from './judgmentalLanguage';
import { missingField } from './missingField';
import { stigmatizingLabel } from './stigmatizingLabel';
import type { Rule } from './types';

/** The one registry of rules (STYLE.md, principle 2). */
export const RULES: readonly Rule[] = [judgmentalLanguage, stigmatizingLabel, credibilityDoubt, missingField];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
