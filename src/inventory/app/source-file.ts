import { needleSet } from './needles.js';
import { HEADER_SETTERS, WIRED_USES } from './signals.js';

/**
 * A source file as the readers of application code see it: its code view (ScanContext.code:
 * UTF-8 bytes as one-byte characters, searched by ASCII patterns; captured text goes through
 * fromCode) and the literals the readers test before their regexes, found in one pass.
 */
export interface SourceFile {
  path: string;
  code: string;
  /** whether the text contains a literal (one scan for all the hints' needles; includes() for others) */
  has(literal: string): boolean;
}

// only the hints' needles: each literal more in one regex slows every position of the scan, so
// the few framework and routing literals are cheaper as includes()
const LITERALS = new Set([...WIRED_USES, ...HEADER_SETTERS].flatMap((u) => (typeof u.needle === 'string' ? [u.needle] : u.needle)));
const scan = needleSet(LITERALS);

export function sourceFile(path: string, code: string): SourceFile {
  let found: Set<string> | undefined;
  return {
    path,
    code,
    has: (literal) => (LITERALS.has(literal) ? (found ??= scan(code)).has(literal) : code.includes(literal)),
  };
}
