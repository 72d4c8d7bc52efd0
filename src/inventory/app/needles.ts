/**
 * Which of many literals a text contains, in one pass. Testing each literal with includes()
 * scans the text once per literal; one regular expression of all of them scans it once, and at
 * each position it stops, every literal starting there is checked (so none hides another).
 */
export interface NeedleSet {
  readonly needles: ReadonlySet<string>;
  /** the needles the text contains */
  scan(text: string): Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function needleSet(needles: Iterable<string>): NeedleSet {
  const unique = new Set(needles);
  const any = new RegExp([...unique].map(escape).join('|'), 'g');
  const byFirst = new Map<number, string[]>();
  for (const n of unique) {
    const list = byFirst.get(n.charCodeAt(0));
    if (list) list.push(n);
    else byFirst.set(n.charCodeAt(0), [n]);
  }
  return {
    needles: unique,
    scan(text) {
      const found = new Set<string>();
      any.lastIndex = 0;
      for (let m = any.exec(text); m; m = any.exec(text)) {
        const at = m.index;
        for (const n of byFirst.get(text.charCodeAt(at))!) if (text.startsWith(n, at)) found.add(n);
        any.lastIndex = at + 1;
      }
      return found;
    },
  };
}
