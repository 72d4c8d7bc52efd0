import type { Finding, Status } from '../../src/checks/types.js';
import { loadBuiltinChecklist } from '../../src/checklist/load.js';
import { renderJson } from '../../src/report/review-json.js';
import { DEFAULT_MARKDOWN_LIMIT, renderMarkdown } from '../../src/report/review-markdown.js';
import { renderText } from '../../src/report/review-text.js';
import { score } from '../../src/score/score.js';
import type { ScoreOptions } from '../../src/score/types.js';
import { findings, mini } from '../score/mini.js';
import { validateReport } from './validate-report.js';

const HOSTILE_FILE = 'deploy/x`<img src=x onerror=alert(1)>|.yml';
const HOSTILE_MESSAGE = '@admin merge <script>alert(1)</script> [link](javascript:alert(1)) | \u001b[31mred\u001b[0m\n# heading';

/** Load balancer (b1) fails: 78.5%, short term met, b1 blocking; b2 carries hostile evidence. */
function sample(opts: Partial<ScoreOptions> = {}, spec: Record<string, Status> = { b1: 'fail' }) {
  const fs = findings(spec);
  fs.find((f) => f.id === 'b2')!.evidence.push({ file: HOSTILE_FILE, line: 7, column: 3, message: HOSTILE_MESSAGE });
  const r = score(mini(), fs, { nothingToJudge: false, ...opts });
  validateReport(renderJson(r));
  return r;
}

const lines = (s: string) => s.split('\n');

describe('renderText (en)', () => {
  const out = renderText(sample());
  const ls = lines(out);

  it('opens with readiness, stage and gate', () => {
    expect(ls).toContain('Readiness 78.5%  ███████████████▋░░░░');
    expect(ls).toContain('Stage met: Short term · Next stage: Mid term');
    expect(ls).toContain('Gate: failed — 1 blocking risk: b1');
  });

  it('lists blocking risks first with evidence and remedy', () => {
    const i = ls.indexOf('Blocking risks');
    expect(ls.slice(i + 1, i + 5)).toEqual([
      '  ✗ b1  Load balancer configured  [fail · High risk · blocking]',
      '      b1 is fail',
      '      docker-compose.yml:3  b1 evidence',
      '      Remedy: fix b1',
    ]);
    expect(i).toBeLessThan(ls.indexOf('Readiness by area'));
  });

  it('shows every section with a bar, then the overall', () => {
    expect(ls).toContain('  Server infrastructure   100.0%  ████████████████████  3/3');
    expect(ls).toContain('  Network infrastructure   62.5%  ████████████▌░░░░░░░  1/2');
    expect(ls).toContain('  Overall                  78.5%  ███████████████▋░░░░  4/5');
  });

  it('splits each section into done and not done', () => {
    const i = ls.indexOf('Network infrastructure  62.5%');
    expect(ls.slice(i, i + 3)).toEqual(['Network infrastructure  62.5%', '  Done', '    ✓ b2  Database replication  [pass · Medium risk]']);
    expect(ls.slice(i).indexOf('  Not done')).toBeGreaterThan(0);
  });

  it('says which stage is met and what stands before the next', () => {
    expect(ls).toContain('  ✓ Short term: met');
    expect(ls).toContain('  ✗ Mid term: not met');
    const i = ls.indexOf('What stands before Mid term');
    expect(ls.slice(i + 1, i + 3)).toEqual(['  ✗ High availability 62.5% / 100%  (1 item would be enough)', '      ✗ b1  Load balancer configured  +3']);
    expect(ls).toContain('    incident response within 15 min');
  });

  it('lists risks by grade', () => {
    expect(ls).toContain('  High risk (1)');
    expect(ls).toContain('  Medium risk (0)');
    expect(ls).toContain('  Low risk (0)');
  });

  it('makes repository values plain: no terminal escapes or line breaks', () => {
    expect(out).not.toContain('\u001b');
    expect(ls).toContain('        deploy/x`<img src=x onerror=alert(1)>|.yml:7:3  @admin merge <script>alert(1)</script> [link](javascript:alert(1)) | \uFFFD[31mred\uFFFD[0m # heading');
  });
});

describe('renderText (ko) uses the review\'s wording', () => {
  const ls = lines(renderText(sample({ gate: { failOn: 'both', stage: 'mid-term' } }), 'ko'));
  it.each([
    '준비도 78.5%  ███████████████▋░░░░',
    '달성 단계: 단기 · 다음 단계: 중기',
    '게이트: 실패 — 차단 위험 1건: b1; 중기 목표 미달: 고가용성 62.5% < 100%',
    '차단 위험',
    '영역별 준비도',
    '  서버 인프라      100.0%  ████████████████████  3/3',
    '  완료된 항목',
    '  미완료된 항목',
    '    ✗ b1  로드 밸런서 설정 완료  [미완료 · 고위험 · 배포 차단]',
    '        완화 전략: fix b1',
    '  ✓ 단기: 달성',
    '  ✗ 중기: 미달',
    '중기 달성까지 남은 과제',
    '  ✗ 고가용성 62.5% / 100%  (1개 항목으로 충분)',
    '    장애 대응 시간: 15분 이내',
    '위험 평가',
    '  고위험 (1)',
    '  중위험 (0)',
    '  저위험 (0)',
  ])('%s', (line) => expect(ls).toContain(line));
});

describe('nothing to judge', () => {
  const r = sample({ nothingToJudge: true });
  it('says so in text, markdown and JSON instead of a percentage', () => {
    expect(renderText(r)).toContain('Readiness: Nothing to judge\nThe repository has no deployment files');
    expect(renderText(r, 'ko')).toContain('준비도: 평가 대상 없음');
    expect(renderMarkdown(r)).toContain('**Readiness: Nothing to judge**');
    expect(renderText(r)).not.toMatch(/\d+\.\d%/);
    const json = validateReport(renderJson(r)) as { verdict: string; score: null; gate: { passed: boolean } };
    expect(json).toMatchObject({ verdict: 'nothing-to-judge', score: null, gate: { passed: true } });
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sample());
  const ls = lines(md);

  it('has the summary, the blocking risks and a table with bars', () => {
    expect(ls[0]).toBe('## Production readiness review (mini)');
    expect(ls).toContain('**Readiness: 78.5%** `███████████████▋░░░░`');
    expect(ls).toContain('**Gate**: ❌ failed — 1 blocking risk: b1');
    expect(ls).toContain('- ❌ **Load balancer configured** (`b1`; fail, High risk, **blocking**) — b1 is fail');
    expect(ls).toContain('| Area | Readiness | | Items |');
    expect(ls).toContain('| Network infrastructure | 62.5% | `██████▎░░░` | 1/2 |');
    expect(ls).toContain('| **Overall** | **78.5%** | `███████▊░░` | 4/5 |');
  });

  it('orders blocking risks, table, stages, risks, then section details', () => {
    const at = (s: string) => ls.indexOf(s);
    const order = ['### Blocking risks', '### Readiness by area', '### Stages', '### Risks', '### Server infrastructure — 100.0%', '### Network infrastructure — 62.5%'].map(at);
    expect(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1]))).toBe(true);
    expect(ls).toContain('- ❌ High availability 62.5% / 100% — raise with: `b1` (fail, +3) (1 item would be enough)');
    expect(ls).toContain('- **High risk** (1): ❌ Load balancer configured `b1` **blocking**');
  });

  it('escapes every repository value: no HTML, links, mentions or table breaks', () => {
    const evidence = ls.find((l) => l.includes('javascript'))!;
    expect(evidence).toBe('  - ``deploy/x`<img src=x onerror=alert(1)>|.yml:7:3`` @&#8203;admin merge &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[link\\]\\(javascript:alert\\(1\\)\\) \\| \uFFFD\\[31mred\uFFFD\\[0m \\# heading');
    // code spans are literal (nothing can open before them on our lines); outside them, only our own tags
    const tags = md.replace(/(`+)[^`].*?\1/g, '').match(/<[^>]*>/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<details>', '<summary>', '</summary>', '</details>']));
    expect(md).not.toMatch(/@admin/);
  });

  it('renders Korean headings from the review', () => {
    const ko = lines(renderMarkdown(sample(), 'ko'));
    expect(ko).toContain('### 영역별 준비도');
    expect(ko).toContain('**미완료된 항목**');
    expect(ko.some((l) => l.startsWith('<details><summary>완료된 항목 ('))).toBe(true);
    expect(ko).toContain('- **고위험** (1): ❌ 로드 밸런서 설정 완료 `b1` **배포 차단**');
    expect(ko).toContain('**준비도: 78.5%** `███████████████▋░░░░`');
  });

  it('stays under the limit with a clear note, keeping the summary parts', () => {
    const small = renderMarkdown(sample(), 'en', { limit: 1500 });
    expect(small.length).toBeLessThanOrEqual(1500);
    expect(small).toContain('### Blocking risks');
    expect(small).toContain('### Readiness by area');
    expect(small).toMatch(/> Truncated: \d+ parts? left out to stay under 1,500 characters/);
    expect(small).not.toContain('### Network infrastructure');
  });

  it('keeps a huge review of the built-in checklist under 65,536 characters', () => {
    const c = loadBuiltinChecklist();
    const fs: Finding[] = [...c.items.keys()].map((id) => ({
      id,
      status: 'fail',
      summary: 's'.repeat(400),
      evidence: Array.from({ length: 50 }, (_, i) => ({ file: `services/svc-${i}/docker-compose.yml`, line: i + 1, message: 'm'.repeat(400) })),
      remedy: 'r'.repeat(400),
    }));
    const r = score(c, fs, { nothingToJudge: false });
    validateReport(r);
    const md = renderMarkdown(r);
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MARKDOWN_LIMIT);
    expect(md).toContain('Truncated:');
    expect(md).toContain('… and 40 more');
  });
});

describe('renderJson', () => {
  it('validates against the report schema and carries items, blocking, stage and gate', () => {
    const json = validateReport(renderJson(sample({ gate: { failOn: 'both', minScore: 80 } }))) as Record<string, unknown> & {
      items: { id: string; status: string; blocking: boolean; evidence: unknown[] }[];
      gate: { passed: boolean; causes: unknown[] };
    };
    expect(json).toMatchObject({ schemaVersion: 1, checklist: 'mini', verdict: 'scored', score: 78.5, blocking: ['b1'], stage: { met: 'short-term', next: 'mid-term' } });
    expect(json.items.find((i) => i.id === 'b1')).toMatchObject({ status: 'fail', risk: 'high', blocking: true, remedy: 'fix b1', evidence: [{ file: 'docker-compose.yml', line: 3, message: 'b1 evidence' }] });
    expect(json.items.find((i) => i.id === 'b2')!.evidence).toContainEqual({ file: HOSTILE_FILE, line: 7, column: 3, message: HOSTILE_MESSAGE });
    expect(json.gate).toEqual({
      passed: false,
      reason: '1 blocking risk: b1; readiness 78.5% is below the minimum 80%',
      failOn: 'both',
      minScore: 80,
      causes: [
        { kind: 'blocking', ids: ['b1'] },
        { kind: 'min-score', score: 78.5, min: 80 },
      ],
    });
  });

  it('the schema rejects a report that lost a field or has a wrong status', () => {
    const json = JSON.parse(renderJson(sample()));
    delete json.score;
    expect(() => validateReport(json)).toThrow(/score/);
    const bad = JSON.parse(renderJson(sample()));
    bad.items[0].status = 'done';
    expect(() => validateReport(bad)).toThrow(/status/);
  });
});

describe('the checks\' own words in each language', () => {
  const withKorean = (): Finding[] => {
    const fs = findings({ b1: 'fail' });
    const f = fs.find((x) => x.id === 'b1')!;
    f.summary = 'no load balancer';
    f.remedy = 'add an upstream';
    f.ko = { summary: '로드 밸런서 부재', remedy: 'upstream을 추가하십시오' };
    f.evidence = [{ file: 'nginx.conf', line: 3, message: 'proxy_pass to one server', ko: '서버 하나로 proxy_pass' }];
    return fs;
  };
  it('Korean reports use the Korean summary, remedy and evidence; English ones the English', () => {
    const r = score(mini(), withKorean(), { nothingToJudge: false });
    for (const ko of [renderText(r, 'ko'), renderMarkdown(r, 'ko')]) {
      expect(ko).toMatch(/로드 밸런서 부재/);
      expect(ko).toMatch(/upstream을 추가하십시오/);
      expect(ko).toMatch(/서버 하나로 proxy\\?_pass/);
      expect(ko).not.toMatch(/no load balancer|add an upstream|to one server/);
    }
    for (const en of [renderText(r, 'en'), renderMarkdown(r, 'en')]) {
      expect(en).toMatch(/no load balancer/);
      expect(en).not.toMatch(/로드 밸런서 부재|서버 하나로/);
    }
    const json = validateReport(renderJson(r)) as { items: { id: string; summaryKo?: string; remedyKo?: string; evidence: { messageKo?: string }[] }[] };
    const b1 = json.items.find((i) => i.id === 'b1')!;
    expect(b1).toMatchObject({ summaryKo: '로드 밸런서 부재', remedyKo: 'upstream을 추가하십시오' });
    expect(b1.evidence[0].messageKo).toBe('서버 하나로 proxy_pass');
  });
});
