// Literal text inside a regular expression built at run time.

/** `text` with every character that means something in a pattern escaped. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Escaped text whose ASCII letters match in either case ("mrn" → "[mM][rR][nN]"),
 * for a pattern without the "i" flag: with "iu", V8 takes far longer to compile
 * a big pattern (100 ms for the identifier labels), and every run pays it once.
 * Only for text from escapeRegex, which puts no letter after a backslash.
 */
export const eitherCase = (escaped: string): string => escaped.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
