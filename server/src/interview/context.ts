// What the interviewee has said so far, as plain word sets. Interviewee turns
// are never tagged (PERFORMANCE-NOTES.md: compromise only on interviewer
// questions); a question's words are compared through their inflected forms.
import { conjugate } from '../document/inline';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'noone', 'nowhere']);
const CLAUSE_END = /[.,;:!?]/;
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'because', 'then', 'when', 'until']);

/** What a question's analysis may ask about the interviewee's words so far. */
export interface Said {
  /** True once the interviewee has said anything at all. */
  readonly spoken: boolean;
  said(roots: readonly string[]): boolean;
  mentioned(roots: readonly string[]): boolean;
  denied(root: string): boolean;
}

/** Words the interviewee has used, split by whether they were said or denied ("I didn't tell anybody"). */
export class SaidWords implements Said {
  readonly affirmed = new Set<string>();
  readonly negated = new Set<string>();
  /** True once the interviewee has said anything at all. */
  spoken = false;

  add(text: string): void {
    let negated = false;
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      if (CLAUSE_END.test(text.slice(last, m.index))) negated = false;
      last = m.index + m[0].length;
      let w = m[0].toLowerCase().replace(/’/g, "'");
      if (CLAUSE_WORDS.has(w)) negated = false;
      if (w.endsWith("n't")) {
        this.affirmed.add(w.slice(0, -3));
        negated = true;
        continue;
      }
      w = w.replace(/'(s|d|ll|re|ve|m)$/, '');
      this.spoken = true;
      if (NEGATORS.has(w)) negated = true;
      else (negated ? this.negated : this.affirmed).add(w);
    }
  }

  /** Did the interviewee say any form of any of `roots` (not denied)? A phrase counts when each of its words was said. */
  said(roots: readonly string[]): boolean {
    return roots.some((r) => has(r, (f) => this.affirmed.has(f)));
  }

  /** Did the interviewee mention any form of `roots`, said or denied? */
  mentioned(roots: readonly string[]): boolean {
    return roots.some((r) => has(r, (f) => this.affirmed.has(f) || this.negated.has(f)));
  }

  /** Did the interviewee only ever deny it ("I didn't tell anybody")? */
  denied(root: string): boolean {
    return has(root, (f) => this.negated.has(f)) && !has(root, (f) => this.affirmed.has(f));
  }
}

/** One question asked of a Said, and its answer. */
type Check = { kind: 'spoken' } | { kind: 'said' | 'mentioned'; roots: readonly string[] } | { kind: 'denied'; root: string };

/**
 * A Said that notes each question asked of it and the answer. An analysis that
 * read the interviewee's words only through it holds wherever the same
 * questions get the same answers (`holds`), so it can be reused (ISSUE 7).
 */
export class SaidRecorder implements Said {
  readonly checks: { check: Check; answer: boolean }[] = [];
  constructor(private readonly words: Said) {}

  private note(check: Check): boolean {
    const answer = ask(this.words, check);
    this.checks.push({ check, answer });
    return answer;
  }

  get spoken(): boolean {
    return this.note({ kind: 'spoken' });
  }
  said(roots: readonly string[]): boolean {
    return this.note({ kind: 'said', roots });
  }
  mentioned(roots: readonly string[]): boolean {
    return this.note({ kind: 'mentioned', roots });
  }
  denied(root: string): boolean {
    return this.note({ kind: 'denied', root });
  }
}

function ask(words: Said, check: Check): boolean {
  switch (check.kind) {
    case 'spoken':
      return words.spoken;
    case 'said':
      return words.said(check.roots);
    case 'mentioned':
      return words.mentioned(check.roots);
    case 'denied':
      return words.denied(check.root);
  }
}

/** Whether every question `recorded` was asked gets the same answer from `words`. */
export function holds(recorded: SaidRecorder['checks'], words: Said): boolean {
  return recorded.every(({ check, answer }) => ask(words, check) === answer);
}

const has = (root: string, test: (form: string) => boolean) => root.split(' ').every((part) => formsOf(part).some(test));

const FORMS = new Map<string, string[]>();

/** A word's inflections: a verb's conjugations and a noun's plural ("drink" → drinks, drank, drinking, drunk). */
export function formsOf(root: string): string[] {
  let forms = FORMS.get(root);
  if (!forms) {
    const out = new Set([root, `${root}s`, `${root}es`]);
    if (/[^aeiou]y$/.test(root)) out.add(`${root.slice(0, -1)}ies`);
    for (const f of Object.values(conjugate(root))) if (f) out.add(f);
    forms = [...out];
    FORMS.set(root, forms);
  }
  return forms;
}
