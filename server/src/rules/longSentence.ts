import { containment } from '../document/spans';
import type { Rule } from './types';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export const longSentence: Rule = {
  id: 'long-sentence',
  principle: 'Be clear and concise',
  defaultSeverity: 'information',
  local: true,
  summary: 'Keep sentences short enough to read at a glance; one fact per sentence.',
  check(note, settings) {
    const limit = settings.maxSentenceWords;
    return note.blocks.flatMap((block) => {
      const quoted = containment(block.quotes);
      return block.sentences.flatMap((s) => {
        if (quoted(s.start, s.end)) return [];
        const words = note.text.slice(s.start, s.end).match(WORD)?.length ?? 0;
        if (words <= limit) return [];
        return [{ start: s.start, end: s.end, message: `This sentence has ${words} words (more than ${limit}). Split it into shorter sentences, one fact each.`, fixes: [] }];
      });
    });
  },
};
