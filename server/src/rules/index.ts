import { absoluteLanguage } from './absoluteLanguage';
import { closedQuestion } from './closedQuestion';
import { credibilityDoubt } from './credibilityDoubt';
import { emptySection } from './emptySection';
import { interviewerTalk } from './interviewerTalk';
import { interviewOpening } from './interviewOpening';
import { identifier } from './identifier';
import { invalidDate } from './invalidDate';
import { jargon } from './jargon';
import { judgmentalLanguage } from './judgmentalLanguage';
import { leadingQuestion } from './leadingQuestion';
import { lateEntry } from './lateEntry';
import { longSentence } from './longSentence';
import { missingField } from './missingField';
import { multipleQuestions } from './multipleQuestions';
import { missingSection } from './missingSection';
import { opinion } from './opinion';
import { placeholder } from './placeholder';
import { speculation } from './speculation';
import { stigmatizingLabel } from './stigmatizingLabel';
import type { Rule } from './types';
import { undefinedAcronym } from './undefinedAcronym';
import { vagueLanguage } from './vagueLanguage';
import { whyQuestion } from './whyQuestion';

/** The one registry of rules (STYLE.md, principle 2). */
export const RULES: readonly Rule[] = [
  closedQuestion,
  leadingQuestion,
  whyQuestion,
  multipleQuestions,
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
  interviewOpening,
  interviewerTalk,
  missingField,
  missingSection,
  emptySection,
  placeholder,
  invalidDate,
  lateEntry,
  identifier,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
