import type { Block, Directive, Role, Section } from './types';
import type { LineIndex } from './lines';

export interface SpeakerLabels {
  interviewer: readonly string[];
  interviewee: readonly string[];
  /** Treat the whole note as an interview (its format says so). */
  wholeNoteIsInterview: boolean;
  /** Whether a "Label:" line starts a section of the note's format ("S:", "Subjective:", "Next steps:"). */
  isSectionLabel?: (label: string) => boolean;
}

/** The level of a section that starts with a label line rather than a Markdown heading: below every heading. */
export const LABEL_LEVEL = 7;

interface Layout {
  blocks: Omit<Block, 'sentences' | 'quotes'>[];
  sections: Section[];
  directives: Directive[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const COMMENT_OPEN = /^[ \t]*<!--/;
const LABEL = /^[ \t]*([^\s:<>#*`][^:\n]{0,40}?)[ \t]*:(?=[ \t]|$)/;
const NAME_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}(?:[ \t]*\([^()]{1,30}\))?$/u;
const INTERVIEW_HEADING = /\b(interview|transcript|conversation|dialogue|dialog)\b/i;
// Words that head a line in the narrative ("Note: …", "Plan: …") and are not speakers.
const NOT_SPEAKERS = new Set(
  'note notes reason plan time date location summary assessment observation observations update follow-up followup goal goals action response intervention problem data subjective objective purpose present participants late entry'.split(' '),
);
// "Plan:", "**Plan:**" or "**Plan**:" at the start of a line.
// Without "**", the title is group 4: one pattern with an optional "**" and a back-reference to it
// put two blank runs side by side ("[ \t]*\2[ \t]*:" with \2 empty), quadratic on a line of spaces.
const SECTION_LABEL = /^([ \t]*)(?:(\*\*|__)([^\s:<>#*`_|>-][^:\n*_]{0,40}?)[ \t]*(?:\2[ \t]*:|:[ \t]*\2)|([^\s:<>#*`_|>-][^:\n*_]{0,40}?)[ \t]*:)(?=[ \t]|$)/;
const DIRECTIVE = /^[ \t]*<!--[ \t]*casewise-(disable-next-line|disable|enable)\b([^>]*?)-->[ \t]*$/;

/**
 * Splits the body of a note (after its front matter) into blocks, sections and
 * inline control comments. Works line by line in one pass.
 */
export function layoutBlocks(text: string, lines: LineIndex, bodyStart: number, labels: SpeakerLabels): Layout {
  const blocks: Layout['blocks'] = [];
  const sections: Section[] = [];
  const directives: Directive[] = [];
  const interviewer = new Set(labels.interviewer.map((l) => l.toLowerCase()));
  const interviewee = new Set(labels.interviewee.map((l) => l.toLowerCase()));
  const headingStack: { level: number; interview: boolean }[] = [];
  // Sections not yet ended, outermost first; their levels rise, so a new heading ends a run at the top.
  // (Looking through every section for open ones made 10,000 headings quadratic.)
  const openSections: Section[] = [];
  const endSections = (level: number, at: number) => {
    while (openSections.length && openSections[openSections.length - 1].level >= level) openSections.pop()!.end = at;
  };

  let open: Layout['blocks'][number] | undefined;
  let fence: string | undefined;
  let inComment = false;

  // A label section ("S:", "Plan:") after an interview heading ends the interview, unless it names one itself.
  const inInterview = () => {
    const top = headingStack[headingStack.length - 1];
    return labels.wholeNoteIsInterview || (top?.level === LABEL_LEVEL ? top.interview : headingStack.some((h) => h.interview));
  };
  const flush = () => {
    if (open) blocks.push(open);
    open = undefined;
  };
  const start = (kind: Block['kind'], s: number, e: number) => {
    flush();
    open = { kind, start: s, end: e, text: '', section: sections.length - 1 };
  };

  for (let line = lines.lineAt(bodyStart); line < lines.lineCount; line++) {
    const s = Math.max(lines.lineStart(line), bodyStart);
    const e = lines.lineEnd(line);
    const content = text.slice(s, e);

    if (fence !== undefined) {
      open!.end = e;
      if (content.trimStart().startsWith(fence)) {
        fence = undefined;
        flush();
      }
      continue;
    }
    if (inComment) {
      open!.end = e;
      if (content.includes('-->')) {
        inComment = false;
        flush();
      }
      continue;
    }
    if (content.trim() === '') {
      flush();
      continue;
    }
    const fenceMatch = FENCE.exec(content);
    if (fenceMatch) {
      start('code', s, e);
      fence = fenceMatch[1];
      continue;
    }
    const heading = readHeading(content);
    if (heading) {
      const level = heading.hashes.length;
      const title = heading.title.trim();
      const titleStart = title ? s + content.indexOf(title, heading.hashes.length) : e;
      while (headingStack.length && headingStack[headingStack.length - 1].level >= level) headingStack.pop();
      headingStack.push({ level, interview: INTERVIEW_HEADING.test(title) });
      endSections(level, s);
      sections.push({
        title,
        level,
        heading: { start: s, end: e },
        titleSpan: { start: titleStart, end: titleStart + title.length },
        start: s,
        end: text.length,
        isInterview: inInterview(),
      });
      openSections.push(sections[sections.length - 1]);
      start('heading', s, e);
      flush();
      continue;
    }
    if (COMMENT_OPEN.test(content)) {
      start('comment', s, e);
      const directive = DIRECTIVE.exec(content);
      if (directive) {
        directives.push({
          kind: directive[1] as Directive['kind'],
          rules: directive[2].split(/[\s,]+/).filter((r) => r.length > 0),
          line,
        });
      }
      if (content.includes('-->')) flush();
      else inComment = true;
      continue;
    }
    const label = labels.isSectionLabel && SECTION_LABEL.exec(content);
    if (label) label[3] ??= label[4];
    if (label && labels.isSectionLabel!(label[3]) && !continuesTurns(label[3], open ?? blocks[blocks.length - 1])) {
      // A label line of the note's format is a section, unless it is a speaker's label in an interview ("A:").
      const titleStart = s + label[1].length + (label[2]?.length ?? 0);
      const title = label[3];
      const labelEnd = s + label[0].length;
      while (headingStack.length && headingStack[headingStack.length - 1].level >= LABEL_LEVEL) headingStack.pop();
      headingStack.push({ level: LABEL_LEVEL, interview: INTERVIEW_HEADING.test(title) });
      endSections(LABEL_LEVEL, s);
      sections.push({
        title,
        level: LABEL_LEVEL,
        heading: { start: s, end: labelEnd },
        titleSpan: { start: titleStart, end: titleStart + title.length },
        start: s,
        end: text.length,
        isInterview: inInterview(),
        label: true,
      });
      openSections.push(sections[sections.length - 1]);
      start('heading', s, labelEnd);
      flush();
      let bodyStart = labelEnd;
      while (text[bodyStart] === ' ' || text[bodyStart] === '\t') bodyStart++;
      if (bodyStart < e) start('paragraph', bodyStart, e);
      continue;
    }
    const turn = matchTurn(content, interviewer, interviewee, inInterview());
    if (turn) {
      start('turn', s, e);
      open!.turn = {
        speaker: turn.speaker,
        role: turn.role,
        label: { start: s + turn.labelStart, end: s + turn.labelEnd },
        body: { start: s + turn.bodyStart, end: e },
      };
      continue;
    }
    // A "Label: …" line that is not a speaker ("Plan: …") starts its own paragraph rather than continuing a turn.
    if (LIST_ITEM.test(content) || !open || open.kind !== 'paragraph' && (open.kind !== 'turn' || LABEL.test(content))) {
      start('paragraph', s, e);
      continue;
    }
    open.end = e;
    if (open.turn) open.turn.body.end = e;
  }
  flush();
  for (const b of blocks) b.text = text.slice(b.start, b.end);
  return { blocks, sections, directives };

  // "A:" right after a turn, or inside an interview, answers a question rather than starting "Assessment".
  function continuesTurns(labelText: string, previous: { kind: Block['kind'] } | undefined): boolean {
    const key = labelText.trim().replace(/[ \t]*\([^()]*\)$/, '').toLowerCase();
    const isSpeaker = interviewer.has(key) || interviewee.has(key);
    return isSpeaker && (inInterview() || previous?.kind === 'turn');
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * An ATX heading, "## Title ##": its opening hashes and its title, without the
 * closing hashes. Read by hand: the one-regex form,
 * /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/, re-read a long run of
 * tabs from every position of it (cubic: 40 KB of tabs took half a second).
 * This gives the same title as that regex, which the tests check.
 */
export function readHeading(content: string): { hashes: string; title: string } | undefined {
  const open = HEADING_OPEN.exec(content);
  if (!open) return undefined;
  const rest = content.slice(open[0].length);
  // The regex's "." stops at these line separators, so such a line was not a heading.
  if (/[\u2028\u2029]/.test(rest)) return undefined;
  let lead = 0;
  while (isBlank(rest[lead])) lead++;
  const body = rest.slice(lead);
  let end = body.length;
  while (end > 0 && isBlank(body[end - 1])) end--;
  // A closing run of "#" after a blank that is not the one after the opening hashes.
  let hashes = end;
  while (hashes > 0 && body[hashes - 1] === '#') hashes--;
  if (hashes < end && hashes > 0 && isBlank(body[hashes - 1])) {
    end = hashes;
    while (end > 0 && isBlank(body[end - 1])) end--;
  }
  return { hashes: open[1], title: body.slice(0, end) };
}

function matchTurn(
  content: string,
  interviewer: Set<string>,
  interviewee: Set<string>,
  inInterview: boolean,
): { speaker: string; role: Role; labelStart: number; labelEnd: number; bodyStart: number } | undefined {
  const m = LABEL.exec(content);
  if (!m) return undefined;
  const speaker = m[1].trim();
  // "Worker (A. Rivera):" is still the worker.
  const key = speaker.replace(/[ \t]*\([^()]*\)$/, '').toLowerCase();
  let role: Role | undefined;
  if (interviewer.has(key)) role = 'interviewer';
  else if (interviewee.has(key)) role = 'interviewee';
  else if (inInterview && NAME_LABEL.test(speaker) && !NOT_SPEAKERS.has(key)) role = 'interviewee';
  if (!role) return undefined;
  let bodyStart = m[0].length;
  while (content[bodyStart] === ' ' || content[bodyStart] === '\t') bodyStart++;
  return { speaker, role, labelStart: m[0].indexOf(m[1]), labelEnd: m[0].length, bodyStart };
}
