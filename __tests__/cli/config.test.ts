import { cli } from './run-cli.js';


describe('the CLI with a configuration', () => {
  it('reads .github/readiness.yml of the scanned folder and prints one row and one section per app', async () => {
    const r = await cli('scan', '__tests__/fixtures/config/monorepo');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Apps\n {2}App +Path +Checklist .*\n {2}api +apps\/api +insitechart .*\n {2}web +apps\/web +kubernetes-service /);
    expect(r.out).toContain('== api (apps/api) ==');
    expect(r.out).toContain('== web (apps/web) ==');
    expect(r.out).toMatch(/tls-certificates .*waived/);
  });

  it('markdown and JSON carry every app', async () => {
    const md = await cli('scan', '__tests__/fixtures/config/monorepo', '--format', 'markdown');
    expect(md.out).toMatch(/## Apps\n\n\| App \| Path \|.*\n\|---.*\n\| api \| `apps\/api` \| insitechart \|/);
    const json = JSON.parse((await cli('scan', '__tests__/fixtures/config/monorepo', '--format', 'json')).out);
    expect(json.apps.map((a: { name: string; report: { checklist: string } }) => [a.name, a.report.checklist])).toEqual([
      ['api', 'insitechart'],
      ['web', 'kubernetes-service'],
    ]);
  });

  it('a flag wins over the configuration; --branch picks the branch rule', async () => {
    const never = await cli('scan', '__tests__/fixtures/config/monorepo', '--fail-on', 'never');
    expect(never.code).toBe(0);
    const release = await cli('scan', '__tests__/fixtures/config/monorepo', '--branch', 'release/3', '--format', 'json');
    expect(JSON.parse(release.out).apps[1].report.gate).toMatchObject({ stage: 'mid-term', failOn: 'both', passed: false });
    expect(release.code).toBe(1);
  });

  it('exits 2 with every positioned error of an invalid configuration, found or given with --config', async () => {
    const r = await cli('scan', '__tests__/fixtures/config/invalid');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'invalid configuration:\n' +
        '.github/readiness.yml:9:5: /waivers/0/pth unknown key "pth" (did you mean "path"?)\n',
    );
    const given = await cli('scan', '__tests__/fixtures/config/monorepo', '--config', '__tests__/fixtures/config/invalid/.github/readiness.yml');
    expect(given.code).toBe(2);
    expect(given.err).toContain('__tests__/fixtures/config/invalid/.github/readiness.yml:9:5:');
    expect((await cli('scan', '.', '--config', 'no/such.yml')).code).toBe(2);
  });
});
