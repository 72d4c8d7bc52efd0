import { fitBlocks, type Block } from '../../src/report/review-fit.js';
import { bar } from '../../src/report/review-bar.js';

const note = (n: number) => `[${n} left out]`;
const b = (text: string, keep = false): Block => ({ text, keep });

describe('fitBlocks', () => {
  it('joins everything when it fits', () => {
    expect(fitBlocks([b('a'), b('b')], 100, note)).toBe('a\nb');
  });

  it('drops droppable blocks from the end and says so', () => {
    const out = fitBlocks([b('head', true), b('x'.repeat(40)), b('tail', true), b('y'.repeat(40))], 70, note);
    expect(out).toBe(`head\n${'x'.repeat(40)}\ntail\n[1 left out]`);
  });

  it('never drops kept blocks', () => {
    const out = fitBlocks([b('keep me', true), b('x'.repeat(50)), b('y'.repeat(50))], 30, note);
    expect(out).toBe('keep me\n[2 left out]');
  });

  it('cuts kept blocks at a line break when they alone are too long', () => {
    const out = fitBlocks([b('line one\nline two\nline three', true)], 25, note);
    expect(out.length).toBeLessThanOrEqual(25);
    expect(out).toBe('line one\n[1 left out]');
  });

  it.each([10, 50, 100, 200])('stays within %p characters', (limit) => {
    const blocks = Array.from({ length: 20 }, (_, i) => b(`block ${i} ${'z'.repeat(i * 3)}`, i % 5 === 0));
    expect(fitBlocks(blocks, limit, note).length).toBeLessThanOrEqual(limit);
  });
});

describe('bar', () => {
  it.each<[number | null, number, string]>([
    [0, 10, '░░░░░░░░░░'],
    [100, 10, '██████████'],
    [50, 10, '█████░░░░░'],
    [56, 10, '█████▌░░░░'],
    [99.9, 10, '█████████▉'],
    [null, 5, '·····'],
    [150, 4, '████'],
  ])('%p%% over %p cells', (score, width, expected) => {
    expect(bar(score, width)).toBe(expected);
    expect([...bar(score, width)]).toHaveLength(width);
  });
});
