import { needleSet } from '../../../src/inventory/app/needles.js';
import { sourceFile } from '../../../src/inventory/app/source-file.js';

describe('needleSet', () => {
  it('finds every literal, also those inside or at the start of another', () => {
    const { scan } = needleSet(['Limiter', 'RateLimiter', 'Rate', 'a.b(', 'x']);
    expect([...scan('use RateLimiter here; call a.b(1)')].sort()).toEqual(['Limiter', 'Rate', 'RateLimiter', 'a.b(']);
    expect(scan('nothing to see')).toEqual(new Set());
  });

  it('can run again on another text', () => {
    const { scan } = needleSet(['abc']);
    expect(scan('xxabc').has('abc')).toBe(true);
    expect(scan('ab').has('abc')).toBe(false);
  });
});

describe('sourceFile', () => {
  it('answers for literals of every group and for others', () => {
    const f = sourceFile('a.py', 'app = FastAPI()\nrouter = APIRouter(prefix="/x")\nredis.Redis()\n');
    expect([f.has('FastAPI'), f.has('Flask'), f.has('APIRouter('), f.has('wsgi_app'), f.has('Redis'), f.has('express'), f.has('prefix='), f.has('nope')]).toEqual([true, false, true, false, true, false, true, false]);
  });
});
