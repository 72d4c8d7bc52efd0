/** Offset -> 1-based line/column, computed lazily once per text. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  line(offset: number): number {
    return this.position(offset).line;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** 1-based line of a character offset (counted from `from`, line 1), without splitting the text. */
export function lineAt(text: string, offset: number, from = 0): number {
  let line = 1;
  for (let i = text.indexOf('\n', from); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * lineAt for offsets asked in increasing order (the matches of one global regex): each line
 * end is counted once, so a file with many matches is not re-counted from its start for each.
 */
export function lineCursor(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    if (offset < counted) {
      line = 1;
      counted = 0;
    }
    line += lineAt(text, offset, counted) - 1;
    counted = offset;
    return line;
  };
}
