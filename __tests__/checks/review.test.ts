import { FsSource } from '../../src/source/fs-source.js';
import { MemorySource } from '../../src/source/memory-source.js';
import { runReview } from '../../src/engine/review.js';
import { renderJson } from '../../src/report/review-json.js';
import { renderText } from '../../src/report/review-text.js';
import { runCli } from '../../src/cli.js';
import { validateReport } from '../report/validate-report.js';

const gate = { stage: 'short-term' as const, failOn: 'both' as const };

describe('the review of the InsiteChart-shaped fixture', () => {
  it('blocks on the default secrets, the committed .env, the missing Dockerfile, single instances, backups and incidents', async () => {
    const r = await runReview(new FsSource('__tests__/fixtures/insitechart'), { gate });
    expect(r.report.verdict).toBe('scored');
    expect(r.report.blocking).toEqual(expect.arrayContaining(['prod-env-config', 'no-committed-secrets', 'prod-dockerfiles', 'high-availability', 'backup-system', 'incident-response']));
    expect(r.report.gate.passed).toBe(false);
    const json = JSON.parse(renderJson(r.report));
    validateReport(json);
    expect(json.items).toHaveLength(60);
    const dockerfiles = json.items.find((i: { id: string }) => i.id === 'prod-dockerfiles');
    expect(dockerfiles.evidence).toContainEqual(expect.objectContaining({ file: 'docker-compose.yml', line: 77 }));
    // every judgement points at real lines or says what was looked for
    for (const item of json.items) for (const e of item.evidence) expect(e.line > 0 || e.message.length > 0).toBe(true);
    expect(JSON.stringify(json)).not.toMatch(/dev-jwt-secret|insite_password|your-secret-key/);
  });

  it('reads in Korean', async () => {
    const r = await runReview(new FsSource('__tests__/fixtures/insitechart'), { gate });
    const ko = renderText(r.report, 'ko');
    expect(ko).toContain('준비도');
    expect(ko).toContain('고위험');
  });
});

describe('claims in markdown checklists', () => {
  it('reports a ticked box the evidence fails and an empty box the evidence passes', async () => {
    const r = await runReview(
      new MemorySource({
        'docker-compose.yml': 'services:\n  api:\n    image: a:1.0.0\n    deploy: {resources: {limits: {memory: 256M}}}\n',
        'REVIEW.md': '# 체크리스트\n\n- [x] 방화벽 설정 완료\n- [ ] 서버 사양 확인 (CPU, 메모리, 디스크)\n- [x] 백업 시스템 구축 완료\n',
      }),
      { gate },
    );
    const byItem = Object.fromEntries(r.claims.map((c) => [c.item, c]));
    expect(byItem['server-capacity']).toMatchObject({ line: 4, checked: false, status: 'pass', disagrees: true });
    expect(byItem['backup-system']).toMatchObject({ line: 5, checked: true, status: 'fail', disagrees: true });
  });
});

describe('nothing to judge', () => {
  it('says so instead of a silent 0% or 100%', async () => {
    const r = await runReview(new MemorySource({ 'README.md': '# a library\n', 'src/index.ts': 'export const x = 1;\n' }), { gate });
    expect(r.report.verdict).toBe('nothing-to-judge');
    expect(r.report.score).toBeNull();
    expect(r.report.gate.reason).toMatch(/nothing to judge/i);
    validateReport(JSON.parse(renderJson(r.report)));
  });
});

describe('readiness-gate scan', () => {
  const cli = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };
  it('exits 1 when the bar is not met and 0 when nothing fails it', async () => {
    expect((await cli('scan', '__tests__/fixtures/insitechart')).code).toBe(1);
    expect((await cli('__tests__/fixtures/insitechart', '--fail-on', 'never')).code).toBe(0);
  });
  it('prints JSON that follows the report schema, and Korean markdown', async () => {
    const j = await cli('scan', '__tests__/fixtures/insitechart', '--format', 'json');
    validateReport(JSON.parse(j.out));
    const md = await cli('scan', '__tests__/fixtures/insitechart', '--format', 'markdown', '--lang', 'ko');
    expect(md.out).toContain('준비도');
  });
  it('exits 2 on bad options', async () => {
    expect((await cli('scan', '.', '--format', 'pdf')).code).toBe(2);
    expect((await cli('scan', '.', '--stage', 'someday')).code).toBe(2);
    expect((await cli('scan', '.', '--min-score', '120')).code).toBe(2);
  });
});
