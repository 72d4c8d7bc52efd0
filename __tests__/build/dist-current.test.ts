import { spawnSync } from 'node:child_process';

// dist/ is what GitHub runs: it must be rebuilt from src/ in the same commit.
describe('dist/', () => {
  it('is current with src/', () => {
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
