/** A stretch of the note's text, as string offsets (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

export type Role = 'interviewer' | 'interviewee';

export interface Turn {
  speaker: string;
  role: Role;
  /** The label and its colon, e.g. `Worker:`. */
  label: Span;
  /** What was said, after the label. */
  body: Span;
}

/**
 * An independent piece of the note: a heading, a paragraph, a list item, an
 * interview turn, a comment line or a code block. A block's analysis depends
 * only on its own text and its context, so it can be cached by text.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'turn' | 'comment' | 'code';
  start: number;
  end: number;
  text: string;
  /** Index into Note.sections; -1 before the first heading. */
  section: number;
  /** Sentences (paragraphs and turn bodies only). */
  sentences: Span[];
  /** Quoted speech, including a whole interviewee turn's body. */
  quotes: Span[];
  turn?: Turn;
}

export interface Section {
  title: string;
  /** 1-6 for a Markdown heading; 7 (LABEL_LEVEL) for a label line such as "Plan:" or "S:". */
  level: number;
  /** The heading line, or the label and its colon. */
  heading: Span;
  titleSpan: Span;
  /** From the heading to just before the next heading of the same or a higher level. */
  start: number;
  end: number;
  isInterview: boolean;
  /** True when a label line of the note's format ("Subjective:") starts the section, not a heading. */
  label?: boolean;
}

/** An inline control comment (DESIGN.md §2). An empty rule list means every rule. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  rules: string[];
  line: number;
}
