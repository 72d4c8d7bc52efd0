import { needleSet, type NeedleSet } from './needles.js';
import { FRAMEWORKS, HEADER_SETTERS, WIRED_USES } from './signals.js';

/**
 * A source file as the readers of application code see it: its code view (ScanContext.code:
 * UTF-8 bytes as one-byte characters, searched by ASCII patterns; captured text goes through
 * fromCode) and the literals the readers test before their regexes.
 */
export interface SourceFile {
  path: string;
  code: string;
  /** whether the code contains a literal */
  has(literal: string): boolean;
}

/** Python routing and registration literals the route and hint readers test first. */
const PYTHON_LITERALS = ['APIRouter(', 'Blueprint(', 'include_router', 'add_middleware', 'wsgi_app', 'MIDDLEWARE'];
const needlesOf = (list: readonly { needle: string | readonly string[] }[]) => list.flatMap((u) => (typeof u.needle === 'string' ? [u.needle] : u.needle));

/**
 * Literals in groups, each group found by one scan the first time one of its literals is asked
 * for. A group is a set of literals asked together: every literal more in one regex slows each
 * position of its scan, so a group that is often not needed (frameworks of the other language)
 * must not weigh on the others.
 */
const GROUPS: NeedleSet[] = [
  needleSet(needlesOf([...WIRED_USES, ...HEADER_SETTERS])),
  needleSet(needlesOf(FRAMEWORKS.filter((f) => f.python))),
  needleSet(needlesOf(FRAMEWORKS.filter((f) => !f.python))),
  needleSet(PYTHON_LITERALS),
];
const GROUP_OF = new Map(GROUPS.flatMap((g, i) => [...g.needles].map((n) => [n, i] as const)));

export function sourceFile(path: string, code: string): SourceFile {
  const found: (Set<string> | undefined)[] = [];
  return {
    path,
    code,
    has: (literal) => {
      const g = GROUP_OF.get(literal);
      return g === undefined ? code.includes(literal) : (found[g] ??= GROUPS[g].scan(code)).has(literal);
    },
  };
}
