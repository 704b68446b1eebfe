// Expands a VS Code snippet body the way the editor inserts it: each tab stop
// becomes its placeholder's default text (empty for `$1`, the first option of a
// choice), escapes become the character they escape. Written independently of
// VS Code, so that the editor test can compare what VS Code really inserted.

/** One tab stop or placeholder, with the text before it on its line. */
export interface TabStop {
  index: number;
  /** Default text after expansion: empty for `$1`, the first choice for `${1|a,b|}`. */
  defaultText: string;
  choices?: string[];
  /** The expanded text from the start of the line up to the tab stop, e.g. `date: ` or `Client: `. */
  lineBefore: string;
}

/** Text for each tab stop: the value `fill` gives, or else its default text. A repeated index mirrors the first. */
export function expandSnippet(body: string, fill: (stop: TabStop) => string | undefined = () => undefined): string {
  const values = new Map<number, string>();
  let i = 0;
  let out = '';

  const lineBefore = () => out.slice(out.lastIndexOf('\n') + 1);
  const stop = (index: number, defaultText: string, choices?: string[], before = lineBefore()) => {
    if (!values.has(index)) values.set(index, fill({ index, defaultText, choices, lineBefore: before }) ?? defaultText);
    return values.get(index)!;
  };

  // Reads text until `until` (a closing brace) at this nesting level; returns the expanded text.
  function text(until?: string): string {
    const start = out.length;
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (until && c === until) {
        break;
      } else if (c === '$') {
        tabStop();
      } else {
        out += c;
        i++;
      }
    }
    return out.slice(start);
  }

  function tabStop(): void {
    let m = /^\$(\d+)/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      out += stop(Number(m[1]), '');
      return;
    }
    m = /^\$\{(\d+)(\}|:|\|)/.exec(body.slice(i));
    if (!m) throw new Error(`unsupported snippet syntax at ${i}: ${body.slice(i, i + 20)}`);
    const index = Number(m[1]);
    const before = lineBefore();
    i += m[0].length;
    if (m[2] === '}') {
      out += stop(index, '', undefined, before);
    } else if (m[2] === '|') {
      const end = body.indexOf('|}', i);
      const choices = body.slice(i, end).split(',');
      i = end + 2;
      out += stop(index, choices[0], choices, before);
    } else {
      const mark = out.length;
      const defaultText = text('}');
      i++; // the closing brace
      out = out.slice(0, mark) + stop(index, defaultText, undefined, before);
    }
  }

  text();
  return out;
}

/** Every tab stop of a snippet body, in order of appearance. */
export function tabStops(body: string): TabStop[] {
  const stops: TabStop[] = [];
  expandSnippet(body, (s) => {
    stops.push(s);
    return undefined;
  });
  return stops;
}
