import { lineAt, lineCursor } from '../../src/text/line-index.js';

describe('line numbers of offsets', () => {
  const text = 'a\nbb\n\nccc\n';
  it('counts line ends before an offset, from the start or from a given offset', () => {
    expect([0, 2, 5, 6, 9].map((o) => lineAt(text, o))).toEqual([1, 2, 3, 4, 4]);
    expect(lineAt(text, 6, 2)).toBe(3);
  });
  it('answers increasing offsets incrementally and starts over for an earlier one', () => {
    const lineOf = lineCursor(text);
    expect([0, 2, 6, 9, 2, 5].map(lineOf)).toEqual([1, 2, 4, 4, 2, 3]);
  });
});
