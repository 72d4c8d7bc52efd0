import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputVariable, parseFileCommand, parseWorkflowCommands, pullRequestEvent, pushEvent, runAction, PROJECT_ROOT } from '../runner.js';
import { startFakeGitHub, type FakeGitHub } from './index.js';

describe('runAction', () => {
  let gh: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
  }, 60_000);
  afterAll(async () => {
    await gh.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('runs a script like the runner and reads outputs, summary, state and commands back', async () => {
    const seeded = gh.seedRepo({ pullRequest: { number: 12 } });
    gh.seedComments(seeded.fullName, 12, 250);
    const result = await runAction({
      inputs: { 'github-token': 'ghs_probe', 'fail-on': 'required' },
      event: pullRequestEvent({ number: 12, headSha: seeded.headSha!, baseSha: seeded.baseSha, mergeSha: seeded.mergeSha }),
      apiUrl: gh.url,
      cwd: workspace,
      script: join(PROJECT_ROOT, '__tests__/e2e/fake-github/probe/probe-action.mjs'),
      timeoutMs: 30_000,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.env['INPUT_FAIL-ON']).toBe('required');
    expect(result.outputs).toEqual({ 'comment-id': expect.stringMatching(/^\d+$/), report: 'line 1\nline 2' });
    expect(result.state).toEqual({ posted: 'yes' });
    expect(result.exportedEnv).toEqual({ READINESS_SEEN: '1' });
    expect(result.summary).toContain('<h1>Readiness</h1>');
    expect(result.annotations.map((a) => a.command)).toEqual(['error', 'warning', 'notice', 'error']);
    expect(result.annotations[0]).toEqual({ command: 'error', properties: { title: 'Probe', file: 'k8s/app.yaml', line: '3' }, message: 'missing probe: a, b' });
    expect(JSON.parse(result.annotations[2].message)).toEqual({ sha: seeded.mergeSha, ref: 'refs/pull/12/merge', head: 'feature', event: 'pull_request' });
    const comment = gh.state.get(seeded.fullName).comments.get(Number(result.outputs['comment-id']));
    expect(comment.body).toBe('required after 250');
    expect(gh.callsTo('issues/list-comments')).toHaveLength(3);
    expect(gh.calls.every((c) => c.headers.authorization === 'token ghs_probe')).toBe(true);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it('sets push refs, and kills a script that outlives its timeout', async () => {
    const result = await runAction({
      event: pushEvent({ ref: 'refs/heads/main', sha: 'a'.repeat(40) }),
      apiUrl: gh.url,
      cwd: workspace,
      script: join(PROJECT_ROOT, '__tests__/e2e/fake-github/probe/sleep.mjs'),
      timeoutMs: 500,
    });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
    expect(result.env).toMatchObject({ GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'a'.repeat(40), GITHUB_HEAD_REF: '', GITHUB_REF_NAME: 'main', GITHUB_ACTIONS: 'true' });
  });

  it('names inputs and parses file and workflow commands as the runner does', () => {
    expect(inputVariable('fail on')).toBe('INPUT_FAIL_ON');
    expect(inputVariable('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(parseFileCommand('a=1\nb<<ghadelimiter_x\nx\n\ny\nghadelimiter_x\nc=d=e\n')).toEqual({ a: '1', b: 'x\n\ny', c: 'd=e' });
    const cmds = parseWorkflowCommands('::warning file=a%2Cb.yml,line=2::50%25%0Adone\n::stop-commands::tok\n::error::hidden\n::tok::\n::set-output name=x::1\n');
    expect(cmds).toEqual([
      { command: 'warning', properties: { file: 'a,b.yml', line: '2' }, message: '50%\ndone' },
      { command: 'set-output', properties: { name: 'x' }, message: '1' },
    ]);
  });
});
