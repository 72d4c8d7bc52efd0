import { MemorySource } from '../../src/source/memory-source.js';
import { runReview } from '../../src/engine/review.js';
import { renderIssueBody } from '../../src/report/issue/body.js';
import { changesSince, extendHistory, MAX_HISTORY, readHistory, writeHistory, type History } from '../../src/report/issue/history.js';
import { trendChart } from '../../src/report/issue/trend-chart.js';
import { renderOrgBody, worstFirst } from '../../src/report/issue/org-body.js';
import { issueTitle } from '../../src/github/modes/report.js';
import type { ScanRecord } from '../../src/report/scan-record.js';
import { escapeMarkdown } from '../../src/report/escape.js';

const gate = { stage: 'short-term' as const, failOn: 'both' as const };
const compose = (env: string) => ({ 'docker-compose.yml': `services:\n  api:\n    image: a:1.0.0\n    environment:\n      JWT_SECRET_KEY: ${env}\n    ports: ["8000:8000"]\n`, 'docs/@here.md': '# <img src=x> @octocat\n' });
const review = (env: string) => runReview(new MemorySource(compose(env)), { gate });
const empty: History = { entries: [], statuses: {} };
const at = new Date('2026-11-27T06:00:00Z');

describe('the history block', () => {
  it('round-trips through the body, whatever the ids contain', async () => {
    const { report } = await review('${JWT_SECRET_KEY:-changeme}');
    const h = extendHistory(empty, report, { at, sha: 'a'.repeat(40) });
    const body = `text\n${writeHistory({ ...h, statuses: { ...h.statuses, 'odd--id-->': 'fail' } })}\nmore`;
    expect(body).not.toMatch(/-->[\s\S]*-->[\s\S]*-->/);
    const back = readHistory(body);
    expect(back.entries).toEqual(h.entries);
    expect(back.statuses['odd--id-->']).toBe('fail');
    expect(back.statuses['prod-env-config']).toBe(report.items.find((i) => i.id === 'prod-env-config')!.status);
  });

  it('starts again from a body without one or with a damaged one', () => {
    expect(readHistory(undefined)).toEqual(empty);
    expect(readHistory('<!-- readiness-gate:history bm90IGpzb24= -->')).toEqual(empty);
  });

  it('replaces a re-run of the same commit on the same day, and keeps at most a year', async () => {
    const { report } = await review('${JWT_SECRET_KEY:-changeme}');
    let h = empty;
    h = extendHistory(h, report, { at, sha: 'a'.repeat(40) });
    h = extendHistory(h, report, { at, sha: 'a'.repeat(40) });
    expect(h.entries).toHaveLength(1);
    for (let i = 0; i < 60; i++) h = extendHistory(h, report, { at: new Date(at.getTime() + i * 7 * 86_400_000), sha: `${i}`.padStart(40, 'b') });
    expect(h.entries).toHaveLength(MAX_HISTORY);
    expect(readHistory(writeHistory(h)).entries).toHaveLength(MAX_HISTORY);
  });

  it('lists fixed and regressed items', async () => {
    const bad = (await review('${JWT_SECRET_KEY:-changeme}')).report;
    const good = (await review('${JWT_SECRET_KEY:?required}')).report;
    const before = extendHistory(empty, bad, { at, sha: 'a'.repeat(40) }).statuses;
    expect(changesSince(before, good).fixed.map((c) => c.id)).toContain('prod-env-config');
    const after = extendHistory(empty, good, { at, sha: 'a'.repeat(40) }).statuses;
    expect(changesSince(after, bad).regressed.map((c) => c.id)).toContain('prod-env-config');
    expect(changesSince(after, good)).toEqual({ fixed: [], regressed: [] });
  });
});

describe('the trend chart', () => {
  const entry = (d: string, score: number | null) => ({ at: d, sha: 'abc1234', score, stage: null, blocking: 1 });
  it('needs two scored runs', () => {
    expect(trendChart([entry('2026-11-01', 10)], 't')).toBeNull();
    expect(trendChart([entry('2026-11-01', 10), entry('2026-11-08', null)], 't')).toBeNull();
  });
  it('is a mermaid xychart of the scores', () => {
    expect(trendChart([entry('2026-11-01', 10), entry('2026-11-08', null), entry('2026-11-15', 22.5)], 'Readiness "%"')).toBe(
      ['```mermaid', 'xychart-beta', `  title "Readiness '%'"`, '  x-axis ["11-01", "11-15"]', '  y-axis "%" 0 --> 100', '  line [10, 22.5]', '```'].join('\n'),
    );
  });
});

describe('the report issue body', () => {
  const body = async (lang: 'en' | 'ko', limit?: number) => {
    const { report } = await review('${JWT_SECRET_KEY:-changeme}');
    const history = extendHistory(empty, report, { at, sha: 'c'.repeat(40) });
    return renderIssueBody({ report, lang, title: 'o/r', sha: 'c'.repeat(40), repoUrl: 'https://github.com/o/r', pathPrefix: 'svc', at, requiredStage: 'short-term', previous: empty, history, marker: '<!-- m -->', limit });
  };
  it('links evidence at the scanned commit, under the scanned path', async () => {
    const b = await body('en');
    expect(b).toContain(`](https://github.com/o/r/blob/${'c'.repeat(40)}/svc/docker-compose.yml#L5)`);
    expect(b).toContain('- **Required stage**: Short term \\(weeks 1\\-2\\) — ❌ not met');
  });
  it('speaks the report language in the checks\' own sentences too', async () => {
    const ko = await body('ko');
    const en = await body('en');
    const { report } = await review('${JWT_SECRET_KEY:-changeme}');
    const item = report.items.find((i) => i.id === 'prod-env-config')!;
    expect(item.summaryKo).toMatch(/[\uac00-\ud7a3]/);
    expect(item.remedyKo).toMatch(/[\uac00-\ud7a3]/);
    expect(ko).toContain(escapeMarkdown(item.remedyKo!));
    expect(ko).not.toContain(escapeMarkdown(item.remedy!));
    expect(en).toContain(escapeMarkdown(item.remedy!));
  });
  it('keeps values from the repository inert', async () => {
    const b = await body('en');
    expect(b).not.toMatch(/<img|(^|[^\u200b])@octocat/);
  });
  it('keeps the marker and the history when cut to the limit', async () => {
    const b = await body('ko', 5000);
    expect(b.length).toBeLessThanOrEqual(5000);
    expect(b.startsWith('<!-- m -->\n<!-- readiness-gate:history ')).toBe(true);
    expect(readHistory(b).entries).toHaveLength(1);
  });
});

describe('issue titles', () => {
  it('fills the template and respects the title limit', async () => {
    const { report } = await review('${JWT_SECRET_KEY:-changeme}');
    expect(issueTitle('Readiness {repository}{path}: {score}, {stage}', { repository: 'o/r', path: 'svc', report, lang: 'en' })).toMatch(/^Readiness o\/r \(svc\): \d+\.\d%, no stage met/);
    expect([...issueTitle('x'.repeat(300), { repository: 'o/r', path: '.', report, lang: 'ko' })]).toHaveLength(256);
  });
});

describe('the organisation issue', () => {
  const rec = (repository: string, score: number | null, blocking: string[], extra: Partial<ScanRecord> = {}): ScanRecord => ({ version: 1, repository, path: '.', score, stageMet: null, passed: blocking.length === 0 && score !== null && score >= 80, blocking, generatedAt: at.toISOString(), url: `https://github.com/${repository}`, ...extra });
  const records = [rec('o/b', 50, ['tls']), rec('o/a', 50, ['tls', 'firewall']), rec('o/c', 90, []), rec('o/x', null, [], { error: 'Not Found' }), rec('o/d', null, [], { verdict: 'nothing-to-judge' })];
  it('sorts worst first: unscanned, lowest score, most blocking', () => {
    expect(worstFirst(records).map((r) => r.repository)).toEqual(['o/x', 'o/a', 'o/b', 'o/c', 'o/d']);
  });
  it('renders one row per repository and drops the best rows to fit', () => {
    const b = renderOrgBody(records, { who: 'o', marker: '<!-- m -->', at, lang: 'en' });
    expect(b).toContain('**1** passing · **3** failing · **1** not scanned · median readiness **50.0%**');
    const many = Array.from({ length: 800 }, (_, i) => rec(`o/r${i}`, i / 10, ['tls', 'firewall', 'backup-system', 'ci-tests', 'prod-deploy']));
    const cut = renderOrgBody(many, { who: 'o', marker: '<!-- m -->', at, lang: 'ko', limit: 20_000 });
    expect(cut.length).toBeLessThanOrEqual(20_000);
    expect(cut).toContain('o/r0]');
    expect(cut).not.toContain('o/r799]');
    expect(cut).toMatch(/\d+개 행을 생략했습니다/);
  });
});

describe('the recommendations', () => {
  it('list each item once, and an item cut from one priority can still lead the next', async () => {
    const { FsSource } = await import('../../src/source/fs-source.js');
    const { report } = await runReview(new FsSource('__tests__/fixtures/insitechart'), { gate });
    const history = extendHistory(empty, report, { at, sha: 'c'.repeat(40) });
    const b = renderIssueBody({ report, lang: 'en', title: 'o/r', sha: 'c'.repeat(40), pathPrefix: '', at, previous: empty, history, marker: '<!-- m -->' });
    const section = b.slice(b.indexOf('## 6. Recommendations'), b.indexOf('## 7. Trend'));
    const [p1, p2, p3] = ['**Priority 1**', '**Priority 2**', '**Priority 3**'].map((h, i, all) => {
      const from = section.indexOf(h);
      const to = i + 1 < all.length ? section.indexOf(all[i + 1]) : section.length;
      return from < 0 ? [] : [...section.slice(from, to < 0 ? section.length : to).matchAll(/^\d+\. \*\*.*?\*\* \(`([\w-]+)`\)/gm)].map((m) => m[1]);
    });
    const listed = [...p1, ...p2, ...p3];
    expect(new Set(listed).size).toBe(listed.length);
    // priority 3: the heaviest failing or partial items not listed above, whatever an earlier priority cut
    const expected = report.items.filter((i) => (i.status === 'fail' || i.status === 'partial') && !p1.includes(i.id) && !p2.includes(i.id)).sort((a, c) => c.weight - a.weight).slice(0, 8).map((i) => i.id);
    expect(p3).toEqual(expected);
  });
});
