import { needleSet } from '../../../src/inventory/app/needles.js';

describe('needleSet', () => {
  it('finds every literal, also those inside or at the start of another', () => {
    const scan = needleSet(['Limiter', 'RateLimiter', 'Rate', 'a.b(', 'x']);
    expect([...scan('use RateLimiter here; call a.b(1)')].sort()).toEqual(['Limiter', 'Rate', 'RateLimiter', 'a.b(']);
    expect(scan('nothing to see')).toEqual(new Set());
  });

  it('can run again on another text', () => {
    const scan = needleSet(['abc']);
    expect(scan('xxabc').has('abc')).toBe(true);
    expect(scan('ab').has('abc')).toBe(false);
  });
});
