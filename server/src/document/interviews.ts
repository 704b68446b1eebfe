// Interviews in a parsed note, and the talk measures that both the CLI's
// metrics and the interviewer-talk rule report, so that the two never disagree
// on what a word or a reflection is.
import reflections from '../rules/data/reflections.json';
import type { Note } from './note';
import { escapeRegex } from './regexText';
import type { Block, Section, Span, Turn } from './types';

/** One interview: its turns, in order, and the heading it sits under. */
export interface Interview {
  /** The outermost Interview heading (or, in a `format: interview` note, the note's first heading); absent for turns outside one. */
  section?: Section;
  turns: { turn: Turn; block: Block }[];
}

/** Fewer interviewer turns than this is an excerpt of an interview, too short to judge its opening or its balance. */
export const MIN_INTERVIEWER_TURNS = 3;

const WORD = /[\p{L}\p{N}'’-]+/gu;
const escape = (s: string) => escapeRegex(s).replace(/'/g, "['’]").replace(/ /g, '\\s+');
const REFLECTION = new RegExp(`^\\W*(?:${reflections.map((r) => escape(r.opener)).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Words in `text`, counted the same way everywhere Casewise reports a share of the talk. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** True when a sentence reflects or summarizes what the person said ("It sounds like…"); a question does not count. */
export function isReflection(sentence: string): boolean {
  const s = sentence.trim();
  return REFLECTION.test(s) && !s.endsWith('?');
}

/**
 * The interviews of a note. Turns under the same outermost Interview heading
 * form one interview; a `format: interview` note is one interview; turns
 * elsewhere are grouped by the section they are in.
 */
export function interviewsOf(note: Note): Interview[] {
  let found = interviewCache.get(note);
  if (!found) interviewCache.set(note, (found = groupInterviews(note)));
  return found;
}

// Four rules and the summary ask for the same note's interviews; they are grouped once per parsed note.
const interviewCache = new WeakMap<Note, Interview[]>();

function groupInterviews(note: Note): Interview[] {
  const wholeNote = note.format?.trim().toLowerCase() === 'interview';
  const groups = new Map<string, Interview>();
  const roots = wholeNote ? [] : interviewRoots(note.sections);
  for (const block of note.blocks) {
    if (!block.turn) continue;
    let key: string;
    let section: Section | undefined;
    if (wholeNote) {
      key = 'note';
      const first = note.sections[0];
      section = first && first.start <= block.start ? first : undefined;
    } else {
      const root = block.section >= 0 ? roots[block.section] : undefined;
      section = root;
      key = root ? `interview:${root.start}` : `section:${block.section}`;
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { section, turns: [] }));
    group.turns.push({ turn: block.turn, block });
  }
  return [...groups.values()];
}

/** For each section, the outermost Interview section it sits in (itself included), found in one pass. */
function interviewRoots(sections: readonly Section[]): (Section | undefined)[] {
  const ancestors: Section[] = [];
  return sections.map((section) => {
    while (ancestors.length && ancestors[ancestors.length - 1].end <= section.start) ancestors.pop();
    ancestors.push(section);
    return ancestors.find((a) => a.isInterview);
  });
}

/** Who said how much, and how often the interviewer reflected. */
export interface Talk {
  interviewerTurns: number;
  interviewerWords: number;
  intervieweeWords: number;
  /** Interviewer turns with at least one reflection or summary. */
  reflections: number;
}

export function talkOf(note: Note, turns: readonly { turn: Turn; block: Block }[]): Talk {
  const talk: Talk = { interviewerTurns: 0, interviewerWords: 0, intervieweeWords: 0, reflections: 0 };
  const text = (s: Span) => note.text.slice(s.start, s.end);
  for (const { turn, block } of turns) {
    const words = wordCount(text(turn.body));
    if (turn.role === 'interviewee') {
      talk.intervieweeWords += words;
      continue;
    }
    talk.interviewerTurns++;
    talk.interviewerWords += words;
    if (block.sentences.some((s) => isReflection(text(s)))) talk.reflections++;
  }
  return talk;
}
