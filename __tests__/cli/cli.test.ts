import { cli } from './run-cli.js';


describe('readiness-gate CLI', () => {
  it('prints the inventory of a directory as text', async () => {
    const r = await cli('inventory', '__tests__/fixtures/insitechart');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Inventory of __tests__\/fixtures\/insitechart: \d+ files/);
  });

  it('prints the full inventory as JSON with --json', async () => {
    const r = await cli('inventory', '__tests__/fixtures/insitechart', '--json');
    expect(r.code).toBe(0);
    const inv = JSON.parse(r.out);
    expect(inv.schemaVersion).toBe(1);
    expect(inv.files.count).toBeGreaterThan(10);
  });

  it('exits 2 on a missing directory, an unknown command or a bad option', async () => {
    expect((await cli('inventory', 'no/such/dir')).code).toBe(2);
    expect((await cli('frobnicate', '.')).code).toBe(2);
    const r = await cli('inventory', '.', 'extra');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unexpected argument/);
  });

  it('prints usage with --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: readiness-gate/);
  });
});
