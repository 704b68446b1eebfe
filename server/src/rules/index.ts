import { absoluteLanguage } from './absoluteLanguage';
import { credibilityDoubt } from './credibilityDoubt';
import { jargon } from './jargon';
import { judgmentalLanguage } from './judgmentalLanguage';
import { longSentence } from './longSentence';
import { missingField } from './missingField';
import { opinion } from './opinion';
import { speculation } from './speculation';
import { stigmatizingLabel } from './stigmatizingLabel';
import type { Rule } from './types';
import { undefinedAcronym } from './undefinedAcronym';
import { vagueLanguage } from './vagueLanguage';

/** The one registry of rules (STYLE.md, principle 2). */
export const RULES: readonly Rule[] = [
  judgmentalLanguage,
  stigmatizingLabel,
  credibilityDoubt,
  opinion,
  speculation,
  absoluteLanguage,
  jargon,
  undefinedAcronym,
  longSentence,
  vagueLanguage,
  missingField,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
