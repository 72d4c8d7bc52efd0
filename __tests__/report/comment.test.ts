import { MemorySource } from '../../src/source/memory-source.js';
import { runReview } from '../../src/engine/review.js';
import { renderAppsComment, renderComment } from '../../src/report/comment.js';
import { diffReviews } from '../../src/report/diff.js';

const gate = { stage: 'short-term' as const, failOn: 'both' as const };
const repo = (env: string) => ({ 'docker-compose.yml': `services:\n  api:\n    image: a:1.0.0\n    environment:\n      JWT_SECRET_KEY: ${env}\n`, 'docs/@here.md': '# <img src=x onerror=alert(1)> @octocat\n' });

describe('the pull request comment', () => {
  it('leads with the verdict and what changed against the base', async () => {
    const base = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:?required}')), { gate });
    const head = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:-changeme}')), { gate });
    const diff = diffReviews(base.report, head.report);
    expect(diff.newBlocking).toEqual(expect.arrayContaining(['prod-env-config', 'no-committed-secrets']));
    const body = renderComment(head.report, diff, 'en', { marker: '<!-- m -->' });
    expect(body.split('\n').slice(0, 2)).toEqual(['<!-- m -->', '## ❌ Readiness Gate failed']);
    expect(body).toMatch(/New blocking risks: .*`prod-env-config`/);
    expect(body).not.toMatch(/<img|(^|[^\u200b])@octocat/);
  });

  it('stays under the limit and points at the job summary when it is cut', async () => {
    const head = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:-changeme}')), { gate });
    const body = renderComment(head.report, undefined, 'ko', { marker: '<!-- m -->', limit: 6000, summaryUrl: 'https://github.com/o/r/actions/runs/7' });
    expect(body.length).toBeLessThanOrEqual(6000);
    expect(body).toContain('기준 커밋을 판정하지 못해');
    expect(body).toContain('[작업 요약](https://github.com/o/r/actions/runs/7)');
  });
});

describe('the monorepo comment', () => {
  it('has one row per app and folds each review, within the limit', async () => {
    const api = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:-changeme}')), { gate });
    const web = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:?required}')), { gate: { ...gate, failOn: 'never' } });
    const base = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:?required}')), { gate });
    const apps = [
      { name: 'api', path: 'services/api', report: api.report, diff: diffReviews(base.report, api.report) },
      { name: 'web | admin', path: 'web', report: web.report },
    ];
    const body = renderAppsComment(apps, 'en', { marker: '<!-- m -->', limit: 12_000 });
    expect(body.length).toBeLessThanOrEqual(12_000);
    expect(body.split('\n')[1]).toBe('## ❌ Readiness Gate failed — 1 of 2 apps below the bar');
    const rows = body.split('\n').filter((l) => /^\| (api|web)/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| api \| `services\/api` \| \d+(\.\d)?% \| \d+(\.\d)?% → \d+(\.\d)?% \| — \| \d+ \| ❌ \|$/);
    // a pipe in an app name must not split the table
    expect(rows[1]).toMatch(/^\| web \\\| admin \| `web` \|.*\| ✅ \|$/);
    expect(body.match(/<details>/g)).toHaveLength(2);
    expect(body.match(/<\/details>/g)).toHaveLength(2);
  });
  it('is the plain comment for a single app', async () => {
    const api = await runReview(new MemorySource(repo('${JWT_SECRET_KEY:-changeme}')), { gate });
    expect(renderAppsComment([{ name: 'default', path: '', report: api.report }], 'ko', { marker: '<!-- m -->' })).toBe(renderComment(api.report, undefined, 'ko', { marker: '<!-- m -->' }));
  });
});
