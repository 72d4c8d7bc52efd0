/**
 * Every judgement reads in Korean too: each check runs over the repositories of the check tests
 * (their case tables, collected rather than declared again) and over the fixture repositories.
 */
import { collectCases } from './rule-tester.js';
import { MemorySource } from '../../src/source/memory-source.js';
import { FsSource } from '../../src/source/fs-source.js';
import { buildInventory } from '../../src/engine/inventory.js';
import { buildView } from '../../src/checks/view.js';
import { CHECKS } from '../../src/checks/registry.js';
import { judgeAll } from '../../src/checks/judge.js';
import { absent, at, fail, joinText, list, listKo, notApplicable, partial, pass, t } from '../../src/checks/check.js';
import type { Checklist } from '../../src/checklist/types.js';
import type { Inventory } from '../../src/engine/inventory.js';
import type { Judgement } from '../../src/checks/check.js';
import type { RepoSource } from '../../src/source/types.js';

const HANGUL = /[\uAC00-\uD7A3]/;

const cases = await collectCases(async () => {
  await import('./app-ops.test.js');
  await import('./infra.test.js');
  await import('./more.test.js');
  await import('./platform.test.js');
});

/** Korean text must be Korean, and carry no template or value left unfilled. */
function expectKorean(ko: string | undefined, en: string): void {
  expect(ko).toEqual(expect.stringMatching(HANGUL));
  // `${VAR:?...}` is compose syntax some remedies quote; it must then be in the English as well
  for (const m of ko!.matchAll(/\$\{[^}]*\}?/g)) expect(en).toContain(m[0]);
  for (const bad of ['undefined', 'NaN', '[object Object]', 'null']) if (!en.includes(bad)) expect(ko).not.toContain(bad);
  expect(ko).not.toMatch(/^\s|\s$|\s{2}|, ,|\(\)/);
}

/** Checks whose evidence had a Korean message in the check cases. */
const koreanEvidence = new Set<string>();

/**
 * Summary, remedy and every piece of evidence read in Korean. Only evidence copied from the
 * inventory (the secrets scan's descriptions) stays English; evidence the GDPR item borrows from
 * the privacy items keeps their id in front in both languages.
 */
function expectBilingual(j: Judgement, inv: Inventory, id?: string): void {
  expectKorean(j.ko?.summary, j.summary);
  if (j.remedy) expectKorean(j.ko?.remedy, j.remedy);
  else expect(j.ko?.remedy).toBeUndefined();
  const copied = inv.secrets.findings.map((f) => f.description);
  for (const e of j.evidence) {
    if (e.ko === undefined) {
      expect(copied.filter((d) => e.message.endsWith(d))).not.toEqual([]);
      continue;
    }
    expectKorean(e.ko, e.message);
    const borrowed = /^([a-z-]+): /.exec(e.message)?.[1];
    if (borrowed && CHECKS.has(borrowed)) expect(e.ko.startsWith(`${borrowed}: `)).toBe(true);
    if (id) koreanEvidence.add(id);
  }
}

async function judgeEvery(source: RepoSource): Promise<[string, Judgement, Inventory][]> {
  const inv = await buildInventory(source);
  const view = buildView(inv);
  return [...CHECKS.values()].map((c) => [c.id, c.judge(view), inv]);
}

describe('Korean wording of the check cases', () => {
  it('covers every check', () => {
    expect([...cases.keys()].sort()).toEqual([...CHECKS.keys()].sort());
  });

  const table = [...cases].flatMap(([id, cs]) => cs.map((c) => [`${id}: ${c.name}`, id, c] as const));
  it.each(table)('%s', async (_n, id, c) => {
    const inv = await buildInventory(new MemorySource(c.files));
    const j = CHECKS.get(id)!.judge(buildView(inv));
    expect(j.status).toBe(c.status);
    expectBilingual(j, inv, id);
  });

  it('reaches every status of every check in both languages', () => {
    const statuses = [...cases.values()].flat().map((c) => c.status);
    expect(new Set(statuses)).toEqual(new Set(['pass', 'partial', 'fail', 'unverified', 'not-applicable']));
  });

  it('gives Korean evidence in every check', () => {
    expect([...koreanEvidence].sort()).toEqual([...CHECKS.keys()].sort());
  });
});

describe('Korean wording over the fixture repositories', () => {
  const dirs = ['insitechart', 'app', 'compose', 'dockerfile', 'docs', 'helm', 'k8s', 'monitoring', 'nginx', 'secrets', 'workflows'];
  it.each(dirs)('%s', async (dir) => {
    for (const [id, j, inv] of await judgeEvery(new FsSource(`__tests__/fixtures/${dir}`))) {
      try {
        expectBilingual(j, inv);
      } catch (err) {
        throw new Error(`${id} (${j.status}): ${(err as Error).message}`);
      }
    }
  });

  it('an empty repository', async () => {
    for (const [, j, inv] of await judgeEvery(new MemorySource({}))) expectBilingual(j, inv);
  });
});

describe('t() and the judgement helpers', () => {
  it('put the English in summary and remedy and the Korean in ko', () => {
    expect(partial(t('half done', '일부 완료'), [], t('finish it', '마무리하십시오'))).toEqual({ status: 'partial', summary: 'half done', evidence: [], remedy: 'finish it', ko: { summary: '일부 완료', remedy: '마무리하십시오' } });
    expect(notApplicable(t('nothing here', '해당 없음'))).toEqual({ status: 'not-applicable', summary: 'nothing here', evidence: [], ko: { summary: '해당 없음' } });
  });

  it('keep plain English strings working, with no ko', () => {
    const j = pass('all good', []);
    expect(j).toEqual({ status: 'pass', summary: 'all good', evidence: [] });
    expect('ko' in j).toBe(false);
  });

  it('keep a Korean remedy under an English-only summary', () => {
    expect(fail('broken', [], t('fix it', '고치십시오')).ko).toEqual({ summary: 'broken', remedy: '고치십시오' });
  });

  it('put the English evidence in message and the Korean in ko', () => {
    expect(at('compose.yml', 4, t('db publishes host port 5432', 'db: 호스트 포트 5432 공개'))).toEqual({ file: 'compose.yml', line: 4, message: 'db publishes host port 5432', ko: 'db: 호스트 포트 5432 공개' });
    expect(absent(t('a TLS listener', 'TLS 리스너'), t('nginx files', 'nginx 파일'))).toEqual({ file: '.', line: 0, message: 'not found: a TLS listener (looked in nginx files)', ko: '찾지 못함: TLS 리스너 (확인한 곳: nginx 파일)' });
  });

  it('keep English-only evidence without ko, and fill a missing Korean part of absent() with the English', () => {
    const plain = at('a.yml', undefined, 'copied from the inventory');
    expect(plain).toEqual({ file: 'a.yml', line: 0, message: 'copied from the inventory' });
    expect('ko' in plain).toBe(false);
    expect('ko' in absent('SECURITY.md', 'the repository')).toBe(false);
    expect(absent('SECURITY.md', t('the repository', '저장소')).ko).toBe('찾지 못함: SECURITY.md (확인한 곳: 저장소)');
  });

  it('join the parts that are present in each language', () => {
    expect(joinText([t('a', '가'), false, 0, t('b', '나')])).toEqual({ en: 'a, b', ko: '가, 나' });
    expect(joinText([t('a', '가'), t('b', '나')], ' and ', ' 및 ')).toEqual({ en: 'a and b', ko: '가 및 나' });
  });
});

describe('listKo', () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  it('joins with commas and counts the rest with 외 N개', () => {
    expect(listKo([])).toBe('');
    expect(listKo(['api'])).toBe('api');
    expect(listKo(['api', 'web', 'db'])).toBe('api, web, db');
    expect(listKo(names)).toBe('a, b, c, d, e, f 외 2개');
    expect(listKo(names, 2)).toBe('a, b 외 6개');
  });

  it('leaves the English list as it was', () => {
    expect(list(['api', 'web', 'db'])).toBe('api, web and db');
    expect(list(names)).toBe('a, b, c, d, e, f and 2 more');
  });
});

describe('the fallback findings of judgeAll', () => {
  it('an item no built-in check judges', async () => {
    const checklist = { items: new Map([['team-rota', { id: 'team-rota' }]]) } as unknown as Checklist;
    const inv = await buildInventory(new MemorySource({}));
    const { findings } = judgeAll(inv, checklist);
    expect(findings[0]).toMatchObject({ status: 'unverified', summary: 'no built-in check judges this item' });
    expectBilingual(findings[0], inv);
  });
});
