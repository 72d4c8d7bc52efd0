/** `readiness-gate scan --repo owner/name[@ref]`: a repository read through the API, nothing cloned. */
import { execFile } from 'node:child_process';
import { cli } from './run-cli.js';
import { webUrlOf } from '../../src/source/git-info.js';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github/index.js';


const FILES = {
  'docker-compose.yml': 'services:\n  api:\n    image: example/api:1.0.0\n    environment:\n      JWT_SECRET_KEY: ${JWT_SECRET_KEY:-changeme}\n',
  'README.md': '# api\n',
};

describe('scan --repo', () => {
  let gh: FakeGitHub;
  const saved = { api: process.env.GITHUB_API_URL, token: process.env.GITHUB_TOKEN, gh: process.env.GH_TOKEN };
  beforeAll(async () => {
    gh = await startFakeGitHub();
    process.env.GITHUB_API_URL = gh.url;
    delete process.env.GH_TOKEN;
  }, 60_000);
  afterAll(async () => {
    await gh.close();
    for (const [k, v] of [['GITHUB_API_URL', saved.api], ['GITHUB_TOKEN', saved.token], ['GH_TOKEN', saved.gh]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('scans the default branch, or a named branch, through trees and blobs', async () => {
    process.env.GITHUB_TOKEN = 'test-token';
    const seeded = gh.seedRepo({ owner: 'acme', name: 'api', files: FILES });
    const fixed = gh.commit('acme/api', { ...FILES, 'docker-compose.yml': FILES['docker-compose.yml'].replace(':-changeme', ':?required') }, { parents: [seeded.baseSha], branch: 'fix' });
    const main = await cli('scan', '--repo', 'acme/api', '--format', 'json');
    expect(main.err).toBe('');
    const mainReport = JSON.parse(main.out);
    expect(mainReport.items.find((i: { id: string }) => i.id === 'prod-env-config').status).toBe('fail');
    const fix = await cli('scan', '--repo', 'acme/api@fix', '--format', 'json');
    expect(JSON.parse(fix.out).items.find((i: { id: string }) => i.id === 'prod-env-config').status).not.toBe('fail');
    const issue = await cli('scan', '--repo', `acme/api@${fixed}`, '--format', 'issue', '--lang', 'ko');
    expect(issue.out).toContain(`/acme/api/commit/${fixed}`);
    expect(issue.out).toContain('## 1. 평가 개요');
    expect(gh.callsTo('git/get-tree').length).toBeGreaterThanOrEqual(3);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it('works from the bundle: bin/readiness-gate loads the GitHub client from its own chunk', async () => {
    gh.seedRepo({ owner: 'acme', name: 'bundled', files: FILES });
    // not spawnSync: the loopback API answers from this process
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(process.execPath, ['bin/readiness-gate.js', 'scan', '--repo', 'acme/bundled', '--format', 'json'], { env: { ...process.env, GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url } }, (_err, stdout, stderr) =>
        done({ status: child.exitCode, stdout, stderr }),
      );
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).items.find((i: { id: string }) => i.id === 'prod-env-config').status).toBe('fail');
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it('exits 2 with a reason: no token, no such repository, no such ref, a malformed name, DIR and --repo', async () => {
    delete process.env.GITHUB_TOKEN;
    expect(await cli('scan', '--repo', 'acme/api')).toMatchObject({ code: 2, err: expect.stringMatching(/set GITHUB_TOKEN/) });
    process.env.GITHUB_TOKEN = 'test-token';
    expect(await cli('scan', '--repo', 'acme/nothing')).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read acme\/nothing/) });
    expect(await cli('scan', '--repo', 'acme/api@no-such-branch')).toMatchObject({ code: 2, err: expect.stringMatching(/no branch or tag "no-such-branch"/) });
    expect(await cli('scan', '--repo', 'not a repo')).toMatchObject({ code: 2, err: expect.stringMatching(/expected owner\/name/) });
    expect(await cli('scan', 'some/dir', '--repo', 'acme/api')).toMatchObject({ code: 2, err: expect.stringMatching(/either DIR or --repo/) });
  }, 60_000);
});

describe('scan --format issue on a checkout', () => {
  it("prints the report issue body of a checkout", async () => {
    const r = await cli('scan', '__tests__/fixtures/insitechart', '--format', 'issue');
    expect(r.out).toMatch(/^<!-- readiness-gate:report /);
    expect(r.out).toContain('## 6. Recommendations');
    expect(r.out).toMatch(/`docker-compose\.yml:\d+`/);
  });
  it('turns git remotes into web addresses', () => {
    expect(webUrlOf('git@github.com:ftfuture/InsiteChart.git')).toEqual({ webUrl: 'https://github.com/ftfuture/InsiteChart' });
    expect(webUrlOf('https://x-access-token:abc@github.com/o/r.git')).toEqual({ webUrl: 'https://github.com/o/r' });
    expect(webUrlOf('https://github.example.com/o/r')).toEqual({ webUrl: 'https://github.example.com/o/r' });
    expect(webUrlOf('/srv/mirrors/repo')).toEqual({});
  });
});
